#pragma once

#include "conflictstore.h"
#include "domain/record.h"
#include "domain/result.h"
#include "liststore.h"
#include "outboxstore.h"
#include "recordstore.h"
#include "replicadatabase.h"
#include "replicatypes.h"
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

    /// Called inside applyPage for a pulled record that has a local edit, after the server
    /// version was stored as its base; merges with the store primitives (same transaction). An
    /// error rolls the whole page back.
    using LocalEditHandler = std::function<Result<void>(const domain::Record &server)>;

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

    /// The server accepted outbox entry `seq` and answered with `server`: it becomes the base,
    /// later entries of the record are rebased on its rev, and when nothing else is queued for
    /// the record it becomes the working copy too.
    Result<void> markApplied(qint64 seq, const domain::Record &server);

    /// Where record `id` stands (synced, pending, conflict, rejected).
    Result<RecordState> state(const QString &id);

private:
    ReplicaDatabase m_db;
    SearchIndex m_search;
    OutboxStore m_outbox;
    RecordStore m_records;
    ConflictStore m_conflicts;
    ListStore m_lists;
    SavedSearchStore m_savedSearches;
    SyncStateStore m_syncState;
};

} // namespace smec::replica
