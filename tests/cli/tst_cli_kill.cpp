// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smecommunity-cli killed (SIGKILL) again and again in the middle of a long first sync, with
// local drafts and edits queued between the kills, then one clean sync: the replica file stays
// sound, ends with the server's view, and every draft reached the server exactly once
// (DESIGN.md section 5, invariants 1 to 3). SMEC_CLI_KILLS sets the number of kills (default 25)
// and SMEC_CLI_KILL_SEED the seed of the kill delays, for long runs.
#include "clirunner.h"
#include "replicaview.h"
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::test::CliResult;
using smec::test::RecordView;
using smec::test::runCli;
using smec::test::ServerProcess;

namespace {

/// Synthetic practices on the server (plus threads, posts and meetings: about 3.1 records per
/// practice), enough that a first sync of a Debug build takes a few seconds.
constexpr int syntheticPractices = 1500;

QByteArray describe(const CliResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

#define CLI_EXPECT(result, code) QVERIFY2((result).exitCode == (code), describe(result).constData())

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestCliKill final : public QObject
{
    Q_OBJECT

private:
    QString profile(const QString &name) const { return m_dir.filePath(name); }
    QString replicaPath(const QString &name) const
    {
        return QDir(profile(name)).filePath(u"replica.sqlite"_s);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.port()); }
    CliResult login(const QString &name);
    /// Creates a draft practice with the CLI; returns its id.
    QString createDraft(const QString &name, const QString &title);
    /// Milliseconds a `sync` of profile `name` takes to its end (to pick kill delays).
    qint64 timedSync(const QString &name);
    /// Every record of a profile's replica, opened in this process (no CLI may be running);
    /// `unindexed` receives how many records wait in the full-text queue.
    QMap<QString, RecordView> records(const QString &name, QString *integrity = nullptr,
                                      qint64 *unindexed = nullptr);
    /// Tokens in the profile's full-text index per table: equal for two replicas holding the
    /// same records when each record is indexed exactly once, with its current text.
    QString indexTokens(const QString &name);

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    int m_serial = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void killedSyncs_thenCleanSync_convergeWithoutDuplicates();
    void killedWhileIndexing_nextSyncCompletesTheIndex();
};

void TestCliKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(smec::test::binaryPath(u"app/cli/smecommunity-cli"_s)));
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, m_db, u"--synthetic"_s,
                                        QString::number(syntheticPractices)},
                                       {}, nullptr, &err),
             0);
    QVERIFY(ServerProcess::addUser(m_db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());
}

void TestCliKill::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

CliResult TestCliKill::login(const QString &name)
{
    return runCli(profile(name),
                  {u"login"_s, u"--server"_s, url(), u"--username"_s, u"ken"_s,
                   u"--password-stdin"_s, u"--token-file"_s},
                  "ken-password\n");
}

QString TestCliKill::createDraft(const QString &name, const QString &title)
{
    const QString file = m_dir.filePath(u"draft-%1.json"_s.arg(++m_serial));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(QJsonObject{{u"title"_s, title},
                                      {u"country"_s, u"KEN"_s},
                                      {u"summary"_s, u"Drafted between kills"_s}})
                .toJson());
    f.close();
    const CliResult r = runCli(profile(name), {u"create"_s, u"practice"_s, u"--file"_s, file});
    if (r.exitCode != 0) {
        qWarning("create failed: %s", describe(r).constData());
        return {};
    }
    return QString::fromUtf8(r.out.trimmed());
}

qint64 TestCliKill::timedSync(const QString &name)
{
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli(profile(name), {u"sync"_s});
    if (r.exitCode != 0) {
        qWarning("sync failed: %s", describe(r).constData());
        return -1;
    }
    return timer.elapsed();
}

QMap<QString, RecordView> TestCliKill::records(const QString &name, QString *integrity,
                                               qint64 *unindexed)
{
    smec::replica::Replica replica;
    if (auto opened = replica.open(replicaPath(name), u"kill-test-%1"_s.arg(++m_serial)); !opened) {
        if (integrity)
            *integrity = opened.error().message;
        return {};
    }
    if (integrity)
        *integrity = smec::test::integrityCheck(replica);
    if (unindexed) {
        auto pending = replica.search().pendingCount();
        *unindexed = pending ? *pending : -1;
    }
    return smec::test::readRecords(replica);
}

QString TestCliKill::indexTokens(const QString &name)
{
    smec::replica::Replica replica;
    if (auto opened = replica.open(replicaPath(name), u"kill-test-%1"_s.arg(++m_serial)); !opened)
        return opened.error().message;
    QStringList counts;
    for (const QString &table : {u"practice_fts"_s, u"post_fts"_s}) {
        const QString vocab = u"temp.kill_vocab_%1"_s.arg(table);
        if (auto r =
                replica.database().execOnce(u"CREATE VIRTUAL TABLE %1 USING fts5vocab(main, %2,"
                                            " instance)"_s.arg(vocab, table));
            !r)
            return r.error().message;
        auto q =
            replica.database().runUncached(u"SELECT count(*), count(DISTINCT doc) FROM "_s + vocab);
        if (!q || !q->next())
            return u"cannot count %1"_s.arg(table);
        counts << u"%1: %2 tokens in %3 records"_s.arg(table, q->value(0).toString(),
                                                       q->value(1).toString());
    }
    return counts.join(u"; "_s);
}

