// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyjob.h"

#include "replica/replica.h"
#include "sync/profile.h"
#include "sync/serverconnection.h"

#include <QAtomicInt>

#include <optional>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

Result<sync::HistoryLoader::History> fetch(const HistoryJob::Request &request)
{
    static QAtomicInt serial;
    replica::Replica replica;
    const QString connection = u"smec-history-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    if (auto opened = replica.open(request.replicaPath, connection); !opened)
        return opened.error();
    std::optional<sync::ServerConnection> server;
    if (!request.profileDir.isEmpty()) {
        const sync::Profile profile(request.profileDir);
        if (profile.hasServer()) {
            sync::ConnectionOptions options;
            options.timeoutMs = 15000;
            options.retry = sync::RetryPolicy{2, 200, 1000}; // offline is normal: the cache
            if (auto opened = sync::ServerConnection::open(profile, options))
                server.emplace(std::move(*opened));
        }
    }
    auto history =
        sync::HistoryLoader::load(replica, server ? &server->api() : nullptr, request.recordId);
    replica.close();
    return history;
}

} // namespace

HistoryJob::HistoryJob(QObject *parent)
    : QObject(parent)
{}

HistoryJob::~HistoryJob()
{
    if (m_thread)
        m_thread->wait();
}

void HistoryJob::start(const Request &request)
{
    Q_ASSERT(!m_thread);
    // The worker writes m_result before its thread finishes; the queued finished() below reads
    // it afterwards on this object's thread.
    m_thread.reset(QThread::create([this, request] { m_result = fetch(request); }));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_thread->wait();
        m_thread.reset();
        Q_EMIT finished();
    });
    m_thread->start();
}

} // namespace smec::desktop
