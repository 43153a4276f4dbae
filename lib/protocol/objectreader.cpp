// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objectreader.h"

#include "domain/record.h"
#include "errorcodes.h"
#include "limits.h"
#include "timestamp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smec::protocol {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString wrongType(const char *expected, const QJsonValue &value)
{
    return ObjectReader::tr("must be %1, not %2").arg(ObjectReader::tr(expected), typeName(value));
}

bool isSnakeCase(QStringView text)
{
    if (text.isEmpty() || text.size() > 64 || text[0] < u'a' || text[0] > u'z')
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

} // namespace

ObjectReader::ObjectReader(const QJsonValue &value, const JsonPath &path,
                           std::optional<Error> &error, QLatin1StringView notObjectCode)
    : m_path(path)
    , m_error(error)
{
    if (!ok())
        return;
    if (!value.isObject()) {
        fail(notObjectCode, wrongType("an object", value));
        return;
    }
    m_object = value.toObject();
}

QString ObjectReader::tr(const char *text)
{
    // The context lupdate gives ObjectReader::tr() calls.
    return QCoreApplication::translate("smec::protocol::ObjectReader", text);
}

QString ObjectReader::unknownValueMessage(const QString &what, const QString &value)
{
    return tr("unknown %1 \"%2\"").arg(what, value);
}

void ObjectReader::fail(std::optional<Error> &error, const JsonPath &path, QLatin1StringView code,
                        const QString &what)
{
    if (error)
        return;
    const QString rendered = path.toString();
    const QString message = rendered.isEmpty() ? what : tr("%1: %2").arg(rendered, what);
    error = Error{code, message, rendered};
}

void ObjectReader::fail(QLatin1StringView code, const QString &what)
{
    fail(m_error, m_path, code, what);
}

void ObjectReader::failAt(QLatin1StringView key, QLatin1StringView code, const QString &what)
{
    const QString name = key;
    const JsonPath member = m_path.key(name);
    fail(m_error, member, code, what);
}

void ObjectReader::failAt(const JsonPath &path, QLatin1StringView code, const QString &what)
{
    fail(m_error, path, code, what);
}

void ObjectReader::allowOnly(std::initializer_list<QLatin1StringView> members, const QString &why)
{
    if (!ok())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString name = it.key();
        bool known = false;
        for (QLatin1StringView member : members) {
            if (name == member) {
                known = true;
                break;
            }
        }
        if (!known) {
            const JsonPath member = m_path.key(name);
            fail(m_error, member, codes::badRequest, why.isEmpty() ? tr("unknown member") : why);
            return;
        }
    }
}

bool ObjectReader::has(QLatin1StringView key) const
{
    return m_object.contains(key);
}

QJsonValue ObjectReader::required(QLatin1StringView key)
{
    if (!ok())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        failAt(key, codes::badRequest, tr("missing required member"));
    return value;
}

QString ObjectReader::string(QLatin1StringView key, qsizetype minChars, qsizetype maxChars)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        failAt(key, codes::invalidField, wrongType("a string", value));
        return {};
    }
    QString text = value.toString();
    if (text.size() < minChars || text.size() > maxChars) {
        failAt(key, codes::invalidField,
               minChars > 0 ? tr("must be %1 to %2 characters long").arg(minChars).arg(maxChars)
                            : tr("must be at most %1 characters long").arg(maxChars));
        return {};
    }
    return text;
}

QString ObjectReader::nullableString(QLatin1StringView key, qsizetype minChars, qsizetype maxChars)
{
    const QJsonValue value = required(key);
    if (!ok() || value.isNull())
        return {};
    return string(key, minChars, maxChars);
}

QString ObjectReader::uuid(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        failAt(key, codes::invalidField, wrongType("a UUID string", value));
        return {};
    }
    QString text = value.toString();
    if (!domain::isCanonicalId(text)) {
        failAt(key, codes::invalidField,
               tr("must be a UUID in canonical form (lower-case, no braces), not \"%1\"")
                   .arg(text.left(64)));
        return {};
    }
    return text;
}

QString ObjectReader::nullableUuid(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok() || value.isNull())
        return {};
    return uuid(key);
}

qint64 ObjectReader::revision(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return 0;
    // An integral double (`3.0`) is the same number as `3`; a fraction or a sign is not a rev.
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(limits::maxRev) ||
        value.toInteger(-1) < 0) {
        failAt(key, codes::invalidField, tr("must be an integer from 0 to %1").arg(limits::maxRev));
        return 0;
    }
    return value.toInteger();
}

bool ObjectReader::boolean(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return false;
    if (!value.isBool()) {
        failAt(key, codes::invalidField, wrongType("a boolean", value));
        return false;
    }
    return value.toBool();
}

QDateTime ObjectReader::timestamp(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        failAt(key, codes::invalidField, wrongType("a timestamp string", value));
        return {};
    }
    const QString text = value.toString();
    const std::optional<QDateTime> time = parseTimestamp(text);
    if (!time) {
        failAt(
            key, codes::invalidField,
            tr("must be a UTC time like 2026-03-01T09:30:00.000Z, not \"%1\"").arg(text.left(64)));
        return {};
    }
    return *time;
}

QDateTime ObjectReader::nullableTimestamp(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok() || value.isNull())
        return {};
    return timestamp(key);
}

QJsonObject ObjectReader::objectMember(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isObject()) {
        failAt(key, codes::invalidField, wrongType("an object", value));
        return {};
    }
    return value.toObject();
}

QJsonArray ObjectReader::arrayMember(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        failAt(key, codes::invalidField, wrongType("an array", value));
        return {};
    }
    return value.toArray();
}

QString ObjectReader::code(QLatin1StringView key)
{
    QString text = string(key, 1, 64);
    if (ok() && !isSnakeCase(text)) {
        failAt(key, codes::invalidField,
               tr("must be a snake_case code, not \"%1\"").arg(text.left(64)));
        return {};
    }
    return text;
}

} // namespace smec::protocol
