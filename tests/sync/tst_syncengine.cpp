// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync engine against a real smecommunity-server process (plain HTTP on loopback): push,
// pull, three-way merge, conflicts, rejections, 410 after a restore from backup. The merge and
// the retry policy also have small unit tests with a fake transport.
#include "serverprocess.h"
#include "synctestclient.h"

#include "domain/recordmerge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using smec::domain::Kind;
using smec::domain::Record;
using smec::sync::test::SyncTestClient;
using smec::test::ServerProcess;

namespace smec::sync {

namespace {

/// Answers from a script, for the retry tests.
class ScriptedTransport final : public Transport
{
public:
    QList<HttpResponse> script;
    int sent = 0;

    HttpResponse send(const HttpRequest &) override
    {
        ++sent;
        return script.isEmpty() ? HttpResponse{} : script.takeFirst();
    }
};

HttpResponse status(int code, const QByteArray &body, int retryAfter = -1)
{
    HttpResponse r;
    r.status = code;
    r.body = body;
    r.retryAfterSeconds = retryAfter;
    return r;
}

HttpResponse networkFailure()
{
    HttpResponse r;
    r.error = {u"network"_s, u"connection refused"_s, {}};
    return r;
}

const QByteArray healthBody =
    R"({"status":"ok","server_id":"6f1c1b2e-3d4a-4b5c-8d9e-0a1b2c3d4e5f","version":"0.1.0"})";

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private:
    /// A new client profile signed in as `user`.
    std::unique_ptr<SyncTestClient> client(const QString &name, const QString &user);
    /// Creates a KEN practice through `c` and syncs; returns its id.
    QString createPractice(SyncTestClient &c, const QString &title);
    QJsonObject fieldsOf(SyncTestClient &c, const QString &id);
    Record working(SyncTestClient &c, const QString &id);
    bool edit(SyncTestClient &c, const QString &id, const QString &field, const QJsonValue &value);

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase();

    void merge_data();
    void merge();
    void mergeKeyedLists_data();
    void mergeKeyedLists();
    void retry_transientFailuresAreRetriedHonouringRetryAfter();
    void retry_rejectionsAreNotRetried();
    void retry_givesUpAfterMaxAttempts();
    void retry_backoffGrowsExponentiallyWithFullJitter();

