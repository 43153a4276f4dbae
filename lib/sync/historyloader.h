// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "protocol/messages.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smec::replica {
class Replica;
}

namespace smec::sync {

class ApiClient;

/// A record's history for the CLI and the desktop: from the server when it can be reached (and
/// then kept in the replica), else from what the replica kept the last time. Blocking: call it
/// on a worker thread in the desktop app.
class HistoryLoader final
{
    Q_DECLARE_TR_FUNCTIONS(smec::sync::HistoryLoader)

public:
    struct History
    {
        QList<protocol::Revision> revisions; ///< newest first
        bool fromCache = false;              ///< the server was not asked or not reached
        Error serverError;                   ///< why not, when fromCache and a server was asked
    };

    /// `api` null: offline, the cache only. The server's `not_found` (the record is gone or no
    /// longer visible to this user) empties the cache of the record and is returned as the
    /// error; an unreachable server (network, timeout, tls, unavailable, internal) falls back
    /// to the cache. Errors: `history_unavailable` when nothing is cached and no server answered,
    /// the server's error otherwise (auth), and local database errors.
    static Result<History> load(replica::Replica &replica, ApiClient *api, const QString &recordId);
    /// Whether an error from the server means "not reached" (fall back to the cache).
    static bool unreachable(const Error &error);
};

} // namespace smec::sync
