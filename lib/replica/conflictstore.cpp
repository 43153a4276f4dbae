// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conflictstore.h"

#include "replicadatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString selectSql = u"SELECT record_id, kind, base, mine, theirs, theirs_rev, mine_deleted,"
                          " theirs_deleted, detected_at, hunk_choices FROM conflicts"_s;

Conflict fromRow(const QSqlQuery &s)
{
    return Conflict{s.value(0).toString(),
                    domain::kindFromName(s.value(1).toString()).value_or(domain::Kind::Practice),
                    jsonObject(s.value(2)),
                    jsonObject(s.value(3)),
                    jsonObject(s.value(4)),
                    s.value(5).toLongLong(),
                    s.value(6).toBool(),
                    s.value(7).toBool(),
                    QDateTime::fromString(s.value(8).toString(), Qt::ISODateWithMs),
                    jsonObject(s.value(9))};
}

} // namespace

ConflictStore::ConflictStore(ReplicaDatabase &db)
    : m_db(db)
{}

Result<void> ConflictStore::add(const Conflict &c)
{
    const QDateTime detected =
        c.detectedAt.isValid() ? c.detectedAt : QDateTime::currentDateTimeUtc();
    auto r =
        m_db.run(u"INSERT OR REPLACE INTO conflicts (record_id, kind, base, mine, theirs,"
                 " theirs_rev, mine_deleted, theirs_deleted, detected_at, hunk_choices)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {c.recordId, domain::kindName(c.kind), jsonText(c.base), jsonText(c.mine),
                  jsonText(c.theirs), c.theirsRev, c.mineDeleted ? 1 : 0, c.theirsDeleted ? 1 : 0,
                  detected.toUTC().toString(Qt::ISODateWithMs), jsonText(c.hunkChoices)});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<std::optional<Conflict>> ConflictStore::get(const QString &recordId)
{
    auto q = m_db.run(selectSql + u" WHERE record_id = ?"_s, {recordId});
    if (!q)
        return q.error();
    std::optional<Conflict> result;
    while ((*q)->next())
        result = fromRow(**q);
    (*q)->finish();
    return result;
}

Result<QList<Conflict>> ConflictStore::list()
{
    auto q = m_db.run(selectSql + u" ORDER BY detected_at, record_id"_s);
    if (!q)
        return q.error();
    QList<Conflict> all;
    while ((*q)->next())
        all.append(fromRow(**q));
    (*q)->finish();
    return all;
}

Result<qint64> ConflictStore::count()
{
    auto q = m_db.run(u"SELECT count(*) FROM conflicts"_s);
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

Result<void> ConflictStore::setHunkChoices(const QString &recordId, const QJsonObject &choices)
{
    auto r = m_db.run(u"UPDATE conflicts SET hunk_choices = ? WHERE record_id = ?"_s,
                      {jsonText(choices), recordId});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> ConflictStore::remove(const QString &recordId)
{
    auto r = m_db.run(u"DELETE FROM conflicts WHERE record_id = ?"_s, {recordId});
    return r ? Result<void>() : Result<void>(r.error());
}

} // namespace smec::replica
