// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitestorage.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace smec::server {

SqliteStorage::SqliteStorage(DatabaseUrl url, QString connectionName)
    : SqlStorage(std::move(connectionName))
    , m_url(std::move(url))
{}

Result<void> SqliteStorage::connect()
{
    const QFileInfo file(m_url.path);
    if (!file.absoluteDir().exists())
        return Error{u"unavailable"_s,
                     u"cannot open SQLite database %1: folder %2 does not exist"_s.arg(
                         m_url.path, file.absolutePath()),
                     {}};
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_url.path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    if (!m_db.open())
        return Error{
            u"unavailable"_s,
            u"cannot open SQLite database %1: %2"_s.arg(m_url.path, m_db.lastError().text()),
            {}};
    for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (auto r = exec(pragma); !r)
            return Error{u"unavailable"_s, r.error().message, {}};
    }
    return {};
}

Result<void> SqliteStorage::beginSerialisedWrite()
{
    return exec(u"BEGIN IMMEDIATE"_s);
}

Result<void> SqliteStorage::beginMigration()
{
    return exec(u"BEGIN IMMEDIATE"_s);
}

} // namespace smec::server
