// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The wire form of times: UTC ISO-8601 with milliseconds and Z, and nothing looser.
#include "protocol/timestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using smec::protocol::formatTimestamp;
using smec::protocol::parseTimestamp;

class TestTimestamp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_writesUtcWithMilliseconds_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("utc") << QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 7), Qt::UTC)
                             << u"2026-03-01T09:30:00.007Z"_s;
        QTest::newRow("offset converted to utc")
            << QDateTime(QDate(2026, 1, 1), QTime(1, 2, 3, 456), Qt::OffsetFromUTC, 2 * 3600)
            << u"2025-12-31T23:02:03.456Z"_s;
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC)
                                << u"0001-01-01T00:00:00.000Z"_s;
        QTest::newRow("year 9999")
            << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
            << u"9999-12-31T23:59:59.999Z"_s;
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0), Qt::UTC)
                                  << u"2028-02-29T12:00:00.000Z"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
        QTest::newRow("year 10000")
            << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC) << QString();
        QTest::newRow("year 0") << QDateTime(QDate(0, 1, 1), QTime(0, 0), Qt::UTC) << QString();
    }

    void format_writesUtcWithMilliseconds()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(formatTimestamp(time), text);
        if (!text.isEmpty()) {
            const auto parsed = parseTimestamp(text);
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, time);
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
        }
    }

    void parse_rejectsAnythingLooser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no milliseconds") << u"2026-03-01T09:30:00Z"_s;
        QTest::newRow("microseconds") << u"2026-03-01T09:30:00.000000Z"_s;
        QTest::newRow("offset") << u"2026-03-01T09:30:00.000+00:00"_s;
        QTest::newRow("no zone") << u"2026-03-01T09:30:00.000"_s;
        QTest::newRow("lower-case z") << u"2026-03-01T09:30:00.000z"_s;
        QTest::newRow("space separator") << u"2026-03-01 09:30:00.000Z"_s;
        QTest::newRow("lower-case t") << u"2026-03-01t09:30:00.000Z"_s;
        QTest::newRow("February 30") << u"2026-02-30T09:30:00.000Z"_s;
        QTest::newRow("February 29 non-leap") << u"2026-02-29T09:30:00.000Z"_s;
        QTest::newRow("month 13") << u"2026-13-01T09:30:00.000Z"_s;
        QTest::newRow("month 0") << u"2026-00-01T09:30:00.000Z"_s;
        QTest::newRow("day 0") << u"2026-01-00T09:30:00.000Z"_s;
        QTest::newRow("hour 24") << u"2026-03-01T24:00:00.000Z"_s;
        QTest::newRow("minute 60") << u"2026-03-01T09:60:00.000Z"_s;
        QTest::newRow("leap second") << u"2026-03-01T09:30:60.000Z"_s;
        QTest::newRow("year 0") << u"0000-03-01T09:30:00.000Z"_s;
        QTest::newRow("signed year") << u"+2026-03-01T09:30:00.000Z"_s;
        QTest::newRow("letters") << u"2O26-03-01T09:30:00.000Z"_s;
        QTest::newRow("arabic-indic digits") << u"\u0662026-03-01T09:30:00.000Z"_s;
        QTest::newRow("fullwidth digit") << u"\uFF12026-03-01T09:30:00.000Z"_s;
        QTest::newRow("trailing space") << u"2026-03-01T09:30:00.000Z "_s;
        QTest::newRow("date only") << u"2026-03-01"_s;
    }

    void parse_rejectsAnythingLooser()
    {
        QFETCH(QString, text);
        QVERIFY(!parseTimestamp(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
