// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textbuffer.h"

#include <algorithm>
#include <array>

namespace smec::datagen {

TextBuffer::TextBuffer(qsizetype capacity)
{
    m_text.resize(std::max<qsizetype>(capacity, 16));
    m_data = reinterpret_cast<char16_t *>(m_text.data());
}

void TextBuffer::grow(qsizetype needed)
{
    // QString::resize() leaves new characters uninitialised, so growing costs one copy.
    m_text.resize(std::max({needed, m_text.size() * 2, qsizetype(64)}));
    m_data = reinterpret_cast<char16_t *>(m_text.data());
}

void TextBuffer::appendNumber(qint64 value)
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
    append(QStringView(digits.data() + pos, qsizetype(digits.size() - pos)));
}

QString TextBuffer::take()
{
    m_text.truncate(m_size);
    QString result = std::move(m_text);
    m_text = QString();
    m_data = nullptr;
    m_size = 0;
    return result;
}

} // namespace smec::datagen
