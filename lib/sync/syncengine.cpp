// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncengine.h"

#include "domain/guithread.h"
#include "domain/recordmerge.h"
#include "pageprefetcher.h"
#include "protocol/codec.h"
#include "protocol/errorcodes.h"
#include "replica/replica.h"
#include "synclog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smec::sync {

Q_LOGGING_CATEGORY(lcSync, "smec.sync", QtWarningMsg)

namespace {
/// Write-ahead-log pages between checkpoints during a large pull (8 KB pages: 240 MB).
constexpr int bulkCheckpointPages = 30000;
} // namespace

namespace {

Error cancelledError()
{
    return {
        u"cancelled"_s, QCoreApplication::translate("smec::sync", "The sync was cancelled."), {}};
}

/// Errors that concern the whole request because of what it carried, not the network: the
/// entries are sent again one by one so a single bad one cannot hold back the rest.
bool isRequestRejection(const QString &code)
{
    return code == protocol::codes::payloadTooLarge || code == protocol::codes::badRequest ||
           code == protocol::codes::invalidJson || code == protocol::codes::invalidField;
}

protocol::Mutation toMutation(const replica::OutboxEntry &entry)
{
    protocol::Mutation m;
    m.mutationId = entry.mutationId;
    m.op = entry.op == replica::OutboxOp::Delete ? protocol::MutationOp::Delete
                                                 : protocol::MutationOp::Upsert;
    m.id = entry.recordId;
    m.kind = entry.kind;
    m.baseRev = entry.baseRev;
    if (m.op == protocol::MutationOp::Upsert)
        m.fields = entry.fields;
    return m;
}

} // namespace

SyncEngine::SyncEngine(replica::Replica &replica, ApiClient &api, SyncOptions options)
    : m_replica(replica)
    , m_api(api)
    , m_options(options)
{}

void SyncEngine::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    m_api.setCancelFlag(cancel);
}

void SyncEngine::emitProgress(const SyncProgress &progress)
{
    m_progress = progress;
    if (m_progressHandler)
        m_progressHandler(progress);
}

Result<SyncReport> SyncEngine::sync()
{
    domain::GuiThread::expectOff("SyncEngine::sync");
    SyncReport report;
    m_progress = {};
    // Records queued for the search index (after a replica migration rebuilt it, or a pull
    // cut short) are indexed even when the server cannot be reached: search works offline.
    auto failed = [&](const Error &error) -> Result<SyncReport> {
        if (error.code != u"cancelled"_s)
            (void)catchUpIndex(report);
        return error;
    };
    if (auto r = push(report); !r)
        return failed(r.error());
    if (auto r = pull(report); !r)
        return failed(r.error());
    // The pull may have merged remote changes into local edits: send those now.
    auto pending = m_replica.outbox().pendingCount();
    if (!pending)
        return pending.error();
    if (*pending > 0) {
        if (auto r = push(report); !r)
            return r.error();
    }
    if (auto r = finishReport(report); !r)
        return r.error();
    return report;
}

Result<void> SyncEngine::finishReport(SyncReport &report)
{
    auto conflicts = m_replica.conflicts().count();
    if (!conflicts)
        return conflicts.error();
    auto rejected = m_replica.outbox().rejectedCount();
    if (!rejected)
        return rejected.error();
    auto pending = m_replica.outbox().pendingCount();
    if (!pending)
        return pending.error();
    report.conflicts = *conflicts;
    report.rejected = *rejected;
    report.pending = *pending;
    report.traffic = m_api.stats();
    return {};
}

// --- Push ------------------------------------------------------------------------------------

