// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "textbuffer.h"

#include <QString>
#include <QStringView>

#include <array>
#include <string_view>

namespace smec::datagen {

/// The values of the `{x}` slots of phrase templates for one record (see PhraseBook), and the
/// filling of templates. Values are views: text slots point at static phrase data, numbers and
/// capitalised words live in a small arena inside the object, so filling a record's templates
/// allocates nothing beyond the output.
class SlotValues final
{
public:
    SlotValues() = default;
    Q_DISABLE_COPY_MOVE(SlotValues)

    /// `text` must outlive this object (static phrase data).
    void set(char16_t slot, std::u16string_view text);
    /// Copies `text` with its first letter in upper case.
    void setCapitalized(char16_t slot, std::u16string_view text);
    void setNumber(char16_t slot, qint64 value);
    QStringView get(char16_t slot) const;

    /// Appends `tpl` to `out` with its slots replaced; unknown slots expand to nothing.
    void fill(TextBuffer &out, std::u16string_view tpl) const;
    QString filled(std::u16string_view tpl) const;

private:
    static size_t index(char16_t slot);
    QStringView store(QStringView text);

    std::array<QStringView, 64> m_values{};
    std::array<char16_t, 1024> m_arena{};
    size_t m_used = 0;
};

} // namespace smec::datagen
