// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sync/profile.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace smec::desktop {

/// One sign-in on a worker thread: the server and the keychain may take seconds, and the GUI
/// thread must keep painting and answering meanwhile, without a nested event loop. The worker
/// only asks the server and stores the token (sync::authenticate); finished() reaches the
/// thread that started the job, which records the sign-in in its own sync::Profile. Destroying
/// a running job cancels it and waits for the worker.
class SignInJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInJob)

public:
    struct Request
    {
        QString profileDir;
        QString serverUrl;
        QString caFile;
        QString username;
        QString password;
        sync::Profile::TokenStorage storage = sync::Profile::TokenStorage::Keychain;
    };

    explicit SignInJob(QObject *parent = nullptr);
    ~SignInJob() override;

    /// Starts the sign-in; finished() follows. One request at a time.
    void start(const Request &request);
    bool isRunning() const { return m_thread != nullptr; }
    /// The outcome, valid once finished() was emitted.
    const Result<sync::SignedIn> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
    Result<sync::SignedIn> m_result = Error{};
};

} // namespace smec::desktop
