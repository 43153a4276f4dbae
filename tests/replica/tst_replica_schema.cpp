// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replica/replica.h"
#include "replica/schemamigrator.h"
#include "replicatestutil.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::replica;

namespace {

QVariant scalar(ReplicaDatabase &db, const QString &sql)
{
    auto q = db.run(sql);
    if (!q || !(*q)->next())
        return {};
    const QVariant v = (*q)->value(0);
    (*q)->finish();
    return v;
}

} // namespace

class TestReplicaSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_createsCurrentSchemaWithPragmas();
    void open_reopenKeepsData();
    void open_connectionNameInUseIsAnError();
    void open_newerSchemaIsRefused();
    void migrate_fromShippedV1File();
    void migrate_stepByStepEqualsFresh();
    void deferIndexes_onlyEmptyTables_survivesReopen_restoresSame();
    void migrate10_reindexesWithBigramsOnCatchUp();
};

void TestReplicaSchema::open_createsCurrentSchemaWithPragmas()
{
    QTemporaryDir dir;
    ReplicaDatabase db;
    auto r = db.open(dir.filePath(u"a.sqlite"_s), u"schema-a"_s);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(*db.schemaVersion(), SchemaMigrator::currentVersion);
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    QCOMPARE(scalar(db, u"PRAGMA cache_size"_s).toInt(), -32000); // KiB
    for (const QString &table :
         {u"records"_s, u"base"_s, u"outbox"_s, u"conflicts"_s, u"sync_state"_s,
          u"saved_searches"_s, u"practices"_s, u"threads"_s, u"posts"_s, u"meetings"_s,
          u"commitments"_s, u"practice_fts"_s, u"post_fts"_s, u"fts_queue"_s})
        QVERIFY2(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table))
                         .toInt() == 1,
                 qPrintable(table));
    QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    OpenOptions full;
    full.durableAgainstPowerLoss = true;
    full.cacheKiB = 4000;
    ReplicaDatabase other;
    QVERIFY(other.open(dir.filePath(u"a.sqlite"_s), u"schema-a2"_s, full).ok());
    QCOMPARE(scalar(other, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(scalar(other, u"PRAGMA cache_size"_s).toInt(), -4000);
}

void TestReplicaSchema::open_reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"b.sqlite"_s);
    QString id;
    {
        Replica replica;
        QVERIFY(replica.open(path, u"schema-b"_s).ok());
        domain::Record draft;
        draft.fields = QJsonObject{{u"title"_s, u"Kept"_s}};
        auto saved = replica.records().saveDraft(draft);
        QVERIFY(saved.ok());
        id = saved->id;
    }
    Replica replica;
    QVERIFY(replica.open(path, u"schema-b"_s).ok()); // the name is free again after close
    QCOMPARE((*replica.records().get(id))->fields.value(u"title"_s).toString(), u"Kept"_s);
}

void TestReplicaSchema::open_connectionNameInUseIsAnError()
{
    QTemporaryDir dir;
    ReplicaDatabase a;
    QVERIFY(a.open(dir.filePath(u"c.sqlite"_s), u"schema-c"_s).ok());
    ReplicaDatabase b;
    auto r = b.open(dir.filePath(u"c.sqlite"_s), u"schema-c"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"connection_in_use"_s);
    QVERIFY(a.isOpen());
}

void TestReplicaSchema::open_newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.sqlite"_s);
    {
        ReplicaDatabase db;
        QVERIFY(db.open(path, u"schema-d"_s).ok());
        QVERIFY(db.execOnce(u"PRAGMA user_version = 99"_s).ok());
    }
    ReplicaDatabase db;
    auto r = db.open(path, u"schema-d"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"schema_too_new"_s);
    QVERIFY(!db.isOpen());
    QVERIFY(!QSqlDatabase::contains(u"schema-d"_s));
}

