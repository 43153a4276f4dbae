// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A server process on PostgreSQL while the database stops and starts again (a restart, a
// fail-over): requests during the outage fail with 503 and Retry-After, never with a 200 that
// calls valid mutations "rejected"; the first requests after it succeed without restarting the
// server, and a resent mutation id is applied once. Runs under tests/support/with-postgres.sh.
#include "serverprocess.h"

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

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
    HttpResponse post(const QByteArray &body) const;

    ServerProcess m_server;
    QByteArray m_token;

private Q_SLOTS:
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
        qWarning("pg_ctl %s: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
        return false;
    }
    return true;
}

HttpResponse TestServerPgRestart::post(const QByteArray &body) const
{
    return smec::test::rawRequest(m_server.port(),
                                  smec::test::request("POST", "/api/v1/mutations", m_token, body));
}

void TestServerPgRestart::databaseRestart_serverReconnects_andNothingIsRejected()
{
    const QString db = smec::test::postgresUrl();
    const QString data = qEnvironmentVariable("SMEC_TEST_PG_DATA");
    if (db.isEmpty() || data.isEmpty())
        QSKIP("SMEC_TEST_PG_URL and SMEC_TEST_PG_DATA are not set (run under with-postgres.sh)");
    QVERIFY(ServerProcess::addUser(db, u"curator"_s, u"secretariat"_s, {}, u"pw"_s));
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
    QVERIFY(pgCtl({u"-D"_s, data, u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}));
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
