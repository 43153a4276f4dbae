// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace smec::replica {

/// The text folding shared by the full-text index and the query builder, so both see the same
/// tokens. SQLite's `unicode61 remove_diacritics 2` folds case and Latin diacritics; this adds
/// what it does not do for Arabic: tashkeel and tatweel are removed, alef variants (أ إ آ ٱ)
/// become ا, alef maksura ى becomes ي and ta marbuta ة becomes ه.
class TextNormalizer final
{
public:
    TextNormalizer() = delete;

    /// The full folding applied to indexed text and to query tokens.
    static QString normalize(QStringView text);
    /// Only the removals (tashkeel, tatweel): the part of normalize() that changes how the
    /// tokenizer splits text (combining marks are separators to unicode61).
    static QString stripMarks(QStringView text);
    /// An SQL expression applying stripMarks() to `expression` (nested replace()); the search
    /// content views use it so snippet positions line up with the indexed tokens.
    static QString sqlStripMarks(const QString &expression);
    /// A key for sorting titles: case folded, Latin diacritics removed, Arabic normalized.
    static QString sortKey(QStringView text);

    /// Splits `text` into tokens by the unicode61 rules (letters, numbers and private-use
    /// characters are token characters; everything else separates) after normalize().
    static QStringList tokens(QStringView text);
};

} // namespace smec::replica
