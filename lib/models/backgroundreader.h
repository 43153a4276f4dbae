// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace smec::replica {
class Replica;
}

namespace smec::models {

class BackgroundReaderWorker;
struct BackgroundReaderState;

/// Runs read queries (counts, facet counts) off the GUI thread. A worker thread opens its own
/// connection to the same replica file (WAL: readers never wait for the writer) and runs jobs in
/// order. Each requester (a QObject) has one slot: a newer job from the same requester
/// supersedes the older one, which is skipped before it starts or dropped when it finishes, so
/// only the answer to the latest question is delivered, on this object's thread, and never to
/// a requester that has been destroyed. A replica that is not a file (or not open) is read on
/// the calling thread instead, answered the same way through the event loop.
class BackgroundReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundReader)

public:
    explicit BackgroundReader(replica::Replica *replica, QObject *parent = nullptr);
    ~BackgroundReader() override;

    /// Runs `job` against the worker's connection and calls `done` with its result here, unless
    /// `requester` asked again (or was destroyed) meanwhile.
    template<typename T>
    void run(QObject *requester, std::function<Result<T>(replica::Replica &)> job,
             std::function<void(const Result<T> &)> done)
    {
        submit(requester, [job = std::move(job), done = std::move(done)](replica::Replica *replica,
                                                                         const Error &failure) {
            auto result = std::make_shared<Result<T>>(replica ? job(*replica) : Result<T>(failure));
            return std::function<void()>([done, result] { done(*result); });
        });
    }

    /// Forgets the requester's unanswered job: nothing is delivered for it.
    void cancel(const QObject *requester);
    /// True from a requester's run() until its answer (or failure) has been delivered.
    bool isPending(const QObject *requester) const;

private:
    /// Runs in the worker (or here): the replica to read, or nullptr with why; returns what to
    /// call on this thread with the answer.
    using Task = std::function<std::function<void()>(replica::Replica *, const Error &)>;
    void submit(QObject *requester, Task task);
    /// Queues deliver() on this object's thread (callable from the worker).
    void post(const QPointer<QObject> &requester, const QObject *key, quint64 generation,
              const std::function<void()> &answer);
    void deliver(const QPointer<QObject> &requester, const QObject *key, quint64 generation,
                 const std::function<void()> &answer);

    replica::Replica *m_replica;
    QThread m_thread;
    BackgroundReaderWorker *m_worker = nullptr;
    std::shared_ptr<BackgroundReaderState> m_state;
    quint64 m_generation = 0;
    /// Requester -> the generation of its latest job, while that job is unanswered.
    QHash<const QObject *, quint64> m_pending;
};

} // namespace smec::models
