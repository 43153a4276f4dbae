// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sqlstorage.h"

namespace smec::server {

/// PostgreSQL back end (`postgresql://user:password@host:port/db`) for production and several
/// server processes on one database. A write transaction first locks the single `rev` counter
/// row (`SELECT ... FOR UPDATE`), so writers run one after another and revs commit in order.
class PostgresStorage final : public SqlStorage
{
public:
    PostgresStorage(DatabaseUrl url, QString connectionName);

    QString backendName() const override { return QStringLiteral("postgresql"); }

protected:
    Result<void> connect() override;
    Result<void> reconnect() override;
    Result<void> beginSerialisedWrite() override;
    Result<void> beginMigration() override;
    QString bigintType() const override { return QStringLiteral("BIGINT"); }

private:
    DatabaseUrl m_url;
};

} // namespace smec::server
