// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The smecommunity-server command line: exit codes and messages.
#include "serverprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::test::ServerProcess;

class TestServerCli final : public QObject
{
    Q_OBJECT

private:
    QString db() const { return u"sqlite:"_s + m_dir.filePath(u"cli.sqlite"_s); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void version_printsVersion();
    void help_printsUsage();
    void badArguments_exit2_data();
    void badArguments_exit2();
    void plainHttpOnPublicAddress_isRefused();
    void unreadableCertificate_exit4();
    void unreachableDatabase_exit3_data();
    void unreachableDatabase_exit3();
    void userAdd_savesUserFromStdin();
    void seedSynthetic_createsRecordsServedByTheFeed();
    void seedDemo_createsUsersAndRecordsOnce();
};

void TestServerCli::version_printsVersion()
{
    QByteArray out;
    QCOMPARE(ServerProcess::runCommand({u"--version"_s}, {}, &out), 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.value(0), QByteArray("smecommunity-server " SMEC_VERSION));
    QCOMPARE(lines.value(1),
             QByteArray("Licence: GPL-3.0-or-later <https://www.gnu.org/licenses/gpl-3.0.html>"));
    QVERIFY(lines.value(2).contains("NO WARRANTY"));
}

void TestServerCli::help_printsUsage()
{
    QByteArray out;
    QCOMPARE(ServerProcess::runCommand({u"--help"_s}, {}, &out), 0);
    QVERIFY(out.contains("serve --database URL --listen HOST:PORT"));
    QVERIFY(out.contains("user add"));
    QVERIFY(out.contains("seed"));
}

void TestServerCli::badArguments_exit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("serve without listen")
        << QStringList{u"serve"_s, u"--database"_s, u"sqlite:x"_s};
    QTest::newRow("bad listen") << QStringList{u"serve"_s,    u"--database"_s,
                                               u"sqlite:x"_s, u"--listen"_s,
                                               u"nowhere"_s,  u"--insecure-http"_s};
    QTest::newRow("no tls and no flag")
        << QStringList{u"serve"_s, u"--database"_s, u"sqlite:x"_s, u"--listen"_s, u"127.0.0.1:0"_s};
    QTest::newRow("bad url") << QStringList{u"serve"_s,    u"--database"_s,  u"mysql://x"_s,
                                            u"--listen"_s, u"127.0.0.1:0"_s, u"--insecure-http"_s};
    QTest::newRow("unknown option") << QStringList{u"serve"_s, u"--databse"_s, u"sqlite:x"_s};
    QTest::newRow("user add no stdin flag")
        << QStringList{u"user"_s,       u"add"_s, u"--database"_s, u"sqlite:x"_s,
                       u"--username"_s, u"u"_s,   u"--role"_s,     u"analyst"_s};
    QTest::newRow("user add bad role") << QStringList{
        u"user"_s, u"add"_s,    u"--database"_s, u"sqlite:x"_s,        u"--username"_s,
        u"u"_s,    u"--role"_s, u"king"_s,       u"--password-stdin"_s};
    QTest::newRow("delegate without country") << QStringList{
        u"user"_s, u"add"_s,    u"--database"_s, u"sqlite:x"_s,        u"--username"_s,
        u"u"_s,    u"--role"_s, u"delegate"_s,   u"--password-stdin"_s};
    QTest::newRow("unknown country") << QStringList{
        u"user"_s,   u"add"_s,      u"--database"_s, u"sqlite:x"_s, u"--username"_s,      u"u"_s,
        u"--role"_s, u"delegate"_s, u"--country"_s,  u"XXX"_s,      u"--password-stdin"_s};
    QTest::newRow("seed without mode") << QStringList{u"seed"_s, u"--database"_s, u"sqlite:x"_s};
    QTest::newRow("seed bad count")
        << QStringList{u"seed"_s, u"--database"_s, u"sqlite:x"_s, u"--synthetic"_s, u"-3"_s};
}

void TestServerCli::badArguments_exit2()
{
    QFETCH(QStringList, args);
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand(args, {}, nullptr, &err), 2);
    QVERIFY2(err.startsWith("smecommunity-server: "), err.constData());
}

