// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "databaseurl.h"
#include "domain/record.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace smec::server {

/// A user account as stored: the public user and its Argon2id hash (libsodium string form).
struct StoredUser
{
    domain::User user;
    QString passwordHash;
};

/// Failed sign-ins of one user name, shared by every server process on the database.
struct ThrottleState
{
    int failures = 0;
    QDateTime lockedUntil; ///< invalid when not locked
};

/// One row of the change feed, as stored: the envelope, the raw fields JSON and the columns the
/// visibility check needs, so a page is served without decoding every record.
struct FeedRow
{
    QString id;
    QString kind;
    qint64 rev = 0;
    bool deleted = false;
    QString createdBy;
    QString updatedBy;
    QString createdAt; ///< as stored: UTC ISO-8601
    QString updatedAt;
    QByteArray fieldsJson;
    QString country;
    QString status;
    bool hidden = false;
    QString partners; ///< initiatives: "RWA:joined UGA:invited"; `country` is the lead country
};

/// One revision of a record as the audit trail keeps it: who wrote it, when, and the whole
/// fields as written (`{}` for a delete).
struct RevisionRow
{
    qint64 rev = 0;
    QString userId;
    QString at; ///< as stored: UTC ISO-8601
    bool deleted = false;
    QByteArray fieldsJson;
};

/// What MutationService decided for one mutation, given the current record.
struct MutationPlan
{
    bool write = false;         ///< store `record` with a new rev
    domain::Record record;      ///< id, kind, deleted, fields (envelope completed by the storage)
    bool assignRefCode = false; ///< first submit of a practice: the storage sets `ref_code`
    QJsonObject result;         ///< the result when nothing is written (conflict, rejected)
};

/// One mutation of a batch for Storage::applyMutations (see Storage::applyMutation).
struct MutationRequest
{
    QString mutationId;
    QString userId;
    QString recordId;
    std::function<MutationPlan(const std::optional<domain::Record> &)> plan;
    std::function<QJsonObject(const domain::Record &)> appliedResult;
};

/// The server's persistent state behind one interface with two back ends (SQLite, PostgreSQL).
/// Every write and its rev assignment happen in one transaction, and writes are serialised per
/// database so revs commit in ascending order (docs/protocol.md, "Why the feed never skips").
class Storage
{
public:
    virtual ~Storage() = default;

    /// Opens the back end the URL names (not yet migrated).
    static std::unique_ptr<Storage> create(const DatabaseUrl &url, const QString &connectionName);

    /// Connects and migrates the schema; creates the server id on first use.
    virtual Result<void> open() = 0;
    virtual QString serverId() const = 0;
    virtual QString backendName() const = 0;
    /// Called before each request: reopens the connection when it was lost (PostgreSQL
    /// restarted or failed over), at most once a second. Fails with `unavailable` (503 with
    /// Retry-After) while the database cannot be reached, so clients back off and retry.
    virtual Result<void> ensureConnected() = 0;

    // Users
    virtual Result<domain::User> addUser(const domain::User &user, const QString &passwordHash) = 0;
    virtual Result<std::optional<StoredUser>> userByName(const QString &username) = 0;
    virtual Result<QList<domain::User>> users() = 0;

    // Sessions (tokens are stored as SHA-256 hashes)
    virtual Result<void> addSession(const QByteArray &tokenHash, const QString &userId,
                                    const QDateTime &expiresAt) = 0;
    virtual Result<std::optional<domain::User>> sessionUser(const QByteArray &tokenHash,
                                                            const QDateTime &now) = 0;
    virtual Result<void> removeSession(const QByteArray &tokenHash) = 0;

    // Login throttle
    virtual Result<ThrottleState> throttle(const QString &username) = 0;
    virtual Result<void> setThrottle(const QString &username, const ThrottleState &state) = 0;

    // Change feed
    virtual Result<qint64> maxRev() = 0;
    /// The lowest cursor rev still honoured (tombstones below it were purged).
    virtual Result<qint64> retentionFloor() = 0;
    /// Up to `limit` rows with rev > `since`, ascending.
    virtual Result<QList<FeedRow>> changesSince(qint64 since, int limit) = 0;
    virtual Result<std::optional<domain::Record>> record(const QString &id) = 0;

    /// Applies one mutation atomically: replays the stored result of `mutationId` if it was seen,
    /// else asks `plan` what to do with the current record (locked), writes with the next rev,
    /// records the audit entry and the result (built by `appliedResult` for a write).
    virtual Result<QJsonObject>
    applyMutation(const QString &mutationId, const QString &userId, const QString &recordId,
                  const std::function<MutationPlan(const std::optional<domain::Record> &)> &plan,
                  const std::function<QJsonObject(const domain::Record &)> &appliedResult) = 0;

    /// applyMutation() for each request, in order, in one serialised write transaction with a
    /// savepoint per mutation: a mutation that fails is rolled back alone (its entry is the
    /// error), the others commit together. One commit per batch instead of one per mutation;
    /// revs still commit in ascending order (the write lock is held for the whole batch). An
    /// error for the whole call means nothing was written (begin or commit failed).
    virtual Result<QList<Result<QJsonObject>>>
    applyMutations(const QList<MutationRequest> &requests) = 0;

    /// Deletes mutation-log entries and expired sessions older than their retention, and purges
    /// tombstones older than `tombstoneDays` (raising the retention floor).
    virtual Result<void> purge(const QDateTime &now, int mutationLogDays, int tombstoneDays) = 0;

    /// Stores records as they are (seeding), each with the next rev, in one transaction.
    virtual Result<void> importRecords(const QList<domain::Record> &records,
                                       const QString &userId) = 0;

    /// Number of audit entries for a record (tests and operators).
    virtual Result<int> auditCount(const QString &recordId) = 0;

    /// The revisions of a record with rev < `before` (0: all), newest first, that `keep`
    /// accepts, at most `limit` of them. Revisions written before schema 3 are not listed.
    virtual Result<QList<RevisionRow>>
    revisions(const QString &recordId, qint64 before, int limit,
              const std::function<bool(const RevisionRow &)> &keep) = 0;
};

} // namespace smec::server
