// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enginesyncservice.h"

#include "protocol/errorcodes.h"
#include "replica/replica.h"
#include "sync/profile.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QNetworkInformation>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace smec::desktop {

// --- Worker (sync thread) ---------------------------------------------------------------------

struct SyncWorker::State
{
    replica::Replica replica;
    std::optional<sync::ServerConnection> connection;
    std::unique_ptr<sync::SyncEngine> engine;
};

SyncWorker::SyncWorker(const QString &profileDir, std::shared_ptr<std::atomic_bool> cancel)
    : m_profileDir(profileDir)
    , m_cancel(std::move(cancel))
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run()
{
    SyncService::Summary summary;
    auto fail = [&](const QString &message, bool reachable, bool auth) {
        summary.ok = false;
        summary.message = message;
        Q_EMIT finished(summary, reachable, auth);
    };
    m_cancel->store(false);

    if (!d) {
        sync::Profile profile(m_profileDir);
        sync::ConnectionOptions options;
        options.cancel = m_cancel.get();
        auto connection = sync::ServerConnection::open(profile, options);
        if (!connection) {
            const Error &e = connection.error();
            if (e.code == u"invalid_server_url"_s)
                return fail(
                    tr("The server address of this profile cannot be used: %1").arg(e.message),
                    false, false);
            if (e.code == u"not_signed_in"_s || e.code == u"token_unavailable"_s)
                return fail(tr("You are not signed in (%1). Sign in again to sync.").arg(e.message),
                            false, true);
            return fail(e.message, false, false);
        }
        auto state = std::make_unique<State>();
        const QString name = u"smec-sync-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto opened = state->replica.open(profile.replicaPath(), name); !opened)
            return fail(tr("Could not open the local database: %1").arg(opened.error().message),
                        false, false);
        state->replica.database().setOffGuiThread(true);
        state->connection = std::move(*connection);
        state->engine =
            std::make_unique<sync::SyncEngine>(state->replica, state->connection->api());
        state->engine->setCancelFlag(m_cancel.get());
        d = std::move(state);
    }

    // Progress at most every 100 ms: a 100,000-record pull must not flood the GUI thread. The
    // lists are told about new records every few seconds of a long pull (each refresh reads on
    // the window's background reader), and when the pull is complete.
    QElapsedTimer throttle;
    throttle.start();
    QElapsedTimer arrivals;
    arrivals.start();
    qint64 pulledAtLastArrival = 0;
    auto phase = sync::SyncProgress::Phase::Pushing;
    d->engine->setProgressHandler([&](const sync::SyncProgress &p) {
        const bool phaseChanged = p.phase != phase;
        phase = p.phase;
        if (p.phase == sync::SyncProgress::Phase::Indexing && phaseChanged &&
            p.pulled > pulledAtLastArrival) {
            pulledAtLastArrival = p.pulled;
            arrivals.restart();
            Q_EMIT recordsArrived();
        } else if (p.phase == sync::SyncProgress::Phase::Pulling && arrivals.elapsed() >= 3000 &&
                   p.pulled > pulledAtLastArrival) {
            pulledAtLastArrival = p.pulled;
            arrivals.restart();
            Q_EMIT recordsArrived();
        }
        if (throttle.elapsed() < 100 && !phaseChanged)
            return;
        throttle.restart();
        switch (p.phase) {
        case sync::SyncProgress::Phase::Pushing:
            Q_EMIT progress(p.pushed, p.pushTotal);
            break;
        case sync::SyncProgress::Phase::Pulling:
            Q_EMIT progress(p.pulled, p.pullEstimate);
            break;
        case sync::SyncProgress::Phase::Indexing:
            Q_EMIT indexing(p.indexed, p.indexTotal);
            break;
        }
    });
    auto report = d->engine->sync();
    if (!report) {
        const Error &e = report.error();
        const bool unreachable = e.code == u"network"_s || e.code == u"timeout"_s ||
                                 e.code == protocol::codes::unavailable ||
                                 e.code == protocol::codes::internal;
        const bool auth = e.code == protocol::codes::unauthenticated;
        if (auth)
            d.reset(); // read the token again after the next sign-in
        if (e.code == u"cancelled"_s)
            return fail(tr("Sync cancelled; it continues where it stopped next time."), true,
                        false);
        if (auth)
            return fail(tr("The server no longer accepts your sign-in. Sign in again."), true,
                        true);
        if (unreachable)
            return fail(tr("Working offline: %1").arg(e.message), false, false);
        return fail(tr("Sync failed: %1").arg(e.message), true, false);
    }
    summary.ok = true;
    summary.pulled = int(report->pulled);
    summary.pushed = int(report->pushed);
    summary.conflicts = int(report->conflicts);
    summary.rejected = int(report->rejected);
    if (report->newConflicts > 0)
        summary.message = tr("%n record(s) changed on both sides: resolve them under Conflicts.",
                             nullptr, int(report->newConflicts));
    else if (report->newRejections > 0)
        summary.message = tr("The server rejected %n change(s); see the Outbox for its reasons.",
                             nullptr, int(report->newRejections));
    Q_EMIT finished(summary, true, false);
}

// --- Service (GUI thread) ---------------------------------------------------------------------

EngineSyncService::EngineSyncService(const QString &profileDir, QObject *parent)
    : SyncService(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<smec::desktop::SyncService::Summary>();
    m_thread.setObjectName(u"smec-sync"_s);
    auto *worker = new SyncWorker(profileDir, m_cancel);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &EngineSyncService::runRequested, worker, &SyncWorker::run);
    connect(worker, &SyncWorker::progress, this, [this](qint64 done, qint64 total) {
        // Records or answers are coming in: the server is reachable, whatever the last sync
        // said (a long first sync would otherwise show "Offline" until its end).
        if (!m_online && done > 0) {
            m_online = true;
            Q_EMIT onlineChanged(true);
        }
        Q_EMIT progress(done, total);
    });
    connect(worker, &SyncWorker::recordsArrived, this, &SyncService::recordsArrived);
    connect(worker, &SyncWorker::indexing, this, &SyncService::indexing);
    connect(worker, &SyncWorker::finished, this, &EngineSyncService::onFinished);
    m_thread.start();
    // Sync as soon as the network comes back, where the platform can tell.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online && !m_online)
                        requestSync();
                });
    }
}

EngineSyncService::~EngineSyncService()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void EngineSyncService::requestSync()
{
    if (m_syncing) {
        m_again = true; // an edit during a sync: run once more afterwards
        return;
    }
    m_syncing = true;
    Q_EMIT syncStarted();
    Q_EMIT runRequested();
}

void EngineSyncService::cancel()
{
    m_cancel->store(true);
}

void EngineSyncService::onFinished(const Summary &summary, bool reachable, bool authFailed)
{
    m_syncing = false;
    if (m_online != reachable) {
        m_online = reachable;
        Q_EMIT onlineChanged(m_online);
    }
    Q_EMIT syncFinished(summary);
    if (authFailed)
        Q_EMIT signInRequired(summary.message);
    if (m_again && summary.ok) {
        m_again = false;
        requestSync();
    }
    m_again = false;
}

} // namespace smec::desktop
