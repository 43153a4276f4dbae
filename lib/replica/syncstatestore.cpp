// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncstatestore.h"

#include "replicadatabase.h"

using namespace Qt::StringLiterals;

namespace smec::replica {

SyncStateStore::SyncStateStore(ReplicaDatabase &db)
    : m_db(db)
{}

Result<SyncState> SyncStateStore::state()
{
    auto q = m_db.run(u"SELECT server_id, cursor, last_sync FROM sync_state WHERE id = 1"_s);
    if (!q)
        return q.error();
    SyncState s;
    if ((*q)->next()) {
        s.serverId = (*q)->value(0).toString();
        s.cursor = (*q)->value(1).toString();
        if (!(*q)->value(2).isNull())
            s.lastSync = QDateTime::fromString((*q)->value(2).toString(), Qt::ISODateWithMs);
    }
    (*q)->finish();
    return s;
}

Result<void> SyncStateStore::setServerId(const QString &serverId)
{
    return set(u"server_id"_s, serverId);
}

Result<void> SyncStateStore::setCursor(const QString &cursor)
{
    return set(u"cursor"_s, cursor);
}

Result<void> SyncStateStore::setLastSync(const QDateTime &when)
{
    return set(u"last_sync"_s, when.toUTC().toString(Qt::ISODateWithMs));
}

Result<void> SyncStateStore::resetCursor()
{
    return set(u"cursor"_s, QVariant());
}

Result<void> SyncStateStore::set(const QString &column, const QVariant &value)
{
    // `column` is one of the fixed names above, never user input.
    auto r = m_db.run(u"UPDATE sync_state SET "_s + column + u" = ? WHERE id = 1"_s, {value});
    return r ? Result<void>() : Result<void>(r.error());
}

} // namespace smec::replica
