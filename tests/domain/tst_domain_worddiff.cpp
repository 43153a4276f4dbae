// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The domain side of record history: the word diff on English, French and Arabic text (and what
// each side of it gives back), and RevisionFields (changed fields, diffable text, restore).
#include "domain/revisionfields.h"
#include "domain/worddiff.h"

#include <QJsonArray>

#include <QTest>

using namespace Qt::StringLiterals;
using smec::domain::wordDiff;
using smec::domain::WordDiffSegment;
using Type = WordDiffSegment::Type;
using smec::domain::Kind;
using smec::domain::RevisionFields;

Q_DECLARE_METATYPE(QList<WordDiffSegment>)

namespace {

QString side(const QList<WordDiffSegment> &segments, Type skip)
{
    QString text;
    for (const WordDiffSegment &s : segments)
        if (s.type != skip)
            text += s.text;
    return text;
}

// "[-x-]" for a deletion, "{+y+}" for an insertion, like git's word diff.
QString render(const QList<WordDiffSegment> &segments)
{
    QString text;
    for (const WordDiffSegment &s : segments) {
        if (s.type == Type::Deleted)
            text += u"[-"_s + s.text + u"-]"_s;
        else if (s.type == Type::Inserted)
            text += u"{+"_s + s.text + u"+}"_s;
        else
            text += s.text;
    }
    return text;
}

} // namespace

class TestWordDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordDiff_marksWholeWords_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("rendered");
        QTest::newRow("english replacement")
            << u"Loans for small firms in rural areas."_s
            << u"Guaranteed loans for small firms in all areas."_s
            << u"[-Loans -]{+Guaranteed loans +}for small firms in [-rural-]{+all+} areas."_s;
        QTest::newRow("english punctuation is its own token")
            << u"It worked, mostly"_s << u"It worked; mostly!"_s
            << u"It worked[-,-]{+;+} mostly{+!+}"_s;
        QTest::newRow("french accents stay inside words")
            << u"Des prêts garantis à l'État"_s << u"Des prêts bonifiés à l'État"_s
            << u"Des prêts [-garantis-]{+bonifiés+} à l'État"_s;
        QTest::newRow("french decomposed accent is the same word")
            << u"e\u0301conomie verte"_s << u"\u00e9conomie circulaire"_s
            << u"\u00e9conomie [-verte-]{+circulaire+}"_s;
        QTest::newRow("arabic word replaced")
            << u"قروض للشركات الصغيرة في المناطق الريفية"_s
            << u"قروض مضمونة للشركات الصغيرة في المناطق الحضرية"_s
            << u"قروض {+مضمونة +}للشركات الصغيرة في المناطق [-الريفية-]{+الحضرية+}"_s;
        QTest::newRow("arabic diacritics belong to their word")
            << u"برنامجٌ ناجحٌ"_s << u"برنامجٌ ناجحٌ جدًا"_s << u"برنامجٌ ناجحٌ{+ جدًا+}"_s;
        QTest::newRow("from empty") << QString() << u"New text"_s << u"{+New text+}"_s;
        QTest::newRow("to empty") << u"Old text"_s << QString() << u"[-Old text-]"_s;
        QTest::newRow("unchanged") << u"Same words"_s << u"Same words"_s << u"Same words"_s;
    }

    void wordDiff_marksWholeWords()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, rendered);
        const QList<WordDiffSegment> segments = wordDiff(before, after);
        QCOMPARE(render(segments), rendered);
        QCOMPARE(side(segments, Type::Inserted), before.normalized(QString::NormalizationForm_C));
        QCOMPARE(side(segments, Type::Deleted), after.normalized(QString::NormalizationForm_C));
        for (qsizetype i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).type != segments.at(i - 1).type);
    }

    void wordDiff_emptyAndEqual()
    {
        QVERIFY(wordDiff({}, {}).isEmpty());
        const auto same = wordDiff(u"ab cd"_s, u"ab cd"_s);
        QCOMPARE(same.size(), 1);
        QCOMPARE(same.at(0).type, Type::Common);
    }

    void wordDiff_surrogatePairsAreNotSplit()
    {
        // An emoji (outside the BMP) is one "other" token: never half of a surrogate pair.
        const auto segments = wordDiff(u"ok \U0001F600 done"_s, u"ok \U0001F680 done"_s);
        QCOMPARE(render(segments), u"ok [-\U0001F600-]{+\U0001F680+} done"_s);
    }

    void changed_listsDifferingFieldsInFormOrder()
    {
        const QJsonObject older{{u"title"_s, u"A"_s},
                                {u"summary"_s, u"S"_s},
                                {u"pillars"_s, QJsonArray{u"green"_s}},
                                {u"zz_unknown"_s, 1}};
        QJsonObject newer = older;
        newer.insert(u"summary"_s, u"S2"_s);
        newer.insert(u"title"_s, u"B"_s);
        newer.remove(u"pillars"_s);
        newer.insert(u"aa_unknown"_s, true);
        newer.insert(u"zz_unknown"_s, 1.0); // the same number
        QCOMPARE(RevisionFields::changed(Kind::Practice, older, newer),
                 (QStringList{u"title"_s, u"summary"_s, u"pillars"_s, u"aa_unknown"_s}));
        QVERIFY(RevisionFields::changed(Kind::Practice, older, older).isEmpty());
        QCOMPARE(RevisionFields::changed(Kind::Thread, {}, {{u"title"_s, u"T"_s}}),
                 QStringList{u"title"_s});
    }

    void text_ofEachValueType()
    {
        QCOMPARE(RevisionFields::text(u"نص"_s), u"نص"_s);
        QCOMPARE(RevisionFields::text(QJsonArray{u"digital"_s, u"green"_s}), u"digital, green"_s);
        QCOMPARE(RevisionFields::text(2024), u"2024"_s);
        QCOMPARE(RevisionFields::text(2.5), u"2.5"_s);
        QCOMPARE(RevisionFields::text(true), u"true"_s);
        QCOMPARE(RevisionFields::text(QJsonValue()), QString());
        QCOMPARE(RevisionFields::text(QJsonValue(QJsonValue::Undefined)), QString());
        QCOMPARE(RevisionFields::text(QJsonArray{QJsonObject{{u"title"_s, u"x"_s}}}),
                 u"[{\"title\":\"x\"}]"_s);
    }

    void restored_keepsTheCurrentWorkflowFields()
    {
        const QJsonObject revision{{u"title"_s, u"Old"_s},
                                   {u"status"_s, u"draft"_s},
                                   {u"review_note"_s, u"old note"_s},
                                   {u"lessons"_s, u"Old lessons"_s}};
        const QJsonObject current{{u"title"_s, u"New"_s},
                                  {u"status"_s, u"published"_s},
                                  {u"ref_code"_s, u"PRA-2026-0001"_s},
                                  {u"summary"_s, u"New summary"_s}};
        const QJsonObject fields = RevisionFields::restored(Kind::Practice, current, revision);
        QCOMPARE(fields, (QJsonObject{{u"title"_s, u"Old"_s},
                                      {u"status"_s, u"published"_s},
                                      {u"ref_code"_s, u"PRA-2026-0001"_s},
                                      {u"lessons"_s, u"Old lessons"_s}}));
        // A post stays hidden (or shown) as it is now.
        const QJsonObject post =
            RevisionFields::restored(Kind::Post, {{u"body"_s, u"now"_s}, {u"hidden"_s, true}},
                                     {{u"body"_s, u"then"_s}, {u"hidden"_s, false}});
        QCOMPARE(post, (QJsonObject{{u"body"_s, u"then"_s}, {u"hidden"_s, true}}));
        QVERIFY(RevisionFields::workflowFields(Kind::Initiative).contains(u"partners"_s));
    }

    void segmentTypeName_matchesTheCli()
    {
        QCOMPARE(smec::domain::segmentTypeName(Type::Common), u"common"_s);
        QCOMPARE(smec::domain::segmentTypeName(Type::Deleted), u"deleted"_s);
        QCOMPARE(smec::domain::segmentTypeName(Type::Inserted), u"inserted"_s);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_domain_worddiff.moc"
