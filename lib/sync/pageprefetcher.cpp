// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pageprefetcher.h"

#include "protocol/codec.h"
#include "protocol/errorcodes.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace smec::sync {

FetchedPage FetchedPage::prepared(protocol::ChangePage page, qint64 remaining,
                                  const QList<QByteArray> &fieldsText,
                                  const replica::RegionResolver &regions)
{
    FetchedPage out;
    out.serverId = page.serverId;
    out.cursor = page.cursor;
    out.more = page.more;
    out.remaining = remaining;
    out.records = replica::PulledRecord::prepare(std::move(page.changes), regions, fieldsText);
    return out;
}

PagePrefetcher::PagePrefetcher(Options options)
    : m_options(std::move(options))
{}

PagePrefetcher::~PagePrefetcher()
{
    stop();
}

std::unique_ptr<PagePrefetcher> PagePrefetcher::start(const ApiClient &api, Options options)
{
    std::unique_ptr<PagePrefetcher> p(new PagePrefetcher(std::move(options)));
    PagePrefetcher *self = p.get();
    // A QNetworkAccessManager belongs to the thread that makes it: each thread clones its own
    // transport. `api` is borrowed only until both threads have started.
    p->m_fetcher.reset(QThread::create([self, &api] {
        std::unique_ptr<Transport> transport = api.cloneTransport(&self->m_stop);
        {
            QMutexLocker lock(&self->m_mutex);
            self->m_fetcherStarted = true;
            self->m_cloned = transport != nullptr;
            self->m_changed.wakeAll();
        }
        if (transport)
            self->fetch(std::move(transport));
    }));
    p->m_fetcher->setObjectName(u"smec-fetch"_s);
    p->m_fetcher->start();
    {
        QMutexLocker lock(&p->m_mutex);
        while (!p->m_fetcherStarted)
            p->m_changed.wait(&p->m_mutex);
        if (!p->m_cloned) {
            lock.unlock();
            p->stop();
            return nullptr;
        }
    }
    // The preparer clones only if it has to ask for a page again; it keeps `api`'s transport
    // to clone from, which outlives the prefetcher (the engine owns both).
    const ApiClient *borrowed = &api;
    p->m_preparer.reset(QThread::create([self, borrowed] { self->prepare(borrowed); }));
    p->m_preparer->setObjectName(u"smec-prepare"_s);
    p->m_preparer->start();
    return p;
}

void PagePrefetcher::fetch(std::unique_ptr<Transport> transport)
{
    ApiClient api(*transport, m_options.retry);
    api.setToken(m_options.token);
    api.setCancelFlag(&m_stop);
    QString cursor = m_options.since;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (qsizetype(m_fetched.size()) >= m_options.depth && !m_stop.load())
                m_changed.wait(&m_mutex);
        }
        if (m_stop.load())
            break;
        Fetched f;
        f.since = cursor;
        bool last = true;
        auto response = api.changesUndecoded(cursor, m_options.pageSize);
        if (!response) {
            f.error = response.error();
        } else if (!response->changesCursor.isEmpty()) {
            f.remaining = response->remaining;
            f.headerCursor = response->changesCursor;
            last = response->changesMore == 0;
            cursor = f.headerCursor;
            f.body = std::move(response->body);
        } else {
            // No cursor header (an older server): the body has to be read here.
            f.remaining = response->remaining;
            auto page = protocol::decodeChangePageKeepingFields(response->body, &f.fieldsText);
            if (!page) // most likely cut short: ask again, with the decoder's retries
                page = api.changes(cursor, m_options.pageSize, &f.remaining, &f.fieldsText);
            if (page) {
                cursor = page->cursor;
                last = !page->more;
                f.page = std::move(*page);
            } else {
                f.error = page.error();
            }
        }
        QMutexLocker lock(&m_mutex);
        m_fetchStats = api.stats();
        const bool failed = f.error.has_value();
        m_fetched.push_back(std::move(f));
        m_changed.wakeAll();
        if (last || failed)
            break;
    }
}

Result<FetchedPage> PagePrefetcher::prepared(Fetched f, std::unique_ptr<Transport> &transport,
                                             std::unique_ptr<ApiClient> &api,
                                             const ApiClient *borrowed)
{
    if (f.error)
        return *f.error;
    if (!f.page) {
        auto page = protocol::decodeChangePageKeepingFields(f.body, &f.fieldsText);
        if (!page) {
            // Cut short on the way (Qt reports some dropped transfers as complete): ask for it
            // again, with the decoding call and its retries.
            if (!api) {
                transport = borrowed->cloneTransport(&m_stop);
                if (!transport)
                    return page.error();
                api = std::make_unique<ApiClient>(*transport, m_options.retry);
                api->setToken(m_options.token);
                api->setCancelFlag(&m_stop);
            }
            qint64 remaining = -1;
            page = api->changes(f.since, m_options.pageSize, &remaining, &f.fieldsText);
            if (!page)
                return page.error();
        }
        if (page->cursor != f.headerCursor)
            return Error{u"invalid_response"_s,
                         QCoreApplication::translate(
                             "smec::sync",
                             "The server's change page and its X-Changes-Cursor header disagree."),
                         {}};
        f.page = std::move(*page);
    }
    return FetchedPage::prepared(std::move(*f.page), f.remaining, f.fieldsText, m_options.regions);
}

void PagePrefetcher::prepare(const ApiClient *borrowed)
{
    std::unique_ptr<Transport> transport;
    std::unique_ptr<ApiClient> api;
    for (;;) {
        Fetched item;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop.load() &&
                   (m_fetched.empty() || qsizetype(m_ready.size()) >= m_options.depth))
                m_changed.wait(&m_mutex);
            if (m_stop.load())
                break;
            item = std::move(m_fetched.front());
            m_fetched.pop_front();
            m_changed.wakeAll();
        }
        Result<FetchedPage> page = prepared(std::move(item), transport, api, borrowed);
        QMutexLocker lock(&m_mutex);
        if (api)
            m_prepareStats = api->stats();
        const bool last = !page || !page->more;
        m_ready.push_back(std::move(page));
        m_changed.wakeAll();
        if (last)
            break;
    }
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

Result<FetchedPage> PagePrefetcher::next()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (!m_ready.empty()) {
            Result<FetchedPage> page = std::move(m_ready.front());
            m_ready.pop_front();
            m_changed.wakeAll();
            return page;
        }
        if (m_finished)
            return Error{protocol::codes::internal,
                         QCoreApplication::translate("smec::sync",
                                                     "The change feed ended without a last page."),
                         {}};
        if (m_options.cancel && m_options.cancel->load()) {
            m_stop.store(true); // ends the request in flight
            m_changed.wakeAll();
            return Error{u"cancelled"_s,
                         QCoreApplication::translate("smec::sync", "The sync was cancelled."),
                         {}};
        }
        // Wake now and then to pass a cancel of the sync on to the request in flight.
        m_changed.wait(&m_mutex, 50);
    }
}

bool PagePrefetcher::hasNext() const
{
    QMutexLocker lock(&m_mutex);
    return !m_ready.empty() || m_finished;
}

TrafficStats PagePrefetcher::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_fetchStats + m_prepareStats;
}

void PagePrefetcher::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop.store(true);
        m_changed.wakeAll();
    }
    for (std::unique_ptr<QThread> *thread : {&m_fetcher, &m_preparer}) {
        if (*thread) {
            (*thread)->wait();
            thread->reset();
        }
    }
}

} // namespace smec::sync
