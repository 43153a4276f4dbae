// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smec::domain {

/// One place where both sides changed the same lines differently. Each text is whole lines,
/// every line ending in "\n" (empty when that side has no line there, e.g. an insertion).
struct TextHunk
{
    QString base;
    QString mine;
    QString theirs;
    bool operator==(const TextHunk &) const = default;
};

/// The outcome of a line-based three-way merge of one text: the merged text as pieces that
/// merged cleanly, with a conflicting hunk between each two (pieces.size() == hunks.size() + 1).
struct TextMergeResult
{
    QStringList pieces;
    QList<TextHunk> hunks;
    bool finalNewline = true; ///< whether the merged text ends with a line break
    bool crlf = false;        ///< whether the merged text uses CRLF line breaks

    bool clean() const { return hunks.isEmpty(); }
    /// The merged text with hunk i replaced by `hunkTexts[i]` (a hunk text that does not end
    /// with a line break gets one, so it never runs into the next line). Missing entries take
    /// the hunk's `mine`.
    QString text(const QStringList &hunkTexts = {}) const;
};

/// Line-based three-way merge of Markdown and plain text (base = the last synced version):
/// changes to different lines merge, identical changes on both sides merge, and only changes
/// whose base lines overlap (or insertions at the same place) become hunks. A side that keeps
/// none of the base's non-blank lines (a rewrite) against a change on the other side is one
/// hunk over the whole text. Lines are compared after CRLF -> LF and Unicode NFC, so line
/// endings, a missing final newline or a decomposed accent never make a conflict; the merged
/// text is NFC, and uses CRLF only when both sides do. The line diffs are dtl's (Diff, O(NP)).
TextMergeResult mergeText(const QString &base, const QString &mine, const QString &theirs);

} // namespace smec::domain
