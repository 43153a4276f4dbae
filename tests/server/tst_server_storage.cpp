// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Storage back ends: built as tst_server_storage (SQLite) and tst_server_storage_pg (PostgreSQL).
#include "server/authservice.h"
#include "server/databaseurl.h"
#include "server/sqlschema.h"
#include "server/storage.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

domain::Record threadRecord(const QString &id, const QString &title)
{
    domain::Record r;
    r.id = id;
    r.kind = domain::Kind::Thread;
    r.fields = QJsonObject{{u"title"_s, title}};
    return r;
}

} // namespace

class TestServerStorage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Storage> open(const QString &connection);
    QJsonObject write(Storage &storage, const domain::Record &record,
                      const QString &mutationId = newId(), int *planCalls = nullptr);

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Storage> m_storage;
    int m_connections = 0;

private Q_SLOTS:
    void initTestCase();
    void open_keepsServerIdAcrossReopen();
    void users_addFindAndUpdate();
    void sessions_expireAndRevoke();
    void throttle_roundTrips();
    void applyMutation_assignsIncreasingRevsAndAudits();
    void applyMutation_replayReturnsFirstResultWithoutPlanning();
    void applyMutation_noWriteLeavesRevUntouched();
    void applyMutations_batchInOrderWithAscendingRevs();
    void changesSince_ascendingLatestStateOnce();
    void changesSince_interleavedWritersNeverSkip();
    void changesSince_initiativeCarriesLeadAndPartners();
#ifndef SMEC_TEST_USE_POSTGRES
    // Steps a version-1 SQLite file; every PostgreSQL test database is created through version 1
    // and then 2, so the PostgreSQL lane runs the same step on each start.
    void migrate_version1AddsPartnersColumn();
    // Version 3 keeps each revision's fields in the audit trail: a version-2 file's audit rows
    // that are still a record's current revision get them; older rows stay unserved.
    void migrate_version2BackfillsCurrentRevisions();
#endif
    void revisions_newestFirstFilteredAndLimited();
    void importRecords_assignsRevs();
    void purge_dropsOldTombstonesAndRaisesFloor();
    void passwords_hashAndVerify();
};

std::unique_ptr<Storage> TestServerStorage::open(const QString &connection)
{
    auto storage = Storage::create(m_url, connection + QString::number(++m_connections));
    const auto r = storage->open();
    if (!r)
        qWarning() << r.error().message;
    return r ? std::move(storage) : nullptr;
}

QJsonObject TestServerStorage::write(Storage &storage, const domain::Record &record,
                                     const QString &mutationId, int *planCalls)
{
    auto r = storage.applyMutation(
        mutationId, u"user-1"_s, record.id,
        [&](const std::optional<domain::Record> &) {
            if (planCalls)
                ++*planCalls;
            MutationPlan plan;
            plan.write = true;
            plan.record = record;
            return plan;
        },
        [](const domain::Record &stored) {
            return QJsonObject{{u"rev"_s, stored.rev}, {u"status"_s, u"applied"_s}};
        });
    return r ? r.value() : QJsonObject{};
}

void TestServerStorage::initTestCase()
{
#ifdef SMEC_TEST_USE_POSTGRES
    const QString url = test::postgresUrl();
    if (url.isEmpty())
        QSKIP("SMEC_TEST_PG_URL is not set");
#else
    QVERIFY(m_dir.isValid());
    const QString url = u"sqlite:"_s + m_dir.filePath(u"storage.sqlite"_s);
#endif
    auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed);
    m_url = parsed.value();
    m_storage = open(u"main"_s);
    QVERIFY(m_storage);
}

void TestServerStorage::open_keepsServerIdAcrossReopen()
{
    QVERIFY(!QUuid::fromString(m_storage->serverId()).isNull());
    auto again = open(u"again"_s);
    QVERIFY(again);
    QCOMPARE(again->serverId(), m_storage->serverId());
}

