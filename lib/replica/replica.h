// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "conflictstore.h"
#include "domain/record.h"
#include "domain/result.h"
#include "liststore.h"
#include "outboxstore.h"
#include "recordstore.h"
#include "replicadatabase.h"
#include "replicatypes.h"
#include "revisionstore.h"
#include "savedsearchstore.h"
#include "searchindex.h"
#include "syncstatestore.h"

#include <QList>

#include <functional>

namespace smec::replica {

/// The client's local database (DESIGN.md sections 2 and 5): one SQLite file with the working
/// copy, sync base, outbox, conflicts, search index, saved searches and sync state, reached
/// through small stores that share one connection. One Replica per thread: give each its own
/// connection name.
class Replica final
{
public:
    Replica();
    ~Replica();
    Replica(const Replica &) = delete;
    Replica &operator=(const Replica &) = delete;

    Result<void> open(const QString &path, const QString &connectionName,
                      const OpenOptions &options = {});
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    /// Where the region column comes from; by default the embedded reference data
    /// (domain::ReferenceData::embedded()). Set it before writing records.
    void setRegionResolver(RegionResolver resolver);

    ReplicaDatabase &database() { return m_db; }
    RecordStore &records() { return m_records; }
    OutboxStore &outbox() { return m_outbox; }
    ConflictStore &conflicts() { return m_conflicts; }
    SearchIndex &search() { return m_search; }
    ListStore &lists() { return m_lists; }
    SavedSearchStore &savedSearches() { return m_savedSearches; }
    SyncStateStore &syncState() { return m_syncState; }
    RevisionStore &revisions() { return m_revisions; }

    /// Called inside applyPage for a pulled record that has a local edit, after the server
    /// version was stored as its base; `previousBase` is the base it replaced (nullopt for a
    /// record the replica never synced), the common ancestor of a three-way merge. Merges with
    /// the store primitives (same transaction). An error rolls the whole page back.
    using LocalEditHandler = std::function<Result<void>(
        const domain::Record &server, const std::optional<BaseVersion> &previousBase)>;

    struct PageResult
    {
        int written = 0;        ///< records stored as base and working copy
        QStringList localEdits; ///< ids whose local edit was kept (and handed to the handler)
    };

    /// Stores one page of the change feed and its cursor in one transaction: either all of it
    /// is visible afterwards or none of it. `serverId` is remembered when not empty.
    Result<PageResult> applyPage(const QList<domain::Record> &records, const QString &cursor,
                                 const QString &serverId = {},
                                 const LocalEditHandler &handler = {});
    /// The same for records prepared with PulledRecord::prepare() (on another thread, during a
    /// large pull): records the replica does not hold yet are only bound and inserted.
    Result<PageResult> applyPage(const QList<PulledRecord> &records, const QString &cursor,
                                 const QString &serverId = {},
                                 const LocalEditHandler &handler = {});
    /// The region resolver records are prepared with (see PulledRecord::prepare()).
    const RegionResolver &regionResolver() const { return m_records.regionResolver(); }

    /// The server accepted outbox entry `seq` and answered with `server`: it becomes the base,
    /// later entries of the record are rebased on its rev, and when nothing else is queued for
    /// the record it becomes the working copy too. An answer older than the current base (a
    /// replay whose first answer was lost) only removes the entry.
    Result<void> markApplied(qint64 seq, const domain::Record &server);

    /// Starts a full re-pull (after 410 resync_required, or a server with another id): forgets
    /// the cursor and, until finishResync(), remembers every record applyPage() stores. Survives
    /// restarts: a killed re-pull resumes from its last page.
    Result<void> beginResync();
    Result<bool> isResyncing();
    struct ResyncResult
    {
        int removed = 0;  ///< records the server no longer has, dropped from the replica
        int recreate = 0; ///< locally edited records the server no longer has, queued as creations
    };
    /// Ends a complete re-pull: synced records the server did not send are gone on the server
    /// (it was restored from an older backup) and become tombstones; those with local edits
    /// keep them, lose their base and are queued again as creations (base_rev 0).
    Result<ResyncResult> finishResync();

    /// Resolves a conflict with `fields` (mine, theirs or edited, field by field) as the record's
    /// new content: a local edit on top of the server's version, queued with the server's rev as
    /// base. The conflict is gone; one transaction.
    Result<void> resolveConflictKeep(const QString &recordId, const QJsonObject &fields);
    /// Resolves hunk `hunk` of text field `field` (domain::mergeFields() numbers them from 0)
    /// with `text`. When that was the last open hunk and no other field conflicts, the record
    /// leaves the conflict state as with resolveConflictKeep(): the merged fields with every
    /// hunk's choice, queued. Returns how many hunks and fields stay open. One transaction.
    Result<int> resolveConflictHunk(const QString &recordId, const QString &field, int hunk,
                                    const QString &text);
    /// Resolves a conflict by taking the server's version as it is (also a remote deletion):
    /// the local edit and its queued mutations are dropped. One transaction.
    Result<void> resolveConflictTakeTheirs(const QString &recordId);

    /// For a bulk load (a first sync): drops the secondary indexes of the typed tables of
    /// `kinds` that hold no row yet, keeping their definitions in the replica. Building an index
    /// once from all its rows costs a fraction of keeping it up to date row by row; lists still
    /// work meanwhile, by scanning. Returns how many indexes were dropped. One transaction.
    Result<int> deferIndexes(const QList<domain::Kind> &kinds);
    /// Builds the deferred indexes of `kind` again (of every kind when nullopt): at the end of
    /// the load, and at the next sync after a load that was killed. Returns how many were built.
    Result<int> restoreIndexes(std::optional<domain::Kind> kind = std::nullopt);
    /// How many indexes of `kind` (of every kind when nullopt) wait to be built again.
    Result<int> deferredIndexCount(std::optional<domain::Kind> kind = std::nullopt);

    /// Where record `id` stands (synced, pending, conflict, rejected).
    Result<RecordState> state(const QString &id);

private:
    Result<void> keepResolved(const Conflict &conflict, const QJsonObject &fields);

    ReplicaDatabase m_db;
    SearchIndex m_search;
    OutboxStore m_outbox;
    RecordStore m_records;
    ConflictStore m_conflicts;
    ListStore m_lists;
    SavedSearchStore m_savedSearches;
    SyncStateStore m_syncState;
    RevisionStore m_revisions;
};

} // namespace smec::replica