    void firstSync_pullsAndPushes();
    void secondSync_withoutChanges_transfersNothingNew();
    void offlineEdits_differentFields_mergeSilently();
    void offlineEdits_sameField_isConflict_resolvingConverges();
    void remoteDelete_ofLocalEdit_isConflict();
    void rejection_isKeptOnRecord_andDoesNotBlockQueue();
    void lostResponse_replayDoesNotDuplicate();
    void cancelled_leavesEverythingConsistent();
    void restoredBackup_410_repullKeepsAndRebasesOutbox();
    void largePull_prefetched_indexedAndResumable();
    void serverUnreachable_stillIndexesTheQueue();
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QVERIFY(ServerProcess::addUser(m_db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY(ServerProcess::addUser(m_db, u"fra"_s, u"delegate"_s, u"FRA"_s, u"fra-password"_s));
    QVERIFY(ServerProcess::addUser(m_db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());
}

std::unique_ptr<SyncTestClient> TestSyncEngine::client(const QString &name, const QString &user)
{
    auto c = std::make_unique<SyncTestClient>(m_dir.path(), name);
    if (!c->open() || !c->connectTo(m_server.port()) || !c->login(user, user + u"-password"_s))
        return nullptr;
    return c;
}

QString TestSyncEngine::createPractice(SyncTestClient &c, const QString &title)
{
    Record draft;
    draft.kind = Kind::Practice;
    draft.fields = {{u"title"_s, title},
                    {u"country"_s, u"KEN"_s},
                    {u"summary"_s, u"Initial summary"_s},
                    {u"pillars"_s, QJsonArray{u"digital"_s}}};
    auto saved = c.replica().records().saveDraft(draft);
    if (!saved)
        return {};
    auto report = c.sync();
    if (!report) {
        qWarning("sync failed: %s", qPrintable(report.error().message));
        return {};
    }
    if (report->pushed < 1) {
        qWarning("nothing pushed (rejected %lld)", report->rejected);
        return {};
    }
    return saved->id;
}

Record TestSyncEngine::working(SyncTestClient &c, const QString &id)
{
    auto r = c.replica().records().get(id);
    return r && r->has_value() ? **r : Record{};
}

QJsonObject TestSyncEngine::fieldsOf(SyncTestClient &c, const QString &id)
{
    return working(c, id).fields;
}

bool TestSyncEngine::edit(SyncTestClient &c, const QString &id, const QString &field,
                          const QJsonValue &value)
{
    Record r = working(c, id);
    if (r.id.isEmpty())
        return false;
    r.fields.insert(field, value);
    return c.replica().records().saveDraft(r).ok();
}

// --- Units --------------------------------------------------------------------------------------

void TestSyncEngine::merge_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QJsonObject>("merged");
    QTest::addColumn<QStringList>("conflicts");
    const QJsonObject base{{u"a"_s, 1}, {u"b"_s, u"x"_s}};
    QTest::newRow("only mine") << base << QJsonObject{{u"a"_s, 2}, {u"b"_s, u"x"_s}} << base
                               << QJsonObject{{u"a"_s, 2}, {u"b"_s, u"x"_s}} << QStringList{};
    QTest::newRow("only theirs") << base << base << QJsonObject{{u"a"_s, 1}, {u"b"_s, u"y"_s}}
                                 << QJsonObject{{u"a"_s, 1}, {u"b"_s, u"y"_s}} << QStringList{};
    QTest::newRow("different fields")
        << base << QJsonObject{{u"a"_s, 2}, {u"b"_s, u"x"_s}}
        << QJsonObject{{u"a"_s, 1}, {u"b"_s, u"y"_s}} << QJsonObject{{u"a"_s, 2}, {u"b"_s, u"y"_s}}
        << QStringList{};
    QTest::newRow("same change") << base << QJsonObject{{u"a"_s, 3}, {u"b"_s, u"x"_s}}
                                 << QJsonObject{{u"a"_s, 3}, {u"b"_s, u"x"_s}}
                                 << QJsonObject{{u"a"_s, 3}, {u"b"_s, u"x"_s}} << QStringList{};
    QTest::newRow("same field") << base << QJsonObject{{u"a"_s, 2}, {u"b"_s, u"x"_s}}
                                << QJsonObject{{u"a"_s, 3}, {u"b"_s, u"x"_s}}
                                << QJsonObject{{u"a"_s, 2}, {u"b"_s, u"x"_s}}
                                << QStringList{u"a"_s};
    QTest::newRow("added and removed")
        << base << QJsonObject{{u"a"_s, 1}, {u"b"_s, u"x"_s}, {u"c"_s, true}}
        << QJsonObject{{u"a"_s, 1}} << QJsonObject{{u"a"_s, 1}, {u"c"_s, true}} << QStringList{};
    QTest::newRow("removed vs changed")
        << base << QJsonObject{{u"a"_s, 1}} << QJsonObject{{u"a"_s, 1}, {u"b"_s, u"z"_s}}
        << QJsonObject{{u"a"_s, 1}} << QStringList{u"b"_s};
    QTest::newRow("arrays compare whole")
        << QJsonObject{{u"p"_s, QJsonArray{u"green"_s}}}
        << QJsonObject{{u"p"_s, QJsonArray{u"green"_s, u"digital"_s}}}
        << QJsonObject{{u"p"_s, QJsonArray{u"finance"_s}}}
        << QJsonObject{{u"p"_s, QJsonArray{u"green"_s, u"digital"_s}}} << QStringList{u"p"_s};
}

void TestSyncEngine::merge()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QJsonObject, merged);
    QFETCH(QStringList, conflicts);
    const domain::RecordMergeResult result =
        domain::mergeFields(Kind::Practice, base, mine, theirs);
    QCOMPARE(result.merged, merged);
    QCOMPARE(result.conflicts, conflicts);
}

void TestSyncEngine::mergeKeyedLists_data()
{
    // An initiative's partners merge by country and its milestones by id (docs/architecture.md).
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("mine");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("merged");
    QTest::addColumn<QStringList>("conflicts");
    const QByteArray m1 =
        R"({"id":"11111111-1111-4111-8111-111111111111","title":"Pilot","done":false})";
    const QByteArray m1done =
        R"({"id":"11111111-1111-4111-8111-111111111111","title":"Pilot","done":true})";
    const QByteArray m1renamed =
        R"({"id":"11111111-1111-4111-8111-111111111111","title":"Pilot phase","done":false})";
    const QByteArray m1both =
        R"({"id":"11111111-1111-4111-8111-111111111111","title":"Pilot phase","done":true})";
    const QByteArray m2 =
        R"({"id":"22222222-2222-4222-8222-222222222222","title":"Scale","done":false})";
    const QByteArray m2done =
        R"({"id":"22222222-2222-4222-8222-222222222222","title":"Scale","done":true})";
    const QByteArray m3 =
        R"({"id":"33333333-3333-4333-8333-333333333333","title":"Report","done":false})";
    const auto ms = [](const QList<QByteArray> &items) {
        return QByteArray(R"({"milestones":[)" + items.join(',') + "]}");
    };
    QTest::newRow("different milestones ticked")
        << ms({m1, m2}) << ms({m1done, m2}) << ms({m1, m2done}) << ms({m1done, m2done})
        << QStringList{};
    QTest::newRow("one milestone: ticked here, renamed there")
        << ms({m1, m2}) << ms({m1done, m2}) << ms({m1renamed, m2}) << ms({m1both, m2})
        << QStringList{};
    QTest::newRow("both added a milestone")
        << ms({m1}) << ms({m1, m2}) << ms({m1, m3}) << ms({m1, m2, m3}) << QStringList{};
    QTest::newRow("removed there, untouched here")
        << ms({m1, m2}) << ms({m1done, m2}) << ms({m1}) << ms({m1done}) << QStringList{};
    QTest::newRow("removed there, ticked here") << ms({m1, m2}) << ms({m1, m2done}) << ms({m1})
                                                << ms({m1, m2done}) << QStringList{u"milestones"_s};
    QTest::newRow("title changed differently on both sides")
        << ms({m1}) << ms({m1renamed}) << ms({m1}).replace(R"("Pilot")", R"("Trial")")
        << ms({m1renamed}) << QStringList{u"milestones"_s};
    QTest::newRow("partners: Rwanda joins here, Uganda invited there")
        << QByteArray(R"({"partners":[{"country":"RWA","state":"invited"}]})")
        << QByteArray(R"({"partners":[{"country":"RWA","state":"joined"}]})")
        << QByteArray(
               R"({"partners":[{"country":"RWA","state":"invited"},{"country":"UGA","state":"invited"}]})")
        << QByteArray(
               R"({"partners":[{"country":"RWA","state":"joined"},{"country":"UGA","state":"invited"}]})")
        << QStringList{};
    QTest::newRow("partners: Rwanda left here, joined there")
        << QByteArray(R"({"partners":[{"country":"RWA","state":"invited"}]})")
        << QByteArray(R"({"partners":[]})")
        << QByteArray(R"({"partners":[{"country":"RWA","state":"joined"}]})")
        << QByteArray(R"({"partners":[]})") << QStringList{u"partners"_s};
    QTest::newRow("malformed list falls back to a conflict")
        << QByteArray(R"({"partners":[]})") << QByteArray(R"({"partners":["RWA"]})")
        << QByteArray(R"({"partners":[{"country":"UGA","state":"invited"}]})")
        << QByteArray(R"({"partners":["RWA"]})") << QStringList{u"partners"_s};
}

void TestSyncEngine::mergeKeyedLists()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, mine);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, merged);
    QFETCH(QStringList, conflicts);
    const auto object = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json).object();
    };
    QVERIFY(!object(base).isEmpty() && !object(mine).isEmpty() && !object(theirs).isEmpty());
    const smec::domain::RecordMergeResult result = smec::domain::mergeFields(
        smec::domain::Kind::Initiative, object(base), object(mine), object(theirs));
    QCOMPARE(result.merged, object(merged));
    QCOMPARE(result.conflicts, conflicts);
    // In a kind where the field is not a keyed list, lists still compare whole.
    QCOMPARE(smec::domain::mergeFields(smec::domain::Kind::Practice, object(base), object(mine),
                                       object(theirs))
                 .clean(),
             object(mine) == object(theirs) || object(theirs) == object(base) ||
                 object(mine) == object(base));
}

