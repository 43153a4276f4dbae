// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "revisionstore.h"

#include "protocol/timestamp.h"
#include "replicadatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smec::replica {

RevisionStore::RevisionStore(ReplicaDatabase &db)
    : m_db(db)
{}

Result<void> RevisionStore::replace(const QString &recordId,
                                    const QList<protocol::Revision> &revisions)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto r = m_db.run(u"DELETE FROM revisions WHERE record_id = ?"_s, {recordId}); !r)
        return r.error();
    for (const protocol::Revision &revision : revisions) {
        auto r = m_db.run(
            u"INSERT OR REPLACE INTO revisions (record_id, rev, updated_by, updated_at, deleted,"
            " fields) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {recordId, revision.rev, revision.updatedBy,
             protocol::formatTimestamp(revision.updatedAt), revision.deleted ? 1 : 0,
             QString::fromUtf8(QJsonDocument(revision.fields).toJson(QJsonDocument::Compact))});
        if (!r)
            return r.error();
    }
    return tx.commit();
}

Result<QList<protocol::Revision>> RevisionStore::list(const QString &recordId)
{
    auto q = m_db.run(u"SELECT rev, updated_by, updated_at, deleted, fields FROM revisions WHERE"
                      " record_id = ? ORDER BY rev DESC"_s,
                      {recordId});
    if (!q)
        return q.error();
    QList<protocol::Revision> revisions;
    while ((*q)->next()) {
        const QSqlQuery &s = **q;
        protocol::Revision revision;
        revision.rev = s.value(0).toLongLong();
        revision.updatedBy = s.value(1).toString();
        revision.updatedAt = protocol::parseTimestamp(s.value(2).toString()).value_or(QDateTime());
        revision.deleted = s.value(3).toInt() != 0;
        revision.fields = QJsonDocument::fromJson(s.value(4).toString().toUtf8()).object();
        revisions.append(revision);
    }
    (*q)->finish();
    return revisions;
}

} // namespace smec::replica
