// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"
#include "ftsquerybuilder.h"
#include "replicatypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace smec::replica {

class ReplicaDatabase;

/// What to search and how many hits to return.
struct SearchOptions
{
    std::optional<domain::Kind> kind; ///< practices, posts or initiatives; all when unset
    int limit = 50;
    int offset = 0;
};

/// Full-text search over practices (title, summary, body, results, lessons, tags), posts (body)
/// and initiatives (title, summary, description, outcomes, milestone titles) with FTS5
/// external-content tables whose rowids are the records' rids.
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
    static constexpr int rankCandidates = 1000;

    /// The FTS tables, content views, queue and rank settings of schema v1 (frozen).
    static QStringList schemaStatements();
    /// The initiatives' FTS table, content view and rank, and the queueing of the initiatives
    /// already in the replica for the next catch-up (one self-contained migration step).
    static QStringList initiativeSchemaStatements();

    void setDeferred(bool deferred) { m_deferred = deferred; }
    bool isDeferred() const { return m_deferred; }

    /// Ranked hits for what the user typed; any text is safe (see FtsQueryBuilder).
    Result<QList<SearchHit>> search(const QString &userText, const SearchOptions &options = {});

    /// Indexes up to `batchSize` queued records in one transaction; returns how many were taken
    /// off the queue (0 when the index is complete).
    Result<int> catchUp(int batchSize = 2000);
    /// How catchUpAll() goes about it.
    struct CatchUpAll
    {
        int batchSize = 2000;
        /// Called after each batch with the records indexed so far by this call; returning false
        /// stops there (what is indexed stays indexed), e.g. for a cancelled sync.
        std::function<bool(qint64 indexed)> afterBatch;
        /// After a bulk catch-up (optimizeAfter records or more, e.g. a first sync), optimize().
        bool optimizeIfLarge = true;
        /// With optimizeAfter records or more queued, FTS5's incremental merging ('automerge')
        /// is off until the queue is empty: a third less CPU for a first sync's index, while
        /// 'crisismerge' still bounds the segments a query meets (at most 16 per level).
        bool bulkMerging = true;
    };
    /// Runs catchUp() until the queue is empty or `how.afterBatch` stops it; returns how many
    /// records it indexed.
    Result<qint64> catchUpAll(const CatchUpAll &how);
    Result<qint64> catchUpAll(int batchSize = 2000);
    static constexpr qint64 optimizeAfter = 10000;
    /// FTS5's own default for 'automerge'.
    static constexpr int defaultAutomerge = 4;
    /// Merges each FTS index into one segment (FTS5 'optimize'): a bulk load leaves many
    /// segments that every query would otherwise merge on the fly. Takes a few seconds for
    /// 300,000 documents.
    Result<void> optimize();
    Result<bool> isComplete();
    Result<qint64> pendingCount();
    /// Queues every live practice, post and initiative for (re)indexing after clearing the index.
    Result<void> rebuild();

    // Used by the record store inside its transactions.
    /// Call after the record row `rid` was written live: indexes it now or queues it.
    Result<void> add(qint64 rid, domain::Kind kind);
    /// Call before the record row `rid` changes or goes: takes it out of the index or the queue.
    Result<void> remove(qint64 rid);

    /// A prefix last token is expanded to the indexed terms it starts when there are at most
    /// this many (see matchFor()); more, and FTS5's prefix query is used.
    static constexpr int maxPrefixTerms = 24;

private:
    static QString foldedPrefix(const QString &token);
    Result<void> setAutomerge(int level);
    Result<qint64> catchUpQueue(const CatchUpAll &how);
    Result<QString> matchFor(domain::Kind kind, const FtsQueryBuilder::Query &query);
    Result<void> insertRow(qint64 rid, const QString &kind, const QStringList &texts);
    struct Candidate
    {
        qint64 rid = 0;
        double rank = 0;
        domain::Kind kind = domain::Kind::Practice;
    };
    Result<void> rankTable(domain::Kind kind, const QString &match, int wanted,
                           QList<Candidate> &candidates);
    Result<void> describe(domain::Kind kind, const QString &match,
                          const QList<Candidate> &candidates, QHash<qint64, SearchHit> &details);

    ReplicaDatabase &m_db;
    bool m_deferred = false;
    bool m_vocabularyReady = false;
};

} // namespace smec::replica
