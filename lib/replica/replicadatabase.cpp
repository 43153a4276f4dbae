// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replicadatabase.h"

#include "ftstokenizer.h"
#include "replicalog.h"
#include "schemamigrator.h"

#include "domain/guithread.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::replica {

Q_LOGGING_CATEGORY(lcReplica, "smec.replica", QtWarningMsg)

ReplicaDatabase::~ReplicaDatabase()
{
    close();
}

Result<void> ReplicaDatabase::open(const QString &path, const QString &connectionName,
                                   const OpenOptions &options)
{
    if (isOpen())
        return Error{u"already_open"_s, u"The replica is already open."_s, {}};
    if (QSqlDatabase::contains(connectionName))
        return Error{u"connection_in_use"_s,
                     u"The database connection name %1 is already in use."_s.arg(connectionName),
                     {}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        if (!db.isValid())
            return Error{u"driver_missing"_s,
                         QCoreApplication::translate("smec::replica",
                                                     "The Qt SQLite driver is not available."),
                         {}};
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        if (!db.open()) {
            Error error = sqlError(db.lastError(), u"open %1"_s.arg(path));
            db = {};
            QSqlDatabase::removeDatabase(connectionName);
            return error;
        }
    }
    m_path = path;
    m_connectionName = connectionName;
    // The search index's tokenizer lives in this process: every connection needs it before it
    // touches the FTS tables (the migrations included).
    {
        const QVariant handle = database().driver()->handle();
        sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                           ? *static_cast<sqlite3 *const *>(handle.constData())
                           : nullptr;
        auto registered =
            raw ? FtsTokenizer::registerWith(raw)
                : Result<void>(Error{u"driver_missing"_s,
                                     QCoreApplication::translate(
                                         "smec::replica", "The Qt SQLite driver is not available."),
                                     {}});
        if (!registered) {
            close();
            return registered.error();
        }
    }

    const QString pragmas[] = {
        u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs),
        // Only takes effect on a new file: practices are ~3.4 KB of JSON, so 4 KB pages would
        // put nearly every record on overflow pages.
        u"PRAGMA page_size = 8192"_s,
        u"PRAGMA journal_mode = WAL"_s,
        options.durableAgainstPowerLoss ? u"PRAGMA synchronous = FULL"_s
                                        : u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA temp_store = MEMORY"_s,
        u"PRAGMA cache_size = -%1"_s.arg(qMax(options.cacheKiB, 256)),
        // The WAL grows to the largest transaction (a first-sync page); give the space back.
        u"PRAGMA journal_size_limit = 67108864"_s,
    };
    for (const QString &pragma : pragmas) {
        if (auto r = execOnce(pragma); !r) {
            close();
            return r.error();
        }
    }
    auto mode = run(u"PRAGMA journal_mode"_s);
    if (!mode || !(*mode)->next() ||
        (*mode)->value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        close();
        return Error{u"wal_unavailable"_s,
                     QCoreApplication::translate(
                         "smec::replica", "The replica %1 could not switch to write-ahead logging.")
                         .arg(path),
                     {}};
    }
    (*mode)->finish();

    const int target =
        options.targetVersion < 0 ? SchemaMigrator::currentVersion : options.targetVersion;
    if (auto r = SchemaMigrator::migrate(*this, target); !r) {
        close();
        return r.error();
    }
    qCDebug(lcReplica, "opened %s as %s (schema %d, cache %d KiB)", qUtf8Printable(path),
            qUtf8Printable(connectionName), target, qMax(options.cacheKiB, 256));
    return {};
}

void ReplicaDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    while (m_depth > 0)
        (void)rollback();
    m_statements.clear();
    for (auto &entry : m_rawStatements)
        sqlite3_finalize(entry.second);
    m_rawStatements.clear();
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

bool ReplicaDatabase::isOpen() const
{
    return !m_connectionName.isEmpty();
}

QSqlDatabase ReplicaDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> ReplicaDatabase::schemaVersion()
{
    auto q = run(u"PRAGMA user_version"_s);
    if (!q)
        return q.error();
    const int version = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return version;
}

void ReplicaDatabase::checkThread() const
{
    if (m_offGuiThread)
        domain::GuiThread::expectOff("the sync's replica connection");
}

Result<QSqlQuery *> ReplicaDatabase::prepared(const QString &sql)
{
    checkThread();
    if (!isOpen())
        return Error{u"not_open"_s,
                     QCoreApplication::translate("smec::replica", "The replica is not open."),
                     {}};
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->finish();
        return it->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return sqlError(query->lastError(), sql);
    QSqlQuery *raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

Result<QSqlQuery *> ReplicaDatabase::run(const QString &sql, const QVariantList &binds)
{
    auto q = prepared(sql);
    if (!q)
        return q;
    for (qsizetype i = 0; i < binds.size(); ++i)
        (*q)->bindValue(int(i), binds.at(i));
    if (auto r = exec(**q, sql); !r)
        return r.error();
    return q;
}

Result<QSqlQuery> ReplicaDatabase::runUncached(const QString &sql, const QVariantList &binds)
{
    checkThread();
    if (!isOpen())
        return Error{u"not_open"_s,
                     QCoreApplication::translate("smec::replica", "The replica is not open."),
                     {}};
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        return sqlError(query.lastError(), sql);
    return query;
}

Result<void> ReplicaDatabase::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return {};
}

