// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "errorcodes.h"
#include "jsonpath.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <initializer_list>
#include <optional>

namespace smec::protocol {

/// Reads the members of one JSON object of a protocol message, strictly: each accessor checks
/// presence and type and records the first failure (with its path) in an error slot shared by
/// all readers of one document. After a failure every accessor returns an empty value, so a
/// decoder reads on and checks the slot once per object. Internal to the codec.
class ObjectReader final
{
public:
    /// Reads `value`, which must be an object: otherwise fails with `notObjectCode`.
    ObjectReader(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error,
                 QLatin1StringView notObjectCode);

    bool ok() const { return !m_error.has_value(); }
    const JsonPath &path() const { return m_path; }
    const QJsonObject &object() const { return m_object; }

    /// Fails with `bad_request` on the first member (in name order) not in `members`;
    /// `why` replaces the default "unknown member" explanation.
    void allowOnly(std::initializer_list<QLatin1StringView> members, const QString &why = {});
    bool has(QLatin1StringView key) const;

    /// The member, failing with `bad_request` if absent (returns an undefined value then).
    QJsonValue required(QLatin1StringView key);
    /// A string of `minChars` to `maxChars` UTF-16 code units.
    QString string(QLatin1StringView key, qsizetype minChars, qsizetype maxChars);
    /// A string or null (null gives an empty string), with the same length bounds.
    QString nullableString(QLatin1StringView key, qsizetype minChars, qsizetype maxChars);
    /// A canonical UUID (lower-case, no braces, not nil).
    QString uuid(QLatin1StringView key);
    /// A canonical UUID or null (empty string).
    QString nullableUuid(QLatin1StringView key);
    /// An integer between 0 and limits::maxRev.
    qint64 revision(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    /// A wire timestamp (protocol/timestamp.h).
    QDateTime timestamp(QLatin1StringView key);
    /// A wire timestamp or null (invalid QDateTime).
    QDateTime nullableTimestamp(QLatin1StringView key);
    QJsonObject objectMember(QLatin1StringView key);
    QJsonArray arrayMember(QLatin1StringView key);
    /// A snake_case identifier (`[a-z][a-z0-9_]*`) of at most 64 characters.
    QString code(QLatin1StringView key);
    /// A string that `parse` turns into a T; `what` names it in the error ("kind").
    template<typename T, typename Parse>
    T enumeration(QLatin1StringView key, Parse parse, const QString &what)
    {
        const QString name = string(key, 0, 64);
        if (!ok())
            return T{};
        const std::optional<T> parsed = parse(QStringView(name));
        if (!parsed) {
            failAt(key, codes::invalidField, unknownValueMessage(what, name));
            return T{};
        }
        return *parsed;
    }

    /// Records a failure at member `key` of this object.
    void failAt(QLatin1StringView key, QLatin1StringView code, const QString &what);
    /// Records a failure at `path` (somewhere below this object).
    void failAt(const JsonPath &path, QLatin1StringView code, const QString &what);
    /// Records a failure at this object itself.
    void fail(QLatin1StringView code, const QString &what);

    /// Records a failure at `path` in `error` unless it already holds one.
    static void fail(std::optional<Error> &error, const JsonPath &path, QLatin1StringView code,
                     const QString &what);
    static QString unknownValueMessage(const QString &what, const QString &value);
    /// Translated message text (context `smec::protocol`).
    static QString tr(const char *text);

private:
    QJsonObject m_object;
    const JsonPath &m_path;
    std::optional<Error> &m_error;
};

} // namespace smec::protocol
