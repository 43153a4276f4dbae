// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::exporting::CsvWriter;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeCell_data();
    void escapeCell();
    void writeRow_bomOnceAndCrlf();
    void writeRow_failingDeviceReported();
};

void TestCsvWriter::escapeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Kenya"_s << u"Kenya"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma quoted") << u"micro, small"_s << u"\"micro, small\""_s;
    QTest::newRow("quote doubled") << u"the \"voucher\""_s << u"\"the \"\"voucher\"\"\""_s;
    QTest::newRow("newline quoted") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("formula neutralised")
        << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("plus neutralised") << u"+33"_s << u"'+33"_s;
    QTest::newRow("minus neutralised") << u"-5"_s << u"'-5"_s;
    QTest::newRow("at neutralised") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("arabic kept") << u"الشركات الصغيرة"_s << u"الشركات الصغيرة"_s;
    QTest::newRow("leading space quoted") << u" x"_s << u"\" x\""_s;
}

void TestCsvWriter::escapeCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeCell(cell), expected);
}

void TestCsvWriter::writeRow_bomOnceAndCrlf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({u"title"_s, u"country"_s}));
    QVERIFY(writer.writeRow({u"Digital vouchers, phase 2"_s, u"KEN"_s}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFtitle,country\r\n"
                                       "\"Digital vouchers, phase 2\",KEN\r\n"));
}

void TestCsvWriter::writeRow_failingDeviceReported()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.writeRow({u"x"_s}));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
