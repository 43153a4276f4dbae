// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <cstring>

namespace smec::datagen {

/// An append-only UTF-16 text buffer for the generator's hot path. QString::append() costs a
/// capacity and sharing check per call, which dominated generation time when a practice is
/// assembled from a few hundred fragments; this buffer keeps a raw write pointer instead.
class TextBuffer final
{
public:
    explicit TextBuffer(qsizetype capacity = 256);

    void append(QStringView text)
    {
        if (text.isEmpty())
            return;
        reserveMore(text.size());
        std::memcpy(m_data + m_size, text.utf16(), size_t(text.size()) * sizeof(char16_t));
        m_size += text.size();
    }
    void append(char16_t c)
    {
        reserveMore(1);
        m_data[m_size++] = c;
    }
    void appendNumber(qint64 value);
    /// Removes the last `n` characters.
    void chop(qsizetype n) { m_size = n < m_size ? m_size - n : 0; }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QStringView view() const { return QStringView(m_data, m_size); }
    /// The text; the buffer is empty afterwards.
    QString take();

private:
    void reserveMore(qsizetype extra)
    {
        if (m_size + extra > m_text.size())
            grow(m_size + extra);
    }
    void grow(qsizetype needed);

    QString m_text; ///< sized to the capacity; only the first m_size characters are meaningful
    char16_t *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace smec::datagen
