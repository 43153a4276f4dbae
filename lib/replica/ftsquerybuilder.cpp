// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ftsquerybuilder.h"

#include "ftstokenizer.h"
#include "textnormalizer.h"

using namespace Qt::StringLiterals;

namespace smec::replica {

FtsQueryBuilder::Query FtsQueryBuilder::parse(QStringView userText, bool prefixLastToken)
{
    Query query;
    // Han and kana are cut apart from letters of other scripts ("5G网络" is 5G and 网络): the
    // index tokenizes them separately, and a lone ideograph must become a prefix (see build()).
    for (const QString &token : TextNormalizer::tokens(userText)) {
        QString part;
        bool partBigram = false;
        for (const uint c : token.toUcs4()) {
            const bool bigram = FtsTokenizer::isBigramScript(char32_t(c));
            if (!part.isEmpty() && bigram != partBigram) {
                query.tokens.append(part);
                part.clear();
            }
            partBigram = bigram;
            const char32_t cp = c;
            part.append(QString::fromUcs4(&cp, 1));
        }
        if (!part.isEmpty())
            query.tokens.append(part);
    }
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

bool FtsQueryBuilder::isLoneIdeograph(const QString &token)
{
    const QList<uint> codePoints = token.toUcs4();
    return codePoints.size() == 1 && FtsTokenizer::isBigramScript(char32_t(codePoints.first()));
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
        if (isLoneIdeograph(query.tokens.at(i))) {
            match.append(quote(query.tokens.at(i)) + u'*');
        } else if (i < query.tokens.size() - 1 || !query.prefixLast) {
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
