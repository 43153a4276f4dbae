// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace smec::server {

/// The server's SQL schema, one list of portable statements per version, shared by the SQLite
/// and PostgreSQL back ends (only the big-integer column type differs).
class SqlSchema final
{
public:
    SqlSchema() = delete;

    static constexpr int currentVersion = 3;

    /// The tables of version 1: meta, counters, records, users, sessions, mutations, audit,
    /// login_throttle. `big` is the column type of revs (`INTEGER` or `BIGINT`).
    static QStringList version1(const QString &big);
    /// Version 2 (joint initiatives): `records.partners`, an initiative's partner countries and
    /// their states ("RWA:joined UGA:invited"), which the change feed's visibility check needs
    /// while the initiative is proposed.
    static QStringList version2();
    /// Version 3 (record history): `audit.fields`, the whole fields of the record as written at
    /// that rev, so every accepted write is a revision that can be served again. Audit rows of
    /// earlier versions kept no fields: the rows that are still a record's current revision get
    /// them from `records`; older ones stay NULL and are not served.
    static QStringList version3();
};

} // namespace smec::server