void TestServerStorage::users_addFindAndUpdate()
{
    domain::User u;
    u.username = u"amina"_s;
    u.displayName = u"Amina"_s;
    u.country = u"KEN"_s;
    u.role = domain::Role::Delegate;
    auto added = m_storage->addUser(u, u"hash-1"_s);
    QVERIFY(added);
    QVERIFY(!added->id.isEmpty());
    auto found = m_storage->userByName(u"amina"_s);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().passwordHash, u"hash-1"_s);
    QCOMPARE(found->value().user.country, u"KEN"_s);
    u.role = domain::Role::Secretariat;
    u.country.clear();
    auto updated = m_storage->addUser(u, u"hash-2"_s);
    QVERIFY(updated);
    QCOMPARE(updated->id, added->id); // same account, new role and password
    QCOMPARE(updated->role, domain::Role::Secretariat);
    QVERIFY(m_storage->userByName(u"nobody"_s)->has_value() == false);
    QVERIFY(m_storage->users()->size() >= 1);
}

void TestServerStorage::sessions_expireAndRevoke()
{
    domain::User u;
    u.username = u"sessions"_s;
    u.displayName = u"S"_s;
    auto user = m_storage->addUser(u, u"h"_s);
    QVERIFY(user);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray live = AuthService::tokenHash("live");
    const QByteArray old = AuthService::tokenHash("old");
    QVERIFY(m_storage->addSession(live, user->id, now.addDays(1)));
    QVERIFY(m_storage->addSession(old, user->id, now.addSecs(-1)));
    auto found = m_storage->sessionUser(live, now);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().username, u"sessions"_s);
    QVERIFY(!m_storage->sessionUser(old, now)->has_value());
    QVERIFY(m_storage->removeSession(live));
    QVERIFY(!m_storage->sessionUser(live, now)->has_value());
}

void TestServerStorage::throttle_roundTrips()
{
    QCOMPARE(m_storage->throttle(u"t"_s)->failures, 0);
    ThrottleState s;
    s.failures = 3;
    s.lockedUntil = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(m_storage->setThrottle(u"t"_s, s));
    auto read = m_storage->throttle(u"t"_s);
    QVERIFY(read);
    QCOMPARE(read->failures, 3);
    QVERIFY(qAbs(read->lockedUntil.secsTo(s.lockedUntil)) <= 1);
    QVERIFY(m_storage->setThrottle(u"t"_s, ThrottleState{}));
    QCOMPARE(m_storage->throttle(u"t"_s)->failures, 0);
}

void TestServerStorage::applyMutation_assignsIncreasingRevsAndAudits()
{
    const QString id = newId();
    const qint64 before = m_storage->maxRev().value();
    const QJsonObject first = write(*m_storage, threadRecord(id, u"one"_s));
    const QJsonObject second = write(*m_storage, threadRecord(id, u"two"_s));
    QCOMPARE(first.value("rev"_L1).toInteger(), before + 1);
    QCOMPARE(second.value("rev"_L1).toInteger(), before + 2);
    auto stored = m_storage->record(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().rev, before + 2);
    QCOMPARE(stored->value().fields.value("title"_L1).toString(), u"two"_s);
    QCOMPARE(stored->value().createdBy, u"user-1"_s);
    QCOMPARE(m_storage->auditCount(id).value(), 2);
}

void TestServerStorage::applyMutation_replayReturnsFirstResultWithoutPlanning()
{
    const QString id = newId();
    const QString mutationId = newId();
    int calls = 0;
    const QJsonObject first = write(*m_storage, threadRecord(id, u"once"_s), mutationId, &calls);
    const qint64 rev = m_storage->maxRev().value();
    const QJsonObject replay = write(*m_storage, threadRecord(id, u"twice"_s), mutationId, &calls);
    QCOMPARE(calls, 1);
    QCOMPARE(replay, first);
    QCOMPARE(m_storage->maxRev().value(), rev);
    QCOMPARE(m_storage->record(id)->value().fields.value("title"_L1).toString(), u"once"_s);
}

void TestServerStorage::applyMutation_noWriteLeavesRevUntouched()
{
    const qint64 rev = m_storage->maxRev().value();
    const QString mutationId = newId();
    auto r = m_storage->applyMutation(
        mutationId, u"user-1"_s, newId(),
        [](const std::optional<domain::Record> &current) {
            MutationPlan plan;
            plan.result =
                QJsonObject{{u"status"_s, u"rejected"_s}, {u"had"_s, current.has_value()}};
            return plan;
        },
        [](const domain::Record &) { return QJsonObject(); });
    QVERIFY(r);
    QCOMPARE(r->value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r->value("had"_L1).toBool(), false);
    QCOMPARE(m_storage->maxRev().value(), rev);
}

