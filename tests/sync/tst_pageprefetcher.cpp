// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PagePrefetcher: the change feed fetched, decoded and prepared ahead of the replica's writer on
// two threads of its own. A feed transport serves pages from memory (thread-safe, clonable), with
// or without the X-Changes-Cursor header, and can cut a body short or disagree with it.
#include "protocol/codec.h"
#include "sync/apiclient.h"
#include "sync/pageprefetcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using smec::domain::Kind;
using smec::domain::Record;

namespace smec::sync {

namespace {

const QString serverId = u"6f1c1b2e-3d4a-4b5c-8d9e-0a1b2c3d4e5f"_s;

/// Serves `records` as a change feed in pages of the requested size; the cursor after page k
/// is "p<k>". What every clone answers is shared and counted.
class FeedTransport final : public Transport
{
public:
    struct Feed
    {
        QList<Record> records;
        bool headers = true;
        QSet<int> truncateOnce; ///< pages whose first answer is cut short
        QSet<int> wrongHeader;  ///< pages whose header names another cursor
        int failFrom = -1;      ///< pages from here on answer 401
        QMutex mutex;
        QHash<int, int> requests; ///< page -> requests
        int clones = 0;
    };

    explicit FeedTransport(std::shared_ptr<Feed> feed)
        : m_feed(std::move(feed))
    {}

    HttpResponse send(const HttpRequest &request) override
    {
        QString since;
        int limit = 500;
        for (const auto &item : request.query) {
            if (item.first == u"since"_s)
                since = item.second;
            else if (item.first == u"limit"_s)
                limit = item.second.toInt();
        }
        const int page = since.isEmpty() ? 0 : since.mid(1).toInt() + 1;
        QMutexLocker lock(&m_feed->mutex);
        const int count = ++m_feed->requests[page];
        HttpResponse r;
        if (m_feed->failFrom >= 0 && page >= m_feed->failFrom) {
            r.status = 401;
            r.body = R"({"error":{"code":"unauthenticated","message":"token expired"}})";
            return r;
        }
        protocol::ChangePage p;
        p.serverId = serverId;
        p.changes = m_feed->records.mid(qsizetype(page) * limit, limit);
        p.more = qsizetype(page + 1) * limit < m_feed->records.size();
        p.cursor = u"p%1"_s.arg(page);
        r.status = 200;
        r.body = protocol::encodeChangePage(p);
        if (m_feed->headers) {
            r.changesCursor = m_feed->wrongHeader.contains(page) ? u"p999"_s : p.cursor;
            r.changesMore = p.more ? 1 : 0;
        }
        if (count == 1 && m_feed->truncateOnce.contains(page))
            r.body.chop(r.body.size() / 2);
        return r;
    }

    std::unique_ptr<Transport> clone(const std::atomic_bool *) const override
    {
        QMutexLocker lock(&m_feed->mutex);
        ++m_feed->clones;
        return std::make_unique<FeedTransport>(m_feed);
    }

private:
    std::shared_ptr<Feed> m_feed;
};

/// A transport that cannot be duplicated.
class PlainTransport final : public Transport
{
public:
    HttpResponse send(const HttpRequest &) override { return {}; }
};

QList<Record> makeRecords(int n)
{
    QList<Record> records;
    for (int i = 0; i < n; ++i) {
        Record r;
        r.id = domain::newRecordId();
        r.kind = i % 3 == 2 ? Kind::Post : Kind::Practice;
        r.rev = i + 1;
        r.createdBy = r.updatedBy = u"0b6a9f1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b"_s;
        r.createdAt = r.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, i % 60, 7), Qt::UTC);
        if (r.kind == Kind::Post)
            r.fields = {{u"thread_id"_s, domain::newRecordId()}, {u"body"_s, u"Post %1"_s.arg(i)}};
        else
            r.fields = {{u"title"_s, u"Practice %1 «é»"_s.arg(i)}, {u"country"_s, u"KEN"_s}};
        records.append(r);
    }
    // A record the caller may not see: a tombstone.
    records[5] = Record{records[5].id, records[5].kind, records[5].rev, true, {}, {}, {}, {}, {}};
    return records;
}

PagePrefetcher::Options optionsFor(int pageSize)
{
    PagePrefetcher::Options o;
    o.pageSize = pageSize;
    o.token = "token";
    o.retry.baseDelayMs = 1;
    o.retry.maxAttempts = 3;
    return o;
}

/// Reads the whole stream; fails the test on an error unless `error` takes it.
QList<FetchedPage> drain(PagePrefetcher &p, Error *error = nullptr)
{
    QList<FetchedPage> pages;
    for (;;) {
        auto page = p.next();
        if (!page) {
            if (error)
                *error = page.error();
            else
                qWarning("stream ended with %s", qPrintable(page.error().message));
            return pages;
        }
        const bool more = page->more;
        pages.append(std::move(*page));
        if (!more)
            return pages;
    }
}

} // namespace

class TestPagePrefetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stream_deliversEveryRecordInOrder_data();
    void stream_deliversEveryRecordInOrder();
    void truncatedBody_isAskedForAgain();
    void headerDisagreeingWithBody_endsTheStream();
    void serverError_endsTheStreamAfterEarlierPages();
    void cancel_endsTheStream();
    void transportWithoutClone_noPrefetcher();
};

