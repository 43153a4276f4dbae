// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"
#include "pulledrecord.h"
#include "replicatypes.h"

#include <QHash>

#include <optional>

namespace smec::replica {

class OutboxStore;
class ReplicaDatabase;
class SearchIndex;

/// The working copy and the sync base of every record, their typed columns and their place in
/// the search index. Local edits (saveDraft, remove) commit the working copy and the outbox
/// mutation in one transaction; the write primitives (writeServerRecord, writeBase,
/// writeWorking) are what the sync engine merges with, inside its own transaction.
class RecordStore final
{
public:
    RecordStore(ReplicaDatabase &db, SearchIndex &search, OutboxStore &outbox);

    void setRegionResolver(RegionResolver resolver) { m_regions = std::move(resolver); }
    const RegionResolver &regionResolver() const { return m_regions; }

    /// The working copy (including local tombstones), or nullopt.
    Result<std::optional<domain::Record>> get(const QString &id);
    /// The last synced server version, or nullopt when the record was never synced.
    Result<std::optional<BaseVersion>> base(const QString &id);
    /// Working copy, base, local-edit flag and outbox entries of one record.
    Result<LocalState> localState(const QString &id);
    Result<bool> hasLocalEdit(const QString &id);

    /// Saves a local edit: working copy plus outbox mutation, atomically. An empty id creates a
    /// record with a new id. The envelope (rev, authors, times) of an existing record is kept.
    Result<domain::Record> saveDraft(const domain::Record &record);
    /// Deletes locally: a tombstone plus a delete mutation. A record the server never saw and
    /// whose creation was never sent simply disappears, with its queued creation.
    Result<void> remove(const QString &id);
    /// Drops the local edit of `id`: the working copy goes back to the base (or disappears when
    /// there is none) and its outbox entries are removed.
    Result<void> discardLocalEdit(const QString &id);

    /// Server version as both base and working copy (no local edit to keep); clears the flag.
    Result<void> writeServerRecord(const domain::Record &record);
    /// Server version as base only; the working copy and its local edit stay.
    Result<void> writeBase(const domain::Record &record);
    /// One pulled record, inside the caller's transaction (Replica::applyPage): written as base
    /// and working copy when there is no local edit; otherwise only as base, keeping the local
    /// edit, and the result is true: the sync engine must merge that record, and
    /// `previousBase` receives the base it had before (the common ancestor of the merge).
    Result<bool> applyPulled(const domain::Record &record,
                             std::optional<BaseVersion> *previousBase = nullptr);
    /// The same for a record prepared with PulledRecord::prepare(). A record the replica does
    /// not hold yet (every record of a first sync) is inserted through cached raw statements:
    /// working row, base (no copy of the fields: it equals the working copy), typed row, and
    /// the full-text index or its queue.
    Result<bool> applyPulled(const PulledRecord &pulled,
                             std::optional<BaseVersion> *previousBase = nullptr);
    /// Forgets the base of `id` (the server no longer has the record); the working copy stays.
    Result<void> forgetBase(const QString &id);
    /// A new working copy (e.g. a merge result) keeping the base; `localEdit` sets the flag.
    Result<void> writeWorking(const domain::Record &record, bool localEdit);

private:
    struct Row
    {
        qint64 rid = 0;
        domain::Kind kind = domain::Kind::Practice;
        bool deleted = false;
        bool local = false;
        bool hasBase = false;
        qint64 baseRev = 0;
    };

    Result<std::optional<Row>> lookup(const QString &id);
    /// Writes the working row and keeps typed table and index in step; returns the rid.
    Result<qint64> putWorking(const domain::Record &record, const std::optional<Row> &existing,
                              bool local, const QString &now);
    Result<void> putServer(const domain::Record &record, const std::optional<Row> &row);
    Result<void> putBase(qint64 rid, qint64 rev, bool deleted, const QString *fieldsJson);
    Result<void> materializeBase(qint64 rid);
    Result<void> checkRecord(const domain::Record &record);
    Result<bool> exists(const QString &id);
    Result<void> insertNew(const PulledRecord &pulled);

    ReplicaDatabase &m_db;
    SearchIndex &m_search;
    OutboxStore &m_outbox;
    RegionResolver m_regions;
    QHash<int, QString> m_typedInsertSql;
    QHash<int, QByteArray> m_typedInsertUtf8; ///< the raw statements' SQL, kept for its address
};

} // namespace smec::replica
