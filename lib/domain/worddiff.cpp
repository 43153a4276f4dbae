// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "worddiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <vector>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

enum class Class { Word, Space, Other };

Class classOf(char32_t c)
{
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'_')
        return Class::Word;
    if (QChar::isSpace(c))
        return Class::Space;
    return Class::Other;
}

// Words and white-space runs as tokens; every other character is a token of its own.
QStringList tokens(const QString &text)
{
    QStringList list;
    qsizetype start = 0;
    Class current = Class::Other;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype at = i;
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        ++i;
        const Class cls = classOf(c);
        if (at == 0 || cls != current || cls == Class::Other) {
            if (at > 0)
                list.append(text.mid(start, at - start));
            start = at;
            current = cls;
        }
    }
    if (!text.isEmpty())
        list.append(text.mid(start));
    return list;
}

void append(QList<WordDiffSegment> &segments, WordDiffSegment::Type type, const QString &text)
{
    if (!segments.isEmpty() && segments.constLast().type == type)
        segments.last().text += text;
    else
        segments.append({type, text});
}

} // namespace

QString segmentTypeName(WordDiffSegment::Type type)
{
    switch (type) {
    case WordDiffSegment::Type::Common:
        return u"common"_s;
    case WordDiffSegment::Type::Deleted:
        return u"deleted"_s;
    case WordDiffSegment::Type::Inserted:
        return u"inserted"_s;
    }
    return {};
}

QList<WordDiffSegment> wordDiff(const QString &before, const QString &after)
{
    const QStringList a = tokens(before.normalized(QString::NormalizationForm_C));
    const QStringList b = tokens(after.normalized(QString::NormalizationForm_C));
    QHash<QString, int> ids;
    QStringList words; // by id
    auto intern = [&ids, &words](const QStringList &list) {
        std::vector<int> out;
        out.reserve(size_t(list.size()));
        for (const QString &w : list) {
            auto it = ids.constFind(w);
            if (it == ids.constEnd()) {
                it = ids.insert(w, int(words.size()));
                words.append(w);
            }
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> x = intern(a);
    const std::vector<int> y = intern(b);
    dtl::Diff<int, std::vector<int>> diff(x, y);
    diff.compose();

    // dtl may interleave the deletions and insertions of one change; gather each change's
    // deletions and insertions so that a replacement reads "deleted, then inserted". White space
    // alone between two changes joins them ("[-a b-]{+c d+}", not "[-a-]{+c+} [-b-]{+d+}").
    QList<WordDiffSegment> segments;
    QString deleted, inserted, space;
    auto flush = [&]() {
        if (!deleted.isEmpty())
            append(segments, WordDiffSegment::Type::Deleted, deleted);
        if (!inserted.isEmpty())
            append(segments, WordDiffSegment::Type::Inserted, inserted);
        deleted.clear();
        inserted.clear();
        if (!space.isEmpty())
            append(segments, WordDiffSegment::Type::Common, space);
        space.clear();
    };
    auto change = [&]() {
        deleted += space;
        inserted += space;
        space.clear();
    };
    for (const auto &element : diff.getSes().getSequence()) {
        const QString &word = words.at(element.first);
        switch (element.second.type) {
        case dtl::SES_COMMON:
            if ((!deleted.isEmpty() || !inserted.isEmpty()) && space.isEmpty() &&
                classOf(word.at(0).unicode()) == Class::Space) {
                space = word;
                break;
            }
            flush();
            append(segments, WordDiffSegment::Type::Common, word);
            break;
        case dtl::SES_DELETE:
            change();
            deleted += word;
            break;
        case dtl::SES_ADD:
            change();
            inserted += word;
            break;
        }
    }
    flush();
    return segments;
}

} // namespace smec::domain
