// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/recordmerge.h"
#include "domain/textmerge.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::domain;

namespace {

QString resolvedBoth(const TextMergeResult &r)
{
    QStringList both;
    for (const TextHunk &h : r.hunks)
        both.append(h.mine + h.theirs);
    return r.text(both);
}

// --- A generator of realistic Markdown and of independent edits on two sides -----------------

const QStringList words = {
    u"SME"_s,           u"vouchers"_s,    u"digital"_s,       u"finance"_s,     u"green"_s,
    u"guarantee"_s,     u"ministry"_s,    u"programme"_s,     u"firms"_s,       u"exporters"_s,
    u"les"_s,           u"entreprises"_s, u"numérique"_s,     u"financement"_s, u"été"_s,
    u"réseau"_s,        u"coopérative"_s, u"façon"_s,         u"الشركات"_s,     u"الصغيرة"_s,
    u"والمتوسطة"_s,     u"التمويل"_s,     u"الرقمي"_s,        u"الأخضر"_s,      u"برنامج"_s,
    u"\u200fالوزارة"_s, u"crédit"_s,      u"Côte d'Ivoire"_s, u"e-commerce"_s,  u"2026"_s,
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }

    // A line no other line of the run has: natural text with a running number in it.
    QString sentence()
    {
        QString s = words.at(below(int(words.size())));
        const int n = 3 + below(8);
        for (int i = 0; i < n; ++i)
            s += u' ' + words.at(below(int(words.size())));
        return s + u" (%1)."_s.arg(++m_serial);
    }

    // One block of Markdown as lines: a paragraph, a list, a heading or a table.
    QStringList block()
    {
        switch (below(5)) {
        case 0:
            return {u"## "_s + sentence()};
        case 1: {
            QStringList list;
            for (int i = 0, n = 2 + below(4); i < n; ++i)
                list.append((chance(50) ? u"- "_s : u"%1. "_s.arg(i + 1)) + sentence());
            return list;
        }
        case 2: {
            QStringList table{u"| %1 | %2 |"_s.arg(sentence(), sentence()), u"|---|---|"_s};
            for (int i = 0, n = 1 + below(3); i < n; ++i)
                table.append(u"| %1 | %2 |"_s.arg(sentence(), sentence()));
            return table;
        }
        default: {
            QStringList paragraph;
            for (int i = 0, n = 1 + below(3); i < n; ++i)
                paragraph.append(sentence());
            return paragraph;
        }
        }
    }

    QStringList document()
    {
        QStringList lines;
        for (int i = 0, n = 3 + below(8); i < n; ++i) {
            if (!lines.isEmpty())
                lines.append(QString());
            lines += block();
        }
        return lines;
    }

    // A few independent edits: replace, insert, delete lines, rewrite a paragraph.
    QStringList edit(QStringList lines)
    {
        for (int e = 0, n = 1 + below(4); e < n; ++e) {
            const int at = below(int(lines.size()) + 1);
            switch (below(4)) {
            case 0:
                if (at < lines.size())
                    lines[at] = sentence();
                break;
            case 1:
                for (int i = 0, k = 1 + below(3); i < k; ++i)
                    lines.insert(at, sentence());
                break;
            case 2:
                lines.remove(std::min<qsizetype>(at, lines.size() - 1),
                             std::min<qsizetype>(1 + below(2), lines.size() - at));
                break;
            default:
                lines.insert(at, QString());
                lines.insert(at, sentence());
                break;
            }
        }
        return lines;
    }

private:
    QRandomGenerator m_random;
    int m_serial = 0;
};

QString joined(const QStringList &lines)
{
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QHash<QString, int> lineCounts(const QString &text)
{
    QHash<QString, int> counts;
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    for (const QString &line : std::as_const(lines))
        ++counts[line];
    return counts;
}

} // namespace

class TestTextMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesToDifferentParagraphs_mergeSilently()
    {
        const QString base = u"# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n"_s;
        const QString mine =
            u"# Title\n\nFirst paragraph, edited here.\n\nSecond paragraph.\n\nThird.\n"_s;
        const QString theirs =
            u"# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird, edited there.\n"_s;
        const TextMergeResult r = mergeText(base, mine, theirs);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"# Title\n\nFirst paragraph, edited here.\n\nSecond paragraph.\n\n"
                           "Third, edited there.\n"_s);
        QCOMPARE(mergeText(base, theirs, mine).text(), r.text());
    }

    void adjacentLines_mergeSilently()
    {
        const TextMergeResult r = mergeText(u"a\nb\nc\n"_s, u"A\nb\nc\n"_s, u"a\nB\nc\n"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"A\nB\nc\n"_s);
    }

    void overlappingEdits_areOneHunkOfExactlyThoseLines()
    {
        const QString base = u"intro\n\nline one\nline two\n\noutro\n"_s;
        const QString mine = u"intro edited\n\nline one mine\nline two\n\noutro\n"_s;
        const QString theirs = u"intro\n\nline one theirs\nline two\n\noutro edited\n"_s;
        const TextMergeResult r = mergeText(base, mine, theirs);
        QCOMPARE(r.hunks.size(), 1);
        QCOMPARE(r.hunks.at(0),
                 (TextHunk{u"line one\n"_s, u"line one mine\n"_s, u"line one theirs\n"_s}));
        QCOMPARE(r.pieces, (QStringList{u"intro edited\n\n"_s, u"line two\n\noutro edited\n"_s}));
        QCOMPARE(r.text(), u"intro edited\n\nline one mine\nline two\n\noutro edited\n"_s);
        QCOMPARE(r.text({u"line one theirs\n"_s}),
                 u"intro edited\n\nline one theirs\nline two\n\noutro edited\n"_s);
        QCOMPARE(resolvedBoth(r),
                 u"intro edited\n\nline one mine\nline one theirs\nline two\n\noutro edited\n"_s);
        // An edited hunk without a final line break does not run into the next line.
        QCOMPARE(r.text({u"my own"_s}), u"intro edited\n\nmy own\nline two\n\noutro edited\n"_s);
    }

    void insertionsAtTheSamePlace_conflict()
    {
        const TextMergeResult r = mergeText(u"a\nb\n"_s, u"a\nmine\nb\n"_s, u"a\ntheirs\nb\n"_s);
        QCOMPARE(r.hunks, (QList<TextHunk>{{QString(), u"mine\n"_s, u"theirs\n"_s}}));
        QCOMPARE(resolvedBoth(r), u"a\nmine\ntheirs\nb\n"_s);
    }

    void identicalChangesOnBothSides_areNoConflict()
    {
        const TextMergeResult r =
            mergeText(u"a\nb\nc\n"_s, u"a\nB\nc\nmine\n"_s, u"theirs\na\nB\nc\n"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"theirs\na\nB\nc\nmine\n"_s);
    }

    void oneSidedChange_isTaken()
    {
        QCOMPARE(mergeText(u"a\n"_s, u"a\n"_s, u"b\n"_s).text(), u"b\n"_s);
        QCOMPARE(mergeText(u"a\n"_s, u"b\n"_s, u"a\n"_s).text(), u"b\n"_s);
    }

    void rewriteAgainstSmallEdit_isOneHunk()
    {
        const QString base = u"One.\n\nTwo.\n\nThree.\n"_s;
        const QString rewrite = u"Completely new.\n\nText here.\n\nAnd here.\n"_s;
        const QString edit = u"One.\n\nTwo, edited.\n\nThree.\n"_s;
        for (const bool swapped : {false, true}) {
            const TextMergeResult r =
                swapped ? mergeText(base, edit, rewrite) : mergeText(base, rewrite, edit);
            QCOMPARE(r.hunks.size(), 1);
            QCOMPARE(r.hunks.at(0).base, base);
            QCOMPARE(r.hunks.at(0).mine, swapped ? edit : rewrite);
            QCOMPARE(r.pieces, (QStringList{QString(), QString()}));
        }
    }

    void lineEndings_neverMakeConflicts()
    {
        const QString base = u"a\nb\nc\n"_s;
        // Mine only converted to CRLF: their edit is taken, no conflict.
        TextMergeResult r = mergeText(base, u"a\r\nb\r\nc\r\n"_s, u"a\nB\nc\n"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"a\nB\nc\n"_s);
        // Both sides use CRLF: the result does too.
        r = mergeText(base, u"A\r\nb\r\nc\r\n"_s, u"a\r\nb\r\nC\r\n"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"A\r\nb\r\nC\r\n"_s);
    }

    void missingFinalNewline_neverMakesConflicts()
    {
        // Appending after a last line without a line break is not a change of that line.
        TextMergeResult r = mergeText(u"a\nb"_s, u"a\nb\nc\n"_s, u"A\nb"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"A\nb\nc\n"_s);
        r = mergeText(u"a\nb\n"_s, u"a\nb"_s, u"A\nb\n"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"A\nb"_s);
        QCOMPARE(mergeText(u"a"_s, u""_s, u"a\n"_s).text(), QString());
    }

    void unicodeNormalization_neverMakesConflicts()
    {
        const QString nfc = u"Le ministère a financé l'été.\n"_s;
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfc != nfd);
        const QString base = nfc + u"\nsecond\n"_s;
        const TextMergeResult r = mergeText(base, nfd + u"\nsecond\n"_s, nfc + u"\nSECOND\n"_s);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), nfc + u"\nSECOND\n"_s);
        // A singleton (Angstrom sign) and conjoining Hangul jamo are their NFC forms too.
        const QString composed = u"\u00C5ngstr\u00F6m \uAC00\n\nsecond\n"_s;
        const QString decomposed = u"\u212Bngstro\u0308m \u1100\u1161\n\nsecond\n"_s;
        const TextMergeResult s =
            mergeText(composed, decomposed, u"\u00C5ngstr\u00F6m \uAC00\n\nSECOND\n"_s);
        QVERIFY(s.clean());
        QCOMPARE(s.text(), u"\u00C5ngstr\u00F6m \uAC00\n\nSECOND\n"_s);
    }

    void rightToLeftText_mergesIntact()
    {
        const QString base = u"\u200fبرنامج القسائم الرقمية.\n\nالتمويل الأخضر.\n"_s;
        const QString mine =
            u"\u200fبرنامج القسائم الرقمية للشركات الصغيرة.\n\nالتمويل الأخضر.\n"_s;
        const QString theirs = u"\u200fبرنامج القسائم الرقمية.\n\nالتمويل الأخضر والرقمي.\n"_s;
        const TextMergeResult r = mergeText(base, mine, theirs);
        QVERIFY(r.clean());
        QCOMPARE(r.text(), u"\u200fبرنامج القسائم الرقمية للشركات الصغيرة.\n\n"
                           "التمويل الأخضر والرقمي.\n"_s);
    }

    void recordFields_mergeTextAndKeepFieldRuleElsewhere()
    {
        const QJsonObject base{{u"title"_s, u"T"_s},
                               {u"body"_s, u"a\n\nb\n"_s},
                               {u"implementing_org"_s, u"Org"_s},
                               {u"start_year"_s, 2020}};
        QJsonObject mine = base;
        QJsonObject theirs = base;
        mine[u"body"_s] = u"a mine\n\nb\n"_s;
        theirs[u"body"_s] = u"a\n\nb theirs\n"_s;
        RecordMergeResult r = mergeFields(Kind::Practice, base, mine, theirs);
        QVERIFY(r.clean());
        QCOMPARE(r.merged.value(u"body"_s).toString(), u"a mine\n\nb theirs\n"_s);

        // Single-line fields keep the field rule, even for "different words".
        mine[u"title"_s] = u"T mine"_s;
        theirs[u"title"_s] = u"T theirs"_s;
        mine[u"implementing_org"_s] = u"Org\nmine"_s;
        theirs[u"implementing_org"_s] = u"Org\ntheirs"_s;
        theirs[u"body"_s] = u"a other\n\nb\n"_s;
        r = mergeFields(Kind::Practice, base, mine, theirs);
        QCOMPARE(r.conflicts, (QStringList{u"body"_s, u"implementing_org"_s, u"title"_s}));
        QCOMPARE(r.texts.keys(), QStringList{u"body"_s});
        QCOMPARE(r.merged.value(u"title"_s).toString(), u"T mine"_s);
        QCOMPARE(r.openCount({}), 3);
        const QJsonObject choices{{u"body"_s, QJsonObject{{u"0"_s, u"a theirs\n"_s}}}};
        QCOMPARE(r.openCount(choices), 2);
        QCOMPARE(r.resolved(choices).value(u"body"_s).toString(), u"a theirs\n\nb\n"_s);

        // A text field with a value that is not text (malformed input) falls back to the field
        // rule: a conflict, mine kept, nothing lost.
        theirs[u"body"_s] = 42;
        r = mergeFields(Kind::Practice, base, mine, theirs);
        QVERIFY(r.conflicts.contains(u"body"_s));
        QVERIFY(!r.texts.contains(u"body"_s));
        QCOMPARE(r.merged.value(u"body"_s).toString(), u"a mine\n\nb\n"_s);

        // Other kinds' long texts merge too; a text added on both sides merges from empty.
        r = mergeFields(Kind::Meeting, {}, {{u"agenda"_s, u"x\n"_s}}, {{u"agenda"_s, u"x\n"_s}});
        QVERIFY(r.clean());
        r = mergeFields(Kind::Commitment, {{u"progress_note"_s, u"a\n\nb\n"_s}},
                        {{u"progress_note"_s, u"a!\n\nb\n"_s}},
                        {{u"progress_note"_s, u"a\n\nb!\n"_s}});
        QVERIFY(r.clean());
        QCOMPARE(r.merged.value(u"progress_note"_s).toString(), u"a!\n\nb!\n"_s);
    }

    // >= 10,000 generated edit pairs: the merge loses, duplicates and invents nothing.
    void generatedEdits_loseNothingAndDuplicateNothing()
    {
        Generator g(20261203);
        int conflicts = 0;
        int checkedLines = 0;
        int deletedKept = 0;
        int deletedOneSide = 0;
        const int pairs = 10000;
        for (int run = 0; run < pairs; ++run) {
            const QStringList baseLines = g.document();
            const QStringList mineLines = g.edit(baseLines);
            QStringList theirsLines = g.edit(baseLines);
            if (g.chance(5)) // the same edit made twice
                theirsLines = mineLines;
            else if (g.chance(3)) // a rewrite
                theirsLines = g.document();
            const QString base = joined(baseLines);
            const QString mine = joined(mineLines);
            const QString theirs = joined(theirsLines);

            QCOMPARE(mergeText(base, mine, mine).text(), mine);
            QCOMPARE(mergeText(base, base, theirs).text(), theirs);
            QCOMPARE(mergeText(base, mine, base).text(), mine);

            const TextMergeResult r = mergeText(base, mine, theirs);
            const TextMergeResult swapped = mergeText(base, theirs, mine);
            QCOMPARE(r.clean(), swapped.clean());
            if (r.clean())
                QCOMPARE(swapped.text(), r.text());
            else
                ++conflicts;
            QCOMPARE(swapped.hunks.size(), r.hunks.size());

            // Every line is accounted for (unique lines only; blank and table rule lines repeat).
            const QHash<QString, int> b = lineCounts(base);
            const QHash<QString, int> m = lineCounts(mine);
            const QHash<QString, int> t = lineCounts(theirs);
            const QHash<QString, int> out = lineCounts(resolvedBoth(r));
            QString inHunks;
            QString hunkBase;
            for (const TextHunk &h : r.hunks) {
                inHunks += h.mine + h.theirs;
                hunkBase += h.base;
            }
            const QHash<QString, int> hunkLines = lineCounts(inHunks);
            const QHash<QString, int> hunkBaseLines = lineCounts(hunkBase);
            QSet<QString> all;
            for (const QHash<QString, int> *counts : {&b, &m, &t})
                for (auto it = counts->begin(); it != counts->end(); ++it)
                    all.insert(it.key());
            for (const QString &line : std::as_const(all)) {
                if (b.value(line) > 1 || m.value(line) > 1 || t.value(line) > 1)
                    continue;
                ++checkedLines;
                const bool inBase = b.contains(line);
                const bool inMine = m.contains(line);
                const bool inTheirs = t.contains(line);
                const int count = out.value(line);
                if (!inBase) {
                    // Added by one side or both: once, or once per side inside hunks.
                    const int expected =
                        inMine && inTheirs ? std::max(1, hunkLines.value(line)) : 1;
                    if (count != expected)
                        QFAIL(qPrintable(u"added line \"%1\" appears %2 times, expected %3\n"
                                         "base:\n%4\nmine:\n%5\ntheirs:\n%6"_s.arg(line)
                                             .arg(count)
                                             .arg(expected)
                                             .arg(base, mine, theirs)));
                } else if (inMine && inTheirs) {
                    // Kept by both: once, unless inside a hunk (then in both of its sides).
                    QVERIFY2(count == 1 || (count == 2 && hunkBaseLines.contains(line)),
                             qPrintable(line));
                } else if (inMine || inTheirs) {
                    // Deleted by one side: never duplicated. Usually gone, but the line diff
                    // may align the other side as having moved it (matching a blank line
                    // instead), and then the moved copy is that side's addition.
                    QVERIFY2(count <= 1, qPrintable(line));
                    deletedOneSide += 1;
                    deletedKept += hunkBaseLines.contains(line) ? 0 : count;
                } else {
                    QCOMPARE(count, 0); // deleted by both
                }
            }
        }
        qInfo("%d pairs, %d with hunks, %d line checks, %d of %d lines deleted on one side seen as "
              "moved by the other",
              pairs, conflicts, checkedLines, deletedKept, deletedOneSide);
        QVERIFY(deletedKept <= deletedOneSide / 1000);
        QVERIFY(conflicts > pairs / 20);     // the generator does produce overlaps
        QVERIFY(conflicts < pairs * 9 / 10); // and mostly mergeable edits
    }
};

QTEST_GUILESS_MAIN(TestTextMerge)
#include "tst_domain_textmerge.moc"
