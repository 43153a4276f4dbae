// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Several writers on two server processes sharing one database, while a reader follows the change
// feed: every committed write must show up in the feed (DESIGN.md section 4). Built as
// tst_server_concurrency (SQLite) and tst_server_concurrency_pg (PostgreSQL).
#include "serverprocess.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using smec::test::ServerProcess;

class TestServerConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentWriters_feedNeverSkipsACommittedWrite();
};

void TestServerConcurrency::concurrentWriters_feedNeverSkipsACommittedWrite()
{
    QTemporaryDir dir;
#ifdef SMEC_TEST_USE_POSTGRES
    const QString db = smec::test::postgresUrl();
    if (db.isEmpty())
        QSKIP("SMEC_TEST_PG_URL is not set");
#else
    const QString db = u"sqlite:"_s + dir.filePath(u"concurrency.sqlite"_s);
#endif
    QVERIFY(ServerProcess::addUser(db, u"writer"_s, u"secretariat"_s, {}, u"pw"_s));
    ServerProcess a;
    ServerProcess b;
    QVERIFY(a.start(db));
    QVERIFY(b.start(db));
    const QByteArray token = a.login(u"writer"_s, u"pw"_s);
    QVERIFY(!token.isEmpty());

    QNetworkAccessManager nam;
    auto requestFor = [&](const ServerProcess &server, const QString &path) {
        QNetworkRequest r(QUrl(u"http://127.0.0.1:%1%2"_s.arg(server.port()).arg(path)));
        r.setRawHeader("Authorization", "Bearer " + token);
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return r;
    };

    constexpr int requests = 60;
    constexpr int perRequest = 5;
    QSet<QString> written;
    int finished = 0;
    int applied = 0;
    for (int i = 0; i < requests; ++i) {
        QJsonArray mutations;
        for (int j = 0; j < perRequest; ++j) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            written.insert(id);
            mutations.append(QJsonObject{
                {u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"op"_s, u"upsert"_s},
                {u"id"_s, id},
                {u"kind"_s, u"thread"_s},
                {u"base_rev"_s, 0},
                {u"fields"_s, QJsonObject{{u"title"_s, u"thread %1.%2"_s.arg(i).arg(j)}}}});
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nam.post(requestFor(i % 2 ? b : a, u"/api/v1/mutations"_s), body);
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            const QJsonArray results =
                QJsonDocument::fromJson(reply->readAll()).object().value("results"_L1).toArray();
            for (const QJsonValue &r : results) {
                if (r.toObject().value("status"_L1).toString() == "applied"_L1)
                    ++applied;
            }
            ++finished;
            reply->deleteLater();
        });
    }

    // Follow the feed with small pages while the writes land, alternating servers.
    QSet<QString> seen;
    QString cursor;
    qint64 lastRev = 0;
    bool more = true;
    int polls = 0;
    auto pull = [&]() -> bool {
        QString path = u"/api/v1/changes?limit=7"_s;
        if (!cursor.isEmpty())
            path += u"&since="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        QNetworkReply *reply = nam.get(requestFor(++polls % 2 ? a : b, path));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(20000))
            return false;
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return false;
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        for (const QJsonValue &v : page.value("changes"_L1).toArray()) {
            const qint64 rev = v.toObject().value("rev"_L1).toInteger();
            if (rev <= lastRev)
                return false; // revs must ascend across pages
            lastRev = rev;
            seen.insert(v.toObject().value("id"_L1).toString());
        }
        cursor = page.value("cursor"_L1).toString();
        more = page.value("more"_L1).toBool();
        return true;
    };
    while (finished < requests) {
        QVERIFY(pull());
        QTest::qWait(5);
    }
    do {
        QVERIFY(pull());
    } while (more);

    QCOMPARE(applied, requests * perRequest);
    QCOMPARE(seen.size(), written.size());
    QVERIFY(seen == written);
    QCOMPARE(a.terminate(), 0);
    QCOMPARE(b.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
