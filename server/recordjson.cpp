// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordjson.h"

#include "protocol/codec.h"

using namespace Qt::StringLiterals;

namespace smec::server {

QJsonObject RecordJson::toJson(const domain::Record &record)
{
    return protocol::recordToJson(record); // the codec the client decodes with
}

QJsonObject RecordJson::tombstone(const QString &id, const QString &kind, qint64 rev)
{
    return QJsonObject{{u"id"_s, id}, {u"kind"_s, kind}, {u"rev"_s, rev}, {u"deleted"_s, true}};
}

QString RecordJson::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace smec::server