Result<void> SyncEngine::push(SyncReport &report)
{
    domain::GuiThread::expectOff("SyncEngine::push");
    auto total = m_replica.outbox().pendingCount();
    if (!total)
        return total.error();
    SyncProgress progress = m_progress;
    progress.phase = SyncProgress::Phase::Pushing;
    progress.pushTotal = progress.pushed + *total;
    emitProgress(progress);

    int batchLimit = std::max(1, std::min(m_options.batchSize, 100));
    int conflictRounds = 0;
    while (conflictRounds <= m_options.maxPushRounds) {
        if (cancelled())
            return cancelledError();
        auto candidates = m_replica.outbox().nextBatch(batchLimit * 2);
        if (!candidates)
            return candidates.error();
        // One entry per record per request: a second edit of the same record is based on the
        // first one's result, so it goes in the next request.
        QList<replica::OutboxEntry> entries;
        protocol::MutationBatch batch;
        QSet<QString> records;
        qint64 bytes = 0;
        for (const replica::OutboxEntry &entry : std::as_const(*candidates)) {
            if (entries.size() >= batchLimit || records.contains(entry.recordId))
                continue;
            protocol::Mutation mutation = toMutation(entry);
            const qint64 size = protocol::encodeMutationBatch({{mutation}}).size();
            if (!entries.isEmpty() && bytes + size > m_options.batchBytes)
                break;
            bytes += size;
            records.insert(entry.recordId);
            entries.append(entry);
            batch.mutations.append(std::move(mutation));
        }
        if (entries.isEmpty())
            break;

        QList<qint64> seqs;
        for (const replica::OutboxEntry &entry : std::as_const(entries))
            seqs.append(entry.seq);
        // From here on each entry is frozen: a retry sends exactly this mutation again.
        if (auto r = m_replica.outbox().markSending(seqs); !r)
            return r;
        auto results = m_api.mutate(batch);
        if (!results) {
            const Error &error = results.error();
            if (!isRequestRejection(error.code))
                return error; // network, auth, server trouble: everything stays queued
            if (entries.size() > 1) {
                batchLimit = 1;
                continue;
            }
            if (auto r = m_replica.outbox().markRejected(entries.first().seq, error); !r)
                return r;
            ++report.newRejections;
            continue;
        }

        bool anyConflict = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const replica::OutboxEntry &entry = entries.at(i);
            const protocol::MutationResult &result = results->results.at(i);
            if (result.mutationId != entry.mutationId)
                return Error{
                    u"invalid_response"_s,
                    QCoreApplication::translate(
                        "smec::sync", "The server answered mutation %1 where %2 was expected.")
                        .arg(result.mutationId, entry.mutationId),
                    {}};
            switch (result.status) {
            case protocol::MutationStatus::Applied:
                if (result.record.id != entry.recordId)
                    return Error{
                        u"invalid_response"_s,
                        QCoreApplication::translate(
                            "smec::sync", "The server applied mutation %1 to another record.")
                            .arg(entry.mutationId),
                        {}};
                if (auto r = m_replica.markApplied(entry.seq, result.record); !r)
                    return r;
                ++report.pushed;
                break;
            case protocol::MutationStatus::Conflict: {
                anyConflict = true;
                replica::Transaction tx(m_replica.database());
                if (!tx.started())
                    return tx.started();
                auto previous = m_replica.records().base(entry.recordId);
                if (!previous)
                    return previous.error();
                if (auto r = m_replica.outbox().remove(entry.seq); !r)
                    return r;
                if (auto r = m_replica.records().writeBase(result.record); !r)
                    return r;
                if (auto r = reconcile(result.record, *previous, report); !r)
                    return r;
                if (auto r = tx.commit(); !r)
                    return r;
                break;
            }
            case protocol::MutationStatus::Rejected:
                if (auto r = m_replica.outbox().markRejected(entry.seq, result.error.toError()); !r)
                    return r;
                ++report.newRejections;
                break;
            }
        }
        progress.pushed = report.pushed;
        emitProgress(progress);
        if (anyConflict)
            ++conflictRounds;
    }
    return {};
}

// --- Pull ------------------------------------------------------------------------------------

Result<void> SyncEngine::pull(SyncReport &report)
{
    domain::GuiThread::expectOff("SyncEngine::pull");
    auto resyncing = m_replica.isResyncing();
    if (!resyncing)
        return resyncing.error();
    return pullPages(report, *resyncing);
}