void TestCliKill::killedSyncs_thenCleanSync_convergeWithoutDuplicates()
{
    // How long a whole first sync and an idle one take here, to spread the kills over the
    // first one (a build, a machine and its load differ; only the kill delays depend on it).
    CLI_EXPECT(login(u"probe"_s), 0);
    const qint64 fullMs = timedSync(u"probe"_s);
    QVERIFY(fullMs > 0);
    const qint64 idleMs = timedSync(u"probe"_s);
    QVERIFY(idleMs > 0);
    const qsizetype serverRecords = records(u"probe"_s).size();
    QVERIFY(serverRecords > syntheticPractices);

    const int kills = envInt("SMEC_CLI_KILLS", 25);
    const auto seed = quint32(envInt("SMEC_CLI_KILL_SEED", 20261128));
    QRandomGenerator rng(seed);
    // Each run lives for the start-up time plus, on average, a share of the pull small enough
    // that the kills cannot finish it: most of them land mid-sync.
    const qint64 pullMs = std::max<qint64>(fullMs - idleMs, 1);
    const qint64 maxDelayMs = idleMs + std::max<qint64>(2 * pullMs / (kills + kills / 2), 20);
    qInfo("full sync %lld ms, idle sync %lld ms, %lld records; %d kills after 0..%lld ms (seed %u)",
          fullMs, idleMs, qint64(serverRecords), kills, maxDelayMs, seed);

    // The profile to kill: signed in, drafts queued before its first sync.
    const QString victim = u"victim"_s;
    CLI_EXPECT(login(victim), 0);
    QStringList titles;
    QStringList ids;
    QMap<QString, QString> summaries; // expected final summary per draft
    auto addDraft = [&](const QString &title) {
        const QString id = createDraft(victim, title);
        if (id.isEmpty())
            return false;
        titles << title;
        ids << id;
        summaries.insert(id, u"Drafted between kills"_s);
        return true;
    };
    for (int i = 0; i < 5; ++i)
        QVERIFY(addDraft(u"Draft before the first sync %1"_s.arg(i)));

    int killedRunning = 0; // still running when the kill came
    int finished = 0;      // had already finished
    int progressed = 0;    // killed, and the replica had moved on (pull pages committed)
    int unindexed = 0;     // killed with stored records still waiting for the full-text index
    qsizetype held = records(victim).size();
    const QString cli = smec::test::binaryPath(u"app/cli/smecommunity-cli"_s);
    for (int k = 0; k < kills; ++k) {
        // Local work between the runs: new drafts, and edits of drafts the server may already
        // hold (then an edit on top of a synced rev, queued behind a frozen entry, or folded).
        if (k % 3 == 1)
            QVERIFY(addDraft(u"Draft created between kills %1"_s.arg(k)));
        if (k % 4 == 2) {
            const QString &id = ids.at(int(rng.bounded(quint32(ids.size()))));
            const QString summary = u"Edited between kills %1"_s.arg(k);
            const CliResult r =
                runCli(profile(victim), {u"edit"_s, id, u"--set"_s, u"summary="_s + summary});
            CLI_EXPECT(r, 0);
            summaries.insert(id, summary);
        }

        QProcess sync;
        sync.start(cli, {u"--profile"_s, profile(victim), u"sync"_s});
        QVERIFY(sync.waitForStarted(30000));
        const int delay = int(rng.bounded(quint32(maxDelayMs) + 1));
        if (sync.waitForFinished(delay)) {
            ++finished;
            QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
            QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        } else {
            sync.kill(); // SIGKILL
            QVERIFY(sync.waitForFinished(30000));
            if (sync.exitStatus() == QProcess::CrashExit) {
                ++killedRunning;
            } else {
                ++finished; // it finished between the wait and the kill
                QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
            }
        }
        qint64 queued = 0;
        const qsizetype now = records(victim, nullptr, &queued).size();
        if (sync.exitStatus() == QProcess::CrashExit && now > held)
            ++progressed;
        if (sync.exitStatus() == QProcess::CrashExit && queued > 0)
            ++unindexed;
        held = now;
    }
    qInfo("%d kills: %d landed mid-sync (%d after some of the pull was committed, %d with the "
          "full-text index still catching up), %d came after the sync had finished",
          kills, killedRunning, progressed, unindexed, finished);
    // The test is only worth something when most kills interrupt a sync.
    QVERIFY2(killedRunning * 3 > kills * 2, "most kills must land while the sync runs");
    QVERIFY(progressed > 0);

    // One clean sync to the end, and another that has nothing left to do.
    CliResult r = runCli(profile(victim), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, 0);
    r = runCli(profile(victim), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, 0);
    QCOMPARE(r.json().object().value(u"pushed"_s).toInt(), 0);
    const CliResult status = runCli(profile(victim), {u"status"_s, u"--json"_s});
    CLI_EXPECT(status, 0);
    QCOMPARE(status.json().object().value(u"pending"_s).toInt(), 0);
    QCOMPARE(status.json().object().value(u"conflicts"_s).toInt(), 0);
    QCOMPARE(status.json().object().value(u"rejected"_s).toInt(), 0);

    // The replica file is sound and holds the server's view (a fresh profile's first sync).
    QString integrity;
    const QMap<QString, RecordView> mine = records(victim, &integrity);
    QCOMPARE(integrity, u"ok"_s);
    CLI_EXPECT(login(u"reference"_s), 0);
    CLI_EXPECT(runCli(profile(u"reference"_s), {u"sync"_s}), 0);
    const QMap<QString, RecordView> server = records(u"reference"_s, &integrity);
    QCOMPARE(integrity, u"ok"_s);
    QVERIFY(server.size() >= serverRecords + titles.size());
    const QString difference = smec::test::compareWithServerView(mine, server);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The full-text index survived the kills whole: nothing queued, and the same tokens in the
    // same records as the reference's index (no record missing, none indexed twice or stale).
    qint64 queued = -1;
    records(victim, nullptr, &queued);
    QCOMPARE(queued, 0);
    QCOMPARE(indexTokens(victim), indexTokens(u"reference"_s));

    // Every draft reached the server exactly once, with its last edit.
    for (const QString &title : std::as_const(titles))
        QVERIFY2(smec::test::countLive(server, u"practice"_s, u"title"_s, title) == 1,
                 qPrintable(title));
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it)
        QCOMPARE(server.value(it.key()).fields.value(u"summary"_s).toString(), it.value());
}

