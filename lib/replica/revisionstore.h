// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "protocol/messages.h"

#include <QList>
#include <QString>

namespace smec::replica {

class ReplicaDatabase;

/// The server's revisions of records (GET /api/v1/records/<id>/revisions) as last fetched, kept
/// so that a history once seen can be read offline. Only what the server served to this user is
/// stored, so the cache never shows more than the server would.
class RevisionStore final
{
public:
    explicit RevisionStore(ReplicaDatabase &db);

    /// Replaces the cached history of `recordId` with `revisions` (the complete list the server
    /// served, any order), in one transaction: a revision the server no longer shows this user
    /// (a hidden post) leaves the cache too.
    Result<void> replace(const QString &recordId, const QList<protocol::Revision> &revisions);
    /// The cached revisions of `recordId`, newest first (empty when never fetched).
    Result<QList<protocol::Revision>> list(const QString &recordId);

private:
    ReplicaDatabase &m_db;
};

} // namespace smec::replica