Result<void> SyncEngine::pullPages(SyncReport &report, bool resyncing)
{
    auto state = m_replica.syncState().state();
    if (!state)
        return state.error();
    QString cursor = state->cursor;
    const QString knownServer = state->serverId;

    SyncProgress progress = m_progress;
    progress.phase = SyncProgress::Phase::Pulling;
    const qint64 pulledBefore = progress.pulled;
    emitProgress(progress);

    const auto handler = [this, &report](const domain::Record &server,
                                         const std::optional<replica::BaseVersion> &base) {
        return reconcile(server, base, report);
    };
    // After the first page of a large pull, the next ones come from the prefetcher.
    std::unique_ptr<PagePrefetcher> ahead;
    bool bulkCheckpoints = false;
    bool largePull = false;
    bool practicesQueued = false; ///< practices stored this pull whose indexing is deferred
    replica::SearchIndex &search = m_replica.search();
    const bool wasDeferred = search.isDeferred();
    const auto finishPrefetch = [&] {
        if (!ahead)
            return;
        const TrafficStats stats = ahead->stats();
        ahead.reset();
        m_api.addStats(stats);
    };
    // During a large pull, consecutive pages share one transaction for up to groupCommitMs:
    // each record's random entries in the id and title indexes are then written to the WAL
    // once per group instead of once per page. The cursor still commits with its records.
    std::optional<replica::Transaction> group;
    QElapsedTimer groupClock;
    const auto commitGroup = [&]() -> Result<void> {
        if (!group)
            return {};
        auto r = group->commit();
        group.reset();
        return r;
    };
    const auto restartFromScratch = [&]() -> Result<void> {
        if (auto r = commitGroup(); !r)
            return r;
        finishPrefetch();
        if (auto r = m_replica.beginResync(); !r)
            return r;
        report.resynced = resyncing = true;
        cursor.clear();
        largePull = false;
        return {};
    };
    // A load killed before it rebuilt the indexes it deferred: build them now, on what it stored.
    if (auto deferred = m_replica.deferredIndexCount(); !deferred) {
        return deferred.error();
    } else if (*deferred > 0) {
        if (auto r = m_replica.restoreIndexes(); !r)
            return r.error();
    }
    Result<void> outcome;
    for (;;) {
        if (cancelled()) {
            outcome = cancelledError();
            break;
        }
        Result<FetchedPage> page = Error{protocol::codes::internal, {}, {}};
        QElapsedTimer pageClock;
        pageClock.start();
        if (ahead) {
            // The writer would only wait for the next page: index what is stored meanwhile
            // (oldest first, so the records of the first pages become searchable first).
            while (m_options.indexWhileWaiting > 0 && !ahead->hasNext() && !cancelled()) {
                auto indexed = search.catchUp(m_options.indexWhileWaiting);
                if (!indexed) {
                    outcome = indexed.error();
                    break;
                }
                if (*indexed == 0)
                    break;
                report.indexed += *indexed;
            }
            if (!outcome)
                break;
            page = ahead->next();
        } else {
            qint64 remaining = -1;
            QList<QByteArray> fieldsText;
            auto fetched = m_api.changes(cursor, m_options.pageSize, &remaining, &fieldsText);
            if (fetched) {
                page = FetchedPage::prepared(std::move(*fetched), remaining, fieldsText,
                                             m_replica.regionResolver());
            } else {
                page = fetched.error();
            }
        }
        if (!page) {
            if (page.error().code == protocol::codes::resyncRequired && !report.resynced) {
                // The server cannot continue from our cursor (restored from a backup, another
                // database, tombstones expired): pull everything again, keeping the outbox.
                if (auto r = restartFromScratch(); !r) {
                    outcome = r;
                    break;
                }
                continue;
            }
            outcome = page.error();
            break;
        }
        if (!resyncing && !knownServer.isEmpty() && page->serverId != knownServer) {
            // Another server database answers at this address: what we hold may be unknown to it.
            if (auto r = restartFromScratch(); !r) {
                outcome = r;
                break;
            }
            continue;
        }
        if (!largePull && page->more && m_options.prefetchDepth > 0) {
            largePull = true;
            PagePrefetcher::Options options;
            options.since = page->cursor;
            options.pageSize = m_options.pageSize;
            options.depth = m_options.prefetchDepth;
            options.token = m_api.token();
            options.retry = m_api.retryPolicy();
            options.regions = m_replica.regionResolver();
            options.cancel = m_cancel;
            ahead = PagePrefetcher::start(m_api, std::move(options));
            // Checkpoints every 240 MB of log instead of 8 MB: the random index leaves a pull
            // rewrites on every page are copied into the database file once per checkpoint.
            // (100,000 practices: browsable 11.4 s -> 10.8 s, everything 37.0 s -> 32.9 s.)
            bulkCheckpoints = m_replica.database().setAutoCheckpoint(bulkCheckpointPages).ok();
            // A large pull: store now, index at the end (the queue survives a kill).
            search.setDeferred(true);
            // Into empty tables (a first sync): their list indexes are built once from all
            // their rows instead of row by row; the practices' as soon as the feed moves on to
            // other kinds, the others at the end of the pull.
            if (m_options.deferListIndexes) {
                if (auto r =
                        m_replica.deferIndexes({domain::allKinds.begin(), domain::allKinds.end()});
                    !r) {
                    outcome = r.error();
                    break;
                }
            }
        }
        const qint64 waitedNs = pageClock.nsecsElapsed();
        if (ahead && m_options.groupCommitMs > 0 && !group) {
            group.emplace(m_replica.database());
            if (!group->started()) {
                outcome = group->started();
                group.reset();
                break;
            }
            groupClock.start();
        }
        auto applied = m_replica.applyPage(page->records, page->cursor, page->serverId, handler);
        if (!applied) {
            outcome = applied.error();
            break;
        }
        if (group && (groupClock.elapsed() >= m_options.groupCommitMs || !page->more)) {
            if (auto r = commitGroup(); !r) {
                outcome = r;
                break;
            }
        }
        qCDebug(lcSync, "page of %lld records: waited %.1f ms, stored in %.1f ms%s",
                qlonglong(page->records.size()), double(waitedNs) / 1e6,
                double(pageClock.nsecsElapsed() - waitedNs) / 1e6, ahead ? " (prefetched)" : "");
        report.pulled += page->records.size();
        progress.pulled = pulledBefore + report.pulled;
        progress.pullEstimate = page->remaining >= 0 ? progress.pulled + page->remaining : 0;
        emitProgress(progress);
        cursor = page->cursor;
        if (!page->more)
            break;
        // Practices are what people search for. When the feed has moved on from them (a page
        // without any, after pages with some), index what is queued before storing the rest.
        qsizetype practices = 0;
        for (const replica::PulledRecord &p : std::as_const(page->records))
            practices += p.record.kind == domain::Kind::Practice && !p.record.deleted;
        if (ahead && practices > 0) {
            practicesQueued = true;
        } else if (ahead && practicesQueued) {
            practicesQueued = false;
            if (auto r = commitGroup(); !r) {
                outcome = r;
                break;
            }
            if (auto r = m_replica.restoreIndexes(domain::Kind::Practice); !r) {
                outcome = r.error();
                break;
            }
            emitProgress(progress); // the practices are complete and listed by their indexes
            if (auto r = catchUpIndex(report, false); !r) {
                outcome = r;
                break;
            }
            emitProgress(progress); // back to pulling
        }
    }
    // What the group applied is consistent (a failed page rolled back its own savepoint):
    // keep it, also when the sync was cancelled or a later page failed.
    if (auto r = commitGroup(); !r && outcome)
        outcome = r;
    finishPrefetch();
    // Also after a failure or a cancel: the lists want their indexes whatever else happened.
    if (auto r = m_replica.restoreIndexes(); !r && outcome)
        outcome = r.error();
    search.setDeferred(wasDeferred);
    if (resyncing && outcome) {
        if (auto r = m_replica.finishResync(); !r)
            outcome = r.error();
    }
    if (outcome && !wasDeferred)
        outcome = catchUpIndex(report);
    if (bulkCheckpoints)
        (void)m_replica.database().setAutoCheckpoint();
    return outcome;
}

