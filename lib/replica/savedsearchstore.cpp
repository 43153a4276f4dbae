// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "savedsearchstore.h"

#include "protocol/errorcodes.h"
#include "replicadatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smec::replica {

SavedSearchStore::SavedSearchStore(ReplicaDatabase &db)
    : m_db(db)
{}

Result<SavedSearch> SavedSearchStore::save(const SavedSearch &search)
{
    const QString name = search.name.trimmed();
    if (name.isEmpty())
        return Error{protocol::codes::invalidField,
                     QCoreApplication::translate("smec::replica", "A saved search needs a name."),
                     u"name"_s};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto r = m_db.run(
        u"INSERT INTO saved_searches (name, query, facets, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET query = excluded.query,"
        " facets = excluded.facets, updated_at = excluded.updated_at"_s,
        {name, search.query.isNull() ? u""_s : search.query, // NOT NULL: a null QString binds NULL
         QString::fromUtf8(QJsonDocument(search.facets).toJson(QJsonDocument::Compact)), now, now});
    if (!r)
        return r.error();
    auto stored = get(name);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{u"database_error"_s,
                     QCoreApplication::translate("smec::replica",
                                                 "The saved search could not be read back."),
                     {}};
    return **stored;
}

Result<std::optional<SavedSearch>> SavedSearchStore::get(const QString &name)
{
    auto rows = select(u"WHERE name = ?"_s, {name.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<SavedSearch>();
    return std::optional<SavedSearch>(rows->first());
}

Result<QList<SavedSearch>> SavedSearchStore::list()
{
    return select(u"ORDER BY name COLLATE NOCASE"_s, {});
}

Result<void> SavedSearchStore::remove(const QString &name)
{
    auto r = m_db.run(u"DELETE FROM saved_searches WHERE name = ?"_s, {name.trimmed()});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<QList<SavedSearch>> SavedSearchStore::select(const QString &where, const QVariantList &binds)
{
    auto q = m_db.run(
        u"SELECT id, name, query, facets, created_at, updated_at FROM saved_searches "_s + where,
        binds);
    if (!q)
        return q.error();
    QList<SavedSearch> result;
    while ((*q)->next()) {
        QSqlQuery &s = **q;
        result.append(SavedSearch{s.value(0).toLongLong(), s.value(1).toString(),
                                  s.value(2).toString(),
                                  QJsonDocument::fromJson(s.value(3).toString().toUtf8()).object(),
                                  QDateTime::fromString(s.value(4).toString(), Qt::ISODateWithMs),
                                  QDateTime::fromString(s.value(5).toString(), Qt::ISODateWithMs)});
    }
    (*q)->finish();
    return result;
}

} // namespace smec::replica