void TestSyncEngine::retry_transientFailuresAreRetriedHonouringRetryAfter()
{
    ScriptedTransport transport;
    transport.script = {networkFailure(),
                        status(503, R"({"error":{"code":"unavailable","message":"busy"}})", 3),
                        status(429, R"({"error":{"code":"rate_limited","message":"slow"}})", 1),
                        status(500, "not json"), status(200, healthBody)};
    ApiClient api(transport);
    QList<int> waits;
    api.setSleeper([&](int ms) { waits.append(ms); });
    auto health = api.health();
    QVERIFY2(health.ok(), qPrintable(health.ok() ? QString() : health.error().message));
    QCOMPARE(transport.sent, 5);
    QCOMPARE(waits.size(), 4);
    QVERIFY(waits.at(1) >= 3000); // Retry-After: 3
    QVERIFY(waits.at(2) >= 1000); // Retry-After: 1
    QCOMPARE(api.stats().retries, 4);
}

void TestSyncEngine::retry_rejectionsAreNotRetried()
{
    for (int code : {400, 401, 403, 404, 409, 410, 413}) {
        ScriptedTransport transport;
        transport.script = {
            status(code, R"({"error":{"code":"forbidden","message":"no, and not again"}})"),
            status(200, healthBody)};
        ApiClient api(transport);
        api.setSleeper([](int) {});
        auto health = api.health();
        QVERIFY(!health.ok());
        QCOMPARE(health.error().message, u"no, and not again"_s);
        QCOMPARE(transport.sent, 1);
    }
    // A login refused by throttling goes straight back to the user.
    ScriptedTransport transport;
    transport.script = {status(429, R"({"error":{"code":"rate_limited","message":"wait"}})", 30)};
    ApiClient api(transport);
    api.setSleeper([](int) { QFAIL("login must not wait for a throttled account"); });
    auto session = api.login(u"ken"_s, u"x"_s);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, u"rate_limited"_s);
}

