// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replica.h"

#include "domain/recordmerge.h"
#include "domain/referencedata.h"
#include "kindtables.h"
#include "protocol/errorcodes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smec::replica {

QString recordStateName(RecordState state)
{
    switch (state) {
    case RecordState::Synced:
        return u"synced"_s;
    case RecordState::Pending:
        return u"pending"_s;
    case RecordState::Conflict:
        return u"conflict"_s;
    case RecordState::Rejected:
        return u"rejected"_s;
    }
    return {};
}

Replica::Replica()
    : m_search(m_db)
    , m_outbox(m_db)
    , m_records(m_db, m_search, m_outbox)
    , m_conflicts(m_db)
    , m_lists(m_db)
    , m_savedSearches(m_db)
    , m_syncState(m_db)
    , m_revisions(m_db)
{
    m_records.setRegionResolver(
        [](const QString &country) { return domain::ReferenceData::embedded().regionOf(country); });
}

Replica::~Replica() = default;

Result<void> Replica::open(const QString &path, const QString &connectionName,
                           const OpenOptions &options)
{
    return m_db.open(path, connectionName, options);
}

void Replica::close()
{
    m_db.close();
}

void Replica::setRegionResolver(RegionResolver resolver)
{
    m_records.setRegionResolver(std::move(resolver));
}

Result<Replica::PageResult> Replica::applyPage(const QList<domain::Record> &records,
                                               const QString &cursor, const QString &serverId,
                                               const LocalEditHandler &handler)
{
    return applyPage(PulledRecord::prepare(records, m_records.regionResolver()), cursor, serverId,
                     handler);
}

Result<Replica::PageResult> Replica::applyPage(const QList<PulledRecord> &records,
                                               const QString &cursor, const QString &serverId,
                                               const LocalEditHandler &handler)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    PageResult result;
    auto resyncing = isResyncing();
    if (!resyncing)
        return resyncing.error();
    for (const PulledRecord &pulled : records) {
        const domain::Record &record = pulled.record;
        if (*resyncing) {
            if (auto r =
                    m_db.run(u"INSERT OR IGNORE INTO resync_seen (id) VALUES (?)"_s, {record.id});
                !r)
                return r.error();
        }
        std::optional<BaseVersion> previousBase;
        auto local = m_records.applyPulled(pulled, &previousBase);
        if (!local)
            return local.error();
        if (!*local) {
            ++result.written;
            continue;
        }
        result.localEdits.append(record.id);
        if (handler) {
            if (auto r = handler(record, previousBase); !r)
                return r.error();
        }
    }
    if (!serverId.isEmpty()) {
        if (auto r = m_syncState.setServerId(serverId); !r)
            return r.error();
    }
    if (auto r = m_syncState.setCursor(cursor); !r)
        return r.error();
    if (auto r = m_syncState.setLastSync(QDateTime::currentDateTimeUtc()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<void> Replica::markApplied(qint64 seq, const domain::Record &server)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto q = m_db.run(u"SELECT record_id FROM outbox WHERE seq = ?"_s, {seq});
    if (!q)
        return q.error();
    const QString recordId = (*q)->next() ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    if (recordId.isEmpty())
        return Error{
            protocol::codes::notFound,
            QCoreApplication::translate("smec::replica", "There is no outbox entry %1.").arg(seq),
            {}};
    if (recordId != server.id)
        return Error{
            u"invalid_argument"_s,
            u"Outbox entry %1 is for record %2, not %3."_s.arg(seq).arg(recordId, server.id),
            {}};
    if (auto r = m_outbox.remove(seq); !r)
        return r;
    // A replayed mutation (its first answer was lost) brings back the record as it was then;
    // when a later version is already the base, that older answer must not replace it.
    auto base = m_records.base(recordId);
    if (!base)
        return base.error();
    if (base->has_value() && (*base)->rev > server.rev)
        return tx.commit();
    if (auto r = m_outbox.rebase(recordId, server.rev); !r)
        return r;
    auto remaining = m_outbox.forRecord(recordId);
    if (!remaining)
        return remaining.error();
    auto r =
        remaining->isEmpty() ? m_records.writeServerRecord(server) : m_records.writeBase(server);
    if (!r)
        return r;
    return tx.commit();
}

Result<void> Replica::beginResync()
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const QString &sql :
         {u"DELETE FROM resync_seen"_s,
          u"UPDATE sync_state SET resyncing = 1, cursor = NULL WHERE id = 1"_s}) {
        if (auto r = m_db.run(sql); !r)
            return r.error();
    }
    return tx.commit();
}