void TestServerStorage::applyMutations_batchInOrderWithAscendingRevs()
{
    // One transaction for the batch: each plan sees the writes of the mutations before it,
    // a mutation that writes nothing takes no rev, results come back in order.
    const QString id = newId();
    const qint64 before = m_storage->maxRev().value();
    QList<qint64> seenRevs;
    auto request = [&](const QString &title, bool write) {
        MutationRequest r;
        r.mutationId = newId();
        r.userId = u"user-1"_s;
        r.recordId = id;
        r.plan = [&seenRevs, id, title, write](const std::optional<domain::Record> &current) {
            seenRevs << (current ? current->rev : 0);
            MutationPlan plan;
            plan.write = write;
            plan.record = threadRecord(id, title);
            plan.result = QJsonObject{{u"status"_s, u"rejected"_s}};
            return plan;
        };
        r.appliedResult = [](const domain::Record &stored) {
            return QJsonObject{{u"rev"_s, stored.rev}, {u"status"_s, u"applied"_s}};
        };
        return r;
    };
    auto results = m_storage->applyMutations(
        {request(u"one"_s, true), request(u"no"_s, false), request(u"two"_s, true)});
    QVERIFY(results);
    QCOMPARE(results->size(), 3);
    QVERIFY(results->at(0) && results->at(1) && results->at(2));
    QCOMPARE(results->at(0).value().value("rev"_L1).toInteger(), before + 1);
    QCOMPARE(results->at(1).value().value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(results->at(2).value().value("rev"_L1).toInteger(), before + 2);
    QCOMPARE(seenRevs, (QList<qint64>{0, before + 1, before + 1}));
    QCOMPARE(m_storage->maxRev().value(), before + 2);
    QCOMPARE(m_storage->record(id)->value().fields.value("title"_L1).toString(), u"two"_s);
    QCOMPARE(m_storage->auditCount(id).value(), 2);
}

void TestServerStorage::changesSince_initiativeCarriesLeadAndPartners()
{
    // The feed checks visibility from columns: an initiative's lead country, status and partners.
    const qint64 start = m_storage->maxRev().value();
    domain::Record r;
    r.id = newId();
    r.kind = domain::Kind::Initiative;
    r.fields =
        QJsonObject{{u"title"_s, u"Corridor"_s},
                    {u"lead_country"_s, u"KEN"_s},
                    {u"partners"_s,
                     QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"invited"_s}},
                                QJsonObject{{u"country"_s, u"UGA"_s}, {u"state"_s, u"joined"_s}}}}};
    QCOMPARE(write(*m_storage, r).value("status"_L1).toString(), u"applied"_s);
    auto rows = m_storage->changesSince(start, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).country, u"KEN"_s);
    QCOMPARE(rows->at(0).status, u"proposed"_s); // no status yet: proposed
    QCOMPARE(rows->at(0).partners, u"RWA:invited UGA:joined"_s);
    // A practice has no partners.
    domain::Record practice;
    practice.id = newId();
    practice.kind = domain::Kind::Practice;
    practice.fields = QJsonObject{{u"title"_s, u"P"_s}, {u"country"_s, u"KEN"_s}};
    write(*m_storage, practice);
    rows = m_storage->changesSince(start, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QVERIFY(rows->at(1).partners.isEmpty());
}

