// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlstorage.h"

#include "serverlog.h"
#include "sqlschema.h"

#include "domain/initiative.h"
#include "protocol/timestamp.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

QString now(const QDateTime &time = QDateTime::currentDateTimeUtc())
{
    return protocol::formatTimestamp(time);
}

// The columns visibility filtering needs, derived from the fields at write time. For an
// initiative, `country` is the lead country and `partners` its partners as "RWA:joined
// UGA:invited" (ChangeFeed::addRow reads them back).
void visibilityColumns(const domain::Record &record, QString *country, QString *status,
                       bool *hidden, QString *partners)
{
    *country = record.fields.value("country"_L1).toString();
    *status = record.kind == domain::Kind::Practice
                  ? record.fields.value("status"_L1).toString(u"draft"_s)
                  : record.fields.value("status"_L1).toString();
    *hidden = record.kind == domain::Kind::Post && record.fields.value("hidden"_L1).toBool();
    partners->clear();
    if (record.kind == domain::Kind::Initiative) {
        *country = record.fields.value("lead_country"_L1).toString();
        *status = domain::Initiative::status(record.fields);
        QStringList pairs;
        for (const domain::InitiativePartner &p : domain::Initiative::partners(record.fields))
            pairs.append(p.country + u':' + p.state);
        *partners = pairs.join(u' ');
    }
}

domain::Record recordFromQuery(const QSqlQuery &q)
{
    domain::Record r;
    r.id = q.value(0).toString();
    r.kind = domain::kindFromName(q.value(1).toString()).value_or(domain::Kind::Practice);
    r.rev = q.value(2).toLongLong();
    r.deleted = q.value(3).toInt() != 0;
    r.createdBy = q.value(4).toString();
    r.updatedBy = q.value(5).toString();
    r.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.fields = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    return r;
}

constexpr auto recordColumns = "id, kind, rev, deleted, created_by, updated_by, created_at, "
                               "updated_at, fields, country, status, hidden, partners"_L1;

} // namespace

SqlStorage::SqlStorage(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

SqlStorage::~SqlStorage()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

// A connection the driver gave up on (the database restarted) is worth a retry: 503, not 500.
// Whether a commit cut off that way took effect is unknown here; the client resends the same
// mutation ids and the mutation log answers them once.
Error SqlStorage::sqlError(const QSqlQuery &query, const QString &what) const
{
    return Error{m_db.isOpen() ? u"internal"_s : u"unavailable"_s,
                 u"%1 failed: %2"_s.arg(what, query.lastError().text()),
                 {}};
}

Error SqlStorage::dbError(const QString &what) const
{
    return Error{m_db.isOpen() ? u"internal"_s : u"unavailable"_s,
                 u"%1 failed: %2"_s.arg(what, m_db.lastError().text()),
                 {}};
}

Result<void> SqlStorage::ensureConnected()
{
    if (m_db.isOpen())
        return {};
    // At most one attempt a second: while the database is down, requests fail fast with 503.
    if (m_lastReconnect.isValid() && m_lastReconnect.elapsed() < 1000)
        return Error{u"unavailable"_s, u"the connection to the database was lost"_s, {}};
    m_lastReconnect.start();
    if (auto r = reconnect(); !r)
        return Error{u"unavailable"_s, r.error().message, {}};
    qCInfo(lcServer, "reconnected to the database");
    return {};
}

Result<void> SqlStorage::reconnect()
{
    m_db.close();
    if (!m_db.open())
        return Error{u"unavailable"_s,
                     u"cannot reconnect to the database: %1"_s.arg(m_db.lastError().text()),
                     {}};
    return {};
}

Result<void> SqlStorage::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q, sql.left(60));
    return {};
}

Result<void> SqlStorage::exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query, query.lastQuery().left(60));
    return {};
}

Result<void> SqlStorage::commit()
{
    if (!m_db.commit())
        return dbError(u"commit"_s);
    return {};
}

void SqlStorage::rollback()
{
    m_db.rollback();
}

Result<void> SqlStorage::open()
{
    if (auto r = connect(); !r)
        return r;
    if (auto r = migrate(); !r)
        return r;
    auto id = metaValue(u"server_id"_s);
    if (!id)
        return id.error();
    m_serverId = id.value();
    return {};
}

