#pragma once

#include "domain/record.h"
#include "domain/result.h"
#include "replicatypes.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace smec::replica {

class ReplicaDatabase;

/// What to search and how many hits to return.
struct SearchOptions
{
    std::optional<domain::Kind> kind; ///< practices or posts; both when unset
    int limit = 50;
    int offset = 0;
};

/// Full-text search over practices (title, summary, body, results, lessons, tags) and posts
/// (body) with FTS5 external-content tables whose rowids are the records' rids.
///
/// Indexing can be deferred: while deferred, written records are queued (table fts_queue) and
/// catchUp() indexes the queue in batches later, possibly on another thread with its own
/// connection, so a first sync can show lists before search is ready. isComplete() is true when
/// the queue is empty. A live searchable record is always either in the index or in the queue.
class SearchIndex final
{
public:
    explicit SearchIndex(ReplicaDatabase &db);

    /// At most this many matches are ranked per table: for a query matching more documents,
    /// the best of the most recently synced `rankCandidates` matches are returned. Keeps search
    /// under 20 ms on 100,000 documents whatever the words.
    static constexpr int rankCandidates = 1500;

    /// The FTS tables, content views, queue and rank settings of schema v1 (frozen).
    static QStringList schemaStatements();

    void setDeferred(bool deferred) { m_deferred = deferred; }
    bool isDeferred() const { return m_deferred; }

    /// Ranked hits for what the user typed; any text is safe (see FtsQueryBuilder).
    Result<QList<SearchHit>> search(const QString &userText, const SearchOptions &options = {});

    /// Indexes up to `batchSize` queued records in one transaction; returns how many were taken
    /// off the queue (0 when the index is complete).
    Result<int> catchUp(int batchSize = 2000);
    /// Runs catchUp() until the queue is empty.
    Result<void> catchUpAll(int batchSize = 2000);
    Result<bool> isComplete();
    Result<qint64> pendingCount();
    /// Queues every live practice and post for (re)indexing after clearing the index.
    Result<void> rebuild();

    // Used by the record store inside its transactions.
    /// Call after the record row `rid` was written live: indexes it now or queues it.
    Result<void> add(qint64 rid, domain::Kind kind);
    /// Call before the record row `rid` changes or goes: takes it out of the index or the queue.
    Result<void> remove(qint64 rid);

private:
    Result<void> insertRow(qint64 rid, const QString &kind, const QStringList &texts);
    Result<void> searchTable(domain::Kind kind, const QString &match, int limit,
                             QList<SearchHit> &hits);

    ReplicaDatabase &m_db;
    bool m_deferred = false;
};

} // namespace smec::replica
