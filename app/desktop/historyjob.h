// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sync/historyloader.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace smec::desktop {

/// Fetches one record's history on a worker thread (sync::HistoryLoader: the server when the
/// profile is signed in and reachable, kept in the replica; else the replica's copy), with its
/// own replica connection, so the GUI thread never waits for the network or the keychain.
/// finished() reaches the thread that started the job. Destroying a running job waits for it.
class HistoryJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryJob)

public:
    struct Request
    {
        QString replicaPath;
        QString profileDir; ///< empty: offline, the replica's copy only
        QString recordId;
    };

    explicit HistoryJob(QObject *parent = nullptr);
    ~HistoryJob() override;

    /// Starts a fetch; finished() follows. One request at a time.
    void start(const Request &request);
    bool isRunning() const { return m_thread != nullptr; }
    /// The outcome, valid once finished() was emitted.
    const Result<sync::HistoryLoader::History> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    Result<sync::HistoryLoader::History> m_result = Error{};
};

} // namespace smec::desktop
