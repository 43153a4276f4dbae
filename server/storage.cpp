// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage.h"

#include "postgresstorage.h"
#include "sqlitestorage.h"

namespace smec::server {

std::unique_ptr<Storage> Storage::create(const DatabaseUrl &url, const QString &connectionName)
{
    if (url.backend == DatabaseUrl::Backend::Postgres)
        return std::make_unique<PostgresStorage>(url, connectionName);
    return std::make_unique<SqliteStorage>(url, connectionName);
}

} // namespace smec::server
