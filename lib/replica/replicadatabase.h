// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

class QSqlError;
struct sqlite3;
struct sqlite3_stmt;

namespace smec::replica {

/// Options for opening a replica file.
struct OpenOptions
{
    /// The schema version to migrate to; tests use older versions to build fixtures.
    int targetVersion = -1; ///< -1 = the current version
    /// synchronous=FULL instead of NORMAL: also survives power loss, at a cost per commit.
    bool durableAgainstPowerLoss = false;
    int busyTimeoutMs = 5000;
    /// This connection's page cache (PRAGMA cache_size), filled as it reads. A process with
    /// several connections to one replica (the desktop: window, reader, sync) gives the small
    /// ones less; the pages are in the operating system's file cache anyway.
    int cacheKiB = 32000;
};

/// One named SQLite connection to a replica file: pragmas, schema migrations, nested transactions
/// and a cache of prepared statements. Each thread owns its own instance (and connection name).
///
/// Durability: WAL with synchronous=NORMAL appends each commit to the WAL with write() before
/// COMMIT returns, so a killed process (even SIGKILL) loses nothing committed: the data sits in
/// the kernel's page cache. Only an OS crash or power loss can drop the last commits, and never
/// corrupts the file; OpenOptions::durableAgainstPowerLoss switches to FULL for that case.
class ReplicaDatabase final
{
public:
    ReplicaDatabase() = default;
    ~ReplicaDatabase();
    ReplicaDatabase(const ReplicaDatabase &) = delete;
    ReplicaDatabase &operator=(const ReplicaDatabase &) = delete;

    /// Opens (creating if needed) the file at `path` under `connectionName` and migrates it.
    Result<void> open(const QString &path, const QString &connectionName,
                      const OpenOptions &options = {});
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;

    /// PRAGMA user_version.
    Result<int> schemaVersion();

    /// A cached prepared statement for `sql` (forward-only). Bind with bindValue(index, ...).
    Result<QSqlQuery *> prepared(const QString &sql);
    /// Executes a cached statement with positional `binds`; the query stays positioned for reading.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds = {});
    /// Prepares and executes `sql` once, without caching: for statements built per call (list
    /// filters), which would otherwise grow the cache without bound.
    Result<QSqlQuery> runUncached(const QString &sql, const QVariantList &binds = {});
    /// Executes an already prepared statement, turning a failure into an Error.
    static Result<void> exec(QSqlQuery &query, const QString &what);
    /// Runs one statement once (DDL, pragmas), without caching it.
    Result<void> execOnce(const QString &sql);

    /// A cached statement on the connection's own sqlite3 handle, for the bulk insert path
    /// (BulkWriter), which binds UTF-8 text directly instead of through QVariant and UTF-16.
    /// Reset and with its bindings cleared; finalized by close(). Cached by the address of
    /// `sql`, so pass a string literal.
    Result<sqlite3_stmt *> rawStatement(const char *sql);
    /// Steps `statement` to completion and resets it; `what` names it in the error.
    Result<void> stepRaw(sqlite3_stmt *statement, const QString &what);
    /// The rowid of the last row the connection inserted.
    qint64 lastInsertRowId() const;
    /// After how many pages of write-ahead log this connection's commits copy the log into the
    /// database file (SQLite's default: 1000 pages, 8 MB here). A bulk load raises it: a page
    /// written many times between two checkpoints (an index leaf) is copied once.
    Result<void> setAutoCheckpoint(int pages = defaultAutoCheckpointPages);
    static constexpr int defaultAutoCheckpointPages = 1000;

    /// Nested transactions: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    Result<void> begin();
    Result<void> commit();
    Result<void> rollback();
    int transactionDepth() const { return m_depth; }

    static Error sqlError(const QSqlError &error, const QString &what);

    /// Marks the connection as the sync's own: every statement on it is then expected off the
    /// GUI thread (domain::GuiThread, DESIGN.md invariant 8).
    void setOffGuiThread(bool offGuiThread) { m_offGuiThread = offGuiThread; }

private:
    void checkThread() const;

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_offGuiThread = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<const char *, sqlite3_stmt *> m_rawStatements;
};

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(ReplicaDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// The result of BEGIN; check it before using the transaction.
    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    ReplicaDatabase &m_db;
    Result<void> m_started;
    bool m_open = false;
};

} // namespace smec::replica
