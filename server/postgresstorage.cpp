// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "postgresstorage.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {
// Arbitrary constant naming the migration lock of this application.
constexpr qint64 migrationLockKey = 0x534d4543; // "SMEC"
} // namespace

PostgresStorage::PostgresStorage(DatabaseUrl url, QString connectionName)
    : SqlStorage(std::move(connectionName))
    , m_url(std::move(url))
{}

Result<void> PostgresStorage::connect()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error{u"unavailable"_s,
                     u"the Qt PostgreSQL driver (QPSQL) is not installed (libqt6sql6-psql)"_s,
                     {}};
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_db.setHostName(m_url.host);
    m_db.setPort(m_url.port);
    m_db.setUserName(m_url.user);
    m_db.setPassword(m_url.password);
    m_db.setDatabaseName(m_url.database);
    QString options = u"connect_timeout=10"_s;
    if (!m_url.options.isEmpty())
        options += u';' + m_url.options;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return Error{
            u"unavailable"_s,
            u"cannot connect to PostgreSQL %1: %2"_s.arg(m_url.redacted(), m_db.lastError().text()),
            {}};
    return exec(u"SET client_min_messages TO WARNING"_s);
}

Result<void> PostgresStorage::reconnect()
{
    if (auto r = SqlStorage::reconnect(); !r)
        return r;
    return exec(u"SET client_min_messages TO WARNING"_s);
}

Result<void> PostgresStorage::beginSerialisedWrite()
{
    if (!m_db.transaction())
        return dbError(u"begin"_s);
    QSqlQuery lock(m_db);
    if (!lock.exec(u"SELECT value FROM counters WHERE name = 'rev' FOR UPDATE"_s)) {
        const Error e = sqlError(lock, u"lock rev counter"_s);
        rollback();
        return e;
    }
    return {};
}

Result<void> PostgresStorage::beginMigration()
{
    if (!m_db.transaction())
        return dbError(u"begin migration"_s);
    QSqlQuery lock(m_db);
    lock.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    lock.addBindValue(migrationLockKey);
    if (!lock.exec()) {
        const Error e = sqlError(lock, u"lock migration"_s);
        rollback();
        return e;
    }
    return {};
}

} // namespace smec::server