void TestCliKill::killedWhileIndexing_nextSyncCompletesTheIndex()
{
    // A first sync stores its records first and indexes them afterwards. Kill it exactly in
    // that window: the test watches the replica and sends SIGKILL as soon as records wait in
    // the full-text queue.
    const QString victim = u"index-victim"_s;
    CLI_EXPECT(login(victim), 0);
    CLI_EXPECT(runCli(profile(victim), {u"status"_s}), 0); // creates the replica file to watch
    const QString cli = smec::test::binaryPath(u"app/cli/smecommunity-cli"_s);
    int caught = 0;
    for (int attempt = 0; attempt < 8 && caught < 3; ++attempt) {
        QSqlDatabase watch = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"watch-%1"_s.arg(attempt));
        watch.setDatabaseName(replicaPath(victim));
        watch.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=50"_s);
        QVERIFY(watch.open());
        QProcess sync;
        sync.start(cli, {u"--profile"_s, profile(victim), u"sync"_s});
        QVERIFY(sync.waitForStarted(30000));
        // Killed once the queue holds records and differs from what the last kill left: this
        // sync has stored or indexed something since.
        qint64 left = -1;
        records(victim, nullptr, &left);
        bool queued = false;
        QSqlQuery q(watch);
        while (sync.state() == QProcess::Running && !queued) {
            if (q.exec(u"SELECT count(*) FROM fts_queue"_s) && q.next()) {
                const qint64 n = q.value(0).toLongLong();
                queued = n > 0 && n != left;
            }
            q.finish();
            if (!queued)
                sync.waitForFinished(2);
        }
        if (queued && sync.state() == QProcess::Running) {
            sync.kill(); // SIGKILL
            QVERIFY(sync.waitForFinished(30000));
            caught += sync.exitStatus() == QProcess::CrashExit;
        } else if (sync.state() != QProcess::NotRunning) {
            QVERIFY(sync.waitForFinished(30000));
        }
        q = QSqlQuery();
        watch.close();
        watch = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"watch-%1"_s.arg(attempt));
        qint64 pending = -1;
        QString integrity;
        records(victim, &integrity, &pending);
        QCOMPARE(integrity, u"ok"_s);
        qInfo("attempt %d: %s, %lld records wait for the index", attempt,
              caught ? "killed while indexing" : "not caught", pending);
        if (pending == 0)
            break; // the sync finished its index: nothing left to interrupt
    }
    QVERIFY2(caught > 0, "no kill landed while the full-text index was catching up");

    // The next sync finishes the pull and the index: same records, same index as a profile
    // that was never interrupted.
    CliResult r = runCli(profile(victim), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(r, 0);
    qint64 pending = -1;
    QString integrity;
    const QMap<QString, RecordView> mine = records(victim, &integrity, &pending);
    QCOMPARE(integrity, u"ok"_s);
    QCOMPARE(pending, 0);
    CLI_EXPECT(login(u"index-reference"_s), 0);
    CLI_EXPECT(runCli(profile(u"index-reference"_s), {u"sync"_s}), 0);
    const QMap<QString, RecordView> server = records(u"index-reference"_s);
    const QString difference = smec::test::compareWithServerView(mine, server);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(indexTokens(victim), indexTokens(u"index-reference"_s));
}

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
