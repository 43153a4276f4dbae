#include "replica.h"

#include "domain/referencedata.h"

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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    PageResult result;
    for (const domain::Record &record : records) {
        auto local = m_records.applyPulled(record);
        if (!local)
            return local.error();
        if (!*local) {
            ++result.written;
            continue;
        }
        result.localEdits.append(record.id);
        if (handler) {
            if (auto r = handler(record); !r)
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
        return Error{u"not_found"_s, u"There is no outbox entry %1."_s.arg(seq), {}};
    if (recordId != server.id)
        return Error{
            u"invalid_argument"_s,
            u"Outbox entry %1 is for record %2, not %3."_s.arg(seq).arg(recordId, server.id),
            {}};
    if (auto r = m_outbox.remove(seq); !r)
        return r;
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
