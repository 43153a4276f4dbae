// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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

} // namespace smec::sync
