// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QJsonObject>
#include <QStringList>

namespace smec::sync {

/// The outcome of merging one record's fields three ways.
struct MergeResult
{
    QJsonObject merged;    ///< every field that merged cleanly; conflicting ones hold mine
    QStringList conflicts; ///< fields changed on both sides to different values, sorted
    bool clean() const { return conflicts.isEmpty(); }
};

/// Field-by-field three-way merge (DESIGN.md section 5, invariant 4): a field changed only
/// locally keeps the local value, only remotely takes the remote one, on both sides to the same
/// value takes it, and on both sides to different values is a conflict. A field absent from an
/// object counts as a value of its own (absent), so adding or removing a field merges too.
MergeResult mergeFields(const QJsonObject &base, const QJsonObject &mine,
                        const QJsonObject &theirs);

/// The same, knowing the record's kind: a keyed list field (domain::FieldSpec::itemKey(): an
/// initiative's `partners` by country, `milestones` by id) changed on both sides is merged item
/// by item, and an item changed on both sides member by member, by the same rule. Items added on
/// either side are kept (mine in my order, then theirs), an item removed on one side and left
/// alone on the other goes; it is a conflict of the whole field only when one item's member was
/// changed on both sides to different values, or removed on one side and changed on the other,
/// or when a value is not a well-formed keyed list.
MergeResult mergeFields(domain::Kind kind, const QJsonObject &base, const QJsonObject &mine,
                        const QJsonObject &theirs);

} // namespace smec::sync