void TestPagePrefetcher::stream_deliversEveryRecordInOrder_data()
{
    QTest::addColumn<bool>("headers");
    QTest::newRow("cursor header: next page asked for before parsing") << true;
    QTest::newRow("no header (older server): parsed on the fetcher") << false;
}

void TestPagePrefetcher::stream_deliversEveryRecordInOrder()
{
    QFETCH(bool, headers);
    auto feed = std::make_shared<FeedTransport::Feed>();
    feed->records = makeRecords(97);
    feed->headers = headers;
    FeedTransport transport(feed);
    ApiClient api(transport);
    auto prefetcher = PagePrefetcher::start(api, optionsFor(10));
    QVERIFY(prefetcher);
    const QList<FetchedPage> pages = drain(*prefetcher);
    QCOMPARE(pages.size(), 10);
    int i = 0;
    for (int k = 0; k < pages.size(); ++k) {
        const FetchedPage &page = pages.at(k);
        QCOMPARE(page.serverId, serverId);
        QCOMPARE(page.cursor, u"p%1"_s.arg(k));
        QCOMPARE(page.more, k < 9);
        for (const replica::PulledRecord &pulled : page.records) {
            const Record &expected = feed->records.at(i++);
            QCOMPARE(pulled.record, expected);
            if (expected.deleted) {
                QVERIFY(pulled.fieldsJson.isEmpty());
                QVERIFY(pulled.typed.isEmpty());
                continue;
            }
            // The fields are kept as they came over the wire, and mean the same object.
            QCOMPARE(QJsonDocument::fromJson(pulled.fieldsJson).object(), expected.fields);
            // Written without QDateTime's formatting, to the same text.
            QCOMPARE(pulled.createdAt, expected.createdAt.toString(Qt::ISODateWithMs).toUtf8());
            QVERIFY(!pulled.typed.isEmpty());
        }
    }
    QCOMPARE(i, feed->records.size());
    // Two threads, each with its own transport; the preparer cloned none (nothing to re-ask).
    QCOMPARE(feed->clones, 1);
    QCOMPARE(prefetcher->stats().requests, 10);
}

void TestPagePrefetcher::truncatedBody_isAskedForAgain()
{
    auto feed = std::make_shared<FeedTransport::Feed>();
    feed->records = makeRecords(50);
    feed->truncateOnce = {2};
    FeedTransport transport(feed);
    ApiClient api(transport);
    auto prefetcher = PagePrefetcher::start(api, optionsFor(10));
    QVERIFY(prefetcher);
    const QList<FetchedPage> pages = drain(*prefetcher);
    QCOMPARE(pages.size(), 5);
    QCOMPARE(pages.at(2).records.size(), 10);
    QCOMPARE(pages.at(2).records.first().record, feed->records.at(20));
    QCOMPARE(feed->requests.value(2), 2); // once cut short, once whole
    QCOMPARE(feed->clones, 2);            // the preparer's own transport for the second try
}

void TestPagePrefetcher::headerDisagreeingWithBody_endsTheStream()
{
    auto feed = std::make_shared<FeedTransport::Feed>();
    feed->records = makeRecords(50);
    feed->wrongHeader = {1};
    FeedTransport transport(feed);
    ApiClient api(transport);
    auto prefetcher = PagePrefetcher::start(api, optionsFor(10));
    QVERIFY(prefetcher);
    Error error;
    const QList<FetchedPage> pages = drain(*prefetcher, &error);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(error.code, u"invalid_response"_s);
}

void TestPagePrefetcher::serverError_endsTheStreamAfterEarlierPages()
{
    auto feed = std::make_shared<FeedTransport::Feed>();
    feed->records = makeRecords(50);
    feed->failFrom = 3;
    FeedTransport transport(feed);
    ApiClient api(transport);
    auto prefetcher = PagePrefetcher::start(api, optionsFor(10));
    QVERIFY(prefetcher);
    Error error;
    const QList<FetchedPage> pages = drain(*prefetcher, &error);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(error.code, u"unauthenticated"_s);
    QCOMPARE(feed->requests.value(3), 1); // a 401 is not retried
    QCOMPARE(feed->requests.value(4), 0); // nothing asked for after it
}

void TestPagePrefetcher::cancel_endsTheStream()
{
    auto feed = std::make_shared<FeedTransport::Feed>();
    feed->records = makeRecords(400);
    FeedTransport transport(feed);
    ApiClient api(transport);
    std::atomic_bool cancel{false};
    PagePrefetcher::Options options = optionsFor(5);
    options.cancel = &cancel;
    auto prefetcher = PagePrefetcher::start(api, options);
    QVERIFY(prefetcher);
    QVERIFY(prefetcher->next());
    cancel.store(true);
    // Pages already prepared may still come; then the stream ends as cancelled, well before
    // the 80 pages of the feed.
    Error error;
    const QList<FetchedPage> rest = drain(*prefetcher, &error);
    QCOMPARE(error.code, u"cancelled"_s);
    QVERIFY(rest.size() <= 4);
    prefetcher.reset(); // joins both threads
    QVERIFY(feed->requests.size() < 80);
}

void TestPagePrefetcher::transportWithoutClone_noPrefetcher()
{
    PlainTransport transport;
    ApiClient api(transport);
    QVERIFY(!PagePrefetcher::start(api, optionsFor(10)));
}

} // namespace smec::sync

QTEST_GUILESS_MAIN(smec::sync::TestPagePrefetcher)
#include "tst_pageprefetcher.moc"
