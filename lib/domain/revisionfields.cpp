// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "revisionfields.h"

#include "fieldschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::domain {

QStringList RevisionFields::changed(Kind kind, const QJsonObject &older, const QJsonObject &newer)
{
    QSet<QString> names;
    for (auto it = older.begin(); it != older.end(); ++it)
        if (newer.value(it.key()) != it.value())
            names.insert(it.key());
    for (auto it = newer.begin(); it != newer.end(); ++it)
        if (older.value(it.key()) != it.value())
            names.insert(it.key());
    QStringList ordered;
    for (const FieldSpec &spec : FieldSchema::fields(kind))
        if (names.remove(spec.name))
            ordered.append(spec.name);
    QStringList rest(names.begin(), names.end());
    std::sort(rest.begin(), rest.end());
    return ordered + rest;
}

QString RevisionFields::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool strings = std::all_of(array.begin(), array.end(),
                                         [](const QJsonValue &v) { return v.isString(); });
        if (strings) {
            QStringList items;
            for (const QJsonValue &v : array)
                items.append(v.toString());
            return items.join(u", "_s);
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    // Whole numbers without a decimal point (start_year 2024, not 2024.0).
    const double number = value.toDouble();
    if (number == double(qint64(number)))
        return QString::number(qint64(number));
    return QString::number(number);
}

QStringList RevisionFields::workflowFields(Kind kind)
{
    switch (kind) {
    case Kind::Practice:
        return {u"status"_s, u"review_note"_s, u"ref_code"_s};
    case Kind::Post:
        return {u"hidden"_s, u"hidden_reason"_s};
    case Kind::Initiative: // partners: joining and leaving need each country's own consent
        return {u"status"_s, u"partners"_s};
    default:
        return {u"status"_s};
    }
}

QJsonObject RevisionFields::restored(Kind kind, const QJsonObject &current,
                                     const QJsonObject &revision)
{
    QJsonObject fields = revision;
    for (const QString &name : workflowFields(kind)) {
        if (current.contains(name))
            fields.insert(name, current.value(name));
        else
            fields.remove(name);
    }
    return fields;
}

} // namespace smec::domain
