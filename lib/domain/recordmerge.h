// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record.h"
#include "textmerge.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace smec::domain {

/// The outcome of merging one record's fields three ways.
struct RecordMergeResult
{
    /// Every field that merged cleanly; a conflicting field holds mine, and a conflicting text
    /// field its merged text with every hunk taking mine (the other side's clean changes kept).
    QJsonObject merged;
    QStringList conflicts; ///< fields changed on both sides to different values, sorted
    /// The conflicting text fields (Markdown) and their hunks; every one is in `conflicts`.
    QMap<QString, TextMergeResult> texts;

    bool clean() const { return conflicts.isEmpty(); }

    /// `merged` with the hunks of text fields resolved: `choices` maps a field name to an
    /// object from hunk index ("0", "1"...) to the text that replaces the hunk. Hunks without
    /// a choice take mine.
    QJsonObject resolved(const QJsonObject &choices) const;
    /// How many hunks `choices` leaves open, plus one per conflicting field that is not text.
    int openCount(const QJsonObject &choices) const;
};

/// Three-way merge of one record's fields (DESIGN.md section 5, invariant 4): a field changed
/// only locally keeps the local value, only remotely takes the remote one, on both sides to the
/// same value takes it, and on both sides to different values is a conflict. Markdown fields of
/// `kind` (FieldSchema: body, results, lessons, summary, agenda, outcomes, ...) are merged line
/// by line instead (mergeText), and conflict only where both sides changed the same lines. A
/// keyed list field (FieldSpec::itemKey(): an initiative's `partners` by country, `milestones` by
/// id) changed on both sides is merged item by item, and an item changed on both sides member
/// by member, by the same rule; items added on either side are kept (mine in my order, then
/// theirs), an item removed on one side and left alone on the other goes; the whole field
/// conflicts only when one item's member was changed on both sides to different values, or
/// removed on one side and changed on the other, or a value is not a well-formed keyed list. A
/// field absent from an object counts as a value of its own (absent), so adding or removing a
/// field merges too; an absent or null text counts as empty text when the others are texts.
RecordMergeResult mergeFields(Kind kind, const QJsonObject &base, const QJsonObject &mine,
                              const QJsonObject &theirs);

} // namespace smec::domain
