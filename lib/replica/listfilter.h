// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace smec::replica {

/// What a list shows: the kind, facet selections, a year range, text, sorting and the page.
/// Facet names: `pillar`, `target_group`, `country`, `region`, `status`, `instrument`,
/// `evidence_level`, `subkind` (thread or meeting kind), `mode` (meetings); each kind supports
/// those it has (see KindTables). Values within a facet are ORed, facets are ANDed.
struct ListFilter
{
    domain::Kind kind = domain::Kind::Practice;
    QMap<QString, QStringList> facets;
    std::optional<int> yearFrom; ///< practices running in or after this year
    std::optional<int> yearTo;   ///< practices started in or before this year
    QString text;                ///< full-text (practices, posts) or title words (others)
    QString threadId;            ///< posts of one thread
    QString meetingId;           ///< threads or commitments of one meeting
    bool localEditsOnly = false; ///< only records with an edit the server has not accepted
    /// Initiatives only: those inviting this country (ISO3) to join, i.e. where it is a partner
    /// in state `invited` (an invitation its delegates have not answered yet).
    QString invitedCountry;

    /// A typed column (`title`, `country`, `start_year`, `updated_at`...); empty = relevance
    /// when there is text, else the kind's default (newest first; posts oldest first).
    QString sortColumn;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int offset = 0;
    int limit = 100;
    /// `offset` counts from the end of the list: the page is found walking the order backwards
    /// (so a page near the end of 100,000 rows costs what one near the start does), and its
    /// rows still come in the list's order.
    bool fromEnd = false;
    bool withFields = false; ///< also return each row's fields
};

} // namespace smec::replica
