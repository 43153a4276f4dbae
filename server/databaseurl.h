// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QString>

namespace smec::server {

/// A parsed `--database` URL: `sqlite:PATH` or `postgresql://user:password@host:port/dbname`.
struct DatabaseUrl
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; ///< extra QPSQL connect options from the query (`sslmode=require`)

    static Result<DatabaseUrl> parse(const QString &text);
    /// The URL with the password masked, for logs and messages.
    QString redacted() const;
};

} // namespace smec::server
