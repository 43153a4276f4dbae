// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "replicatypes.h"

#include <QByteArray>
#include <QList>

namespace smec::replica {

/// One value of a typed-table column, already in the form SQLite stores it (UTF-8 text or a
/// 64-bit integer), so the writer binds it without converting.
struct SqlValue
{
    enum class Type { Null, Integer, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    QByteArray text;
};

/// A record pulled from the change feed together with everything storing it needs: the fields
/// as compact UTF-8 JSON, the envelope's text, and the values of its kind's typed columns.
/// Preparing is pure computation over the record (no database), so during a large pull it runs
/// on the thread that fetches and decodes the pages, and the replica's writer only binds and
/// inserts.
struct PulledRecord
{
    domain::Record record;
    QByteArray fieldsJson; ///< empty for a tombstone
    QByteArray createdAt;  ///< ISO-8601 with milliseconds, empty when absent
    QByteArray updatedAt;
    QList<SqlValue> typed; ///< KindTables::of(kind).columns order; empty for a tombstone

    /// Computes the stored form of `record`; `regions` fills the region column.
    static PulledRecord prepare(domain::Record record, const RegionResolver &regions);
    /// The same for a page; `fieldsText[i]`, where given and not empty, is record i's fields as
    /// they came over the wire (protocol::decodeChangePageKeepingFields()), stored as they are
    /// instead of writing the object out again.
    static QList<PulledRecord> prepare(QList<domain::Record> records, const RegionResolver &regions,
                                       const QList<QByteArray> &fieldsText = {});
};

} // namespace smec::replica
