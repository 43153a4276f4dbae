// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "listfilter.h"
#include "replicatypes.h"

#include <QList>
#include <QVariantList>

namespace smec::replica {

class ReplicaDatabase;
struct KindTable;

/// Lists, counts and facet counts over the typed tables, all in SQL with indexes, so a page or
/// the sidebar of a 100,000-practice replica takes milliseconds.
class ListStore final
{
public:
    explicit ListStore(ReplicaDatabase &db);

    /// One page of rows for `filter`.
    Result<QList<ListRow>> list(const ListFilter &filter);
    /// How many rows `filter` matches (paging ignored).
    Result<qint64> count(const ListFilter &filter);
    /// Counts per facet value for the sidebar, each facet without its own selection; also
    /// `start_year` counts without the year range.
    Result<FacetCounts> facetCounts(const ListFilter &filter);
    /// The rows `filter` matches (the whole filter, paging ignored), counted by the value of
    /// one facet (`pillar`, `country`, `status`...) or typed column (`start_year`,
    /// `meeting_id`): what list() returns for the same filter, grouped. A row with several
    /// values of a multi-valued facet (pillars, target groups) counts once under each; every
    /// value of such a facet's vocabulary is present, with 0 when no row has it. Rows without a
    /// value count under the empty string.
    /// `meeting` is the wire name of the `meeting_id` column.
    Result<QMap<QString, int>> countBy(const ListFilter &filter, const QString &by);

    /// What a kind is counted by in `smecommunity-cli stats` and the Statistics page, in the
    /// order they offer it (countBy takes each).
    static QStringList countDimensions(domain::Kind kind);
    /// countBy's answer in the order it is shown: start years oldest first (a trend), everything
    /// else largest first, equal counts in value order.
    static QList<ValueCount> ordered(const QMap<QString, int> &counts, const QString &by);

private:
    struct Where
    {
        QString sql; ///< " WHERE ..." or empty
        QVariantList binds;
        /// Only bitmask conditions: no index narrows the rows, each row must be read.
        bool masksOnly = false;
    };
    Result<Where> where(const ListFilter &filter, const KindTable &table,
                        const QString &withoutFacet);
    Result<void> countValues(const QString &sql, const QVariantList &binds,
                             QMap<QString, int> &into);

    ReplicaDatabase &m_db;
};

} // namespace smec::replica