void TestSyncEngine::retry_givesUpAfterMaxAttempts()
{
    ScriptedTransport transport;
    for (int i = 0; i < 20; ++i)
        transport.script.append(networkFailure());
    RetryPolicy policy;
    policy.maxAttempts = 4;
    ApiClient api(transport, policy);
    QList<int> waits;
    api.setSleeper([&](int ms) { waits.append(ms); });
    auto health = api.health();
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, u"network"_s);
    QCOMPARE(transport.sent, 4);
    // Exponential ceilings with full jitter: never above base * 2^(n-1).
    for (int i = 0; i < waits.size(); ++i)
        QVERIFY(waits.at(i) <= policy.baseDelayMs << i);
}

void TestSyncEngine::retry_backoffGrowsExponentiallyWithFullJitter()
{
    // Many clients, each seeded differently, each retrying a dead server. Per retry number n the
    // waits must spread over [0, base * 2^(n-1)] (full jitter) with their mean near its middle,
    // so the mean doubles from one retry to the next. All-zero waits, waits that do not grow and
    // waits without jitter (every client waiting the same) each fail here. Seeded: no flakiness.
    RetryPolicy policy;
    policy.maxAttempts = 6; // five waits: 200, 400, 800, 1600 and 3200 ms ceilings
    policy.baseDelayMs = 200;
    policy.maxDelayMs = 30000;
    constexpr int clients = 400;
    const int retries = policy.maxAttempts - 1;
    QList<QList<int>> waits(retries);
    for (int c = 0; c < clients; ++c) {
        ScriptedTransport transport;
        for (int i = 0; i < policy.maxAttempts; ++i)
            transport.script.append(networkFailure());
        ApiClient api(transport, policy);
        api.setSeed(quint32(c + 1));
        QList<int> seen;
        api.setSleeper([&](int ms) { seen.append(ms); });
        QVERIFY(!api.health().ok());
        QCOMPARE(seen.size(), retries);
        for (int n = 0; n < retries; ++n)
            waits[n].append(seen.at(n));
    }
    double previousMean = 0;
    for (int n = 0; n < retries; ++n) {
        const qint64 ceiling = qint64(policy.baseDelayMs) << n;
        const auto [lo, hi] = std::minmax_element(waits.at(n).cbegin(), waits.at(n).cend());
        const double mean =
            std::accumulate(waits.at(n).cbegin(), waits.at(n).cend(), 0.0) / double(clients);
        const QByteArray what = QByteArray("retry ") + QByteArray::number(n + 1) + ": min " +
                                QByteArray::number(*lo) + ", max " + QByteArray::number(*hi) +
                                ", mean " + QByteArray::number(mean) + ", ceiling " +
                                QByteArray::number(ceiling);
        QVERIFY2(*lo >= 0 && *hi <= ceiling, what.constData());
        QVERIFY2(*lo < ceiling / 10 && *hi > ceiling * 9 / 10, what.constData());
        QVERIFY2(mean > 0.4 * double(ceiling) && mean < 0.6 * double(ceiling), what.constData());
        if (n > 0)
            QVERIFY2(mean > 1.6 * previousMean, what.constData());
        previousMean = mean;
    }

    // Late retries are capped at maxDelayMs, still jittered over the whole range; Retry-After
    // raises the wait to at least what the server asked for.
    std::mt19937 rng(7);
    int lo = policy.maxDelayMs;
    int hi = 0;
    for (int i = 0; i < clients; ++i) {
        const int ms = policy.delayMs(15, -1, rng);
        lo = std::min(lo, ms);
        hi = std::max(hi, ms);
    }
    QVERIFY2(hi <= policy.maxDelayMs && hi > policy.maxDelayMs * 9 / 10,
             qPrintable(QString::number(hi)));
    QVERIFY2(lo < policy.maxDelayMs / 10, qPrintable(QString::number(lo)));
    QVERIFY(policy.delayMs(1, 5, rng) >= 5000);
}

// --- Against the real server --------------------------------------------------------------------

void TestSyncEngine::firstSync_pullsAndPushes()
{
    auto a = client(u"first-a"_s, u"ken"_s);
    QVERIFY(a);
    const QString id = createPractice(*a, u"Mobile money for market traders"_s);
    QVERIFY(!id.isEmpty());
    auto state = a->replica().state(id);
    QCOMPARE(*state, replica::RecordState::Synced);
    QVERIFY(working(*a, id).rev > 0);

    auto b = client(u"first-b"_s, u"ken"_s);
    QVERIFY(b);
    auto report = b->sync();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->pulled >= 1);
    QCOMPARE(fieldsOf(*b, id).value(u"title"_s).toString(), u"Mobile money for market traders"_s);
    QCOMPARE(report->pending, 0);

    // A delegate of another country never receives a draft of Kenya.
    auto f = client(u"first-f"_s, u"fra"_s);
    QVERIFY(f);
    QVERIFY(f->sync().ok());
    QVERIFY(working(*f, id).id.isEmpty() || working(*f, id).deleted);
}

void TestSyncEngine::secondSync_withoutChanges_transfersNothingNew()
{
    auto a = client(u"idle"_s, u"ken"_s);
    QVERIFY(a);
    QVERIFY(a->sync().ok());
    const QString cursor = a->replica().syncState().state()->cursor;
    auto report = a->sync();
    QVERIFY(report.ok());
    QCOMPARE(report->pulled, 0);
    QCOMPARE(report->pushed, 0);
    QCOMPARE(a->replica().syncState().state()->cursor, cursor);
}

