// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timestamp.h"

#include <QTimeZone>

namespace smec::protocol {

namespace {

void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The decimal value of text[from, from + width), or -1 unless all are ASCII digits.
int digits(QStringView text, qsizetype from, qsizetype width)
{
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return {}; // not representable on the wire; the decoder would refuse it
    // yyyy-MM-ddTHH:mm:ss.zzzZ, written by hand: this runs for every record the server sends.
    char16_t buffer[24] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0', u'T', u'0',
                           u'0', u':', u'0', u'0', u':', u'0', u'0', u'.', u'0', u'0', u'0', u'Z'};
    putDigits(buffer, d.year(), 4);
    putDigits(buffer + 5, d.month(), 2);
    putDigits(buffer + 8, d.day(), 2);
    putDigits(buffer + 11, t.hour(), 2);
    putDigits(buffer + 14, t.minute(), 2);
    putDigits(buffer + 17, t.second(), 2);
    putDigits(buffer + 20, t.msec(), 3);
    return QString(reinterpret_cast<const QChar *>(buffer), 24);
}

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int msec = digits(text, 20, 3);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || msec < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return utcDateTime(date, QTime(hour, minute, second, msec));
}

} // namespace smec::protocol