Result<void> SyncEngine::catchUpIndex(SyncReport &report, bool optimize)
{
    replica::SearchIndex &search = m_replica.search();
    auto pending = search.pendingCount();
    if (!pending)
        return pending.error();
    if (*pending == 0)
        return {};
    if (cancelled())
        return cancelledError();
    SyncProgress progress = m_progress;
    progress.phase = SyncProgress::Phase::Indexing;
    progress.indexed = 0;
    progress.indexTotal = *pending;
    emitProgress(progress);
    replica::SearchIndex::CatchUpAll how;
    // Small transactions: an edit saved in the window meanwhile waits for one batch at most.
    how.batchSize = 500;
    how.optimizeIfLarge = false; // decided below, over the whole pull
    qint64 indexed = 0;
    how.afterBatch = [&](qint64 soFar) {
        report.indexed += soFar - indexed;
        indexed = soFar;
        progress.indexed = std::min(indexed, progress.indexTotal);
        emitProgress(progress);
        return !cancelled();
    };
    if (auto r = search.catchUpAll(how); !r)
        return r.error();
    if (cancelled())
        return cancelledError();
    // Once at the end of a large pull: one segment per index, fewer to merge for every query.
    const bool large = report.indexed >= replica::SearchIndex::optimizeAfter;
    return optimize && large ? search.optimize() : Result<void>();
}