void TestReplicaSchema::migrate_fromShippedV1File()
{
    QTemporaryDir dir;
    const QString fixture = smec::test::sourcePath(u"tests/data/replica-v1.sqlite"_s);
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QVERIFY2(QFile::copy(fixture, path), qPrintable(fixture));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        ReplicaDatabase db;
        OpenOptions v1;
        v1.targetVersion = 1;
        QVERIFY(db.open(path, u"schema-v1"_s, v1).ok());
        QCOMPARE(*db.schemaVersion(), 1);
    }

    Replica replica;
    auto r = replica.open(path, u"schema-v1"_s);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(*replica.database().schemaVersion(), SchemaMigrator::currentVersion);
    QCOMPARE(scalar(replica.database(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    // Data intact, unknown fields kept.
    auto p1 = replica.records().get(u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0001"_s);
    QVERIFY(p1->has_value());
    QCOMPARE((*p1)->rev, 3);
    QCOMPARE((*p1)->fields.value(u"future_field"_s).toString(), u"kept as is"_s);
    QCOMPARE((*replica.records().base((*p1)->id))->rev, 3);

    // v2 back-filled the new typed column from the fields.
    ListFilter proven;
    proven.facets[u"evidence_level"_s] = QStringList{u"proven"_s};
    auto rows = replica.lists().list(proven);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, (*p1)->id);
    QCOMPARE(*replica.lists().count(ListFilter{}), 3);

    // The outbox entry survives with its mutation id; the next edit folds into it.
    const QString draftId = u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0003"_s;
    auto entries = replica.outbox().forRecord(draftId);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().mutationId, u"7d1c2c55-58a4-4c39-9f57-2f0c7a9e0001"_s);
    QCOMPARE(*replica.state(draftId), RecordState::Pending);
    domain::Record edit = **replica.records().get(draftId);
    edit.fields[u"summary"_s] = u"Ajouté après la migration"_s;
    QVERIFY(replica.records().saveDraft(edit).ok());
    entries = replica.outbox().forRecord(draftId);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().mutationId, u"7d1c2c55-58a4-4c39-9f57-2f0c7a9e0001"_s);

    auto sync = replica.syncState().state();
    QCOMPARE(sync->cursor, u"cursor-v1"_s);
    QCOMPARE(sync->serverId, u"srv-v1"_s);

    // Search: the queued rows of v1 are indexed on catch-up (Arabic with tashkeel included).
    QVERIFY(replica.search().catchUpAll().ok());
    QCOMPARE(replica.search().search(u"guarantee"_s)->size(), 1);
    QCOMPARE(replica.search().search(u"التمويل"_s)->size(), 1);
    QCOMPARE(replica.search().search(u"cheques"_s)->size(), 1);
    QCOMPARE(replica.search().search(u"mobile money"_s)->size(), 1);

    // v2 features work on the migrated file.
    SavedSearch saved;
    saved.name = u"after migration"_s;
    QVERIFY(replica.savedSearches().save(saved).ok());
}

void TestReplicaSchema::migrate_stepByStepEqualsFresh()
{
    QTemporaryDir dir;
    auto schemaOf = [](ReplicaDatabase &db) {
        QStringList rows;
        auto q = db.run(u"SELECT type, name, tbl_name FROM sqlite_master ORDER BY name"_s);
        while ((*q)->next())
            rows.append((*q)->value(0).toString() + u' ' + (*q)->value(1).toString());
        (*q)->finish();
        return rows;
    };
    ReplicaDatabase stepped;
    OpenOptions v1;
    v1.targetVersion = 1;
    QVERIFY(stepped.open(dir.filePath(u"s.sqlite"_s), u"schema-s"_s, v1).ok());
    QVERIFY(SchemaMigrator::migrate(stepped).ok());
    ReplicaDatabase fresh;
    QVERIFY(fresh.open(dir.filePath(u"f.sqlite"_s), u"schema-f"_s).ok());
    QCOMPARE(schemaOf(stepped), schemaOf(fresh));
    QCOMPARE(*stepped.schemaVersion(), *fresh.schemaVersion());
}

