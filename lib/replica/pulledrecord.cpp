// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pulledrecord.h"

#include "kindtables.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

// The replica's timestamp form, Qt::ISODateWithMs in UTC, written directly: QDateTime's own
// formatting is a large part of preparing a small record.
QByteArray timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs).toUtf8();
    const QTime clock = utc.time();
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                date.year(), date.month(), date.day(), clock.hour(), clock.minute(),
                                clock.second(), clock.msec());
    return QByteArray(text, n);
}

SqlValue sqlValue(const QVariant &value)
{
    SqlValue v;
    if (value.isNull())
        return v;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        v.type = SqlValue::Type::Integer;
        v.integer = value.toLongLong();
        break;
    default:
        v.type = SqlValue::Type::Text;
        v.text = value.toString().toUtf8();
        break;
    }
    return v;
}

PulledRecord prepareOne(domain::Record record, const RegionResolver &regions,
                        const QString &localTime, const QByteArray &fieldsText = {})
{
    PulledRecord p;
    if (!record.deleted) {
        p.fieldsJson = fieldsText.isEmpty()
                           ? QJsonDocument(record.fields).toJson(QJsonDocument::Compact)
                           : fieldsText;
        p.createdAt = timeText(record.createdAt);
        p.updatedAt = timeText(record.updatedAt);
        // The local time stands in only where a record lacks its server timestamps.
        const QVariantList values =
            KindTables::rowValues(KindTables::of(record.kind), record, regions, localTime);
        p.typed.reserve(values.size());
        for (const QVariant &value : values)
            p.typed.append(sqlValue(value));
    }
    p.record = std::move(record);
    return p;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

PulledRecord PulledRecord::prepare(domain::Record record, const RegionResolver &regions)
{
    return prepareOne(std::move(record), regions, nowText());
}

QList<PulledRecord> PulledRecord::prepare(QList<domain::Record> records,
                                          const RegionResolver &regions,
                                          const QList<QByteArray> &fieldsText)
{
    QList<PulledRecord> prepared;
    prepared.reserve(records.size());
    const QString now = nowText();
    for (qsizetype i = 0; i < records.size(); ++i)
        prepared.append(prepareOne(std::move(records[i]), regions, now, fieldsText.value(i)));
    return prepared;
}

} // namespace smec::replica