// --- Merge -----------------------------------------------------------------------------------

Result<void> SyncEngine::reconcile(const domain::Record &server,
                                   const std::optional<replica::BaseVersion> &base,
                                   SyncReport &report)
{
    auto state = m_replica.records().localState(server.id);
    if (!state)
        return state.error();
    if (!state->working || !state->localEdit) // nothing local to keep
        return m_replica.records().writeServerRecord(server);
    const domain::Record &mine = *state->working;

    if (base && base->rev == server.rev && base->deleted == server.deleted)
        return {}; // the server has not moved since the base: the local edit stands as it is

    const bool mineDeleted = mine.deleted;
    if (server.deleted && server.rev == 0 && !mineDeleted) {
        // The server has never heard of the record (restored from an older backup, or our
        // creation never arrived): the local version is created again.
        if (auto r = m_replica.outbox().removeForRecord(server.id); !r)
            return r;
        if (auto r = m_replica.records().forgetBase(server.id); !r)
            return r;
        auto queued = m_replica.outbox().enqueue(server.id, server.kind, replica::OutboxOp::Upsert,
                                                 0, mine.fields);
        return queued ? Result<void>() : Result<void>(queued.error());
    }
    if (server.deleted && mineDeleted) { // both deleted it
        if (auto r = m_replica.outbox().removeForRecord(server.id); !r)
            return r;
        return m_replica.records().writeServerRecord(server);
    }
    // A server older than our base was restored from a backup: the base describes a future the
    // server forgot, so it cannot tell who changed what. Every local difference wins then.
    const bool serverWentBack = base && server.rev < base->rev;
    const QJsonObject baseFields = serverWentBack           ? server.fields
                                   : base && !base->deleted ? base->fields
                                                            : QJsonObject();

    std::optional<domain::RecordMergeResult> merge;
    if (!server.deleted && !mineDeleted) {
        merge = domain::mergeFields(server.kind, baseFields, mine.fields, server.fields);
        if (merge->clean()) {
            if (auto r = m_replica.outbox().removeForRecord(server.id); !r)
                return r;
            ++report.merged;
            if (merge->merged == server.fields) // the server already has everything we had
                return m_replica.records().writeServerRecord(server);
            domain::Record merged = server;
            merged.fields = merge->merged;
            if (auto r = m_replica.records().writeWorking(merged, true); !r)
                return r;
            // A new mutation: the old ones are superseded (answered `conflict` or never sent).
            auto queued = m_replica.outbox().enqueue(
                server.id, server.kind, replica::OutboxOp::Upsert, server.rev, merge->merged);
            return queued ? Result<void>() : Result<void>(queued.error());
        }
    }

    // A true conflict: the same field changed differently, or a delete met an edit. The local
    // edit stays in the working copy, nothing is sent until the user decides.
    replica::Conflict conflict;
    conflict.recordId = server.id;
    conflict.kind = server.kind;
    conflict.base = baseFields;
    conflict.mine = mineDeleted ? QJsonObject() : mine.fields;
    conflict.theirs = server.deleted ? QJsonObject() : server.fields;
    conflict.theirsRev = server.rev;
    conflict.mineDeleted = mineDeleted;
    conflict.theirsDeleted = server.deleted;
    conflict.detectedAt = QDateTime::currentDateTimeUtc();
    if (auto r = m_replica.outbox().removeForRecord(server.id); !r)
        return r;
    if (auto r = m_replica.conflicts().add(conflict); !r)
        return r;
    ++report.newConflicts;
    return {};
}

} // namespace smec::sync
