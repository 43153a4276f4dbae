// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slotvalues.h"

#include <QChar>

#include <algorithm>
#include <cstring>

namespace smec::datagen {

size_t SlotValues::index(char16_t slot)
{
    return (slot >= u'A' && slot <= u'z') ? size_t(slot - u'A') + 1 : 0;
}

QStringView SlotValues::store(QStringView text)
{
    const size_t length = std::min(size_t(text.size()), m_arena.size() - m_used);
    char16_t *begin = m_arena.data() + m_used;
    std::copy_n(text.utf16(), length, begin);
    m_used += length;
    return QStringView(begin, qsizetype(length));
}

void SlotValues::set(char16_t slot, std::u16string_view text)
{
    m_values[index(slot)] = QStringView(text.data(), qsizetype(text.size()));
}

void SlotValues::setCapitalized(char16_t slot, std::u16string_view text)
{
    char16_t *first = m_arena.data() + m_used;
    const QStringView copy = store(QStringView(text.data(), qsizetype(text.size())));
    if (!copy.isEmpty())
        *first = char16_t(QChar::toUpper(char32_t(*first)));
    m_values[index(slot)] = copy;
}

void SlotValues::setNumber(char16_t slot, qint64 value)
{
    std::array<char16_t, 24> digits{};
    size_t pos = digits.size();
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[--pos] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        digits[--pos] = u'-';
    m_values[index(slot)] = store(QStringView(digits.data() + pos, qsizetype(digits.size() - pos)));
}

QStringView SlotValues::get(char16_t slot) const
{
    return m_values[index(slot)];
}

namespace {

/// Position of the next `{` in [from, end), or end. Tests four UTF-16 units per step: templates
/// are long runs of plain text, and this scan is the generator's innermost loop.
const char16_t *findBrace(const char16_t *from, const char16_t *end)
{
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    constexpr quint64 braces = ones * u'{';
    while (end - from >= 4) {
        quint64 word;
        std::memcpy(&word, from, sizeof word);
        const quint64 x = word ^ braces;
        if (((x - ones) & ~x & highs) != 0)
            break;
        from += 4;
    }
    while (from < end && *from != u'{')
        ++from;
    return from;
}

} // namespace

void SlotValues::fill(TextBuffer &out, std::u16string_view tpl) const
{
    const char16_t *run = tpl.data();
    const char16_t *const end = run + tpl.size();
    const char16_t *pos = run;
    for (;;) {
        pos = findBrace(pos, end);
        if (end - pos < 3) // no room for a slot: the rest is plain text
            break;
        if (pos[2] != u'}') {
            ++pos;
            continue;
        }
        out.append(QStringView(run, pos - run));
        out.append(get(pos[1]));
        pos += 3;
        run = pos;
    }
    out.append(QStringView(run, end - run));
}

QString SlotValues::filled(std::u16string_view tpl) const
{
    TextBuffer out(qsizetype(tpl.size()) + 64);
    fill(out, tpl);
    return out.take();
}

} // namespace smec::datagen
