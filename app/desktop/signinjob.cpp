// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signinjob.h"

namespace smec::desktop {

SignInJob::SignInJob(QObject *parent)
    : QObject(parent)
{}

SignInJob::~SignInJob()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
    }
}

void SignInJob::start(const Request &request)
{
    Q_ASSERT(!m_thread);
    m_cancel.store(false);
    // The worker writes m_result before its thread finishes; the queued finished() below reads
    // it afterwards on this object's thread.
    m_thread.reset(QThread::create([this, request] {
        m_result =
            sync::authenticate(request.profileDir, request.serverUrl, request.caFile,
                               request.username, request.password, request.storage, &m_cancel);
    }));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_thread->wait();
        m_thread.reset();
        Q_EMIT finished();
    });
    m_thread->start();
}

} // namespace smec::desktop
