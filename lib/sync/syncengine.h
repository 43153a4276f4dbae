// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apiclient.h"
#include "domain/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace smec::replica {
class Replica;
struct BaseVersion;
} // namespace smec::replica

namespace smec::domain {
struct Record;
}

namespace smec::sync {

struct SyncOptions
{
    int pageSize = 1000; ///< change-feed page size (the server clamps to 1000)
    /// A pull of more than one page fetches, decodes and prepares the next pages on a second
    /// thread (PagePrefetcher) while the replica stores the current one, and defers full-text
    /// indexing to the end of the pull, so the records are browsable sooner; 0 turns it off.
    int prefetchDepth = 2;
    /// During such a pull, while the next page is still on its way, the full-text index
    /// catches up with what is stored, this many records at a time (0: only after the pull).
    int indexWhileWaiting = 50;
    /// During such a pull, pages applied within this many milliseconds share one transaction
    /// (0: one per page). Longer groups write less, but hold the replica's write lock longer.
    int groupCommitMs = 300;
    /// During such a pull into a replica whose typed tables are empty (a first sync), their
    /// list indexes are built once each kind is complete instead of row by row. Off by default:
    /// the writer stores 2.3x faster, but browsable comes no sooner (the producers are the limit)
    /// and the window, whose lists then sort without an index, stalls 75-100 ms instead of 31 ms.
    bool deferListIndexes = false;
    int batchSize = 100;                 ///< mutations per request (the server's limit)
    qint64 batchBytes = 3 * 1024 * 1024; ///< stay under the server's 4 MiB request limit
    int maxPushRounds = 8; ///< conflict merges retried within one sync before giving up
};

/// Where a running sync is, for progress bars and the CLI.
struct SyncProgress
{
    /// Indexing: a large pull is stored and browsable; the full-text index catches up.
    enum class Phase { Pushing, Pulling, Indexing };
    Phase phase = Phase::Pulling;
    qint64 pulled = 0;
    qint64 pullEstimate = 0; ///< records expected in this pull, 0 = unknown
    qint64 pushed = 0;
    qint64 pushTotal = 0;
    qint64 indexed = 0;    ///< records added to the full-text index in this phase
    qint64 indexTotal = 0; ///< records it had to index when the phase began
};

/// What one sync did.
struct SyncReport
{
    qint64 pulled = 0; ///< records received from the change feed
    qint64 pushed = 0; ///< mutations the server applied
    qint64 merged = 0; ///< records merged three ways without a conflict
    qint64 newConflicts = 0;
    qint64 newRejections = 0;
    qint64 conflicts = 0;  ///< conflicts waiting for the user after the sync
    qint64 rejected = 0;   ///< rejected mutations waiting for the user after the sync
    qint64 pending = 0;    ///< mutations still queued after the sync
    bool resynced = false; ///< a full re-pull ran (410 resync_required)
    qint64 indexed = 0;    ///< records the full-text index caught up with after the pull
    TrafficStats traffic;
};

/// The client side of DESIGN.md sections 4 and 5: push the outbox, pull the change feed, merge
/// three ways, record conflicts, re-pull after 410. Works on one Replica connection and one
/// ApiClient, both owned by the calling thread (a worker thread in the desktop app, the main
/// thread in the CLI). Every step commits before the next request, so a sync killed or cut
/// off at any point leaves the replica consistent and the next sync resumes: the pull from the
/// last committed cursor, the push by resending the same mutation ids.
class SyncEngine final
{
public:
    using ProgressHandler = std::function<void(const SyncProgress &)>;

    SyncEngine(replica::Replica &replica, ApiClient &api, SyncOptions options = {});

    void setProgressHandler(ProgressHandler handler) { m_progressHandler = std::move(handler); }
    /// Checked between requests and pages; a cancelled sync ends with code `cancelled`.
    void setCancelFlag(const std::atomic_bool *cancel);

    /// Push, pull, and push again what the pull merged.
    Result<SyncReport> sync();
    /// Sends the outbox (conflicts are merged and resent within maxPushRounds).
    Result<void> push(SyncReport &report);
    /// Follows the change feed to its end.
    Result<void> pull(SyncReport &report);

private:
    /// Merges the server version `server` into a record with a local edit, inside the caller's
    /// transaction; `base` is the common ancestor.
    Result<void> reconcile(const domain::Record &server,
                           const std::optional<replica::BaseVersion> &base, SyncReport &report);
    Result<void> pullPages(SyncReport &report, bool resyncing);
    /// Indexes what the full-text index has queued (after a large pull, or one killed before
    /// its index caught up), reporting progress; a cancel leaves the rest queued. `optimize`:
    /// merge the index segments afterwards when this sync indexed many records.
    Result<void> catchUpIndex(SyncReport &report, bool optimize = true);
    Result<void> finishReport(SyncReport &report);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void emitProgress(const SyncProgress &progress);

    replica::Replica &m_replica;
    ApiClient &m_api;
    SyncOptions m_options;
    ProgressHandler m_progressHandler;
    const std::atomic_bool *m_cancel = nullptr;
    SyncProgress m_progress;
};

} // namespace smec::sync
