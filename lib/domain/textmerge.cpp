// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textmerge.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

/// A text as lines (without their line breaks, NFC) and the line ids the diffs compare.
struct Lines
{
    QStringList text;
    std::vector<int> ids;
    bool finalNewline = false;
    bool crlf = false;
};

/// Line ids shared by the three texts: equal ids for lines equal after NFC. Most lines are the
/// same in all three, so the raw text is looked up first and only new lines are normalised
/// (normalising every line was two thirds of the merge time on a 200 KB body).
struct LineIds
{
    QHash<QString, int> raw;
    QHash<QString, int> normalized;
    QStringList canonical; ///< by id: the NFC text
};

/// False when NFC cannot change the line (the common case; normalising is the slow part). A
/// character may change or compose when it combines (class != 0), has a canonical decomposition
/// (singletons, Hangul syllables; Latin-1 and Latin Extended letters below U+0300 are already
/// composed), is a conjoining Hangul jamo, or is in the Indic and Southeast Asian blocks whose
/// vowel signs compose although their class is 0.
bool mayNeedNormalizing(const QString &line)
{
    return std::any_of(line.cbegin(), line.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        if (u < 0x300)
            return false;
        return c.isSurrogate() || c.combiningClass() != 0 ||
               c.decompositionTag() == QChar::Canonical || (u >= 0x0900 && u <= 0x1BFF) ||
               (u >= 0xA960 && u <= 0xA97F) || (u >= 0xD7B0 && u <= 0xD7FF);
    });
}

Lines splitLines(const QString &input, LineIds &ids)
{
    Lines lines;
    qsizetype breaks = 0;
    qsizetype crlfBreaks = 0;
    const QChar *chars = input.constData();
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (chars[i] == u'\n') {
            ++breaks;
            crlfBreaks += i > 0 && chars[i - 1] == u'\r' ? 1 : 0;
        }
    }
    lines.crlf = breaks > 0 && crlfBreaks == breaks;
    QString text = input;
    if (crlfBreaks > 0)
        text.replace(u"\r\n"_s, u"\n"_s);
    if (text.isEmpty())
        return lines;
    lines.finalNewline = text.endsWith(u'\n');
    if (lines.finalNewline)
        text.chop(1);
    lines.text = text.split(u'\n');
    lines.ids.reserve(size_t(lines.text.size()));
    for (QString &line : lines.text) {
        auto known = ids.raw.constFind(line);
        if (known == ids.raw.constEnd()) {
            const QString nfc =
                mayNeedNormalizing(line) ? line.normalized(QString::NormalizationForm_C) : line;
            auto id = ids.normalized.constFind(nfc);
            if (id == ids.normalized.constEnd()) {
                id = ids.normalized.insert(nfc, int(ids.canonical.size()));
                ids.canonical.append(nfc);
            }
            known = ids.raw.insert(line, *id);
        }
        lines.ids.push_back(*known);
        line = ids.canonical.at(*known);
    }
    return lines;
}

/// One change of a side against the base: base lines [s, e) became side lines [from, to).
/// Changes of one side are ordered and separated by at least one line both keep.
struct Change
{
    int s = 0;
    int e = 0;
    int from = 0;
    int to = 0;
    bool isInsertion() const { return s == e; }
};

std::vector<Change> changesOf(const std::vector<int> &base, const std::vector<int> &side)
{
    dtl::Diff<int, std::vector<int>> diff(base, side);
    diff.compose();
    std::vector<Change> changes;
    int b = 0;
    int x = 0;
    bool open = false;
    for (const auto &element : diff.getSes().getSequence()) {
        const dtl::edit_t type = element.second.type;
        if (type == dtl::SES_COMMON) {
            open = false;
            ++b;
            ++x;
            continue;
        }
        if (!open) {
            changes.push_back({b, b, x, x});
            open = true;
        }
        if (type == dtl::SES_DELETE)
            changes.back().e = ++b;
        else
            changes.back().to = ++x;
    }
    return changes;
}

/// Whether a change of one side and a change of the other touch the same base lines, so that
/// no order of applying both is obviously right. An insertion overlaps an insertion at the
/// same place and a change of lines around it; an insertion at either edge of a change does not.
bool overlaps(const Change &a, const Change &b)
{
    if (a.isInsertion() && b.isInsertion())
        return a.s == b.s;
    if (a.isInsertion())
        return b.s < a.s && a.s < b.e;
    if (b.isInsertion())
        return a.s < b.s && b.s < a.e;
    return a.s < b.e && b.s < a.e;
}

/// Whether a side keeps none of the base's non-blank lines: a rewrite, not an edit.
bool isRewrite(const Lines &base, const std::vector<Change> &changes)
{
    std::vector<bool> kept(size_t(base.text.size()), true);
    for (const Change &c : changes)
        std::fill(kept.begin() + c.s, kept.begin() + c.e, false);
    bool anyNonBlank = false;
    for (qsizetype i = 0; i < base.text.size(); ++i) {
        if (base.text.at(i).trimmed().isEmpty())
            continue;
        anyNonBlank = true;
        if (kept[size_t(i)])
            return false;
    }
    return anyNonBlank;
}

QString joinLines(const QStringList &lines, int from, int to)
{
    QString out;
    for (int i = from; i < to; ++i) {
        out += lines.at(i);
        out += u'\n';
    }
    return out;
}