Result<void> SqlStorage::migrate()
{
    if (auto r = beginMigration(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        rollback();
        return e;
    };
    if (auto r =
            exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        !r)
        return fail(r.error());
    auto version = metaValue(u"schema_version"_s);
    if (!version)
        return fail(version.error());
    const int current = version->toInt();
    if (current > SqlSchema::currentVersion)
        return fail(Error{u"unavailable"_s,
                          u"database schema %1 is newer than this server (%2)"_s.arg(current).arg(
                              SqlSchema::currentVersion),
                          {}});
    if (current < 1) {
        const QString big = bigintType();
        const QStringList ddl = SqlSchema::version1(bigintType());
        for (const QString &sql : ddl) {
            if (auto r = exec(sql); !r)
                return fail(r.error());
        }
        if (auto r =
                setMetaValue(u"server_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            !r)
            return fail(r.error());
        if (auto r = setMetaValue(u"retention_floor"_s, u"0"_s); !r)
            return fail(r.error());
    }
    if (current < 2) {
        const QStringList ddl = SqlSchema::version2();
        for (const QString &sql : ddl) {
            if (auto r = exec(sql); !r)
                return fail(r.error());
        }
    }
    if (current < 3) {
        const QStringList ddl = SqlSchema::version3();
        for (const QString &sql : ddl) {
            if (auto r = exec(sql); !r)
                return fail(r.error());
        }
    }
    if (auto r = setMetaValue(u"schema_version"_s, QString::number(SqlSchema::currentVersion)); !r)
        return fail(r.error());
    return commit();
}

Result<QString> SqlStorage::metaValue(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, u"read meta"_s);
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> SqlStorage::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
              "value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

Result<domain::User> SqlStorage::addUser(const domain::User &user, const QString &passwordHash)
{
    domain::User stored = user;
    if (stored.id.isEmpty())
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO users (id, username, display_name, country, role, password_hash, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
              "display_name = excluded.display_name, country = excluded.country, role = "
              "excluded.role, password_hash = excluded.password_hash"_s);
    q.addBindValue(stored.id);
    q.addBindValue(stored.username);
    q.addBindValue(stored.displayName);
    q.addBindValue(stored.country.isEmpty() ? QVariant() : QVariant(stored.country));
    q.addBindValue(domain::roleName(stored.role));
    q.addBindValue(passwordHash);
    q.addBindValue(now());
    if (auto r = exec(q); !r)
        return r.error();
    auto found = userByName(stored.username);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{u"internal"_s, u"user vanished after insert"_s, {}};
    return found->value().user;
}

Result<std::optional<StoredUser>> SqlStorage::userByName(const QString &username)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, username, display_name, country, role, password_hash FROM users WHERE "
              "username = ?"_s);
    q.addBindValue(username);
    if (!q.exec())
        return sqlError(q, u"read user"_s);
    if (!q.next())
        return std::optional<StoredUser>();
    StoredUser s;
    s.user.id = q.value(0).toString();
    s.user.username = q.value(1).toString();
    s.user.displayName = q.value(2).toString();
    s.user.country = q.value(3).toString();
    s.user.role = domain::roleFromName(q.value(4).toString()).value_or(domain::Role::Analyst);
    s.passwordHash = q.value(5).toString();
    return std::optional<StoredUser>(s);
}

Result<QList<domain::User>> SqlStorage::users()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, username, display_name, country, role FROM users ORDER BY "
                "display_name, username"_s))
        return sqlError(q, u"list users"_s);
    QList<domain::User> list;
    while (q.next()) {
        domain::User u;
        u.id = q.value(0).toString();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.country = q.value(3).toString();
        u.role = domain::roleFromName(q.value(4).toString()).value_or(domain::Role::Analyst);
        list << u;
    }
    return list;
}

Result<void> SqlStorage::addSession(const QByteArray &tokenHash, const QString &userId,
                                    const QDateTime &expiresAt)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, "
              "?, ?)"_s);
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    q.addBindValue(userId);
    q.addBindValue(now());
    q.addBindValue(now(expiresAt));
    return exec(q);
}

Result<std::optional<domain::User>> SqlStorage::sessionUser(const QByteArray &tokenHash,
                                                            const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT u.id, u.username, u.display_name, u.country, u.role FROM sessions s JOIN "
              "users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?"_s);
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    q.addBindValue(now(at));
    if (!q.exec())
        return sqlError(q, u"read session"_s);
    if (!q.next())
        return std::optional<domain::User>();
    domain::User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.country = q.value(3).toString();
    u.role = domain::roleFromName(q.value(4).toString()).value_or(domain::Role::Analyst);
    return std::optional<domain::User>(u);
}

Result<void> SqlStorage::removeSession(const QByteArray &tokenHash)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sessions WHERE token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    return exec(q);
}

