// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datagen/jsontextwriter.h"
#include "datagen/randomstream.h"
#include "datagen/slotvalues.h"
#include "datagen/textbuffer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::datagen::JsonTextWriter;
using smec::datagen::RandomStream;
using smec::datagen::SlotValues;
using smec::datagen::TextBuffer;

class TestTextAssembly final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textBuffer_growsAndTakes();
    void slotValues_fillTemplates_data();
    void slotValues_fillTemplates();
    void jsonTextWriter_escapesAndParses();
    void randomStream_isDeterministicAndInRange();
};

void TestTextAssembly::textBuffer_growsAndTakes()
{
    TextBuffer buffer(4);
    QString expected;
    for (int i = 0; i < 1000; ++i) {
        buffer.append(u"é-");
        buffer.appendNumber(i - 500);
        buffer.append(u'|');
        expected += u"é-"_s + QString::number(i - 500) + u'|';
    }
    buffer.append(QStringView());
    QCOMPARE(buffer.view(), QStringView(expected));
    buffer.chop(1);
    QCOMPARE(buffer.size(), expected.size() - 1);
    QCOMPARE(buffer.take(), expected.chopped(1));
    QVERIFY(buffer.isEmpty());
    buffer.append(u"again");
    QCOMPARE(buffer.take(), u"again"_s);
}

void TestTextAssembly::slotValues_fillTemplates_data()
{
    QTest::addColumn<QString>("tpl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"no slots here"_s << u"no slots here"_s;
    QTest::newRow("slots") << u"{I} for {g}: {n} firms"_s
                           << u"Grant scheme for small firms: 1250 firms"_s;
    QTest::newRow("adjacent") << u"{n}{n}"_s << u"12501250"_s;
    QTest::newRow("unknown slot") << u"a{z}b"_s << u"ab"_s;
    QTest::newRow("lone brace") << u"a { b } {"_s << u"a { b } {"_s;
    QTest::newRow("slot at end") << u"rate {p}"_s << u"rate -7"_s;
    QTest::newRow("arabic") << u"دعم {g}"_s << u"دعم small firms"_s;
}

void TestTextAssembly::slotValues_fillTemplates()
{
    QFETCH(QString, tpl);
    QFETCH(QString, expected);
    SlotValues slots;
    slots.set(u'g', u"small firms");
    slots.setCapitalized(u'I', u"grant scheme");
    slots.setNumber(u'n', 1250);
    slots.setNumber(u'p', -7);
    const std::u16string_view view(reinterpret_cast<const char16_t *>(tpl.utf16()),
                                   size_t(tpl.size()));
    QCOMPARE(slots.filled(view), expected);
}

void TestTextAssembly::jsonTextWriter_escapesAndParses()
{
    const QString tricky = u"quote \" backslash \\ newline \n tab \t bell \a é ع"_s;
    JsonTextWriter out;
    out.beginObject();
    out.key(u"text");
    out.string(tricky);
    out.key(u"list");
    out.beginArray();
    out.integer(-42);
    out.boolean(true);
    out.null();
    out.beginObject();
    out.key(u"nested");
    out.string(u"yes");
    out.endObject();
    out.endArray();
    out.key(u"assembled");
    out.beginText();
    out.appendTrusted(u"a");
    out.newline();
    out.appendTrusted(u"b");
    out.endText();
    out.endObject();

    const QJsonObject object = out.toObject();
    QCOMPARE(object.value(u"text"_s).toString(), tricky);
    const QJsonArray list = object.value(u"list"_s).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toInteger(), -42);
    QCOMPARE(list.at(1).toBool(), true);
    QVERIFY(list.at(2).isNull());
    QCOMPARE(list.at(3).toObject().value(u"nested"_s).toString(), u"yes"_s);
    QCOMPARE(object.value(u"assembled"_s).toString(), u"a\nb"_s);
}

void TestTextAssembly::randomStream_isDeterministicAndInRange()
{
    RandomStream a = RandomStream::forRecord(1, 2, 3);
    RandomStream b = RandomStream::forRecord(1, 2, 3);
    RandomStream c = RandomStream::forRecord(1, 2, 4);
    int differences = 0;
    std::array<int, 5> counts{};
    for (int i = 0; i < 10000; ++i) {
        const quint64 x = a.next();
        QCOMPARE(x, b.next());
        differences += x != c.next();
        const int v = a.between(3, 7);
        QVERIFY(v >= 3 && v <= 7);
        ++counts[size_t(v - 3)];
        (void)b.between(3, 7);
    }
    QVERIFY(differences > 9990);
    for (int count : counts)
        QVERIFY(count > 1700 && count < 2300); // roughly uniform
    const std::array<int, 3> weights{0, 1, 0};
    QCOMPARE(a.weighted(weights), 1);
}

QTEST_GUILESS_MAIN(TestTextAssembly)
#include "tst_textassembly.moc"
