// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outboxstore.h"

#include "replicadatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString opName(OutboxOp op)
{
    return op == OutboxOp::Delete ? u"delete"_s : u"upsert"_s;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

OutboxStore::OutboxStore(ReplicaDatabase &db)
    : m_db(db)
{}

Result<OutboxEntry> OutboxStore::enqueue(const QString &recordId, domain::Kind kind, OutboxOp op,
                                         qint64 baseRev, const QJsonObject &fields)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const QString now = nowText();
    if (auto r = m_db.run(u"DELETE FROM outbox WHERE record_id = ? AND state = 'rejected'"_s,
                          {recordId});
        !r)
        return r.error();
    auto last = m_db.run(u"SELECT seq, attempts FROM outbox WHERE record_id = ?"
                         " ORDER BY seq DESC LIMIT 1"_s,
                         {recordId});
    if (!last)
        return last.error();
    qint64 unsentSeq = 0;
    if ((*last)->next() && (*last)->value(1).toInt() == 0)
        unsentSeq = (*last)->value(0).toLongLong();
    (*last)->finish();
    qint64 seq = unsentSeq;
    if (unsentSeq > 0) {
        auto r = m_db.run(u"UPDATE outbox SET op = ?, fields = ?, updated_at = ?,"
                          " error_code = NULL, error_message = NULL WHERE seq = ?"_s,
                          {opName(op), jsonText(fields), now, unsentSeq});
        if (!r)
            return r.error();
    } else {
        auto r = m_db.run(u"INSERT INTO outbox (mutation_id, record_id, kind, op, base_rev,"
                          " fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {domain::newRecordId(), recordId, domain::kindName(kind), opName(op),
                           baseRev, jsonText(fields), now, now});
        if (!r)
            return r.error();
        seq = (*r)->lastInsertId().toLongLong();
    }
    auto entries = select(u"seq = ?"_s, {seq});
    if (!entries)
        return entries.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return entries->value(0);
}

Result<qint64> OutboxStore::pendingCount()
{
    auto q = m_db.run(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s);
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

Result<qint64> OutboxStore::rejectedCount()
{
    auto q = m_db.run(u"SELECT count(*) FROM outbox WHERE state = 'rejected'"_s);
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

Result<QList<OutboxEntry>> OutboxStore::list(std::optional<OutboxState> state, int limit)
{
    QString where = u"1"_s;
    QVariantList binds;
    if (state) {
        where = u"state = ?"_s;
        binds.append(*state == OutboxState::Rejected ? u"rejected"_s : u"pending"_s);
    }
    if (limit >= 0) {
        where += u" ORDER BY seq LIMIT ?"_s;
        binds.append(limit);
    }
    return select(where, binds);
}

Result<QList<OutboxEntry>> OutboxStore::nextBatch(int limit)
{
    return list(OutboxState::Pending, limit);
}

Result<QList<OutboxEntry>> OutboxStore::forRecord(const QString &recordId)
{
    return select(u"record_id = ?"_s, {recordId});
}

Result<std::optional<OutboxEntry>> OutboxStore::byMutationId(const QString &mutationId)
{
    auto entries = select(u"mutation_id = ?"_s, {mutationId});
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entries->first());
}

Result<void> OutboxStore::markSending(const QList<qint64> &seqs)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const qint64 seq : seqs) {
        auto r = m_db.run(
            u"UPDATE outbox SET attempts = attempts + 1 WHERE seq = ? AND state = 'pending'"_s,
            {seq});
        if (!r)
            return r.error();
    }
    return tx.commit();
}

Result<void> OutboxStore::markFailed(qint64 seq, const Error &error)
{
    auto r = m_db.run(u"UPDATE outbox SET error_code = ?, error_message = ? WHERE seq = ?"_s,
                      {error.code, error.message, seq});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> OutboxStore::markRejected(qint64 seq, const Error &error)
{
    auto r = m_db.run(u"UPDATE outbox SET state = 'rejected', error_code = ?, error_message = ?"
                      " WHERE seq = ?"_s,
                      {error.code, error.message, seq});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> OutboxStore::remove(qint64 seq)
{
    auto r = m_db.run(u"DELETE FROM outbox WHERE seq = ?"_s, {seq});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> OutboxStore::rebase(const QString &recordId, qint64 baseRev)
{
    auto r = m_db.run(u"UPDATE outbox SET base_rev = ? WHERE record_id = ? AND state = 'pending'"_s,
                      {baseRev, recordId});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> OutboxStore::removeForRecord(const QString &recordId)
{
    auto r = m_db.run(u"DELETE FROM outbox WHERE record_id = ?"_s, {recordId});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<QList<OutboxEntry>> OutboxStore::select(const QString &where, const QVariantList &binds)
{
    QString sql = u"SELECT seq, mutation_id, record_id, kind, op, base_rev, fields, created_at,"
                  " updated_at, attempts, state, error_code, error_message FROM outbox WHERE "_s +
                  where;
    if (!where.contains(u"ORDER BY"_s))
        sql += u" ORDER BY seq"_s;
    auto q = m_db.run(sql, binds);
    if (!q)
        return q.error();
    QList<OutboxEntry> entries;
    while ((*q)->next()) {
        QSqlQuery &row = **q;
        OutboxEntry e;
        e.seq = row.value(0).toLongLong();
        e.mutationId = row.value(1).toString();
        e.recordId = row.value(2).toString();
        e.kind = domain::kindFromName(row.value(3).toString()).value_or(domain::Kind::Practice);
        e.op = row.value(4).toString() == u"delete"_s ? OutboxOp::Delete : OutboxOp::Upsert;
        e.baseRev = row.value(5).toLongLong();
        e.fields = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
        e.createdAt = QDateTime::fromString(row.value(7).toString(), Qt::ISODateWithMs);
        e.updatedAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
        e.attempts = row.value(9).toInt();
        e.state = row.value(10).toString() == u"rejected"_s ? OutboxState::Rejected
                                                            : OutboxState::Pending;
        e.errorCode = row.value(11).toString();
        e.errorMessage = row.value(12).toString();
        entries.append(e);
    }
    (*q)->finish();
    return entries;
}

} // namespace smec::replica
