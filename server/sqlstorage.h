// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

namespace smec::server {

/// The SQL shared by both back ends (portable types, `INSERT ... ON CONFLICT`), with the few
/// dialect differences left to SqliteStorage and PostgresStorage: opening the connection,
/// starting a serialised write transaction and locking migrations.
class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    Result<void> open() override;
    QString serverId() const override { return m_serverId; }

    Result<domain::User> addUser(const domain::User &user, const QString &passwordHash) override;
    Result<std::optional<StoredUser>> userByName(const QString &username) override;
    Result<QList<domain::User>> users() override;

    Result<void> addSession(const QByteArray &tokenHash, const QString &userId,
                            const QDateTime &expiresAt) override;
    Result<std::optional<domain::User>> sessionUser(const QByteArray &tokenHash,
                                                    const QDateTime &now) override;
    Result<void> removeSession(const QByteArray &tokenHash) override;

    Result<ThrottleState> throttle(const QString &username) override;
    Result<void> setThrottle(const QString &username, const ThrottleState &state) override;

    Result<qint64> maxRev() override;
    Result<qint64> retentionFloor() override;
    Result<QList<FeedRow>> changesSince(qint64 since, int limit) override;
    Result<std::optional<domain::Record>> record(const QString &id) override;

    Result<QJsonObject>
    applyMutation(const QString &mutationId, const QString &userId, const QString &recordId,
                  const std::function<MutationPlan(const std::optional<domain::Record> &)> &plan,
                  const std::function<QJsonObject(const domain::Record &)> &appliedResult) override;
    Result<QList<Result<QJsonObject>>>
    applyMutations(const QList<MutationRequest> &requests) override;

    Result<void> purge(const QDateTime &now, int mutationLogDays, int tombstoneDays) override;
    Result<int> auditCount(const QString &recordId) override;
    Result<QList<RevisionRow>>
    revisions(const QString &recordId, qint64 before, int limit,
              const std::function<bool(const RevisionRow &)> &keep) override;
    Result<void> importRecords(const QList<domain::Record> &records,
                               const QString &userId) override;

    Result<void> ensureConnected() override;

protected:
    explicit SqlStorage(QString connectionName);

    /// Creates and opens m_db (driver, host, credentials, pragmas).
    virtual Result<void> connect() = 0;
    /// Opens m_db again after the connection was lost; the session settings of connect().
    virtual Result<void> reconnect();
    /// Starts a write transaction that no other writer of the database can run beside: the rev
    /// counter is taken here, before anything is read.
    virtual Result<void> beginSerialisedWrite() = 0;
    /// Starts the migration transaction, serialised between processes starting at once.
    virtual Result<void> beginMigration() = 0;
    /// Column type of the audit time and similar large integers (`INTEGER` or `BIGINT`).
    virtual QString bigintType() const = 0;

    Result<void> exec(const QString &sql);
    Result<void> exec(QSqlQuery &query);
    Error sqlError(const QSqlQuery &query, const QString &what) const;
    Error dbError(const QString &what) const;
    Result<void> commit();
    void rollback();

    QString m_connectionName;
    QSqlDatabase m_db;
    QElapsedTimer m_lastReconnect; ///< not started: never tried

private:
    Result<void> migrate();
    Result<QString> metaValue(const QString &key);
    Result<void> setMetaValue(const QString &key, const QString &value);
    Result<QJsonObject>
    applyLocked(const QString &mutationId, const QString &userId, const QString &recordId,
                const std::function<MutationPlan(const std::optional<domain::Record> &)> &plan,
                const std::function<QJsonObject(const domain::Record &)> &appliedResult);
    Result<QString> nextRefCode(const QDateTime &now);
    Result<qint64> nextRev();
    Result<void> writeRecord(domain::Record &stored, const QString &userId,
                             const QString &mutationId, const QString &op);

    QString m_serverId;
};

} // namespace smec::server
