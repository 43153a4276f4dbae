// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textnormalizer.h"

#include <QChar>

#include <array>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

constexpr bool isStrippedMark(char32_t c)
{
    return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0640 ||
           c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) ||
           c == 0x06E7 || c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED);
}

constexpr char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627;
    case 0x0649: // ى
        return 0x064A;
    case 0x0629: // ة
        return 0x0647;
    default:
        return c;
    }
}

bool isTokenChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

} // namespace

namespace {

bool hasArabicBlock(QStringView text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x0600 && ch.unicode() <= 0x06FF)
            return true;
    }
    return false;
}

bool isAscii(QStringView text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    if (!hasArabicBlock(text))
        return text.toString(); // nothing to fold: most text
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x0600 && c <= 0x06FF) {
            if (isStrippedMark(c))
                continue;
            out.append(QChar(foldArabicLetter(c)));
        } else {
            out.append(ch);
        }
    }
    return out;
}

QString TextNormalizer::stripMarks(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (!isStrippedMark(ch.unicode()))
            out.append(ch);
    }
    return out;
}

QString TextNormalizer::sqlStripMarks(const QString &expression)
{
    // Only the marks common in practice; the view is evaluated for snippets of a page of hits,
    // and a mark missing here shifts a highlight by one token at worst.
    static constexpr std::array<char16_t, 10> marks{0x064B, 0x064C, 0x064D, 0x064E, 0x064F,
                                                    0x0650, 0x0651, 0x0652, 0x0670, 0x0640};
    QString sql = expression;
    for (const char16_t mark : marks)
        sql = u"replace("_s + sql + u", char("_s + QString::number(int(mark)) + u"), '')"_s;
    return sql;
}

QString TextNormalizer::sortKey(QStringView text)
{
    // ASCII decomposes to itself and has no marks: case folding is all there is.
    if (isAscii(text))
        return text.toString().toLower();
    const QString decomposed = normalize(text).normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out.append(ch);
    }
    return out.toCaseFolded();
}

QStringList TextNormalizer::tokens(QStringView text)
{
    const QString normalized = normalize(text);
    QStringList result;
    QString current;
    const QList<uint> codePoints = normalized.toUcs4();
    for (const uint cp : codePoints) {
        if (isTokenChar(char32_t(cp))) {
            const char32_t c = cp;
            current.append(QString::fromUcs4(&c, 1));
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace smec::replica
