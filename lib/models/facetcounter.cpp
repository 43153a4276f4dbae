#include "facetcounter.h"

#include "replica/replica.h"

#include <QFileInfo>
#include <QMetaObject>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace smec::models {

/// Lives in the counter's thread; owns the second, read-only-in-practice connection.
class FacetCountWorker final : public QObject
{
public:
    FacetCountWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {}
    ~FacetCountWorker() override { m_replica.close(); }

    /// Runs in the worker thread; the answer goes back to `counter` through its event loop.
    void count(quint64 generation, const replica::ListFilter &filter, FacetCounter *to,
               std::function<void(quint64, const replica::FacetCounts &, const QString &)> reply)
    {
        if (generation != m_latest->load())
            return; // a newer request is queued behind this one
        replica::FacetCounts counts;
        QString error;
        if (!m_replica.isOpen()) {
            static std::atomic<int> serial{0};
            auto opened = m_replica.open(m_path, u"smec-facets-%1"_s.arg(++serial));
            if (!opened)
                error = opened.error().message;
        }
        if (error.isEmpty()) {
            auto result = m_replica.lists().facetCounts(filter);
            if (result)
                counts = *result;
            else
                error = result.error().message;
        }
        if (generation != m_latest->load())
            return;
        QMetaObject::invokeMethod(
            to, [reply, generation, counts, error] { reply(generation, counts, error); },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    replica::Replica m_replica;
};

FacetCounter::FacetCounter(replica::Replica *replica, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(u"facet-counts"_s);
}

FacetCounter::~FacetCounter()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // queued requests return at once
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

void FacetCounter::request(const replica::ListFilter &filter)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pending = true;
    const QString path =
        m_replica && m_replica->isOpen() ? m_replica->database().path() : QString();
    const bool onFile = !path.isEmpty() && path != u":memory:"_s && QFileInfo(path).isFile();
    if (!onFile) {
        // Nothing a second connection could see: count here, still answering asynchronously.
        replica::FacetCounts counts;
        QString error = tr("The replica is not open.");
        if (m_replica && m_replica->isOpen()) {
            auto result = m_replica->lists().facetCounts(filter);
            error = result ? QString() : result.error().message;
            if (result)
                counts = *result;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, counts, error] { deliver(generation, counts, error); },
            Qt::QueuedConnection);
        return;
    }
    if (!m_worker) {
        m_worker = new FacetCountWorker(path, m_latest);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start(QThread::LowPriority);
    }
    FacetCountWorker *worker = m_worker;
    FacetCounter *self = this;
    auto reply = [this](quint64 g, const replica::FacetCounts &counts, const QString &error) {
        deliver(g, counts, error);
    };
    QMetaObject::invokeMethod(
        worker,
        [worker, generation, filter, self, reply] {
            worker->count(generation, filter, self, reply);
        },
        Qt::QueuedConnection);
}

void FacetCounter::deliver(quint64 generation, const replica::FacetCounts &counts,
                           const QString &error)
{
    if (generation != m_generation)
        return; // stale: a newer request is on its way
    m_pending = false;
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    else
        Q_EMIT countsReady(counts);
}

} // namespace smec::models
