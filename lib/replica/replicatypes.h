// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace smec::replica {

/// Maps an ISO 3166-1 alpha-3 country code to its region name; empty when unknown. The replica
/// stores the region in a typed column so lists can filter and facet on it.
using RegionResolver = std::function<QString(const QString &country)>;

/// Where a record stands with respect to the server, as the lists and the CLI show it.
enum class RecordState { Synced, Pending, Conflict, Rejected };

/// The wire-ish name of a state: `synced`, `pending`, `conflict`, `rejected`.
QString recordStateName(RecordState state);

/// The last synced server version of a record (the merge base).
struct BaseVersion
{
    qint64 rev = 0;
    bool deleted = false;
    QJsonObject fields;
};

enum class OutboxOp { Upsert, Delete };
enum class OutboxState { Pending, Rejected };

/// A local edit waiting to be sent (or rejected by the server). `mutationId` is fixed when the
/// entry is created; a retry resends the same id.
struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString recordId;
    domain::Kind kind = domain::Kind::Practice;
    OutboxOp op = OutboxOp::Upsert;
    qint64 baseRev = 0;
    QJsonObject fields;
    QDateTime createdAt;
    QDateTime updatedAt;
    int attempts = 0; ///< times handed to the network; > 0 means "sent at least once"
    OutboxState state = OutboxState::Pending;
    QString errorCode;
    QString errorMessage;
};

/// A record changed both locally and on the server, waiting for the user to decide.
struct Conflict
{
    QString recordId;
    domain::Kind kind = domain::Kind::Practice;
    QJsonObject base;
    QJsonObject mine;
    QJsonObject theirs;
    qint64 theirsRev = 0;
    bool mineDeleted = false;
    bool theirsDeleted = false;
    QDateTime detectedAt;
    /// Hunks of text fields already resolved: {"field": {"hunk index": "chosen text"}}
    /// (see domain::RecordMergeResult::resolved()).
    QJsonObject hunkChoices;
};

/// Everything the sync engine needs to merge one record.
struct LocalState
{
    std::optional<domain::Record> working;
    std::optional<BaseVersion> base;
    bool localEdit = false; ///< the working copy holds an edit the server has not accepted
    QList<OutboxEntry> outbox;
};

/// One full-text search result. `snippet` marks matches with \u0002 (start) and \u0003 (end);
/// the caller escapes the text for display, then replaces the markers.
struct SearchHit
{
    QString id;
    domain::Kind kind = domain::Kind::Practice;
    QString title;
    QString snippet;
    double rank = 0; ///< bm25, lower is better
};

inline constexpr QChar highlightStart{0x0002};
inline constexpr QChar highlightEnd{0x0003};

/// One row of a list page: the envelope, the typed columns of the kind and the row's state.
struct ListRow
{
    QString id;
    domain::Kind kind = domain::Kind::Practice;
    qint64 rev = 0;
    RecordState state = RecordState::Synced;
    QString createdBy;   ///< user id (set by the server; empty before the first sync)
    QVariantMap columns; ///< typed columns by name (`title`, `country`, `start_year`...)
    QJsonObject fields;  ///< only when ListFilter::withFields is set
};

/// One value of a dimension and how many rows have it (ListStore::countBy, in shown order).
struct ValueCount
{
    QString value; ///< stored value; empty = rows without one
    int count = 0;
};

/// Counts per value of each facet for a filter. A facet's own selection is left out of its counts
/// (disjunctive faceting), so the sidebar shows what ticking another value would add.
struct FacetCounts
{
    int total = 0;                            ///< rows matching the whole filter
    QMap<QString, QMap<QString, int>> facets; ///< facet name -> value -> count
};

/// A named search the user kept: the text and the facet selection as JSON.
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    QJsonObject facets;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// What the pull side of the sync remembers.
struct SyncState
{
    QString serverId;
    QString cursor;
    QDateTime lastSync;
};

} // namespace smec::replica