void TestSyncEngine::offlineEdits_differentFields_mergeSilently()
{
    auto a = client(u"merge-a"_s, u"ken"_s);
    auto b = client(u"merge-b"_s, u"ken"_s);
    QVERIFY(a && b);
    const QString id = createPractice(*a, u"Green credit line"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(b->sync().ok());

    // Both edit offline, different fields; A syncs first, then B.
    QVERIFY(edit(*a, id, u"summary"_s, u"Summary from A"_s));
    QVERIFY(edit(*b, id, u"title"_s, u"Green credit line for SMEs"_s));
    QVERIFY(a->sync().ok());
    auto rb = b->sync();
    QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error().message));
    QCOMPARE(rb->newConflicts, 0);
    QCOMPARE(rb->conflicts, 0);
    QVERIFY(a->sync().ok());

    for (SyncTestClient *c : {a.get(), b.get()}) {
        const QJsonObject fields = fieldsOf(*c, id);
        QCOMPARE(fields.value(u"summary"_s).toString(), u"Summary from A"_s);
        QCOMPARE(fields.value(u"title"_s).toString(), u"Green credit line for SMEs"_s);
        QCOMPARE(*c->replica().state(id), replica::RecordState::Synced);
    }
    QCOMPARE(working(*a, id).rev, working(*b, id).rev);
}

void TestSyncEngine::offlineEdits_sameField_isConflict_resolvingConverges()
{
    auto a = client(u"conflict-a"_s, u"ken"_s);
    auto b = client(u"conflict-b"_s, u"ken"_s);
    QVERIFY(a && b);
    const QString id = createPractice(*a, u"Export vouchers"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(b->sync().ok());

    QVERIFY(edit(*a, id, u"summary"_s, u"A's summary"_s));
    QVERIFY(edit(*b, id, u"summary"_s, u"B's summary"_s));
    QVERIFY(edit(*b, id, u"title"_s, u"Export vouchers (B)"_s)); // merges cleanly
    QVERIFY(a->sync().ok());
    auto rb = b->sync();
    QVERIFY(rb.ok());
    QCOMPARE(rb->newConflicts, 1);
    QCOMPARE(rb->conflicts, 1);
    QCOMPARE(*b->replica().state(id), replica::RecordState::Conflict);
    auto conflict = b->replica().conflicts().get(id);
    QVERIFY(conflict->has_value());
    QCOMPARE((*conflict)->mine.value(u"summary"_s).toString(), u"B's summary"_s);
    QCOMPARE((*conflict)->theirs.value(u"summary"_s).toString(), u"A's summary"_s);
    QCOMPARE((*conflict)->base.value(u"summary"_s).toString(), u"Initial summary"_s);
    // Nothing of B's is lost while the conflict waits: the local edit stays in the working copy.
    QCOMPARE(fieldsOf(*b, id).value(u"summary"_s).toString(), u"B's summary"_s);
    // Until the user decides, nothing of the record is sent.
    QVERIFY(b->replica().outbox().forRecord(id)->isEmpty());

    // B resolves: its summary, and keeps its title.
    QJsonObject resolved = (*conflict)->mine;
    QVERIFY(b->replica().resolveConflictKeep(id, resolved).ok());
    auto rb2 = b->sync();
    QVERIFY(rb2.ok());
    QCOMPARE(rb2->conflicts, 0);
    QCOMPARE(rb2->pushed, 1);
    QVERIFY(a->sync().ok());
    for (SyncTestClient *c : {a.get(), b.get()}) {
        QCOMPARE(fieldsOf(*c, id).value(u"summary"_s).toString(), u"B's summary"_s);
        QCOMPARE(fieldsOf(*c, id).value(u"title"_s).toString(), u"Export vouchers (B)"_s);
        QCOMPARE(*c->replica().state(id), replica::RecordState::Synced);
    }
}

void TestSyncEngine::remoteDelete_ofLocalEdit_isConflict()
{
    auto a = client(u"delete-a"_s, u"ken"_s);
    auto b = client(u"delete-b"_s, u"ken"_s);
    QVERIFY(a && b);
    const QString id = createPractice(*a, u"Short-lived draft"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(b->sync().ok());

    QVERIFY(a->replica().records().remove(id).ok());
    QVERIFY(edit(*b, id, u"summary"_s, u"B kept working on it"_s));
    auto ra = a->sync();
    QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().message));
    QCOMPARE(ra->pushed, 1);
    auto rb = b->sync();
    QVERIFY(rb.ok());
    QCOMPARE(rb->newConflicts, 1);
    auto conflict = b->replica().conflicts().get(id);
    QVERIFY(conflict->has_value());
    QVERIFY((*conflict)->theirsDeleted);
    QCOMPARE((*conflict)->mine.value(u"summary"_s).toString(), u"B kept working on it"_s);

    // Taking theirs deletes it on B too.
    QVERIFY(b->replica().resolveConflictTakeTheirs(id).ok());
    QVERIFY(b->sync().ok());
    QVERIFY(working(*b, id).deleted);
    QCOMPARE(*b->replica().state(id), replica::RecordState::Synced);
}

