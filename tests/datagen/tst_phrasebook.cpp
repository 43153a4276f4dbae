// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datagen/phrasebook.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::datagen::PhraseBook;
using smec::datagen::Phrases;

namespace {

QString toString(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size())).toString();
}

/// Everything the generator writes unescaped into JSON text must be free of characters JSON
/// would need to escape, and every `{x}` must be a slot the generator fills.
void checkPhrases(const QString &where, Phrases phrases, const QSet<QChar> &slots)
{
    QVERIFY2(!phrases.empty(), qPrintable(where));
    for (std::u16string_view phrase : phrases) {
        const QString text = toString(phrase);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            QVERIFY2(c.unicode() >= 0x20 && c != u'"' && c != u'\\',
                     qPrintable(where + u": "_s + text));
            if (c == u'{') {
                QVERIFY2(i + 2 < text.size() && text.at(i + 2) == u'}',
                         qPrintable(where + u": "_s + text));
                QVERIFY2(slots.contains(text.at(i + 1)), qPrintable(where + u": "_s + text));
            }
        }
    }
}

} // namespace

class TestPhraseBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void books_haveTheShapeTheGeneratorIndexes_data();
    void books_haveTheShapeTheGeneratorIndexes();
    void books_needNoJsonEscapingAndUseKnownSlots_data();
    void books_needNoJsonEscapingAndUseKnownSlots();
    void sharedVocabulary_needsNoJsonEscaping();
};

void TestPhraseBook::books_haveTheShapeTheGeneratorIndexes_data()
{
    QTest::addColumn<const PhraseBook *>("book");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << &PhraseBook::english() << u"en"_s;
    QTest::newRow("fr") << &PhraseBook::french() << u"fr"_s;
    QTest::newRow("es") << &PhraseBook::spanish() << u"es"_s;
    QTest::newRow("ar") << &PhraseBook::arabic() << u"ar"_s;
}

void TestPhraseBook::books_haveTheShapeTheGeneratorIndexes()
{
    QFETCH(const PhraseBook *, book);
    QFETCH(QString, language);
    QCOMPARE(toString(book->language), language);
    QCOMPARE(book->instruments.size(), 13U); // DESIGN.md instrument order
    QCOMPARE(book->groups.size(), 9U);       // DESIGN.md target group order
    for (const Phrases &topics : book->topics)
        QCOMPARE(topics.size(), 6U);
    QCOMPARE(book->orgsInText.size(), book->orgs.size());
    QCOMPARE(book->headings.size(), size_t(PhraseBook::Advice) + 1);
    QCOMPARE(book->tableLabels.size(), size_t(PhraseBook::Ongoing) + 1);
    // The generator picks up to this many distinct sentences from each pool.
    QVERIFY(book->context.size() >= 4);
    QVERIFY(book->design.size() >= 5);
    QVERIFY(book->implementation.size() >= 4);
    QVERIFY(book->results.size() >= 4);
    QVERIFY(book->evidence.size() >= 2);
    QVERIFY(book->worked.size() >= 3);
    QVERIFY(book->didNotWork.size() >= 2);
    QVERIFY(book->postSentences.size() >= 5);
}

void TestPhraseBook::books_needNoJsonEscapingAndUseKnownSlots_data()
{
    books_haveTheShapeTheGeneratorIndexes_data();
}

void TestPhraseBook::books_needNoJsonEscapingAndUseKnownSlots()
{
    QFETCH(const PhraseBook *, book);
    const QSet<QChar> practiceSlots{u'i', u'I', u'g', u'G', u't', u'T', u'o', u'O',
                                    u'n', u'N', u'p', u'q', u'e', u'd', u'y'};
    const QSet<QChar> threadSlots{u'i', u'g', u't'};
    const QSet<QChar> postSlots{u'i', u'g', u't', u'e'};
    const QSet<QChar> none;
    checkPhrases(u"instruments"_s, book->instruments, none);
    checkPhrases(u"groups"_s, book->groups, none);
    for (const Phrases &topics : book->topics)
        checkPhrases(u"topics"_s, topics, none);
    checkPhrases(u"orgs"_s, book->orgs, none);
    checkPhrases(u"orgsInText"_s, book->orgsInText, none);
    checkPhrases(u"titles"_s, book->titles, practiceSlots);
    checkPhrases(u"titleQualifiers"_s, book->titleQualifiers, none);
    checkPhrases(u"summaries"_s, book->summaries, practiceSlots);
    checkPhrases(u"summaryClosers"_s, book->summaryClosers, none);
    checkPhrases(u"headings"_s, book->headings, none);
    checkPhrases(u"context"_s, book->context, practiceSlots);
    checkPhrases(u"design"_s, book->design, practiceSlots);
    checkPhrases(u"implementation"_s, book->implementation, practiceSlots);
    checkPhrases(u"results"_s, book->results, practiceSlots);
    checkPhrases(u"evidence"_s, book->evidence, practiceSlots);
    checkPhrases(u"worked"_s, book->worked, practiceSlots);
    checkPhrases(u"didNotWork"_s, book->didNotWork, practiceSlots);
    checkPhrases(u"advice"_s, book->advice, practiceSlots);
    checkPhrases(u"tableLabels"_s, book->tableLabels, none);
    checkPhrases(u"threadTitles"_s, book->threadTitles, threadSlots);
    checkPhrases(u"postSentences"_s, book->postSentences, postSlots);
    checkPhrases(u"replyOpeners"_s, book->replyOpeners, none);
    checkPhrases(u"reviewNotes"_s, book->reviewNotes, none);
    checkPhrases(u"sourceTitles"_s, book->sourceTitles, none);
}

void TestPhraseBook::sharedVocabulary_needsNoJsonEscaping()
{
    const QSet<QChar> meetingSlots{u'i', u'g', u't', u'y', u'n', u'R'};
    const QSet<QChar> commitmentSlots{u'i', u'g', u't', u'y', u'n', u'p', u'd', u'm'};
    for (int kind = 0; kind < 5; ++kind)
        checkPhrases(u"meetingTitles"_s, PhraseBook::meetingTitles(kind), meetingSlots);
    checkPhrases(u"regions"_s, PhraseBook::regions(), {});
    checkPhrases(u"agendaItems"_s, PhraseBook::agendaItems(), meetingSlots);
    checkPhrases(u"outcomeItems"_s, PhraseBook::outcomeItems(), meetingSlots);
    checkPhrases(u"commitmentTitles"_s, PhraseBook::commitmentTitles(), commitmentSlots);
    checkPhrases(u"commitmentDescriptions"_s, PhraseBook::commitmentDescriptions(),
                 commitmentSlots);
    checkPhrases(u"commitmentTargets"_s, PhraseBook::commitmentTargets(), commitmentSlots);
    checkPhrases(u"progressNotes"_s, PhraseBook::progressNotes(), commitmentSlots);
}

QTEST_GUILESS_MAIN(TestPhraseBook)
#include "tst_phrasebook.moc"
