// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "replicatypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace smec::replica {

/// How a typed column gets its value from a record.
enum class ColumnSource {
    Field,     ///< a field, as text or integer
    Mask,      ///< a string or array of strings from `vocabulary`, as a bit mask
    Region,    ///< the region of the country in `field`
    SortKey,   ///< TextNormalizer::sortKey() of `field`
    CreatedAt, ///< envelope, or the local time for a record not yet synced
    UpdatedAt, ///< envelope, or the local time of the last local edit
    /// The country codes of one or more fields (`field` lists them separated by commas): a code,
    /// a list of codes, or a list of `{"country"}` objects, stored as " KEN RWA " so that a
    /// filter matches one code with instr() and a facet counts each code.
    CountryCodes,
};

enum class ColumnType { Text, Integer };

/// One typed column of a kind's table, filled from the record when it is written.
struct TypedColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
    ColumnSource source = ColumnSource::Field;
    QString field;          ///< the record field the value comes from
    QString facet;          ///< facet name when lists filter and count on it, else empty
    QStringList vocabulary; ///< Mask only: bit i = vocabulary[i]
};

/// The typed table of one record kind: the columns the UI filters and sorts on, and the
/// full-text table when the kind is searchable.
struct KindTable
{
    domain::Kind kind = domain::Kind::Practice;
    QString table;
    QString ftsTable;       ///< empty when the kind has no full-text index
    QString yearFromColumn; ///< the column a year range filter compares, empty if none
    QString yearToColumn;
    QList<TypedColumn> columns;

    const TypedColumn *column(const QString &name) const;
    const TypedColumn *facetColumn(const QString &facet) const;
};

/// The typed tables of the current schema, one per kind.
class KindTables final
{
public:
    KindTables() = delete;

    static const KindTable &of(domain::Kind kind);
    static const QStringList &pillars();
    static const QStringList &targetGroups();

    /// The values of `table`'s columns for `record`, in column order.
    static QVariantList rowValues(const KindTable &table, const domain::Record &record,
                                  const RegionResolver &regions, const QString &localTime);
    /// The bit mask of `values` (a string or an array of strings) over `vocabulary`.
    static qint64 mask(const QJsonValue &values, const QStringList &vocabulary);
    /// The values set in `mask`.
    static QStringList unmask(qint64 mask, const QStringList &vocabulary);
};

} // namespace smec::replica