void TestReplicaSchema::deferIndexes_onlyEmptyTables_survivesReopen_restoresSame()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"d.sqlite"_s);
    const auto indexesOf = [](ReplicaDatabase &db, const QString &table) {
        QStringList rows;
        auto q = db.run(u"SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                        " AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"_s,
                        {table});
        while ((*q)->next())
            rows.append((*q)->value(0).toString() + u": "_s + (*q)->value(1).toString());
        (*q)->finish();
        return rows;
    };
    Replica replica;
    QVERIFY(replica.open(path, u"defer-1"_s).ok());
    const QStringList practiceIndexes = indexesOf(replica.database(), u"practices"_s);
    const QStringList threadIndexes = indexesOf(replica.database(), u"threads"_s);
    QVERIFY(practiceIndexes.size() >= 10);
    QVERIFY(!threadIndexes.isEmpty());

    // A thread is stored: only the practices' indexes go.
    domain::Record thread;
    thread.kind = domain::Kind::Thread;
    thread.fields = {{u"title"_s, u"Kept indexed"_s}};
    QVERIFY(replica.records().saveDraft(thread).ok());
    auto dropped = replica.deferIndexes({domain::Kind::Practice, domain::Kind::Thread});
    QVERIFY(dropped.ok());
    QCOMPARE(*dropped, int(practiceIndexes.size()));
    QVERIFY(indexesOf(replica.database(), u"practices"_s).isEmpty());
    QCOMPARE(indexesOf(replica.database(), u"threads"_s), threadIndexes);

    // Lists still work, by scanning.
    domain::Record practice;
    practice.kind = domain::Kind::Practice;
    practice.fields = {{u"title"_s, u"Listed without its indexes"_s}, {u"country"_s, u"KEN"_s}};
    QVERIFY(replica.records().saveDraft(practice).ok());
    ListFilter filter;
    filter.kind = domain::Kind::Practice;
    QCOMPARE(*replica.lists().count(filter), 1);

    // The definitions survive the process.
    replica.close();
    Replica reopened;
    QVERIFY(reopened.open(path, u"defer-2"_s).ok());
    QCOMPARE(*reopened.deferredIndexCount(domain::Kind::Practice), int(practiceIndexes.size()));
    QCOMPARE(*reopened.deferredIndexCount(domain::Kind::Thread), 0);
    auto restored = reopened.restoreIndexes(domain::Kind::Thread);
    QVERIFY(restored.ok());
    QCOMPARE(*restored, 0);
    restored = reopened.restoreIndexes();
    QVERIFY(restored.ok());
    QCOMPARE(*restored, int(practiceIndexes.size()));
    QCOMPARE(indexesOf(reopened.database(), u"practices"_s), practiceIndexes);
    QCOMPARE(*reopened.deferredIndexCount(), 0);
    QCOMPARE(scalar(reopened.database(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    // A table that holds rows keeps its indexes: updating them costs less than rebuilding.
    auto none = reopened.deferIndexes({domain::Kind::Practice});
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
}

QTEST_GUILESS_MAIN(TestReplicaSchema)
void TestReplicaSchema::migrate10_reindexesWithBigramsOnCatchUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v7.sqlite"_s);
    const auto zh = replica::test::practice(u"中小企业数字化转型补贴"_s);
    const auto en = replica::test::practice(u"Digital vouchers"_s);
    {
        Replica v7;
        OpenOptions options;
        options.targetVersion = 7;
        QVERIFY(v7.open(path, u"schema-v7"_s, options).ok());
        QVERIFY(v7.records().writeServerRecord(zh).ok());
        QVERIFY(v7.records().writeServerRecord(en).ok());
        QVERIFY(*v7.search().isComplete());
        // unicode61 keeps the run of ideographs as one token. (Practices only: schema 7 has
        // no initiatives' index yet.)
        SearchOptions practices;
        practices.kind = domain::Kind::Practice;
        QCOMPARE(v7.search().search(u"数字化"_s, practices)->size(), 0);
        QCOMPARE(v7.search().search(u"digital"_s, practices)->size(), 1);
    }
    Replica replica;
    QVERIFY(replica.open(path, u"schema-v10"_s).ok());
    QCOMPARE(*replica.database().schemaVersion(), SchemaMigrator::currentVersion);
    // Both records wait in the queue: search is honest about an index being rebuilt.
    QCOMPARE(*replica.search().pendingCount(), 2);
    QVERIFY(!*replica.search().isComplete());
    QCOMPARE(replica.search().search(u"digital"_s)->size(), 0);
    QCOMPARE(*replica.search().catchUpAll(), 2);
    QCOMPARE(replica.search().search(u"数字化"_s)->first().id, zh.id);
    QCOMPARE(replica.search().search(u"digital"_s)->first().id, en.id);
    QCOMPARE(scalar(replica.database(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

#include "tst_replica_schema.moc"