void TestSyncEngine::rejection_isKeptOnRecord_andDoesNotBlockQueue()
{
    auto k = client(u"reject"_s, u"ken"_s);
    QVERIFY(k);
    // A Kenyan delegate may not write a practice of France; the next edit still goes through.
    Record foreign;
    foreign.kind = Kind::Practice;
    foreign.fields = {{u"title"_s, u"Not ours"_s}, {u"country"_s, u"FRA"_s}};
    auto bad = k->replica().records().saveDraft(foreign);
    QVERIFY(bad.ok());
    Record good;
    good.kind = Kind::Practice;
    good.fields = {{u"title"_s, u"Ours"_s}, {u"country"_s, u"KEN"_s}};
    auto ok = k->replica().records().saveDraft(good);
    QVERIFY(ok.ok());

    auto report = k->sync();
    QVERIFY(report.ok());
    QCOMPARE(report->newRejections, 1);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->pushed, 1);
    QCOMPARE(*k->replica().state(bad->id), replica::RecordState::Rejected);
    QCOMPARE(*k->replica().state(ok->id), replica::RecordState::Synced);
    auto entries = k->replica().outbox().forRecord(bad->id);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().errorCode, u"forbidden"_s);
    QVERIFY(!entries->first().errorMessage.isEmpty());
    // Not sent again by the next sync.
    auto again = k->sync();
    QVERIFY(again.ok());
    QCOMPARE(again->traffic.requests - report->traffic.requests, 1); // only the pull
}

void TestSyncEngine::lostResponse_replayDoesNotDuplicate()
{
    auto a = client(u"replay"_s, u"ken"_s);
    QVERIFY(a);
    // A post whose creation reached the server but whose answer was lost: the entry was sent
    // (attempts > 0) and is still queued. Simulate by sending it by hand with the same id.
    Record thread;
    thread.kind = Kind::Thread;
    thread.fields = {{u"title"_s, u"Lessons on credit guarantees"_s},
                     {u"pillars"_s, QJsonArray{u"finance"_s}}};
    auto t = a->replica().records().saveDraft(thread);
    QVERIFY(t.ok());
    QVERIFY(a->sync().ok());
    Record post;
    post.kind = Kind::Post;
    post.fields = {{u"thread_id"_s, t->id}, {u"body"_s, u"Our guarantee fund covered 60%."_s}};
    auto p = a->replica().records().saveDraft(post);
    QVERIFY(p.ok());
    auto entry = a->replica().outbox().forRecord(p->id);
    QCOMPARE(entry->size(), 1);
    protocol::Mutation m;
    m.mutationId = entry->first().mutationId;
    m.id = p->id;
    m.kind = Kind::Post;
    m.fields = entry->first().fields;
    QVERIFY(a->replica().outbox().markSending({entry->first().seq}).ok());
    auto first = a->api().mutate({{m}});
    QVERIFY(first.ok());
    QCOMPARE(first->results.first().status, protocol::MutationStatus::Applied);

    auto report = a->sync();
    QVERIFY(report.ok());
    QCOMPARE(*a->replica().state(p->id), replica::RecordState::Synced);
    // The server holds exactly one such post, at its first rev.
    auto other = client(u"replay-check"_s, u"ken"_s);
    QVERIFY(other && other->sync().ok());
    replica::ListFilter filter;
    filter.kind = Kind::Post;
    auto rows = other->replica().lists().list(filter);
    QVERIFY(rows.ok());
    int copies = 0;
    for (const replica::ListRow &row : std::as_const(*rows))
        copies += row.id == p->id ? 1 : 0;
    QCOMPARE(copies, 1);
    QCOMPARE(working(*other, p->id).rev, first->results.first().record.rev);
}

void TestSyncEngine::cancelled_leavesEverythingConsistent()
{
    auto a = client(u"cancel"_s, u"ken"_s);
    QVERIFY(a);
    Record draft;
    draft.kind = Kind::Practice;
    draft.fields = {{u"title"_s, u"Queued while cancelled"_s}, {u"country"_s, u"KEN"_s}};
    auto saved = a->replica().records().saveDraft(draft);
    QVERIFY(saved.ok());
    std::atomic_bool cancel{true};
    a->engine().setCancelFlag(&cancel);
    auto report = a->sync();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, u"cancelled"_s);
    QCOMPARE(*a->replica().outbox().pendingCount(), 1);
    cancel = false;
    auto again = a->sync();
    QVERIFY(again.ok());
    QCOMPARE(*a->replica().state(saved->id), replica::RecordState::Synced);
}