Result<void> ReplicaDatabase::execOnce(const QString &sql)
{
    checkThread();
    if (!isOpen())
        return Error{u"not_open"_s,
                     QCoreApplication::translate("smec::replica", "The replica is not open."),
                     {}};
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql);
    return {};
}

Result<sqlite3_stmt *> ReplicaDatabase::rawStatement(const char *sql)
{
    checkThread();
    if (!isOpen())
        return Error{u"not_open"_s,
                     QCoreApplication::translate("smec::replica", "The replica is not open."),
                     {}};
    auto it = m_rawStatements.find(sql);
    if (it != m_rawStatements.end())
        return it->second;
    if (!m_handle) {
        const QVariant handle = database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_handle)
            return Error{
                u"driver_missing"_s, u"The Qt SQLite driver does not expose its connection."_s, {}};
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        qCDebug(lcReplica, "preparing failed: %s: %s", sql, sqlite3_errmsg(m_handle));
        sqlite3_finalize(statement);
        return Error{u"database_error"_s,
                     QCoreApplication::translate("smec::replica", "Local database error (%1): %2")
                         .arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(m_handle))),
                     {}};
    }
    m_rawStatements.emplace(sql, statement);
    return statement;
}

Result<void> ReplicaDatabase::stepRaw(sqlite3_stmt *statement, const QString &what)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    const int primary = rc & 0xff;
    QString code = u"database_error"_s;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = u"database_busy"_s;
    else if (primary == SQLITE_FULL)
        code = u"disk_full"_s;
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        code = u"database_corrupt"_s;
    qCDebug(lcReplica, "%s failed: %s", qUtf8Printable(what),
            sqlite3_errmsg(sqlite3_db_handle(statement)));
    return Error{code,
                 QCoreApplication::translate("smec::replica", "Local database error (%1): %2")
                     .arg(what, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)))),
                 {}};
}

Result<void> ReplicaDatabase::setAutoCheckpoint(int pages)
{
    return execOnce(u"PRAGMA wal_autocheckpoint = %1"_s.arg(std::max(pages, 1)));
}

qint64 ReplicaDatabase::lastInsertRowId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

Result<void> ReplicaDatabase::begin()
{
    const QString sql = m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT smec_sp%1"_s.arg(m_depth);
    if (auto r = execOnce(sql); !r)
        return r;
    ++m_depth;
    return {};
}

Result<void> ReplicaDatabase::commit()
{
    if (m_depth == 0)
        return Error{u"no_transaction"_s, u"No transaction is open."_s, {}};
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE smec_sp%1"_s.arg(m_depth - 1);
    // Statements still holding a read cursor would make COMMIT fail with "statements in progress".
    for (auto &entry : m_statements)
        entry.second->finish();
    if (auto r = execOnce(sql); !r)
        return r;
    --m_depth;
    return {};
}

Result<void> ReplicaDatabase::rollback()
{
    if (m_depth == 0)
        return Error{u"no_transaction"_s, u"No transaction is open."_s, {}};
    for (auto &entry : m_statements)
        entry.second->finish();
    Result<void> result;
    if (m_depth == 1) {
        result = execOnce(u"ROLLBACK"_s);
    } else {
        const QString sp = u"smec_sp%1"_s.arg(m_depth - 1);
        result = execOnce(u"ROLLBACK TO "_s + sp);
        if (result)
            result = execOnce(u"RELEASE "_s + sp);
    }
    --m_depth;
    return result;
}

Error ReplicaDatabase::sqlError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    QString code = u"database_error"_s;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the write lock too long.
    if (native == u"5"_s || native == u"6"_s)
        code = u"database_busy"_s;
    else if (native == u"13"_s)
        code = u"disk_full"_s;
    else if (native == u"11"_s || native == u"26"_s)
        code = u"database_corrupt"_s;
    qCDebug(lcReplica, "%s failed: %s", qUtf8Printable(what), qUtf8Printable(error.text()));
    return Error{code,
                 QCoreApplication::translate("smec::replica", "Local database error (%1): %2")
                     .arg(what, error.text()),
                 {}};
}

Transaction::Transaction(ReplicaDatabase &db)
    : m_db(db)
    , m_started(db.begin())
    , m_open(m_started.ok())
{}

Transaction::~Transaction()
{
    if (m_open) {
        qCDebug(lcReplica, "rolling back a transaction that was not committed");
        (void)m_db.rollback();
    }
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_started.ok() ? Error{u"no_transaction"_s, u"Transaction already ended."_s, {}}
                              : m_started.error();
    auto r = m_db.commit();
    if (r)
        m_open = false;
    return r;
}

} // namespace smec::replica
