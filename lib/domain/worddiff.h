// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace smec::domain {

/// One run of a word diff: text both versions share, or text only the older (deleted) or only
/// the newer (inserted) one has.
struct WordDiffSegment
{
    enum class Type { Common, Deleted, Inserted };
    Type type = Type::Common;
    QString text;
    bool operator==(const WordDiffSegment &) const = default;
};

/// Wire-ish name of a segment type: `common`, `deleted`, `inserted` (CLI --json, tests).
QString segmentTypeName(WordDiffSegment::Type type);

/// Word-level difference between two versions of a text (record history): both texts are cut
/// into words (runs of letters, digits and combining marks, in any script: Arabic words keep
/// their diacritics), runs of white space, and single other characters (punctuation), compared
/// after Unicode NFC with dtl's O(NP) diff, the one the line merge (textmerge.h) uses.
/// Concatenating the Common and Deleted segments gives `before` (NFC), Common and Inserted gives
/// `after`. Adjacent segments of one type are joined; where a change deletes and inserts at one
/// place, the deletion comes first. Two equal texts give one Common segment (none when empty).
QList<WordDiffSegment> wordDiff(const QString &before, const QString &after);

} // namespace smec::domain
