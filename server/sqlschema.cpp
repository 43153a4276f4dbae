// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlschema.h"

using namespace Qt::StringLiterals;

namespace smec::server {

QStringList SqlSchema::version1(const QString &big)
{
    return QStringList{
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value %1 NOT NULL)"_s.arg(big),
        u"INSERT INTO counters (name, value) VALUES ('rev', 0)"_s,
        u"CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, rev %1 NOT NULL "
        "UNIQUE, deleted INTEGER NOT NULL, created_by TEXT, updated_by TEXT, created_at TEXT, "
        "updated_at TEXT, fields TEXT NOT NULL, country TEXT, status TEXT, hidden INTEGER NOT "
        "NULL DEFAULT 0)"_s.arg(big),
        u"CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
        "display_name TEXT NOT NULL, country TEXT, role TEXT NOT NULL, password_hash TEXT NOT "
        "NULL, created_at TEXT NOT NULL)"_s,
        u"CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
        "created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"_s,
        u"CREATE TABLE mutations (mutation_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
        "result TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX mutations_created_at ON mutations (created_at)"_s,
        u"CREATE TABLE audit (rev %1 PRIMARY KEY, at TEXT NOT NULL, user_id TEXT NOT NULL, "
        "record_id TEXT NOT NULL, kind TEXT NOT NULL, op TEXT NOT NULL, mutation_id TEXT NOT "
        "NULL)"_s.arg(big),
        u"CREATE INDEX audit_record ON audit (record_id)"_s,
        u"CREATE TABLE login_throttle (username TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
        "locked_until TEXT)"_s,
    };
}

QStringList SqlSchema::version2()
{
    // Before version 2 no server accepted initiatives, so no row needs the column filled in.
    return QStringList{u"ALTER TABLE records ADD COLUMN partners TEXT"_s};
}

QStringList SqlSchema::version3()
{
    return QStringList{
        u"ALTER TABLE audit ADD COLUMN fields TEXT"_s,
        u"UPDATE audit SET fields = (SELECT r.fields FROM records r WHERE r.rev = audit.rev)"_s,
    };
}

} // namespace smec::server
