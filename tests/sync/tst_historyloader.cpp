// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// HistoryLoader over a scripted transport and a real replica: the server's pages are followed
// and kept; a record the server no longer shows leaves the cache; offline answers come from the
// cache and say so; nothing cached and no server is `history_unavailable`.
#include "protocol/codec.h"
#include "replica/replica.h"
#include "sync/apiclient.h"
#include "sync/historyloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {

class ScriptedTransport final : public Transport
{
public:
    std::deque<HttpResponse> script;
    QStringList paths;
    HttpResponse send(const HttpRequest &request) override
    {
        QString path = request.path;
        for (const auto &[key, value] : request.query)
            path += u' ' + key + u'=' + value;
        paths << path;
        if (script.empty()) {
            HttpResponse down;
            down.error = {u"network"_s, u"connection refused"_s, {}};
            return down;
        }
        HttpResponse next = script.front();
        script.pop_front();
        return next;
    }
};

HttpResponse answer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

const QString recordId = u"6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e72"_s;
const QString writer = u"00000000-0000-4000-8000-000000000002"_s;

protocol::Revision revision(qint64 rev, const QString &title)
{
    protocol::Revision r;
    r.rev = rev;
    r.updatedBy = writer;
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(1772000000000 + rev * 1000, Qt::UTC);
    r.fields = QJsonObject{{u"title"_s, title}};
    return r;
}

QByteArray page(const QList<protocol::Revision> &revisions, bool more)
{
    protocol::RevisionPage p;
    p.id = recordId;
    p.kind = domain::Kind::Practice;
    p.revisions = revisions;
    p.more = more;
    return protocol::encodeRevisionPage(p);
}

} // namespace

class TestHistoryLoader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiClient> client(ScriptedTransport &t)
    {
        auto api = std::make_unique<ApiClient>(t, RetryPolicy{2, 1, 1});
        api->setSleeper([](int) {});
        return api;
    }

    QTemporaryDir m_dir;
    replica::Replica m_replica;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_replica.open(m_dir.filePath(u"replica.sqlite"_s), u"history-loader"_s).ok());
    }

    void offlineWithNothingKept_isHistoryUnavailable()
    {
        auto loaded = HistoryLoader::load(m_replica, nullptr, recordId);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, u"history_unavailable"_s);
        ScriptedTransport t; // nothing scripted: the server cannot be reached
        auto api = client(t);
        loaded = HistoryLoader::load(m_replica, api.get(), recordId);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, u"history_unavailable"_s);
        QVERIFY(loaded.error().message.contains(u"connection refused"_s));
    }

    void server_pagesFollowedAndKept()
    {
        ScriptedTransport t;
        t.script = {answer(200, page({revision(9, u"c"_s), revision(5, u"b"_s)}, true)),
                    answer(200, page({revision(2, u"a"_s)}, false))};
        auto api = client(t);
        auto loaded = HistoryLoader::load(m_replica, api.get(), recordId);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QVERIFY(!loaded->fromCache);
        QCOMPARE(loaded->revisions.size(), 3);
        QCOMPARE(loaded->revisions.at(2), revision(2, u"a"_s));
        QCOMPARE(t.paths.size(), 2);
        QVERIFY2(t.paths.at(1).contains(u"before=5"_s), qPrintable(t.paths.at(1)));
        QVERIFY(t.paths.at(0).startsWith(u"/api/v1/records/%1/revisions"_s.arg(recordId)));
        QCOMPARE(*m_replica.revisions().list(recordId), loaded->revisions);
    }

    void unreachableOrMalformed_fallsBackToTheCache()
    {
        ScriptedTransport down;
        auto api = client(down);
        auto loaded = HistoryLoader::load(m_replica, api.get(), recordId);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->fromCache);
        QCOMPARE(loaded->serverError.code, u"network"_s);
        QCOMPARE(loaded->revisions.size(), 3);
        // An answer that does not decode (revisions out of order) is not taken for a history.
        ScriptedTransport broken;
        const QByteArray bad = page({revision(2, u"a"_s), revision(9, u"c"_s)}, false);
        broken.script = {answer(200, bad), answer(200, bad)};
        auto api2 = client(broken);
        loaded = HistoryLoader::load(m_replica, api2.get(), recordId);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->fromCache);
        QCOMPARE(loaded->serverError.code, u"invalid_response"_s);
        QCOMPARE(loaded->revisions.size(), 3);
    }

    void offline_answersFromTheCache()
    {
        auto loaded = HistoryLoader::load(m_replica, nullptr, recordId);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->fromCache);
        QCOMPARE(loaded->revisions.first().rev, 9);
    }

    void notFound_forgetsWhatWasKept()
    {
        ScriptedTransport t;
        t.script = {answer(404, R"({"error":{"code":"not_found","message":"no record"}})")};
        auto api = client(t);
        auto loaded = HistoryLoader::load(m_replica, api.get(), recordId);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, u"not_found"_s);
        QVERIFY(m_replica.revisions().list(recordId)->isEmpty());
    }

    void refusedToken_isReturnedNotHidden()
    {
        ScriptedTransport t;
        t.script = {answer(401, R"({"error":{"code":"unauthenticated","message":"expired"}})")};
        auto api = client(t);
        auto loaded = HistoryLoader::load(m_replica, api.get(), recordId);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, u"unauthenticated"_s);
    }
};

} // namespace smec::sync

QTEST_GUILESS_MAIN(smec::sync::TestHistoryLoader)
#include "tst_historyloader.moc"