#ifndef SMEC_TEST_USE_POSTGRES
void TestServerStorage::migrate_version1AddsPartnersColumn()
{
    // A database left by a version-1 server: schema 1, no partners column, one practice.
    const QString path = m_dir.filePath(u"v1.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
        for (const QString &sql : SqlSchema::version1(u"INTEGER"_s))
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(u"INSERT INTO meta VALUES ('schema_version', '1'), ('server_id', "
                       "'6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e71'), ('retention_floor', '0')"_s));
        QVERIFY(q.exec(u"INSERT INTO records (id, kind, rev, deleted, fields, country, status) "
                       "VALUES ('6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e72', 'practice', 1, 0, "
                       "'{\"title\":\"Old\"}', 'KEN', 'published')"_s));
        QVERIFY(q.exec(u"UPDATE counters SET value = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    auto parsed = DatabaseUrl::parse(u"sqlite:"_s + path);
    QVERIFY(parsed);
    auto storage = Storage::create(parsed.value(), u"v1-upgrade"_s);
    QVERIFY(storage->open());
    QCOMPARE(storage->serverId(), u"6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e71"_s);
    auto rows = storage->changesSince(0, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).country, u"KEN"_s);
    QVERIFY(rows->at(0).partners.isEmpty());
    domain::Record r;
    r.id = newId();
    r.kind = domain::Kind::Initiative;
    r.fields = QJsonObject{{u"title"_s, u"I"_s},
                           {u"lead_country"_s, u"KEN"_s},
                           {u"partners"_s, QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s},
                                                                  {u"state"_s, u"invited"_s}}}}};
    QCOMPARE(write(*storage, r).value("rev"_L1).toInteger(), 2);
    rows = storage->changesSince(1, 10);
    QVERIFY(rows);
    QCOMPARE(rows->at(0).partners, u"RWA:invited"_s);
}
#endif

#ifndef SMEC_TEST_USE_POSTGRES
void TestServerStorage::migrate_version2BackfillsCurrentRevisions()
{
    const QString path = m_dir.filePath(u"v2.sqlite"_s);
    const QString id = u"6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e73"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
        for (const QString &sql : SqlSchema::version1(u"INTEGER"_s) + SqlSchema::version2())
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(u"INSERT INTO meta VALUES ('schema_version', '2'), ('server_id', "
                       "'6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e71'), ('retention_floor', '0')"_s));
        QVERIFY(q.exec(u"INSERT INTO records (id, kind, rev, deleted, updated_by, updated_at, "
                       "fields, country, status) VALUES ('%1', 'practice', 2, 0, 'u', "
                       "'2026-01-02T00:00:00.000Z', '{\"title\":\"Second\"}', 'KEN', "
                       "'draft')"_s.arg(id)));
        for (int rev : {1, 2})
            QVERIFY(q.exec(u"INSERT INTO audit (rev, at, user_id, record_id, kind, op, "
                           "mutation_id) VALUES (%1, '2026-01-0%1T00:00:00.000Z', 'u', '%2', "
                           "'practice', 'update', 'm%1')"_s.arg(rev)
                               .arg(id)));
        QVERIFY(q.exec(u"UPDATE counters SET value = 2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);
    auto parsed = DatabaseUrl::parse(u"sqlite:"_s + path);
    QVERIFY(parsed);
    auto storage = Storage::create(parsed.value(), u"v2-upgrade"_s);
    QVERIFY(storage->open());
    auto all = [](const RevisionRow &) {
        return true;
    };
    auto rows = storage->revisions(id, 0, 10, all);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).rev, 2);
    QCOMPARE(rows->at(0).fieldsJson, QByteArray(R"({"title":"Second"})"));
    domain::Record next;
    next.id = id;
    next.kind = domain::Kind::Practice;
    next.fields = QJsonObject{{u"title"_s, u"Third"_s}};
    QCOMPARE(write(*storage, next).value("rev"_L1).toInteger(), 3);
    rows = storage->revisions(id, 0, 10, all);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).rev, 3);
    QVERIFY(rows->at(0).fieldsJson.contains("Third"));
}
#endif

