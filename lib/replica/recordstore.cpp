// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordstore.h"

#include "kindtables.h"
#include "outboxstore.h"
#include "protocol/errorcodes.h"
#include "replicadatabase.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

/// `verb` INTO the kind's typed table, every column bound by position, rid first.
QString typedInsertSql(const KindTable &table, const QString &verb)
{
    QStringList names{u"rid"_s};
    QStringList marks{u"?"_s};
    for (const TypedColumn &c : table.columns) {
        names.append(c.name);
        marks.append(u"?"_s);
    }
    return verb + u" INTO "_s + table.table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s +
           marks.join(u", "_s) + u")"_s;
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

RecordStore::RecordStore(ReplicaDatabase &db, SearchIndex &search, OutboxStore &outbox)
    : m_db(db)
    , m_search(search)
    , m_outbox(outbox)
{}

Result<std::optional<RecordStore::Row>> RecordStore::lookup(const QString &id)
{
    auto q = m_db.run(u"SELECT r.rid, r.kind, r.deleted, r.local, b.rid IS NOT NULL, b.rev"
                      " FROM records r LEFT JOIN base b ON b.rid = r.rid WHERE r.id = ?"_s,
                      {id});
    if (!q)
        return q.error();
    std::optional<Row> row;
    if ((*q)->next()) {
        QSqlQuery &s = **q;
        row = Row{s.value(0).toLongLong(),
                  domain::kindFromName(s.value(1).toString()).value_or(domain::Kind::Practice),
                  s.value(2).toBool(),
                  s.value(3).toBool(),
                  s.value(4).toBool(),
                  s.value(5).toLongLong()};
    }
    (*q)->finish();
    return row;
}

Result<std::optional<domain::Record>> RecordStore::get(const QString &id)
{
    auto q = m_db.run(u"SELECT id, kind, rev, deleted, created_by, updated_by, created_at,"
                      " updated_at, fields FROM records WHERE id = ?"_s,
                      {id});
    if (!q)
        return q.error();
    std::optional<domain::Record> record;
    if ((*q)->next()) {
        QSqlQuery &s = **q;
        domain::Record r;
        r.id = s.value(0).toString();
        r.kind = domain::kindFromName(s.value(1).toString()).value_or(domain::Kind::Practice);
        r.rev = s.value(2).toLongLong();
        r.deleted = s.value(3).toBool();
        r.createdBy = s.value(4).toString();
        r.updatedBy = s.value(5).toString();
        r.createdAt = timeFrom(s.value(6));
        r.updatedAt = timeFrom(s.value(7));
        r.fields = jsonObject(s.value(8).toString());
        record = std::move(r);
    }
    (*q)->finish();
    return record;
}

Result<std::optional<BaseVersion>> RecordStore::base(const QString &id)
{
    auto q = m_db.run(u"SELECT b.rev, b.deleted, COALESCE(b.fields, r.fields) FROM base b"
                      " JOIN records r ON r.rid = b.rid WHERE r.id = ?"_s,
                      {id});
    if (!q)
        return q.error();
    std::optional<BaseVersion> base;
    if ((*q)->next())
        base = BaseVersion{(*q)->value(0).toLongLong(), (*q)->value(1).toBool(),
                           jsonObject((*q)->value(2).toString())};
    (*q)->finish();
    return base;
}

Result<LocalState> RecordStore::localState(const QString &id)
{
    LocalState state;
    auto working = get(id);
    if (!working)
        return working.error();
    state.working = *working;
    auto b = base(id);
    if (!b)
        return b.error();
    state.base = *b;
    auto local = hasLocalEdit(id);
    if (!local)
        return local.error();
    state.localEdit = *local;
    auto entries = m_outbox.forRecord(id);
    if (!entries)
        return entries.error();
    state.outbox = *entries;
    return state;
}

Result<bool> RecordStore::hasLocalEdit(const QString &id)
{
    auto row = lookup(id);
    if (!row)
        return row.error();
    return row->has_value() && (*row)->local;
}

Result<void> RecordStore::checkRecord(const domain::Record &record)
{
    if (!domain::isCanonicalId(record.id))
        return Error{u"invalid_id"_s,
                     u"The record id \"%1\" is not a canonical UUID."_s.arg(record.id), u"id"_s};
    return {};
}

Result<qint64> RecordStore::putWorking(const domain::Record &record,
                                       const std::optional<Row> &existing, bool local,
                                       const QString &now)
{
    const QString fields = jsonText(record.fields);
    qint64 rid = 0;
    const QVariantList envelope{
        domain::kindName(record.kind),
        record.rev,
        record.deleted ? 1 : 0,
        record.createdBy.isEmpty() ? QVariant() : QVariant(record.createdBy),
        record.updatedBy.isEmpty() ? QVariant() : QVariant(record.updatedBy),
        timeValue(record.createdAt),
        timeValue(record.updatedAt),
        fields,
        local ? 1 : 0,
        local ? QVariant(now) : QVariant()};
    if (existing) {
        rid = existing->rid;
        if (!existing->deleted) {
            if (auto r = m_search.remove(rid); !r)
                return r.error();
        }
        if (existing->kind != record.kind) {
            auto r = m_db.run(u"DELETE FROM "_s + KindTables::of(existing->kind).table +
                                  u" WHERE rid = ?"_s,
                              {rid});
            if (!r)
                return r.error();
        }
        QVariantList binds = envelope;
        binds.append(rid);
        auto r = m_db.run(u"UPDATE records SET kind = ?, rev = ?, deleted = ?, created_by = ?,"
                          " updated_by = ?, created_at = ?, updated_at = ?, fields = ?,"
                          " local = ?, local_at = ? WHERE rid = ?"_s,
                          binds);
        if (!r)
            return r.error();
    } else {
        QVariantList binds{record.id};
        binds.append(envelope);
        auto r = m_db.run(u"INSERT INTO records (id, kind, rev, deleted, created_by, updated_by,"
                          " created_at, updated_at, fields, local, local_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          binds);
        if (!r)
            return r.error();
        rid = (*r)->lastInsertId().toLongLong();
    }

    const KindTable &table = KindTables::of(record.kind);
    if (record.deleted) {
        if (existing) {
            auto r = m_db.run(u"DELETE FROM "_s + table.table + u" WHERE rid = ?"_s, {rid});
            if (!r)
                return r.error();
        }
        return rid;
    }
    QString &sql = m_typedInsertSql[int(record.kind)];
    if (sql.isEmpty())
        sql = typedInsertSql(table, u"INSERT OR REPLACE"_s);
    auto q = m_db.prepared(sql);
    if (!q)
        return q.error();
    (*q)->bindValue(0, rid);
    const QVariantList values = KindTables::rowValues(table, record, m_regions, now);
    for (qsizetype i = 0; i < values.size(); ++i)
        (*q)->bindValue(int(i + 1), values.at(i));
    if (auto r = ReplicaDatabase::exec(**q, table.table); !r)
        return r.error();
    if (auto r = m_search.add(rid, record.kind); !r)
        return r.error();
    return rid;
}

Result<void> RecordStore::putBase(qint64 rid, qint64 rev, bool deleted, const QString *fieldsJson)
{
    auto r =
        m_db.run(u"INSERT OR REPLACE INTO base (rid, rev, deleted, fields) VALUES (?, ?, ?, ?)"_s,
                 {rid, rev, deleted ? 1 : 0, fieldsJson ? QVariant(*fieldsJson) : QVariant()});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> RecordStore::materializeBase(qint64 rid)
{
    auto r = m_db.run(u"UPDATE base SET fields = (SELECT fields FROM records WHERE rid = ?)"
                      " WHERE rid = ? AND fields IS NULL"_s,
                      {rid, rid});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> RecordStore::writeServerRecord(const domain::Record &record)
{
    if (auto r = checkRecord(record); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = lookup(record.id);
    if (!row)
        return row.error();
    if (auto r = putServer(record, *row); !r)
        return r;
    return tx.commit();
}

Result<void> RecordStore::putServer(const domain::Record &record, const std::optional<Row> &row)
{
    auto rid = putWorking(record, row, false, nowText());
    if (!rid)
        return rid.error();
    return putBase(*rid, record.rev, record.deleted, nullptr);
}

Result<bool> RecordStore::applyPulled(const domain::Record &record,
                                      std::optional<BaseVersion> *previousBase)
{
    return applyPulled(PulledRecord::prepare(record, m_regions), previousBase);
}

Result<bool> RecordStore::exists(const QString &id)
{
    auto statement = m_db.rawStatement("SELECT 1 FROM records WHERE id = ?");
    if (!statement)
        return statement.error();
    const QByteArray key = id.toUtf8();
    sqlite3_bind_text(*statement, 1, key.constData(), int(key.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(*statement);
    sqlite3_reset(*statement);
    sqlite3_clear_bindings(*statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error{
            u"database_error"_s,
            QCoreApplication::translate("smec::replica", "Local database error (look up %1): %2")
                .arg(id, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(*statement)))),
            {}};
    return rc == SQLITE_ROW;
}

namespace {

void bindText(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    if (text.isNull())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

} // namespace

Result<void> RecordStore::insertNew(const PulledRecord &pulled)
{
    const domain::Record &record = pulled.record;
    auto insert = m_db.rawStatement(
        "INSERT INTO records (id, kind, rev, deleted, created_by, updated_by, created_at,"
        " updated_at, fields, local, local_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)");
    if (!insert)
        return insert.error();
    const QByteArray id = record.id.toUtf8();
    const QByteArray kind = domain::kindName(record.kind).toUtf8();
    const QByteArray createdBy =
        record.createdBy.isEmpty() ? QByteArray() : record.createdBy.toUtf8();
    const QByteArray updatedBy =
        record.updatedBy.isEmpty() ? QByteArray() : record.updatedBy.toUtf8();
    static const QByteArray emptyObject("{}");
    bindText(*insert, 1, id);
    bindText(*insert, 2, kind);
    sqlite3_bind_int64(*insert, 3, record.rev);
    sqlite3_bind_int(*insert, 4, record.deleted ? 1 : 0);
    bindText(*insert, 5, createdBy);
    bindText(*insert, 6, updatedBy);
    bindText(*insert, 7, pulled.createdAt.isEmpty() ? QByteArray() : pulled.createdAt);
    bindText(*insert, 8, pulled.updatedAt.isEmpty() ? QByteArray() : pulled.updatedAt);
    bindText(*insert, 9,
             record.deleted || pulled.fieldsJson.isEmpty() ? emptyObject : pulled.fieldsJson);
    if (auto r = m_db.stepRaw(*insert, u"insert record"_s); !r)
        return r;
    const qint64 rid = m_db.lastInsertRowId();

    auto base = m_db.rawStatement("INSERT INTO base (rid, rev, deleted, fields)"
                                  " VALUES (?, ?, ?, NULL)");
    if (!base)
        return base.error();
    sqlite3_bind_int64(*base, 1, rid);
    sqlite3_bind_int64(*base, 2, record.rev);
    sqlite3_bind_int(*base, 3, record.deleted ? 1 : 0);
    if (auto r = m_db.stepRaw(*base, u"insert base"_s); !r)
        return r;
    if (record.deleted)
        return {};

    const KindTable &table = KindTables::of(record.kind);
    QByteArray &sql = m_typedInsertUtf8[int(record.kind)];
    if (sql.isEmpty())
        sql = typedInsertSql(table, u"INSERT"_s).toUtf8();
    if (pulled.typed.size() != table.columns.size())
        return Error{u"invalid_argument"_s,
                     u"Record %1 was prepared for another schema."_s.arg(record.id),
                     {}};
    auto typed = m_db.rawStatement(sql.constData());
    if (!typed)
        return typed.error();
    sqlite3_bind_int64(*typed, 1, rid);
    for (qsizetype i = 0; i < pulled.typed.size(); ++i) {
        const SqlValue &v = pulled.typed.at(i);
        const int index = int(i) + 2;
        switch (v.type) {
        case SqlValue::Type::Null:
            sqlite3_bind_null(*typed, index);
            break;
        case SqlValue::Type::Integer:
            sqlite3_bind_int64(*typed, index, v.integer);
            break;
        case SqlValue::Type::Text:
            sqlite3_bind_text(*typed, index, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
            break;
        }
    }
    if (auto r = m_db.stepRaw(*typed, table.table); !r)
        return r;
    return m_search.add(rid, record.kind);
}

Result<bool> RecordStore::applyPulled(const PulledRecord &pulled,
                                      std::optional<BaseVersion> *previousBase)
{
    const domain::Record &record = pulled.record;
    if (m_db.transactionDepth() == 0)
        return Error{u"no_transaction"_s, u"applyPulled needs an open transaction."_s, {}};
    if (auto r = checkRecord(record); !r)
        return r.error();
    auto known = exists(record.id);
    if (!known)
        return known.error();
    if (!*known) {
        if (auto r = insertNew(pulled); !r)
            return r.error();
        return false;
    }
    auto row = lookup(record.id);
    if (!row)
        return row.error();
    if (row->has_value() && (*row)->local) {
        if (previousBase) {
            auto old = base(record.id);
            if (!old)
                return old.error();
            *previousBase = std::move(*old);
        }
        const QString fields = jsonText(record.fields);
        if (auto r = putBase((*row)->rid, record.rev, record.deleted, &fields); !r)
            return r.error();
        return true;
    }
    if (auto r = putServer(record, *row); !r)
        return r.error();
    return false;
}

Result<void> RecordStore::writeBase(const domain::Record &record)
{
    if (auto r = checkRecord(record); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = lookup(record.id);
    if (!row)
        return row.error();
    if (!row->has_value()) { // nothing local to keep: the base is the working copy too
        if (auto r = putServer(record, *row); !r)
            return r;
        return tx.commit();
    }
    const QString fields = jsonText(record.fields);
    if (auto r = putBase((*row)->rid, record.rev, record.deleted, &fields); !r)
        return r;
    return tx.commit();
}

Result<void> RecordStore::forgetBase(const QString &id)
{
    auto r =
        m_db.run(u"DELETE FROM base WHERE rid = (SELECT rid FROM records WHERE id = ?)"_s, {id});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> RecordStore::writeWorking(const domain::Record &record, bool localEdit)
{
    if (auto r = checkRecord(record); !r)
        return r;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = lookup(record.id);
    if (!row)
        return row.error();
    if (row->has_value()) {
        if (auto r = materializeBase((*row)->rid); !r)
            return r;
    }
    if (auto rid = putWorking(record, *row, localEdit, nowText()); !rid)
        return rid.error();
    return tx.commit();
}

Result<domain::Record> RecordStore::saveDraft(const domain::Record &draft)
{
    domain::Record record = draft;
    if (record.id.isEmpty())
        record.id = domain::newRecordId();
    if (auto r = checkRecord(record); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto row = lookup(record.id);
    if (!row)
        return row.error();
    const QString now = nowText();
    qint64 baseRev = 0;
    if (row->has_value()) {
        const Row &existing = **row;
        if (existing.kind != record.kind)
            return Error{u"kind_mismatch"_s,
                         u"Record %1 is a %2, not a %3."_s.arg(record.id,
                                                               domain::kindName(existing.kind),
                                                               domain::kindName(record.kind)),
                         u"kind"_s};
        auto stored = get(record.id);
        if (!stored)
            return stored.error();
        const QJsonObject fields = record.fields;
        record = **stored;
        record.fields = fields;
        if (auto r = materializeBase(existing.rid); !r)
            return r.error();
        baseRev = existing.hasBase ? existing.baseRev : 0;
    } else {
        record.rev = 0;
        record.createdBy.clear();
        record.updatedBy.clear();
        record.createdAt = {};
        record.updatedAt = {};
    }
    record.deleted = false;
    if (auto rid = putWorking(record, *row, true, now); !rid)
        return rid.error();
    if (auto e = m_outbox.enqueue(record.id, record.kind, OutboxOp::Upsert, baseRev, record.fields);
        !e)
        return e.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return record;
}

Result<void> RecordStore::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = lookup(id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{protocol::codes::notFound,
                     QCoreApplication::translate("smec::replica", "There is no record %1.").arg(id),
                     {}};
    const Row existing = **row;
    auto entries = m_outbox.forRecord(id);
    if (!entries)
        return entries.error();
    bool everSent = false;
    for (const OutboxEntry &e : *entries)
        everSent = everSent || e.attempts > 0;
    if (!existing.hasBase && !everSent) {
        // The server never heard of it: forget it entirely.
        if (!existing.deleted) {
            if (auto r = m_search.remove(existing.rid); !r)
                return r;
        }
        if (auto r = m_outbox.removeForRecord(id); !r)
            return r;
        if (auto r = m_db.run(u"DELETE FROM conflicts WHERE record_id = ?"_s, {id}); !r)
            return r.error();
        if (auto r = m_db.run(u"DELETE FROM records WHERE rid = ?"_s, {existing.rid}); !r)
            return r.error();
        return tx.commit();
    }
    auto stored = get(id);
    if (!stored)
        return stored.error();
    domain::Record record = **stored;
    if (auto r = materializeBase(existing.rid); !r)
        return r;
    record.deleted = true;
    if (auto rid = putWorking(record, existing, true, nowText()); !rid)
        return rid.error();
    if (auto e =
            m_outbox.enqueue(id, record.kind, OutboxOp::Delete, existing.baseRev, record.fields);
        !e)
        return e.error();
    return tx.commit();
}

Result<void> RecordStore::discardLocalEdit(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = lookup(id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{protocol::codes::notFound,
                     QCoreApplication::translate("smec::replica", "There is no record %1.").arg(id),
                     {}};
    auto stored = get(id);
    if (!stored)
        return stored.error();
    auto b = base(id);
    if (!b)
        return b.error();
    if (auto r = m_outbox.removeForRecord(id); !r)
        return r;
    if (auto r = m_db.run(u"DELETE FROM conflicts WHERE record_id = ?"_s, {id}); !r)
        return r.error();
    if (!b->has_value()) {
        if (!(*row)->deleted) {
            if (auto r = m_search.remove((*row)->rid); !r)
                return r;
        }
        if (auto r = m_db.run(u"DELETE FROM records WHERE rid = ?"_s, {(*row)->rid}); !r)
            return r.error();
        return tx.commit();
    }
    domain::Record record = **stored;
    record.rev = (*b)->rev;
    record.deleted = (*b)->deleted;
    record.fields = (*b)->fields;
    auto rid = putWorking(record, *row, false, nowText());
    if (!rid)
        return rid.error();
    if (auto r = putBase(*rid, record.rev, record.deleted, nullptr); !r)
        return r;
    return tx.commit();
}

} // namespace smec::replica
