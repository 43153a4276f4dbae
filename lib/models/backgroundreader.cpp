// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backgroundreader.h"

#include "modelslog.h"
#include "replica/replica.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QMutex>

#include <atomic>

using namespace Qt::StringLiterals;

namespace smec::models {

Q_LOGGING_CATEGORY(lcModels, "smec.models", QtWarningMsg)

/// What the reader and its worker share: the latest generation asked of each requester, so the
/// worker can skip a job that has been superseded.
struct BackgroundReaderState
{
    bool isLatest(const QObject *requester, quint64 generation)
    {
        QMutexLocker lock(&mutex);
        return !stopping && latest.value(requester) == generation;
    }

    QMutex mutex;
    QHash<const QObject *, quint64> latest;
    bool stopping = false;
};

/// Lives in the reader's thread; owns the second connection.
class BackgroundReaderWorker final : public QObject
{
public:
    explicit BackgroundReaderWorker(QString path)
        : m_path(std::move(path))
    {}
    ~BackgroundReaderWorker() override { m_replica.close(); }

    /// The worker's connection, opened on first use; nullptr with `failure` set when it cannot be.
    replica::Replica *replica(Error &failure)
    {
        if (!m_replica.isOpen()) {
            static std::atomic<int> serial{0};
            // Lists, counts and facets of the whole replica: a moderate cache (the window's own
            // connection and the sync's hold one each too).
            replica::OpenOptions options;
            options.cacheKiB = 16000;
            auto opened = m_replica.open(m_path, u"smec-reader-%1"_s.arg(++serial), options);
            if (!opened) {
                failure = opened.error();
                return nullptr;
            }
        }
        return &m_replica;
    }

private:
    QString m_path;
    replica::Replica m_replica;
};

BackgroundReader::BackgroundReader(replica::Replica *replica, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_state(std::make_shared<BackgroundReaderState>())
{
    m_thread.setObjectName(u"replica-reader"_s);
}

BackgroundReader::~BackgroundReader()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->stopping = true; // queued jobs return at once
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

bool BackgroundReader::isPending(const QObject *requester) const
{
    return m_pending.contains(requester);
}

void BackgroundReader::cancel(const QObject *requester)
{
    if (!m_pending.remove(requester))
        return;
    QMutexLocker lock(&m_state->mutex);
    m_state->latest.remove(requester);
}

void BackgroundReader::submit(QObject *requester, Task task)
{
    const quint64 generation = ++m_generation;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->latest.insert(requester, generation);
    }
    m_pending.insert(requester, generation);
    const QPointer<QObject> guard(requester);
    const QString path =
        m_replica && m_replica->isOpen() ? m_replica->database().path() : QString();
    const bool onFile = !path.isEmpty() && path != u":memory:"_s && QFileInfo(path).isFile();
    if (!onFile) {
        // Nothing a second connection could see: read here, still answering asynchronously.
        const Error closed{u"replica_closed"_s, tr("The replica is not open."), {}};
        const bool open = m_replica && m_replica->isOpen();
        auto answer = task(open ? m_replica : nullptr, closed);
        post(guard, requester, generation, answer);
        return;
    }
    if (!m_worker) {
        m_worker = new BackgroundReaderWorker(path);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start(QThread::LowPriority);
    }
    BackgroundReaderWorker *worker = m_worker;
    std::shared_ptr<BackgroundReaderState> state = m_state;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, state, guard, requester, generation, task = std::move(task)] {
            if (!state->isLatest(requester, generation)) {
                // A newer job for the same requester is queued behind this one.
                qCDebug(lcModels, "background read %llu skipped: superseded", generation);
                return;
            }
            Error failure;
            replica::Replica *replica = worker->replica(failure);
            auto answer = task(replica, failure);
            if (!state->isLatest(requester, generation)) {
                qCDebug(lcModels, "background read %llu dropped: superseded", generation);
                return;
            }
            // `this` outlives the worker thread (the destructor waits for it).
            post(guard, requester, generation, answer);
        },
        Qt::QueuedConnection);
}

void BackgroundReader::post(const QPointer<QObject> &requester, const QObject *key,
                            quint64 generation, const std::function<void()> &answer)
{
    // Through this object's event loop, from whichever thread ran the job.
    QMetaObject::invokeMethod(
        this,
        [this, requester, key, generation, answer] { deliver(requester, key, generation, answer); },
        Qt::QueuedConnection);
}

void BackgroundReader::deliver(const QPointer<QObject> &requester, const QObject *key,
                               quint64 generation, const std::function<void()> &answer)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it.value() != generation)
        return; // stale: a newer job is on its way
    m_pending.erase(it);
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->latest.remove(key);
    }
    if (requester)
        answer();
}

} // namespace smec::models