void TestServerStorage::revisions_newestFirstFilteredAndLimited()
{
    const QString id = newId();
    QList<qint64> revs;
    for (const QString &title : {u"one"_s, u"two"_s, u"three"_s, u"four"_s})
        revs << write(*m_storage, threadRecord(id, title)).value("rev"_L1).toInteger();
    write(*m_storage, threadRecord(newId(), u"another record"_s));
    domain::Record gone = threadRecord(id, {});
    gone.deleted = true;
    revs << write(*m_storage, gone).value("rev"_L1).toInteger();

    auto all = [](const RevisionRow &) {
        return true;
    };
    auto rows = m_storage->revisions(id, 0, 100, all);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(rows->at(i).rev, revs.at(4 - i));
    QVERIFY(rows->at(0).deleted);
    QVERIFY(!rows->at(1).deleted);
    QCOMPARE(rows->at(1).userId, u"user-1"_s);
    QVERIFY(rows->at(1).fieldsJson.contains("four"));
    QVERIFY(!rows->at(1).at.isEmpty());

    // `before` and `limit` page; `keep` filters without counting against the limit.
    rows = m_storage->revisions(id, revs.at(3), 2, all);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).rev, revs.at(2));
    QCOMPARE(rows->at(1).rev, revs.at(1));
    auto noThree = [](const RevisionRow &row) {
        return !row.fieldsJson.contains("three");
    };
    rows = m_storage->revisions(id, revs.at(3), 2, noThree);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).rev, revs.at(1));
    QCOMPARE(rows->at(1).rev, revs.at(0));
    rows = m_storage->revisions(newId(), 0, 10, all);
    QVERIFY(rows);
    QVERIFY(rows->isEmpty());
}

void TestServerStorage::changesSince_ascendingLatestStateOnce()
{
    const qint64 start = m_storage->maxRev().value();
    const QString a = newId();
    const QString b = newId();
    write(*m_storage, threadRecord(a, u"a1"_s));
    write(*m_storage, threadRecord(b, u"b1"_s));
    write(*m_storage, threadRecord(a, u"a2"_s)); // a moves past b
    auto rows = m_storage->changesSince(start, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, b);
    QCOMPARE(rows->at(1).id, a);
    QVERIFY(rows->at(1).fieldsJson.contains("a2"));
    QVERIFY(rows->at(0).rev < rows->at(1).rev);
    auto limited = m_storage->changesSince(start, 1);
    QCOMPARE(limited->size(), 1);
}

void TestServerStorage::changesSince_interleavedWritersNeverSkip()
{
    auto other = open(u"writer2"_s);
    QVERIFY(other);
    const qint64 start = m_storage->maxRev().value();
    QSet<QString> written;
    for (int i = 0; i < 40; ++i) {
        const QString id = newId();
        written.insert(id);
        write(i % 2 ? *other : *m_storage, threadRecord(id, u"t%1"_s.arg(i)));
    }
    auto rows = m_storage->changesSince(start, 1000);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 40);
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        QCOMPARE(rows->at(i).rev, start + 1 + i); // contiguous: nothing skipped
        seen.insert(rows->at(i).id);
    }
    QCOMPARE(seen, written);
}

void TestServerStorage::importRecords_assignsRevs()
{
    const qint64 start = m_storage->maxRev().value();
    QList<domain::Record> records;
    for (int i = 0; i < 25; ++i)
        records << threadRecord(newId(), u"seed %1"_s.arg(i));
    QVERIFY(m_storage->importRecords(records, u"seeder"_s));
    QCOMPARE(m_storage->maxRev().value(), start + 25);
    auto stored = m_storage->record(records.constLast().id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().createdBy, u"seeder"_s);
}

void TestServerStorage::purge_dropsOldTombstonesAndRaisesFloor()
{
    const QString id = newId();
    write(*m_storage, threadRecord(id, u"doomed"_s));
    domain::Record tombstone = threadRecord(id, {});
    tombstone.deleted = true;
    write(*m_storage, tombstone);
    const qint64 tombstoneRev = m_storage->record(id)->value().rev;
    QVERIFY(m_storage->record(id)->value().deleted);
    // Pretend a year has passed.
    QVERIFY(m_storage->purge(QDateTime::currentDateTimeUtc().addDays(400), 35, 365));
    QVERIFY(!m_storage->record(id)->has_value());
    QVERIFY(m_storage->retentionFloor().value() >= tombstoneRev);
}

void TestServerStorage::passwords_hashAndVerify()
{
    auto hash = AuthService::hashPassword(u"correct horse"_s);
    QVERIFY(hash);
    QVERIFY(hash->startsWith(u"$argon2id$"_s));
    QVERIFY(AuthService::verifyPassword(hash.value(), u"correct horse"_s));
    QVERIFY(!AuthService::verifyPassword(hash.value(), u"wrong"_s));
    QVERIFY(!AuthService::verifyPassword(u"garbage"_s, u"correct horse"_s));
}

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_server_storage.moc"
