// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyloader.h"

#include "apiclient.h"
#include "protocol/errorcodes.h"
#include "replica/replica.h"

using namespace Qt::StringLiterals;

namespace smec::sync {

bool HistoryLoader::unreachable(const Error &error)
{
    return error.code == u"network"_s || error.code == u"timeout"_s || error.code == u"tls"_s ||
           error.code == u"invalid_response"_s || error.code == protocol::codes::unavailable ||
           error.code == protocol::codes::internal;
}

Result<HistoryLoader::History> HistoryLoader::load(replica::Replica &replica, ApiClient *api,
                                                   const QString &recordId)
{
    History history;
    if (api) {
        auto served = api->allRevisions(recordId);
        if (served) {
            if (auto kept = replica.revisions().replace(recordId, *served); !kept)
                return kept.error();
            history.revisions = *served;
            return history;
        }
        if (served.error().code == protocol::codes::notFound) {
            // Gone, or no longer ours to see: what was cached must not outlive it.
            if (auto cleared = replica.revisions().replace(recordId, {}); !cleared)
                return cleared.error();
            return served.error();
        }
        if (!unreachable(served.error()))
            return served.error();
        history.serverError = served.error();
    }
    auto cached = replica.revisions().list(recordId);
    if (!cached)
        return cached.error();
    if (cached->isEmpty())
        return Error{u"history_unavailable"_s,
                     api ? tr("The server could not be reached (%1) and no history of this record "
                              "is kept here.")
                               .arg(history.serverError.message)
                         : tr("No history of this record is kept here, and there is no server to "
                              "ask."),
                     {}};
    history.revisions = *cached;
    history.fromCache = true;
    return history;
}

} // namespace smec::sync