void TestServerCli::plainHttpOnPublicAddress_isRefused()
{
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"serve"_s, u"--database"_s, db(), u"--listen"_s,
                                        u"0.0.0.0:0"_s, u"--insecure-http"_s},
                                       {}, nullptr, &err),
             4);
    QVERIFY(err.contains("loopback"));
}

void TestServerCli::unreadableCertificate_exit4()
{
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"serve"_s, u"--database"_s, db(), u"--listen"_s,
                                        u"127.0.0.1:0"_s, u"--tls-cert"_s,
                                        m_dir.filePath(u"missing.pem"_s), u"--tls-key"_s,
                                        m_dir.filePath(u"missing.key"_s)},
                                       {}, nullptr, &err),
             4);
    QVERIFY2(err.contains("missing.pem"), err.constData());
}

void TestServerCli::unreachableDatabase_exit3_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite in missing folder") << u"sqlite:/nonexistent/folder/db.sqlite"_s;
    QTest::newRow("postgres nobody listens") << u"postgresql://smec@127.0.0.1:1/smec"_s;
}

void TestServerCli::unreachableDatabase_exit3()
{
    QFETCH(QString, url);
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"serve"_s, u"--database"_s, url, u"--listen"_s,
                                        u"127.0.0.1:0"_s, u"--insecure-http"_s},
                                       {}, nullptr, &err),
             3);
    QVERIFY(!err.isEmpty());
    QVERIFY(!err.contains("password"));
}

void TestServerCli::userAdd_savesUserFromStdin()
{
    QByteArray out;
    QCOMPARE(ServerProcess::runCommand({u"user"_s, u"add"_s, u"--database"_s, db(), u"--username"_s,
                                        u"wanjiru"_s, u"--role"_s, u"delegate"_s, u"--country"_s,
                                        u"ken"_s, u"--display-name"_s, u"Wanjiru K."_s,
                                        u"--password-stdin"_s},
                                       "s3cret\n", &out),
             0);
    QVERIFY(out.contains("wanjiru"));
    QVERIFY(!out.contains("s3cret"));
    QCOMPARE(
        ServerProcess::runCommand({u"user"_s, u"add"_s, u"--database"_s, db(), u"--username"_s,
                                   u"empty"_s, u"--role"_s, u"analyst"_s, u"--password-stdin"_s},
                                  ""),
        2);
    ServerProcess server;
    QVERIFY(server.start(db()));
    QVERIFY(!server.login(u"wanjiru"_s, u"s3cret"_s).isEmpty());
    QCOMPARE(server.terminate(), 0);
}

void TestServerCli::seedSynthetic_createsRecordsServedByTheFeed()
{
    QByteArray out;
    QCOMPARE(ServerProcess::runCommand(
                 {u"seed"_s, u"--database"_s, db(), u"--synthetic"_s, u"20"_s}, {}, &out),
             0);
    QVERIFY(out.contains("20 practices"));
    QVERIFY(ServerProcess::addUser(db(), u"curator"_s, u"secretariat"_s, {}, u"pw"_s));
    ServerProcess server;
    QVERIFY(server.start(db()));
    const QByteArray token = server.login(u"curator"_s, u"pw"_s);
    const auto r = smec::test::rawRequest(
        server.port(), smec::test::request("GET", "/api/v1/changes?limit=1000", token));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("changes"_L1).toArray().size() >= 20);
    QCOMPARE(server.terminate(), 0);
}

void TestServerCli::seedDemo_createsUsersAndRecordsOnce()
{
    const QString demoDb = u"sqlite:"_s + m_dir.filePath(u"demo.sqlite"_s);
    QByteArray out;
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, demoDb, u"--demo"_s}, {}, &out,
                                       &err),
             0);
    QVERIFY2(out.contains("seeded the demo data"), err.constData());
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, demoDb, u"--demo"_s}, {}, &out),
             0);
    QVERIFY2(out.contains(" 0 new records"), out.constData()); // idempotent
    ServerProcess server;
    QVERIFY(server.start(demoDb));
    const QByteArray token = server.login(u"sofia"_s, u"sofia-demo-2026"_s);
    QVERIFY(!token.isEmpty());
    const auto r = smec::test::rawRequest(
        server.port(), smec::test::request("GET", "/api/v1/changes?limit=1000", token));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("changes"_L1).toArray().size() > 10);
    QCOMPARE(server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
