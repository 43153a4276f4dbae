// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace smec::replica {

/// Turns whatever the user typed into a safe FTS5 MATCH expression: the text is split with the
/// tokenizer's rules, every token is quoted (`"` doubled), so FTS syntax in the input (quotes,
/// AND/OR/NOT, NEAR(, *, ^, -, column filters) is only ever searched for as words. Tokens are
/// ANDed; the last token becomes a prefix (`"tok"*`) unless the text ends with a space, so
/// results appear as the user types. A prefix needs two characters: a one-letter prefix would
/// match most of the index and is not worth the time (a lone Han or kana character is the
/// exception: it is a word of its own, searched as a prefix of the index's bigrams). Han and
/// kana are split from letters of other scripts into tokens of their own.
class FtsQueryBuilder final
{
public:
    FtsQueryBuilder() = delete;

    /// At most this many tokens are used; longer input is cut (it is text, not a query).
    static constexpr int maxTokens = 32;

    /// The tokens of what the user typed, and whether the last one is a prefix.
    struct Query
    {
        QStringList tokens;
        bool prefixLast = false;
    };
    static Query parse(QStringView userText, bool prefixLastToken = true);

    /// The MATCH expression, or an empty string when the text holds no token (search nothing).
    static QString build(QStringView userText, bool prefixLastToken = true);
    /// The MATCH expression of a parsed query. With `lastTokenTerms` (the indexed terms that
    /// start with a prefix last token, looked up in the index's vocabulary), the prefix becomes
    /// `("term1" OR "term2" ...)`: the same documents match, but FTS5 reads each term's doclist
    /// as it goes instead of first merging every term's doclist into one.
    static QString build(const Query &query, const QStringList &lastTokenTerms = {});
    /// True for a single Han or kana character: the index holds such text as bigrams, so a
    /// lone character is always searched as a prefix (every bigram it starts, and the last
    /// character of each run, indexed alone), wherever it stands in the query.
    static bool isLoneIdeograph(const QString &token);
    /// A token as an FTS5 string (quoted, `"` doubled).
    static QString quote(const QString &token);
};

} // namespace smec::replica