/// Base lines [s, e) with `changes` (of one side, inside that range) applied.
struct Version
{
    std::vector<int> ids;
    QString text;
};

Version applyChanges(const Lines &base, const Lines &side, const std::vector<Change> &changes,
                     int s, int e)
{
    Version v;
    int pos = s;
    auto take = [&v](const Lines &from, int a, int b) {
        v.ids.insert(v.ids.end(), from.ids.begin() + a, from.ids.begin() + b);
        v.text += joinLines(from.text, a, b);
    };
    for (const Change &c : changes) {
        take(base, pos, c.s);
        take(side, c.from, c.to);
        pos = c.e;
    }
    take(base, pos, e);
    return v;
}

} // namespace

QString TextMergeResult::text(const QStringList &hunkTexts) const
{
    QString out;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        out += pieces.at(i);
        if (i >= hunks.size())
            continue;
        QString chosen = i < hunkTexts.size() ? hunkTexts.at(i) : hunks.at(i).mine;
        chosen.replace(u"\r\n"_s, u"\n"_s);
        if (!chosen.isEmpty() && !chosen.endsWith(u'\n'))
            chosen += u'\n';
        out += chosen;
    }
    if (!finalNewline && out.endsWith(u'\n'))
        out.chop(1);
    if (crlf)
        out.replace(u"\n"_s, u"\r\n"_s);
    return out;
}

TextMergeResult mergeText(const QString &baseText, const QString &mineText,
                          const QString &theirsText)
{
    TextMergeResult result;
    // Nothing to merge: the exact text of the side that changed (or of both, when equal).
    if (mineText == theirsText || theirsText == baseText || mineText == baseText) {
        result.pieces = {mineText == baseText ? theirsText : mineText};
        return result;
    }
    LineIds ids;
    const Lines base = splitLines(baseText, ids);
    const Lines mine = splitLines(mineText, ids);
    const Lines theirs = splitLines(theirsText, ids);
    result.finalNewline =
        mine.finalNewline == base.finalNewline ? theirs.finalNewline : mine.finalNewline;
    result.crlf = mine.crlf && theirs.crlf;

    const std::vector<Change> ours = changesOf(base.ids, mine.ids);
    const std::vector<Change> other = changesOf(base.ids, theirs.ids);

    const int n = int(base.ids.size());
    if (!ours.empty() && !other.empty() && mine.ids != theirs.ids &&
        (isRewrite(base, ours) || isRewrite(base, other))) {
        result.pieces = {QString(), QString()};
        result.hunks.append({joinLines(base.text, 0, n),
                             joinLines(mine.text, 0, int(mine.text.size())),
                             joinLines(theirs.text, 0, int(theirs.text.size()))});
        return result;
    }

    // Group the changes that overlap across sides (transitively) with a union-find; changes
    // [0, ours) are mine, the rest theirs.
    const size_t p = ours.size();
    std::vector<size_t> parent(p + other.size());
    std::iota(parent.begin(), parent.end(), size_t(0));
    auto find = [&parent](size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (size_t i = 0; i < p; ++i) {
        const Change &a = ours[i];
        // Their changes are ordered with non-decreasing ends: skip those ending before a starts.
        auto j = size_t(std::lower_bound(other.begin(), other.end(), a.s,
                                         [](const Change &c, int s) { return c.e < s; }) -
                        other.begin());
        for (; j < other.size() && other[j].s <= a.e; ++j) {
            if (overlaps(a, other[j]))
                parent[find(i)] = find(p + j);
        }
    }
    struct Group
    {
        int s = 0;
        int e = 0;
        std::vector<Change> mine;
        std::vector<Change> theirs;
    };
    QHash<size_t, size_t> groupOf;
    std::vector<Group> groups;
    for (size_t i = 0; i < parent.size(); ++i) {
        const size_t root = find(i);
        auto it = groupOf.constFind(root);
        const Change &c = i < p ? ours[i] : other[i - p];
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(root, groups.size());
            groups.push_back({c.s, c.e, {}, {}});
        }
        Group &g = groups[*it];
        g.s = std::min(g.s, c.s);
        g.e = std::max(g.e, c.e);
        (i < p ? g.mine : g.theirs).push_back(c);
    }
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return a.s != b.s ? a.s < b.s : a.e < b.e; });

    QString piece;
    int pos = 0;
    for (const Group &g : groups) {
        piece += joinLines(base.text, pos, g.s);
        pos = g.e;
        const Version m = applyChanges(base, mine, g.mine, g.s, g.e);
        if (g.theirs.empty() || g.mine.empty()) { // one side alone changed these lines
            piece +=
                g.theirs.empty() ? m.text : applyChanges(base, theirs, g.theirs, g.s, g.e).text;
            continue;
        }
        const Version t = applyChanges(base, theirs, g.theirs, g.s, g.e);
        if (m.ids == t.ids) { // the same change on both sides
            piece += m.text;
            continue;
        }
        result.pieces.append(piece);
        piece.clear();
        result.hunks.append({joinLines(base.text, g.s, g.e), m.text, t.text});
    }
    piece += joinLines(base.text, pos, n);
    result.pieces.append(piece);
    return result;
}

} // namespace smec::domain
