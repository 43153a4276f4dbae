// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace smec::server {

/// Wire form of records as the server sends them (DESIGN.md section 4). Tombstones carry only
/// `{"id","kind","rev","deleted":true}`.
class RecordJson final
{
public:
    RecordJson() = delete;

    static QJsonObject toJson(const domain::Record &record);
    static QJsonObject tombstone(const QString &id, const QString &kind, qint64 rev);
    /// UTC ISO-8601 with milliseconds and `Z`.
    static QString timestamp(const QDateTime &time);
};

} // namespace smec::server
