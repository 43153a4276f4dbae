// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A server process on PostgreSQL while the database stops and starts again (a restart, a
// fail-over, a crash: `pg_ctl stop -m immediate`, SIGKILL of the postmaster): requests during
// the outage fail with 503 and Retry-After, never with a 200 that calls valid mutations
// "rejected"; the first requests after it succeed without restarting the server, and a resent
// mutation id is applied once. Runs under tests/support/with-postgres.sh.
#include "serverprocess.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using smec::test::HttpResponse;
using smec::test::ServerProcess;

class TestServerPgRestart final : public QObject
{
    Q_OBJECT

private:
    /// Runs pg_ctl like with-postgres.sh does: as `nobody` when we are root.
    static bool pgCtl(const QStringList &args);
    /// SIGKILLs the postmaster of `data` (its PID from postmaster.pid) and waits until it and
    /// its children (the backends, which exit when they notice) are gone.
    static bool killPostmaster(const QString &data);
    HttpResponse post(const QByteArray &body) const;

    ServerProcess m_server;
    QByteArray m_token;

private Q_SLOTS:
    void initTestCase();
    void databaseRestart_serverReconnects_andNothingIsRejected_data();
    void databaseRestart_serverReconnects_andNothingIsRejected();
};

bool TestServerPgRestart::pgCtl(const QStringList &args)
{
    const QString pgCtl = qEnvironmentVariable("SMEC_TEST_PG_BIN") + u"/pg_ctl"_s;
    QProcess p;
    if (::geteuid() == 0)
        p.start(u"setpriv"_s, QStringList{u"--reuid=nobody"_s, u"--regid=nogroup"_s,
                                          u"--clear-groups"_s, u"--"_s, pgCtl} +
                                  args);
    else
        p.start(pgCtl, args);
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished(5000);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QByteArray log;
        if (const qsizetype l = args.indexOf(u"-l"_s); l >= 0 && l + 1 < args.size()) {
            QFile file(args.at(l + 1));
            if (file.open(QIODevice::ReadOnly))
                log = file.readAll().right(2000);
        }
        qWarning("pg_ctl %s: %s\n%s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData(), log.constData());
        return false;
    }
    return true;
}

namespace {

bool alive(pid_t pid)
{
    if (::kill(pid, 0) != 0)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

/// PIDs whose parent is `parent`, from /proc.
QList<pid_t> childrenOf(pid_t parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toInt() == parent)
            children << pid;
    }
    return children;
}

} // namespace

bool TestServerPgRestart::killPostmaster(const QString &data)
{
    QFile pidFile(data + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toInt());
    if (postmaster <= 1 || !alive(postmaster))
        return false;
    const QList<pid_t> children = childrenOf(postmaster);
    if (children.isEmpty() || ::kill(postmaster, SIGKILL) != 0)
        return false;
    // A new postmaster refuses to start while old backends still hold the shared memory.
    QElapsedTimer timer;
    timer.start();
    const auto anyAlive = [&] {
        return alive(postmaster) ||
               std::any_of(children.cbegin(), children.cend(), [](pid_t p) { return alive(p); });
    };
    while (anyAlive() && timer.elapsed() < 60000)
        QThread::msleep(20);
    if (anyAlive())
        return false;
    // Until its parent reaps it, the dead postmaster is a zombie that kill(pid, 0) still finds,
    // and PostgreSQL refuses to start over its lock files (the data folder's and the socket's):
    // remove those that name it, as an operator would once the PID is known dead.
    pidFile.close();
    QStringList locks{pidFile.fileName()};
    const QDir socketDir = QFileInfo(data).dir();
    for (const QString &name :
         socketDir.entryList({u".s.PGSQL.*.lock"_s}, QDir::Files | QDir::Hidden))
        locks << socketDir.filePath(name);
    for (const QString &lock : std::as_const(locks)) {
        QFile file(lock);
        if (file.open(QIODevice::ReadOnly) &&
            pid_t(file.readLine().trimmed().toInt()) == postmaster && !file.remove())
            return false;
    }
    return true;
}

