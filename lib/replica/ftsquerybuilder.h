#pragma once

#include <QString>
#include <QStringView>

namespace smec::replica {

/// Turns whatever the user typed into a safe FTS5 MATCH expression: the text is split with the
/// tokenizer's rules, every token is quoted (`"` doubled), so FTS syntax in the input (quotes,
/// AND/OR/NOT, NEAR(, *, ^, -, column filters) is only ever searched for as words. Tokens are
/// ANDed; the last token becomes a prefix (`"tok"*`) unless the text ends with a space, so
/// results appear as the user types. A prefix needs two characters: a one-letter prefix would
/// match most of the index and is not worth the time.
class FtsQueryBuilder final
{
public:
    FtsQueryBuilder() = delete;

    /// At most this many tokens are used; longer input is cut (it is text, not a query).
    static constexpr int maxTokens = 32;

    /// The MATCH expression, or an empty string when the text holds no token (search nothing).
    static QString build(QStringView userText, bool prefixLastToken = true);
};

} // namespace smec::replica
