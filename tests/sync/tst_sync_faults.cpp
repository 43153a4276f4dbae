// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync engine through a fault-injecting proxy (tests/support/faultproxy.h) in front of a real
// smecommunity-server process: dropped and truncated responses, delays, 500, 503 and 429 on
// every kind of request. Whatever the network does, every client ends with an empty outbox and
// the server's view, and no mutation is ever applied twice (DESIGN.md section 5, invariants 2
// and 5).
#include "faultproxy.h"
#include "replicaview.h"
#include "serverprocess.h"
#include "synctestclient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using smec::domain::Kind;
using smec::domain::Record;
using smec::sync::test::SyncTestClient;
using smec::test::FaultProxy;
using smec::test::RecordView;
using smec::test::ServerProcess;
using Fault = FaultProxy::Fault;

namespace smec::sync {

namespace {

/// Attempts at one sync before the test gives up: with half of the requests failing, a sync
/// of a few requests needs a handful.
constexpr int maxSyncAttempts = 50;

QString describe(const Error &error)
{
    return error.code + u": "_s + error.message;
}

} // namespace

class TestSyncFaults final : public QObject
{
    Q_OBJECT

private:
    /// A client profile signed in as `user` directly at the server (the proxy is for syncs).
    std::unique_ptr<SyncTestClient> client(const QString &name, const QString &user);
    /// Syncs until a sync succeeds (at most maxSyncAttempts); the last report, or an error.
    Result<SyncReport> syncUntilOk(SyncTestClient &c, int *attempts = nullptr);
    /// Why syncs failed (error code -> count), for the log.
    QMap<QString, int> m_failures;
    QString saveDraft(SyncTestClient &c, Kind kind, const QJsonObject &fields);
    bool edit(SyncTestClient &c, const QString &id, const QString &field, const QJsonValue &value);
    /// The server's view: a fresh client that pulled everything, directly.
    QMap<QString, RecordView> serverView(const QString &name);
    /// Empty outbox, no conflicts, no rejections, and the server's view.
    void verifyConverged(SyncTestClient &c, const QString &name,
                         const QMap<QString, RecordView> &server);

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    QThread m_thread;
    FaultProxy *m_proxy = nullptr;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void faultyNetwork_clientsConverge_withoutDuplicates();
    void lostMutationAnswers_replayNeverDuplicates();
};

void TestSyncFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    for (const QString &user : {u"ken"_s, u"kenb"_s, u"kenc"_s})
        QVERIFY(ServerProcess::addUser(m_db, user, u"delegate"_s, u"KEN"_s, user + u"-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());

    // The proxy runs its own event loop: the sync engine blocks the test's thread per request.
    m_proxy = new FaultProxy;
    m_proxy->setUpstream(u"127.0.0.1"_s, m_server.port());
    m_proxy->setMaxDelayMs(300);
    QVERIFY(m_proxy->startInThread(m_thread));
    QVERIFY(m_proxy->port() != 0);
}

void TestSyncFaults::cleanupTestCase()
{
    if (m_proxy)
        QMetaObject::invokeMethod(m_proxy, "deleteLater");
    m_thread.quit();
    m_thread.wait();
    QCOMPARE(m_server.terminate(), 0);
}

std::unique_ptr<SyncTestClient> TestSyncFaults::client(const QString &name, const QString &user)
{
    auto c = std::make_unique<SyncTestClient>(m_dir.path(), name);
    if (!c->open() || !c->connectTo(m_server.port()) || !c->login(user, user + u"-password"_s))
        return nullptr;
    return c;
}

Result<SyncReport> TestSyncFaults::syncUntilOk(SyncTestClient &c, int *attempts)
{
    Result<SyncReport> report = Error{u"not_run"_s, u"no sync ran"_s, {}};
    for (int attempt = 1; attempt <= maxSyncAttempts; ++attempt) {
        report = c.sync();
        if (attempts)
            *attempts = attempt;
        if (report)
            break;
        ++m_failures[report.error().code];
    }
    return report;
}

QString TestSyncFaults::saveDraft(SyncTestClient &c, Kind kind, const QJsonObject &fields)
{
    Record draft;
    draft.kind = kind;
    draft.fields = fields;
    auto saved = c.replica().records().saveDraft(draft);
    if (!saved) {
        qWarning("saveDraft failed: %s", qPrintable(saved.error().message));
        return {};
    }
    return saved->id;
}

bool TestSyncFaults::edit(SyncTestClient &c, const QString &id, const QString &field,
                          const QJsonValue &value)
{
    auto r = c.replica().records().get(id);
    if (!r || !r->has_value() || (*r)->deleted)
        return false;
    Record record = **r;
    record.fields.insert(field, value);
    return c.replica().records().saveDraft(record).ok();
}

QMap<QString, RecordView> TestSyncFaults::serverView(const QString &name)
{
    auto fresh = client(name, u"ken"_s);
    if (!fresh)
        return {};
    auto report = fresh->sync();
    if (!report) {
        qWarning("the reference sync failed: %s", qPrintable(describe(report.error())));
        return {};
    }
    return smec::test::readRecords(fresh->replica());
}

void TestSyncFaults::verifyConverged(SyncTestClient &c, const QString &name,
                                     const QMap<QString, RecordView> &server)
{
    QCOMPARE(*c.replica().outbox().pendingCount(), 0);
    QCOMPARE(*c.replica().outbox().rejectedCount(), 0);
    QCOMPARE(*c.replica().conflicts().count(), 0);
    QString error;
    const QMap<QString, RecordView> mine = smec::test::readRecords(c.replica(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString difference = smec::test::compareWithServerView(mine, server);
    QVERIFY2(difference.isEmpty(), qPrintable(name + u": "_s + difference));
}

void TestSyncFaults::faultyNetwork_clientsConverge_withoutDuplicates()
{
    // Seed the server directly: practices and a thread, all drafts of Kenya.
    auto seeder = client(u"seeder"_s, u"ken"_s);
    QVERIFY(seeder);
    QStringList seeds;
    for (int i = 0; i < 8; ++i) {
        seeds << saveDraft(*seeder, Kind::Practice,
                           {{u"title"_s, u"Seeded practice %1"_s.arg(i)},
                            {u"country"_s, u"KEN"_s},
                            {u"summary"_s, u"Seeded summary %1"_s.arg(i)},
                            {u"pillars"_s, QJsonArray{u"digital"_s}}});
        QVERIFY(!seeds.constLast().isEmpty());
    }
    const QString thread = saveDraft(
        *seeder, Kind::Thread,
        {{u"title"_s, u"Lessons from the field"_s}, {u"pillars"_s, QJsonArray{u"finance"_s}}});
    QVERIFY(!thread.isEmpty());
    auto seeded = seeder->sync();
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : describe(seeded.error())));
    QCOMPARE(seeded->pushed, 9);

    // Three profiles of three Kenyan delegates start in step with the server...
    const QStringList names{u"a"_s, u"b"_s, u"c"_s};
    const QStringList users{u"ken"_s, u"kenb"_s, u"kenc"_s};
    std::vector<std::unique_ptr<SyncTestClient>> clients;
    for (qsizetype i = 0; i < names.size(); ++i) {
        clients.push_back(client(u"faulty-"_s + names.at(i), users.at(i)));
        QVERIFY(clients.back());
        QVERIFY(clients.back()->sync().ok());
    }
    SyncTestClient &a = *clients.at(0);
    SyncTestClient &b = *clients.at(1);
    SyncTestClient &c = *clients.at(2);

    // ...then work offline: new practices and posts, edits of shared records on different
    // fields, a practice created and edited again, two deletions.
    QStringList createdTitles;
    QStringList createdBodies;
    for (qsizetype n = 0; n < names.size(); ++n) {
        SyncTestClient &x = *clients.at(size_t(n));
        for (int i = 0; i < 4; ++i) {
            const QString title = u"Practice %1 from %2"_s.arg(i).arg(names.at(n));
            QVERIFY(!saveDraft(x, Kind::Practice,
                               {{u"title"_s, title},
                                {u"country"_s, u"KEN"_s},
                                {u"summary"_s, u"Written offline by %1"_s.arg(names.at(n))}})
                         .isEmpty());
            createdTitles << title;
        }
        for (int i = 0; i < 2; ++i) {
            const QString body = u"Post %1 from %2"_s.arg(i).arg(names.at(n));
            QVERIFY(
                !saveDraft(x, Kind::Post, {{u"thread_id"_s, thread}, {u"body"_s, body}}).isEmpty());
            createdBodies << body;
        }
    }
    // Seed 0 is edited by all three, each on its own field: merges, no conflict.
    QVERIFY(edit(a, seeds.at(0), u"summary"_s, u"Summary by a"_s));
    QVERIFY(edit(b, seeds.at(0), u"title"_s, u"Seeded practice 0, retitled by b"_s));
    QVERIFY(edit(c, seeds.at(0), u"start_year"_s, 2019));
    // Seed 1 by two of them.
    QVERIFY(edit(b, seeds.at(1), u"implementing_org"_s, u"Ministry of Trade"_s));
    QVERIFY(edit(c, seeds.at(1), u"summary"_s, u"Summary by c"_s));
    // One record each.
    QVERIFY(edit(a, seeds.at(2), u"title"_s, u"Seeded practice 2, retitled by a"_s));
    QVERIFY(edit(b, seeds.at(3), u"start_year"_s, 2016));
    QVERIFY(edit(c, seeds.at(4), u"implementing_org"_s, u"Kenya Revenue Authority"_s));
    // Created, then edited again before any sync.
    const QString twice = saveDraft(
        a, Kind::Practice, {{u"title"_s, u"Edited twice by a"_s}, {u"country"_s, u"KEN"_s}});
    QVERIFY(!twice.isEmpty());
    QVERIFY(edit(a, twice, u"summary"_s, u"Second thoughts"_s));
    createdTitles << u"Edited twice by a"_s;
    // Deletions of drafts.
    QVERIFY(a.replica().records().remove(seeds.at(6)).ok());
    QVERIFY(a.replica().records().remove(seeds.at(7)).ok());

    // Every sync from now on goes through the proxy, which spoils half of the requests.
    for (auto &x : clients)
        QVERIFY(x->connectTo(m_proxy->port()));
    m_proxy->setSeed(20261128);
    m_proxy->setFaultKinds(FaultProxy::allFaults());
    m_proxy->setFaultRate(0.6);
    const int requestsBefore = m_proxy->requestCount();

    // Rounds until a whole round changed nothing: then everyone has seen every edit.
    int syncs = 0;
    int failedSyncs = 0;
    bool quiet = false;
    for (int round = 0; round < 6 && !quiet; ++round) {
        quiet = round > 0;
        for (qsizetype n = 0; n < names.size(); ++n) {
            int attempts = 0;
            auto report = syncUntilOk(*clients.at(size_t(n)), &attempts);
            QVERIFY2(report.ok(), qPrintable(names.at(n) + u" never synced: "_s +
                                             (report.ok() ? QString() : describe(report.error()))));
            syncs += attempts;
            failedSyncs += attempts - 1;
            QCOMPARE(report->pending, 0);
            QCOMPARE(report->conflicts, 0);
            QCOMPARE(report->rejected, 0);
            QCOMPARE(report->newConflicts, 0);
            QCOMPARE(report->newRejections, 0);
            if (report->pushed > 0 || report->pulled > 0)
                quiet = false;
        }
    }
    QVERIFY(quiet);
    m_proxy->setFaultRate(0);

    // The proxy really did spoil requests, of every kind.
    const QMap<Fault, int> counters = m_proxy->counters();
    QStringList why;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        why << u"%1 %2"_s.arg(it.key()).arg(it.value());
    qInfo("%d requests through the proxy, %d syncs (%d failed: %s), faults: %s",
          m_proxy->requestCount() - requestsBefore, syncs, failedSyncs,
          qPrintable(why.join(u", "_s)),
          QJsonDocument(m_proxy->countersJson()).toJson(QJsonDocument::Compact).constData());
    for (Fault fault : FaultProxy::allFaults())
        QVERIFY2(counters.value(fault) > 0, qPrintable(FaultProxy::faultName(fault)));

    // Everyone holds the server's view, and nothing is waiting or refused.
    const QMap<QString, RecordView> server = serverView(u"faulty-reference"_s);
    QVERIFY(!server.isEmpty());
    for (qsizetype n = 0; n < names.size(); ++n)
        verifyConverged(*clients.at(size_t(n)), names.at(n), server);

    // Every creation reached the server exactly once...
    for (const QString &title : std::as_const(createdTitles))
        QVERIFY2(smec::test::countLive(server, u"practice"_s, u"title"_s, title) == 1,
                 qPrintable(title));
    for (const QString &body : std::as_const(createdBodies))
        QVERIFY2(smec::test::countLive(server, u"post"_s, u"body"_s, body) == 1, qPrintable(body));
    int practices = 0;
    for (const RecordView &r : server)
        practices += !r.deleted && r.kind == u"practice"_s ? 1 : 0;
    QCOMPARE(practices, 8 - 2 + int(createdTitles.size()));

    // ...and every edit is there, the concurrent ones merged.
    const QJsonObject s0 = server.value(seeds.at(0)).fields;
    QCOMPARE(s0.value(u"summary"_s).toString(), u"Summary by a"_s);
    QCOMPARE(s0.value(u"title"_s).toString(), u"Seeded practice 0, retitled by b"_s);
    QCOMPARE(s0.value(u"start_year"_s).toInt(), 2019);
    const QJsonObject s1 = server.value(seeds.at(1)).fields;
    QCOMPARE(s1.value(u"implementing_org"_s).toString(), u"Ministry of Trade"_s);
    QCOMPARE(s1.value(u"summary"_s).toString(), u"Summary by c"_s);
    QCOMPARE(server.value(seeds.at(2)).fields.value(u"title"_s).toString(),
             u"Seeded practice 2, retitled by a"_s);
    QCOMPARE(server.value(seeds.at(3)).fields.value(u"start_year"_s).toInt(), 2016);
    QCOMPARE(server.value(seeds.at(4)).fields.value(u"implementing_org"_s).toString(),
             u"Kenya Revenue Authority"_s);
    QCOMPARE(server.value(seeds.at(5)).fields.value(u"summary"_s).toString(),
             u"Seeded summary 5"_s);
    QCOMPARE(server.value(twice).fields.value(u"summary"_s).toString(), u"Second thoughts"_s);
    QVERIFY(server.value(seeds.at(6)).deleted);
    QVERIFY(server.value(seeds.at(7)).deleted);
}

void TestSyncFaults::lostMutationAnswers_replayNeverDuplicates()
{
    auto x = client(u"replay"_s, u"kenb"_s);
    QVERIFY(x);
    QVERIFY(x->sync().ok());
    QVERIFY(x->connectTo(m_proxy->port()));
    m_proxy->setFaultRate(0);

    QStringList titles;
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        titles << u"Replayed practice %1"_s.arg(i);
        ids << saveDraft(*x, Kind::Practice,
                         {{u"title"_s, titles.constLast()}, {u"country"_s, u"KEN"_s}});
        QVERIFY(!ids.constLast().isEmpty());
    }

    // The push is the first request of a sync. Every answer is spoilt, after the server applied
    // the mutations: the client retries the same mutation ids. Qt resends some requests itself
    // and reports some cut bodies as complete, so whether this sync ends in an error depends on
    // where the cuts fall; either way the entries that got no readable answer stay queued.
    const auto spoilt = [this] {
        return m_proxy->counters().value(Fault::DropResponse) +
               m_proxy->counters().value(Fault::Truncate);
    };
    const int spoiltBefore = spoilt();
    m_proxy->setFaultKinds({Fault::DropResponse, Fault::Truncate});
    m_proxy->setFaultRate(1);
    auto first = x->sync();
    m_proxy->setFaultRate(0);
    m_proxy->setFaultKinds(FaultProxy::allFaults());
    qInfo("%d answers spoilt; the sync %s", spoilt() - spoiltBefore,
          first.ok() ? "succeeded" : qPrintable(u"failed: "_s + describe(first.error())));
    QVERIFY(spoilt() - spoiltBefore >= 1);
    const qint64 stillQueued = *x->replica().outbox().pendingCount();
    QCOMPARE(stillQueued, first.ok() ? 0 : 5);

    // The user edits one of them again meanwhile: a second entry behind the frozen one.
    QVERIFY(edit(*x, ids.at(0), u"summary"_s, u"Edited while the answer was lost"_s));
    QCOMPARE(*x->replica().outbox().pendingCount(), stillQueued + 1);

    // Next sync: the first answers are lost again a few times, then come through.
    for (int i = 0; i < 3; ++i)
        m_proxy->forceNext(i % 2 ? Fault::DropResponse : Fault::Truncate);
    auto report = x->sync();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : describe(report.error())));
    QCOMPARE(report->pending, 0);
    QCOMPARE(report->conflicts, 0);
    QCOMPARE(report->rejected, 0);

    const QMap<QString, RecordView> server = serverView(u"replay-reference"_s);
    QVERIFY(!server.isEmpty());
    verifyConverged(*x, u"replay"_s, server);
    for (const QString &title : std::as_const(titles))
        QVERIFY2(smec::test::countLive(server, u"practice"_s, u"title"_s, title) == 1,
                 qPrintable(title));
    QCOMPARE(server.value(ids.at(0)).fields.value(u"summary"_s).toString(),
             u"Edited while the answer was lost"_s);
}

} // namespace smec::sync

QTEST_GUILESS_MAIN(smec::sync::TestSyncFaults)
#include "tst_sync_faults.moc"
