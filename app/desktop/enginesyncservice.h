// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "syncservice.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace smec::desktop {

class SyncWorker;

/// The sync service of a signed-in profile: the lib/sync engine on its own thread with its own
/// replica connection (DESIGN.md section 5, invariant 8), so the window stays responsive during a
/// 100,000-record pull. The token is read from the keychain (or the profile's token file) on
/// that thread, never on the GUI thread. Online means the last contact with the server worked;
/// network failures switch to offline and the next timer tick or "Sync now" tries again.
class EngineSyncService final : public SyncService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSyncService)

public:
    /// `profileDir` holds replica.sqlite and settings.ini as written by a sign-in.
    explicit EngineSyncService(const QString &profileDir, QObject *parent = nullptr);
    ~EngineSyncService() override;

    bool isOnline() const override { return m_online; }
    bool isSyncing() const override { return m_syncing; }
    void requestSync() override;
    /// Asks a running sync to stop after its current step (everything stays consistent).
    void cancel();

Q_SIGNALS:
    void runRequested();
    /// The server refused the stored token (expired or revoked): the user must sign in again.
    void signInRequired(const QString &message);

private:
    void onFinished(const smec::desktop::SyncService::Summary &summary, bool reachable,
                    bool authFailed);

    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_online = false;
    bool m_syncing = false;
    bool m_again = false;
};

/// Runs on the sync thread: owns the replica connection, transport, API client and engine.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const QString &profileDir, std::shared_ptr<std::atomic_bool> cancel);
    ~SyncWorker() override;

    void run();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void recordsArrived();
    void indexing(qint64 done, qint64 total);
    void finished(const smec::desktop::SyncService::Summary &summary, bool reachable,
                  bool authFailed);

private:
    struct State;
    QString m_profileDir;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<State> d;
};

} // namespace smec::desktop