Result<bool> Replica::isResyncing()
{
    auto q = m_db.run(u"SELECT resyncing FROM sync_state WHERE id = 1"_s);
    if (!q)
        return q.error();
    const bool on = (*q)->next() && (*q)->value(0).toInt() != 0;
    (*q)->finish();
    return on;
}

Result<Replica::ResyncResult> Replica::finishResync()
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Records that came from the server once (they have a base) but were not in the re-pull.
    auto q =
        m_db.run(u"SELECT r.id, r.kind, r.local, b.rev FROM records r JOIN base b ON b.rid = r.rid"
                 " WHERE NOT b.deleted AND r.id NOT IN (SELECT id FROM resync_seen)"_s);
    if (!q)
        return q.error();
    struct Gone
    {
        QString id;
        QString kind;
        bool local;
        qint64 rev;
    };
    QList<Gone> gone;
    while ((*q)->next())
        gone.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toBool(),
                     (*q)->value(3).toLongLong()});
    (*q)->finish();

    ResyncResult result;
    for (const Gone &g : std::as_const(gone)) {
        const auto kind = domain::kindFromName(g.kind);
        if (!kind)
            continue;
        if (!g.local) {
            domain::Record tombstone;
            tombstone.id = g.id;
            tombstone.kind = *kind;
            tombstone.rev = g.rev;
            tombstone.deleted = true;
            if (auto r = m_records.writeServerRecord(tombstone); !r)
                return r.error();
            ++result.removed;
            continue;
        }
        // The local edit survives as a creation on the restored server.
        if (auto r = m_records.forgetBase(g.id); !r)
            return r.error();
        if (auto r = m_outbox.rebase(g.id, 0); !r)
            return r.error();
        ++result.recreate;
    }
    for (const QString &sql :
         {u"DELETE FROM resync_seen"_s, u"UPDATE sync_state SET resyncing = 0 WHERE id = 1"_s}) {
        if (auto r = m_db.run(sql); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

namespace {

Error noConflict(const QString &recordId)
{
    return Error{
        protocol::codes::notFound,
        QCoreApplication::translate("smec::replica", "Record %1 has no conflict.").arg(recordId),
        {}};
}

/// The prologue and epilogue every resolution shares: one transaction, the record's conflict
/// (not found: an error), `resolve(conflict)`, commit. `resolve` returns Result<T>.
template<typename T, typename Resolve>
Result<T> resolvingConflict(ReplicaDatabase &db, ConflictStore &conflicts, const QString &recordId,
                            Resolve &&resolve)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    auto found = conflicts.get(recordId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noConflict(recordId);
    Result<T> resolved = resolve(**found);
    if (!resolved)
        return resolved;
    if (auto r = tx.commit(); !r)
        return r.error();
    return resolved;
}

} // namespace

Result<void> Replica::keepResolved(const Conflict &conflict, const QJsonObject &fields)
{
    auto current = m_records.get(conflict.recordId);
    if (!current)
        return current.error();
    domain::Record record;
    if (current->has_value())
        record = **current;
    record.id = conflict.recordId;
    record.kind = conflict.kind;
    record.deleted = false;
    record.fields = fields;
    if (auto saved = m_records.saveDraft(record); !saved)
        return saved.error();
    return m_conflicts.remove(conflict.recordId);
}

Result<void> Replica::resolveConflictKeep(const QString &recordId, const QJsonObject &fields)
{
    return resolvingConflict<void>(m_db, m_conflicts, recordId, [&](const Conflict &conflict) {
        return keepResolved(conflict, fields);
    });
}

Result<int> Replica::resolveConflictHunk(const QString &recordId, const QString &field, int hunk,
                                         const QString &text)
{
    return resolvingConflict<int>(
        m_db, m_conflicts, recordId, [&](const Conflict &conflict) -> Result<int> {
            const domain::RecordMergeResult merge =
                conflict.mineDeleted || conflict.theirsDeleted
                    ? domain::RecordMergeResult{}
                    : domain::mergeFields(conflict.kind, conflict.base, conflict.mine,
                                          conflict.theirs);
            const auto textMerge = merge.texts.constFind(field);
            if (textMerge == merge.texts.constEnd())
                return Error{protocol::codes::notFound,
                             QCoreApplication::translate(
                                 "smec::replica", "Field %1 of record %2 has no conflicting hunks.")
                                 .arg(field, recordId),
                             {}};
            if (hunk < 0 || hunk >= textMerge->hunks.size())
                return Error{protocol::codes::notFound,
                             QCoreApplication::translate(
                                 "smec::replica", "Field %1 of record %2 has no hunk %3 (it has "
                                                  "hunks 0 to %4).")
                                 .arg(field, recordId)
                                 .arg(hunk)
                                 .arg(textMerge->hunks.size() - 1),
                             {}};
            QJsonObject choices = conflict.hunkChoices;
            QJsonObject fieldChoices = choices.value(field).toObject();
            fieldChoices.insert(QString::number(hunk), text);
            choices.insert(field, fieldChoices);
            const int open = merge.openCount(choices);
            if (open == 0) {
                if (auto kept = keepResolved(conflict, merge.resolved(choices)); !kept)
                    return kept.error();
            } else if (auto r = m_conflicts.setHunkChoices(recordId, choices); !r) {
                return r.error();
            }
            return open;
        });
}

Result<void> Replica::resolveConflictTakeTheirs(const QString &recordId)
{
    return resolvingConflict<void>(m_db, m_conflicts, recordId, [&](const Conflict &) {
        if (auto discarded = m_records.discardLocalEdit(recordId); !discarded)
            return discarded;
        return m_conflicts.remove(recordId);
    });
}

Result<int> Replica::deferIndexes(const QList<domain::Kind> &kinds)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    struct Index
    {
        QString name;
        QString table;
        QString sql;
    };
    QList<Index> indexes;
    for (const domain::Kind kind : kinds) {
        const QString table = KindTables::of(kind).table;
        auto any = m_db.runUncached(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table));
        if (!any)
            return any.error();
        if (any->next())
            continue; // holds rows: inserting into the indexes costs less than rebuilding them
        // sql IS NULL: the automatic index of a UNIQUE or PRIMARY KEY constraint.
        auto q = m_db.run(u"SELECT name, sql FROM sqlite_master"
                          " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s,
                          {table});
        if (!q)
            return q.error();
        while ((*q)->next())
            indexes.append({(*q)->value(0).toString(), table, (*q)->value(1).toString()});
        (*q)->finish();
    }
    for (const Index &index : std::as_const(indexes)) {
        if (auto r = m_db.run(u"INSERT INTO deferred_indexes (name, tbl, sql) VALUES (?, ?, ?)"_s,
                              {index.name, index.table, index.sql});
            !r)
            return r.error();
        if (auto r = m_db.execOnce(u"DROP INDEX \"%1\""_s.arg(index.name)); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(indexes.size());
}

Result<int> Replica::restoreIndexes(std::optional<domain::Kind> kind)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = kind ? m_db.run(u"SELECT name, sql FROM deferred_indexes WHERE tbl = ?"_s,
                             {KindTables::of(*kind).table})
                  : m_db.run(u"SELECT name, sql FROM deferred_indexes"_s);
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> indexes;
    while ((*q)->next())
        indexes.append({(*q)->value(0).toString(), (*q)->value(1).toString()});
    (*q)->finish();
    for (const auto &[name, sql] : std::as_const(indexes)) {
        if (auto r = m_db.execOnce(sql); !r)
            return r.error();
        if (auto r = m_db.run(u"DELETE FROM deferred_indexes WHERE name = ?"_s, {name}); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(indexes.size());
}

Result<int> Replica::deferredIndexCount(std::optional<domain::Kind> kind)
{
    auto q = kind ? m_db.run(u"SELECT count(*) FROM deferred_indexes WHERE tbl = ?"_s,
                             {KindTables::of(*kind).table})
                  : m_db.run(u"SELECT count(*) FROM deferred_indexes"_s);
    if (!q)
        return q.error();
    const int count = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return count;
}

Result<RecordState> Replica::state(const QString &id)
{
    auto conflict = m_conflicts.get(id);
    if (!conflict)
        return conflict.error();
    if (conflict->has_value())
        return RecordState::Conflict;
    auto entries = m_outbox.forRecord(id);
    if (!entries)
        return entries.error();
    for (const OutboxEntry &e : *entries) {
        if (e.state == OutboxState::Rejected)
            return RecordState::Rejected;
    }
    auto local = m_records.hasLocalEdit(id);
    if (!local)
        return local.error();
    return *local ? RecordState::Pending : RecordState::Synced;
}

} // namespace smec::replica