void TestSyncEngine::restoredBackup_410_repullKeepsAndRebasesOutbox()
{
    auto a = client(u"restore-a"_s, u"ken"_s);
    auto b = client(u"restore-b"_s, u"ken"_s);
    QVERIFY(a && b);
    const QString kept = createPractice(*a, u"Before the backup"_s);
    QVERIFY(!kept.isEmpty());
    QVERIFY(b->sync().ok());

    // Back up the server database (stopped, so the file is complete).
    const QString file = m_dir.filePath(u"server.sqlite"_s);
    const QString backup = m_dir.filePath(u"server-backup.sqlite"_s);
    QCOMPARE(m_server.terminate(), 0);
    QVERIFY(QFile::copy(file, backup));
    QVERIFY(m_server.start(m_db));
    QVERIFY(a->connectTo(m_server.port()) && b->connectTo(m_server.port()));

    // After the backup: B creates a record, A syncs it and edits both records offline.
    const QString lost = createPractice(*b, u"After the backup"_s);
    QVERIFY(!lost.isEmpty());
    QVERIFY(a->sync().ok());
    QVERIFY(!working(*a, lost).id.isEmpty());
    QVERIFY(edit(*a, kept, u"summary"_s, u"Unsent edit of an old record"_s));
    const QString untouched = createPractice(*b, u"Also after the backup"_s);
    QVERIFY(a->sync().ok() && !working(*a, untouched).id.isEmpty());
    QVERIFY(edit(*a, kept, u"summary"_s, u"Unsent edit of an old record"_s));
    QVERIFY(edit(*a, lost, u"summary"_s, u"Unsent edit of a record the backup lacks"_s));

    // The server is restored from the backup.
    QCOMPARE(m_server.terminate(), 0);
    QFile::remove(file);
    QFile::remove(file + u"-wal"_s);
    QFile::remove(file + u"-shm"_s);
    QVERIFY(QFile::copy(backup, file));
    QVERIFY(m_server.start(m_db));
    // Pages of two records: the re-pull runs as a large pull does (prefetcher, grouped commits,
    // deferred index) and still keeps and rebases the outbox.
    SyncOptions smallPages;
    smallPages.pageSize = 2;
    QVERIFY(a->connectTo(m_server.port(), SyncTestClient::fastRetry(), smallPages));
    // The session table was restored too: sign in again.
    QVERIFY(a->login(u"ken"_s, u"ken-password"_s));

    auto report = a->sync();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->resynced);
    QCOMPARE(report->pending, 0);
    QCOMPARE(report->conflicts, 0);
    // Records the restored server does not know and that A did not touch are gone...
    QVERIFY(working(*a, untouched).id.isEmpty() || working(*a, untouched).deleted);
    // ...and both unsent edits reached the server.
    auto check = client(u"restore-check"_s, u"ken"_s);
    QVERIFY(check && check->sync().ok());
    QCOMPARE(fieldsOf(*check, kept).value(u"summary"_s).toString(),
             u"Unsent edit of an old record"_s);
    QCOMPARE(fieldsOf(*check, lost).value(u"summary"_s).toString(),
             u"Unsent edit of a record the backup lacks"_s);
    QVERIFY(!a->replica().isResyncing().value());
    // The re-pull's deferred index was caught up: the kept record is found by its title.
    QCOMPARE(a->replica().search().pendingCount().value(), 0);
    auto hits = a->replica().search().search(u"Before the backup"_s);
    QVERIFY(hits && !hits->isEmpty());
    QCOMPARE(hits->first().id, kept);
}