Result<ThrottleState> SqlStorage::throttle(const QString &username)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT failures, locked_until FROM login_throttle WHERE username = ?"_s);
    q.addBindValue(username);
    if (!q.exec())
        return sqlError(q, u"read throttle"_s);
    ThrottleState state;
    if (q.next()) {
        state.failures = q.value(0).toInt();
        if (!q.value(1).isNull())
            state.lockedUntil = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    return state;
}

Result<void> SqlStorage::setThrottle(const QString &username, const ThrottleState &state)
{
    QSqlQuery q(m_db);
    if (state.failures == 0 && !state.lockedUntil.isValid()) {
        q.prepare(u"DELETE FROM login_throttle WHERE username = ?"_s);
        q.addBindValue(username);
        return exec(q);
    }
    q.prepare(u"INSERT INTO login_throttle (username, failures, locked_until) VALUES (?, ?, ?) ON "
              "CONFLICT (username) DO UPDATE SET failures = excluded.failures, locked_until = "
              "excluded.locked_until"_s);
    q.addBindValue(username);
    q.addBindValue(state.failures);
    q.addBindValue(state.lockedUntil.isValid() ? QVariant(now(state.lockedUntil)) : QVariant());
    return exec(q);
}

Result<qint64> SqlStorage::maxRev()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM counters WHERE name = 'rev'"_s) || !q.next())
        return sqlError(q, u"read rev counter"_s);
    return q.value(0).toLongLong();
}

Result<qint64> SqlStorage::retentionFloor()
{
    auto v = metaValue(u"retention_floor"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<FeedRow>> SqlStorage::changesSince(qint64 since, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM records WHERE rev > ? ORDER BY rev LIMIT ?"_s.arg(recordColumns));
    q.addBindValue(since);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, u"read changes"_s);
    QList<FeedRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        FeedRow row;
        row.id = q.value(0).toString();
        row.kind = q.value(1).toString();
        row.rev = q.value(2).toLongLong();
        row.deleted = q.value(3).toInt() != 0;
        row.createdBy = q.value(4).toString();
        row.updatedBy = q.value(5).toString();
        row.createdAt = q.value(6).toString();
        row.updatedAt = q.value(7).toString();
        row.fieldsJson = q.value(8).toByteArray();
        row.country = q.value(9).toString();
        row.status = q.value(10).toString();
        row.hidden = q.value(11).toInt() != 0;
        row.partners = q.value(12).toString();
        rows << row;
    }
    return rows;
}

Result<std::optional<domain::Record>> SqlStorage::record(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM records WHERE id = ?"_s.arg(recordColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"read record"_s);
    if (!q.next())
        return std::optional<domain::Record>();
    return std::optional<domain::Record>(recordFromQuery(q));
}

Result<QJsonObject> SqlStorage::applyMutation(
    const QString &mutationId, const QString &userId, const QString &recordId,
    const std::function<MutationPlan(const std::optional<domain::Record> &)> &plan,
    const std::function<QJsonObject(const domain::Record &)> &appliedResult)
{
    if (auto r = beginSerialisedWrite(); !r)
        return r.error();
    auto result = applyLocked(mutationId, userId, recordId, plan, appliedResult);
    if (!result) {
        rollback();
        return result;
    }
    if (auto r = commit(); !r)
        return r.error();
    return result;
}

Result<QList<Result<QJsonObject>>>
SqlStorage::applyMutations(const QList<MutationRequest> &requests)
{
    if (auto r = beginSerialisedWrite(); !r)
        return r.error();
    auto fail = [this](const Error &e) -> Result<QList<Result<QJsonObject>>> {
        rollback();
        return e;
    };
    QList<Result<QJsonObject>> results;
    results.reserve(requests.size());
    for (const MutationRequest &m : requests) {
        if (auto r = exec(u"SAVEPOINT mutation"_s); !r)
            return fail(r.error());
        auto result = applyLocked(m.mutationId, m.userId, m.recordId, m.plan, m.appliedResult);
        if (!result) {
            if (auto r = exec(u"ROLLBACK TO SAVEPOINT mutation"_s); !r)
                return fail(r.error());
        }
        if (auto r = exec(u"RELEASE SAVEPOINT mutation"_s); !r)
            return fail(r.error());
        results.append(std::move(result));
    }
    if (auto r = commit(); !r)
        return fail(r.error());
    return results;
}

