// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apiclient.h"
#include "domain/result.h"
#include "replica/pulledrecord.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace smec::sync {

/// One change-feed page, decoded and prepared for the replica's writer.
struct FetchedPage
{
    QString serverId;
    QList<replica::PulledRecord> records;
    QString cursor;
    bool more = false;
    qint64 remaining = -1; ///< the server's estimate of records after this page, -1 unknown

    /// A decoded page with its records prepared (`fieldsText` as decodeChangePageKeepingFields()
    /// gave it); where the engine or the prefetcher decoded it.
    static FetchedPage prepared(protocol::ChangePage page, qint64 remaining,
                                const QList<QByteArray> &fieldsText,
                                const replica::RegionResolver &regions);
};

/// Fetches, decodes and prepares (PulledRecord::prepare) the change feed ahead of the replica's
/// writer, so that during a large pull the server, the network, the JSON decoding and the
/// storing of the records overlap on both cores. Two threads of its own, each with its own
/// transport (Transport::clone()) and ApiClient:
///
/// - the fetcher asks for page after page; when the server repeats the next cursor in the
///   `X-Changes-Cursor` header it asks for the next page at once, without parsing the body
///   (otherwise it decodes the body to find the cursor);
/// - the preparer decodes each body strictly and prepares its records; a body that does not
///   parse (cut short by a dropped connection) is asked for again, with the decoding ApiClient
///   call and its retries. A body whose cursor differs from its header ends the stream.
///
/// At most `depth` pages wait at each stage. Errors (after the ApiClient's retries) end the
/// stream and reach next() after the pages before them. Destroying it stops both threads.
class PagePrefetcher final
{
public:
    struct Options
    {
        QString since; ///< the cursor to continue from
        int pageSize = 1000;
        int depth = 2; ///< pages waiting at each stage, at most
        QByteArray token;
        RetryPolicy retry;
        replica::RegionResolver regions;
        const std::atomic_bool *cancel = nullptr; ///< the sync's cancel flag
    };

    /// Starts fetching with transports made by `api`.cloneTransport(); returns nullptr when the
    /// transport cannot be duplicated.
    static std::unique_ptr<PagePrefetcher> start(const ApiClient &api, Options options);
    ~PagePrefetcher();
    PagePrefetcher(const PagePrefetcher &) = delete;
    PagePrefetcher &operator=(const PagePrefetcher &) = delete;

    /// The next page, or the error that ended the stream; blocks until one is ready.
    Result<FetchedPage> next();
    /// True when next() would not block.
    bool hasNext() const;
    /// What the prefetcher's requests sent and received so far.
    TrafficStats stats() const;

private:
    /// A fetched page on its way to the preparer: its body, or the page already decoded.
    struct Fetched
    {
        QString since;
        QByteArray body;
        QString headerCursor; ///< empty when the body was decoded by the fetcher
        std::optional<protocol::ChangePage> page;
        QList<QByteArray> fieldsText;
        qint64 remaining = -1;
        std::optional<Error> error; ///< set: fetching ended with this error
    };

    explicit PagePrefetcher(Options options);
    void fetch(std::unique_ptr<Transport> transport);
    void prepare(const ApiClient *borrowed);
    Result<FetchedPage> prepared(Fetched fetched, std::unique_ptr<Transport> &transport,
                                 std::unique_ptr<ApiClient> &api, const ApiClient *borrowed);
    void stop();

    Options m_options;
    std::atomic_bool m_stop{false};
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Fetched> m_fetched;
    std::deque<Result<FetchedPage>> m_ready;
    bool m_fetcherStarted = false;
    bool m_cloned = false;
    bool m_finished = false;
    TrafficStats m_fetchStats;
    TrafficStats m_prepareStats;
    std::unique_ptr<QThread> m_fetcher;
    std::unique_ptr<QThread> m_preparer;
};

} // namespace smec::sync
