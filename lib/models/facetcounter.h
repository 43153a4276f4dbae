#pragma once

#include "replica/listfilter.h"
#include "replica/replicatypes.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace smec::replica {
class Replica;
}

namespace smec::models {

class FacetCountWorker;

/// Computes ListStore::facetCounts() off the GUI thread. A worker thread opens its own
/// connection to the same replica file (WAL: readers never wait for the writer) and answers
/// request()s in order; only the answer to the latest request is delivered (countsReady()),
/// older ones are skipped before they start or dropped when they finish. A replica that is not
/// a file (or not open) is counted on the calling thread instead, delivered the same way.
class FacetCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetCounter)

public:
    explicit FacetCounter(replica::Replica *replica, QObject *parent = nullptr);
    ~FacetCounter() override;

    /// Asks for the counts of `filter`; supersedes every earlier request.
    void request(const replica::ListFilter &filter);
    /// True from request() until its answer (or failure) has been delivered.
    bool isPending() const { return m_pending; }

Q_SIGNALS:
    void countsReady(const smec::replica::FacetCounts &counts);
    void errorOccurred(const QString &message);

private:
    void deliver(quint64 generation, const replica::FacetCounts &counts, const QString &error);

    replica::Replica *m_replica;
    QThread m_thread;
    FacetCountWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace smec::models
