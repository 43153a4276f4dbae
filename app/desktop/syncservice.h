// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace smec::desktop {

/// What the window needs from the sync engine, as signals: the status bar, the counts and the
/// "sync now" action are built against this, and the application connects an implementation
/// (the threaded SyncWorker of lib/sync when signed in, OfflineSyncService when working offline).
class SyncService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    struct Summary
    {
        bool ok = false;
        int pulled = 0;
        int pushed = 0;
        int conflicts = 0;
        int rejected = 0;
        QString message; ///< translated; why it failed, or empty
    };

    explicit SyncService(QObject *parent = nullptr)
        : QObject(parent)
    {}

    virtual bool isOnline() const = 0;
    virtual bool isSyncing() const = 0;
    /// Starts a sync unless one runs; answers with syncStarted() and syncFinished().
    virtual void requestSync() = 0;

Q_SIGNALS:
    void onlineChanged(bool online);
    void syncStarted();
    /// `total` 0 = unknown.
    void progress(qint64 done, qint64 total);
    /// A long sync has stored more records (at most every few seconds, and when its pull is
    /// complete): lists can show them before the sync ends.
    void recordsArrived();
    /// A long sync's search index catches up with what it stored (after its practices, and at
    /// its end): `done` of `total`.
    void indexing(qint64 done, qint64 total);
    void syncFinished(const smec::desktop::SyncService::Summary &summary);
};

} // namespace smec::desktop