Result<QJsonObject> SqlStorage::applyLocked(
    const QString &mutationId, const QString &userId, const QString &recordId,
    const std::function<MutationPlan(const std::optional<domain::Record> &)> &plan,
    const std::function<QJsonObject(const domain::Record &)> &appliedResult)
{
    QSqlQuery seen(m_db);
    seen.prepare(u"SELECT result FROM mutations WHERE mutation_id = ?"_s);
    seen.addBindValue(mutationId);
    if (!seen.exec())
        return sqlError(seen, u"read mutation log"_s);
    if (seen.next())
        return QJsonDocument::fromJson(seen.value(0).toByteArray()).object();

    std::optional<domain::Record> current;
    {
        QSqlQuery cur(m_db);
        cur.prepare(u"SELECT %1 FROM records WHERE id = ?"_s.arg(recordColumns));
        cur.addBindValue(recordId);
        if (!cur.exec())
            return sqlError(cur, u"read record"_s);
        if (cur.next())
            current = recordFromQuery(cur);
    }

    const MutationPlan decided = plan(current);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QJsonObject result = decided.result;
    if (decided.write) {
        domain::Record stored = decided.record;
        auto rev = nextRev();
        if (!rev)
            return rev.error();
        stored.rev = rev.value();
        stored.updatedBy = userId;
        stored.updatedAt = at;
        const bool existed = current.has_value() && !current->deleted;
        stored.createdBy = existed ? current->createdBy : userId;
        stored.createdAt = existed ? current->createdAt : at;
        if (decided.assignRefCode) {
            auto code = nextRefCode(at);
            if (!code)
                return code.error();
            stored.fields.insert(u"ref_code"_s, code.value());
        }
        if (auto r =
                writeRecord(stored, userId, mutationId,
                            stored.deleted ? u"delete"_s : (existed ? u"update"_s : u"create"_s));
            !r)
            return r.error();
        result = appliedResult(stored);
    }

    QSqlQuery log(m_db);
    log.prepare(u"INSERT INTO mutations (mutation_id, user_id, result, created_at) VALUES (?, ?, "
                "?, ?)"_s);
    log.addBindValue(mutationId);
    log.addBindValue(userId);
    log.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    log.addBindValue(now(at));
    if (auto r = exec(log); !r)
        return r.error();
    return result;
}

Result<void> SqlStorage::writeRecord(domain::Record &stored, const QString &userId,
                                     const QString &mutationId, const QString &op)
{
    if (stored.deleted)
        stored.fields = QJsonObject();
    QString country, status, partners;
    bool hidden = false;
    visibilityColumns(stored, &country, &status, &hidden, &partners);
    QSqlQuery write(m_db);
    write.prepare(u"INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                  "CONFLICT (id) DO UPDATE SET kind = excluded.kind, rev = excluded.rev, "
                  "deleted = excluded.deleted, created_by = excluded.created_by, updated_by = "
                  "excluded.updated_by, created_at = excluded.created_at, updated_at = "
                  "excluded.updated_at, fields = excluded.fields, country = excluded.country, "
                  "status = excluded.status, hidden = excluded.hidden, partners = "
                  "excluded.partners"_s.arg(recordColumns));
    write.addBindValue(stored.id);
    write.addBindValue(domain::kindName(stored.kind));
    write.addBindValue(stored.rev);
    write.addBindValue(stored.deleted ? 1 : 0);
    write.addBindValue(stored.createdBy);
    write.addBindValue(stored.updatedBy);
    write.addBindValue(now(stored.createdAt));
    write.addBindValue(now(stored.updatedAt));
    const QString fieldsText =
        QString::fromUtf8(QJsonDocument(stored.fields).toJson(QJsonDocument::Compact));
    write.addBindValue(fieldsText);
    write.addBindValue(country.isEmpty() ? QVariant() : QVariant(country));
    write.addBindValue(status.isEmpty() ? QVariant() : QVariant(status));
    write.addBindValue(hidden ? 1 : 0);
    write.addBindValue(partners.isEmpty() ? QVariant() : QVariant(partners));
    if (auto r = exec(write); !r)
        return r;

    QSqlQuery audit(m_db);
    audit.prepare(u"INSERT INTO audit (rev, at, user_id, record_id, kind, op, mutation_id, "
                  "fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    audit.addBindValue(stored.rev);
    audit.addBindValue(now(stored.updatedAt));
    audit.addBindValue(userId);
    audit.addBindValue(stored.id);
    audit.addBindValue(domain::kindName(stored.kind));
    audit.addBindValue(op);
    audit.addBindValue(mutationId);
    audit.addBindValue(fieldsText);
    if (auto r = exec(audit); !r)
        return r;
    return {};
}

Result<void> SqlStorage::importRecords(const QList<domain::Record> &records, const QString &userId)
{
    if (auto r = beginSerialisedWrite(); !r)
        return r;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (domain::Record stored : records) {
        auto rev = nextRev();
        if (!rev) {
            rollback();
            return rev.error();
        }
        stored.rev = rev.value();
        stored.createdBy = stored.createdBy.isEmpty() ? userId : stored.createdBy;
        stored.updatedBy = stored.updatedBy.isEmpty() ? userId : stored.updatedBy;
        stored.createdAt = stored.createdAt.isValid() ? stored.createdAt : at;
        stored.updatedAt = stored.updatedAt.isValid() ? stored.updatedAt : at;
        if (auto r = writeRecord(stored, userId, u"seed:"_s + stored.id, u"import"_s); !r) {
            rollback();
            return r;
        }
    }
    return commit();
}

Result<qint64> SqlStorage::nextRev()
{
    if (auto r = exec(u"UPDATE counters SET value = value + 1 WHERE name = 'rev'"_s); !r)
        return r.error();
    return maxRev();
}

Result<QString> SqlStorage::nextRefCode(const QDateTime &at)
{
    const QString name = u"ref:PRA-%1"_s.arg(at.date().year());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET "
              "value = counters.value + 1"_s);
    q.addBindValue(name);
    if (auto r = exec(q); !r)
        return r.error();
    QSqlQuery read(m_db);
    read.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
    read.addBindValue(name);
    if (!read.exec() || !read.next())
        return sqlError(read, u"read ref counter"_s);
    return u"PRA-%1-%2"_s.arg(at.date().year()).arg(read.value(0).toLongLong(), 4, 10, QChar(u'0'));
}