void TestSyncEngine::largePull_prefetched_indexedAndResumable()
{
    // Enough records for many small pages: the pull goes through the page prefetcher (two
    // threads of its own over real HTTP), stores with the index deferred, indexes while it waits.
    auto writer = client(u"bulk-writer"_s, u"sec"_s);
    QVERIFY(writer);
    for (int i = 0; i < 40; ++i) {
        Record draft;
        draft.kind = Kind::Practice;
        draft.fields = {{u"title"_s, u"Bulk practice %1 zanzibarite"_s.arg(i)},
                        {u"country"_s, u"KEN"_s}};
        QVERIFY(writer->replica().records().saveDraft(draft));
    }
    auto pushed = writer->sync();
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QCOMPARE(pushed->pushed, 40);

    // The reference: a fresh replica pulled in one page, the ordinary way.
    auto reference = std::make_unique<SyncTestClient>(m_dir.path(), u"bulk-reference"_s);
    QVERIFY(reference->open() && reference->connectTo(m_server.port()));
    QVERIFY(reference->login(u"sec"_s, u"sec-password"_s));
    QVERIFY(reference->sync());

    SyncOptions small;
    small.pageSize = 4;
    small.indexWhileWaiting = 3;
    small.deferListIndexes = true;
    auto bulk = std::make_unique<SyncTestClient>(m_dir.path(), u"bulk-reader"_s);
    QVERIFY(bulk->open() && bulk->connectTo(m_server.port(), SyncTestClient::fastRetry(), small));
    QVERIFY(bulk->login(u"sec"_s, u"sec-password"_s));

    // Cancelled after a few pages: what was stored stays, with its cursor.
    // The replica was empty: the practices' list indexes wait until the practices are in.
    std::atomic_bool cancel{false};
    int deferredDuringPull = 0;
    bulk->engine().setCancelFlag(&cancel);
    bulk->engine().setProgressHandler([&](const SyncProgress &p) {
        if (p.phase != SyncProgress::Phase::Pulling || p.pulled == 0)
            return;
        if (auto deferred = bulk->replica().deferredIndexCount(Kind::Practice); deferred)
            deferredDuringPull = std::max(deferredDuringPull, *deferred);
        if (p.pulled >= 12)
            cancel.store(true);
    });
    auto stopped = bulk->sync();
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, u"cancelled"_s);
    auto state = bulk->replica().syncState().state();
    QVERIFY(state && !state->cursor.isEmpty());
    QVERIFY(deferredDuringPull > 0);
    QCOMPARE(*bulk->replica().deferredIndexCount(), 0); // built again, also when cancelled

    // The next sync resumes from there and leaves the index complete.
    cancel.store(false);
    bulk->engine().setProgressHandler({});
    auto resumed = bulk->sync();
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
    QVERIFY(resumed->pulled > 0);
    QVERIFY(resumed->indexed > 0);
    QVERIFY(resumed->traffic.requests > 3); // the prefetcher's requests are counted too
    auto pending = bulk->replica().search().pendingCount();
    QVERIFY(pending);
    QCOMPARE(*pending, 0);

    // Same records, same content as the one-page pull.
    const auto everything = [](SyncTestClient &c) {
        QMap<QString, QPair<qint64, QJsonObject>> out;
        auto q = c.replica().database().run(u"SELECT id FROM records ORDER BY id"_s);
        QStringList ids;
        while (q && (*q)->next())
            ids << (*q)->value(0).toString();
        for (const QString &id : std::as_const(ids)) {
            auto r = c.replica().records().get(id);
            if (r && r->has_value())
                out.insert(id, {(*r)->rev, (*r)->fields});
        }
        return out;
    };
    QVERIFY(reference->sync());
    const auto expected = everything(*reference);
    QVERIFY(expected.size() >= 40);
    QCOMPARE(everything(*bulk), expected);
    const auto indexes = [](SyncTestClient &c) {
        QStringList out;
        auto q = c.replica().database().run(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
        while (q && (*q)->next())
            out << (*q)->value(0).toString() + u": "_s + (*q)->value(1).toString();
        return out;
    };
    QCOMPARE(indexes(*bulk), indexes(*reference));

    // A load killed before it built them again (the definitions wait in the replica): the next
    // sync builds them first.
    auto killed = std::make_unique<SyncTestClient>(m_dir.path(), u"bulk-killed"_s);
    QVERIFY(killed->open() && killed->connectTo(m_server.port()));
    QVERIFY(killed->login(u"sec"_s, u"sec-password"_s));
    auto dropped = killed->replica().deferIndexes({Kind::Practice, Kind::Post});
    QVERIFY(dropped && *dropped > 0);
    QCOMPARE(*killed->replica().deferredIndexCount(), *dropped);
    QVERIFY(killed->sync());
    QCOMPARE(*killed->replica().deferredIndexCount(), 0);
    QCOMPARE(indexes(*killed), indexes(*reference));

    // Searchable: all 40, through the index built during and after the pull.
    replica::SearchOptions options;
    options.limit = 100;
    auto hits = bulk->replica().search().search(u"zanzibarite"_s, options);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 40);
}

void TestSyncEngine::serverUnreachable_stillIndexesTheQueue()
{
    // A replica whose search index was rebuilt (schema 8 does that) and a server that is down:
    // the sync fails, and what was queued is indexed all the same.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    SyncTestClient c(m_dir.path(), u"unreachable"_s);
    QVERIFY(c.open());
    QVERIFY(c.connectTo(closedPort));
    Record draft;
    draft.kind = Kind::Practice;
    draft.fields = {{u"title"_s, u"中小企业数字化转型补贴"_s}, {u"country"_s, u"CHN"_s}};
    auto saved = c.replica().records().saveDraft(draft);
    QVERIFY(saved.ok());
    const QString id = saved->id;
    QVERIFY(c.replica().search().rebuild().ok());
    QCOMPARE(*c.replica().search().pendingCount(), 1);
    QCOMPARE(c.replica().search().search(u"数字化"_s)->size(), 0);
    auto r = c.sync();
    QVERIFY(!r.ok());
    QCOMPARE(*c.replica().search().pendingCount(), 0);
    QCOMPARE(c.replica().search().search(u"数字化"_s)->first().id, id);
    // The edit is still waiting to be sent.
    QCOMPARE(*c.replica().outbox().pendingCount(), 1);
}

} // namespace smec::sync

QTEST_GUILESS_MAIN(smec::sync::TestSyncEngine)
#include "tst_syncengine.moc"
