// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replicatypes.h"

namespace smec::replica {

class ReplicaDatabase;

/// The pull side's memory: which server this replica follows, its change-feed cursor and when
/// the last sync finished. The cursor is written in the transaction of the page it covers
/// (Replica::applyPage).
class SyncStateStore final
{
public:
    explicit SyncStateStore(ReplicaDatabase &db);

    Result<SyncState> state();
    Result<void> setServerId(const QString &serverId);
    Result<void> setCursor(const QString &cursor);
    Result<void> setLastSync(const QDateTime &when);
    /// Forgets the cursor (after 410 resync_required): the next pull starts from the beginning.
    Result<void> resetCursor();

private:
    Result<void> set(const QString &column, const QVariant &value);

    ReplicaDatabase &m_db;
};

} // namespace smec::replica
