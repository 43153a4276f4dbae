// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sqlstorage.h"

namespace smec::server {

/// SQLite back end (`sqlite:PATH`) for a single machine: WAL journal, and `BEGIN IMMEDIATE` so
/// that a write transaction holds the database's single write lock from its first statement.
class SqliteStorage final : public SqlStorage
{
public:
    SqliteStorage(DatabaseUrl url, QString connectionName);

    QString backendName() const override { return QStringLiteral("sqlite"); }

protected:
    Result<void> connect() override;
    Result<void> beginSerialisedWrite() override;
    Result<void> beginMigration() override;
    QString bigintType() const override { return QStringLiteral("INTEGER"); }

private:
    DatabaseUrl m_url;
};

} // namespace smec::server
