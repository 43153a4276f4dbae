// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

struct sqlite3;

namespace smec::replica {

/// The FTS5 tokenizer of the search index, registered as `smec` on every replica connection.
///
/// FTS5's `unicode61` splits words at spaces and punctuation, which Chinese and Japanese text
/// does not have: "中小企业数字化转型补贴" is one token, and "数字化" would never find it. This
/// tokenizer hands everything but Han and kana to `unicode61` (with the arguments it was given,
/// so case and Latin diacritics fold as before) and cuts each run of Han or kana into
/// overlapping bigrams: 数字 字化 化转 ... A query of two or more such characters becomes the
/// phrase of its bigrams, which matches wherever the characters appear in that order. The
/// last character of a run is also indexed alone, at the position of the last bigram, so
/// that a one-character query (a prefix: "化"*) finds every occurrence. Cyrillic ё folds to е.
class FtsTokenizer final
{
public:
    FtsTokenizer() = delete;

    /// The name to use in `tokenize='smec remove_diacritics 2'`.
    static constexpr const char *name = "smec";

    /// Makes the tokenizer available on `db` (a connection of the system SQLite library).
    static Result<void> registerWith(sqlite3 *db);

    /// True for the characters cut into bigrams: Han ideographs (with the extension blocks and
    /// compatibility ideographs) and Japanese kana.
    static bool isBigramScript(char32_t c);
};

} // namespace smec::replica