HttpResponse TestServerPgRestart::post(const QByteArray &body) const
{
    return smec::test::rawRequest(m_server.port(),
                                  smec::test::request("POST", "/api/v1/mutations", m_token, body));
}

void TestServerPgRestart::initTestCase()
{
    // One user for all rows: the database outlives each row's server.
    const QString db = smec::test::postgresUrl();
    if (!db.isEmpty())
        QVERIFY(ServerProcess::addUser(db, u"curator"_s, u"secretariat"_s, {}, u"pw"_s));
}

void TestServerPgRestart::databaseRestart_serverReconnects_andNothingIsRejected_data()
{
    QTest::addColumn<QString>("stop");
    QTest::newRow("pg_ctl stop -m fast") << u"fast"_s;
    QTest::newRow("pg_ctl stop -m immediate (a crash)") << u"immediate"_s;
    QTest::newRow("SIGKILL of the postmaster") << u"kill"_s;
}

void TestServerPgRestart::databaseRestart_serverReconnects_andNothingIsRejected()
{
    QFETCH(QString, stop);
    const QString db = smec::test::postgresUrl();
    const QString data = qEnvironmentVariable("SMEC_TEST_PG_DATA");
    if (db.isEmpty() || data.isEmpty())
        QSKIP("SMEC_TEST_PG_URL and SMEC_TEST_PG_DATA are not set (run under with-postgres.sh)");
    QVERIFY2(m_server.start(db), m_server.standardError().constData());
    m_token = m_server.login(u"curator"_s, u"pw"_s);
    QVERIFY(!m_token.isEmpty());

    const auto batch = [](const QString &mutationId, const QString &recordId) {
        const QJsonObject m{{u"mutation_id"_s, mutationId},
                            {u"op"_s, u"upsert"_s},
                            {u"id"_s, recordId},
                            {u"kind"_s, u"practice"_s},
                            {u"base_rev"_s, 0},
                            {u"fields"_s, QJsonObject{{u"title"_s, u"Written around a restart"_s},
                                                      {u"country"_s, u"KEN"_s}}}};
        return QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{m}}})
            .toJson(QJsonDocument::Compact);
    };
    const auto newId = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    const HttpResponse before = post(batch(newId(), newId()));
    QCOMPARE(before.status, 200);

    // The database goes away: whatever the server answers, it is a retryable failure of the
    // whole request, never "rejected".
    if (stop == "kill"_L1)
        QVERIFY(killPostmaster(data));
    else
        QVERIFY(pgCtl({u"-D"_s, data, u"-m"_s, stop, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}));
    const QString mutationId = newId();
    const QString recordId = newId();
    for (int i = 0; i < 3; ++i) {
        const HttpResponse during = post(batch(mutationId, recordId));
        QVERIFY2(during.status == 503, during.body.constData());
        QVERIFY(!during.header("retry-after").isEmpty());
    }

    // It comes back on the same port and socket folder; the server reconnects by itself.
    const QUrl url(db);
    const QString dir = QFileInfo(data).absolutePath();
    QVERIFY(pgCtl(
        {u"-D"_s, data, u"-w"_s, u"-t"_s, u"60"_s, u"-l"_s, dir + u"/server.log"_s, u"-o"_s,
         u"-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"_s.arg(dir)
             .arg(url.port()),
         u"start"_s}));
    HttpResponse after;
    for (int attempt = 0; attempt < 20 && after.status != 200; ++attempt) {
        after = post(batch(mutationId, recordId));
        if (after.status != 200) {
            QCOMPARE(after.status, 503);
            QThread::msleep(300); // the server tries to reconnect at most once a second
        }
    }
    QCOMPARE(after.status, 200);
    const QJsonObject result = after.json().value("results"_L1).toArray().at(0).toObject();
    QCOMPARE(result.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(result.value("record"_L1).toObject().value("id"_L1).toString(), recordId);

    // The resent id is answered from the mutation log: the same rev, nothing written twice.
    const HttpResponse again = post(batch(mutationId, recordId));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value("results"_L1).toArray().at(0).toObject(), result);
    QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServerPgRestart)
#include "tst_server_pgrestart.moc"
