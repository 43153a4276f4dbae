// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ftsquerybuilder.h"

#include "textnormalizer.h"

using namespace Qt::StringLiterals;

namespace smec::replica {

FtsQueryBuilder::Query FtsQueryBuilder::parse(QStringView userText, bool prefixLastToken)
{
    Query query;
    query.tokens = TextNormalizer::tokens(userText);
    if (query.tokens.isEmpty())
        return query;
    const bool endsInSeparator =
        !userText.isEmpty() && !userText.back().isLetterOrNumber() && !userText.back().isMark();
    query.prefixLast = prefixLastToken && !endsInSeparator && query.tokens.size() <= maxTokens &&
                       query.tokens.last().size() >= 2;
    if (query.tokens.size() > maxTokens)
        query.tokens.resize(maxTokens);
    return query;
}

QString FtsQueryBuilder::quote(const QString &token)
{
    QString quoted = token;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString FtsQueryBuilder::build(QStringView userText, bool prefixLastToken)
{
    return build(parse(userText, prefixLastToken));
}

QString FtsQueryBuilder::build(const Query &query, const QStringList &lastTokenTerms)
{
    // FTS5 has no implicit AND before a parenthesis: spell it out when the prefix is expanded.
    const QString separator = query.prefixLast && !lastTokenTerms.isEmpty() ? u" AND "_s : u" "_s;
    QString match;
    for (qsizetype i = 0; i < query.tokens.size(); ++i) {
        if (i > 0)
            match.append(separator);
        if (i < query.tokens.size() - 1 || !query.prefixLast) {
            match.append(quote(query.tokens.at(i)));
        } else if (lastTokenTerms.isEmpty()) {
            match.append(quote(query.tokens.at(i)) + u'*');
        } else {
            QStringList terms;
            for (const QString &term : lastTokenTerms)
                terms.append(quote(term));
            match.append(u'(' + terms.join(u" OR "_s) + u')');
        }
    }
    return match;
}

} // namespace smec::replica