Result<void> SqlStorage::purge(const QDateTime &at, int mutationLogDays, int tombstoneDays)
{
    if (auto r = beginSerialisedWrite(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        rollback();
        return e;
    };
    QSqlQuery log(m_db);
    log.prepare(u"DELETE FROM mutations WHERE created_at < ?"_s);
    log.addBindValue(now(at.addDays(-mutationLogDays)));
    if (auto r = exec(log); !r)
        return fail(r.error());
    QSqlQuery sessions(m_db);
    sessions.prepare(u"DELETE FROM sessions WHERE expires_at < ?"_s);
    sessions.addBindValue(now(at));
    if (auto r = exec(sessions); !r)
        return fail(r.error());
    const QString cutoff = now(at.addDays(-tombstoneDays));
    QSqlQuery top(m_db);
    top.prepare(u"SELECT MAX(rev) FROM records WHERE deleted = 1 AND updated_at < ?"_s);
    top.addBindValue(cutoff);
    if (!top.exec() || !top.next())
        return fail(sqlError(top, u"find purgeable tombstones"_s));
    if (!top.value(0).isNull()) {
        const qint64 purgedUpTo = top.value(0).toLongLong();
        QSqlQuery del(m_db);
        del.prepare(u"DELETE FROM records WHERE deleted = 1 AND updated_at < ? AND rev <= ?"_s);
        del.addBindValue(cutoff);
        del.addBindValue(purgedUpTo);
        if (auto r = exec(del); !r)
            return fail(r.error());
        auto floor = retentionFloor();
        if (!floor)
            return fail(floor.error());
        if (purgedUpTo > floor.value()) {
            if (auto r = setMetaValue(u"retention_floor"_s, QString::number(purgedUpTo)); !r)
                return fail(r.error());
        }
    }
    return commit();
}

Result<QList<RevisionRow>>
SqlStorage::revisions(const QString &recordId, qint64 before, int limit,
                      const std::function<bool(const RevisionRow &)> &keep)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Rows without fields were written before schema 3 and cannot be served (sqlschema.h).
    q.prepare(u"SELECT rev, user_id, at, op, fields FROM audit WHERE record_id = ? AND rev < ? "
              "AND fields IS NOT NULL ORDER BY rev DESC"_s);
    q.addBindValue(recordId);
    q.addBindValue(before > 0 ? before : std::numeric_limits<qint64>::max());
    if (!q.exec())
        return sqlError(q, u"read revisions"_s);
    QList<RevisionRow> rows;
    while (rows.size() < limit && q.next()) {
        RevisionRow row;
        row.rev = q.value(0).toLongLong();
        row.userId = q.value(1).toString();
        row.at = q.value(2).toString();
        row.deleted = q.value(3).toString() == "delete"_L1;
        row.fieldsJson = q.value(4).toByteArray();
        if (keep(row))
            rows << row;
    }
    return rows;
}

Result<int> SqlStorage::auditCount(const QString &recordId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM audit WHERE record_id = ?"_s);
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return sqlError(q, u"count audit"_s);
    return q.value(0).toInt();
}

} // namespace smec::server
