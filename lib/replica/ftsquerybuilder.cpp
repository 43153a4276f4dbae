#include "ftsquerybuilder.h"

#include "textnormalizer.h"

using namespace Qt::StringLiterals;

namespace smec::replica {

QString FtsQueryBuilder::build(QStringView userText, bool prefixLastToken)
{
    QStringList tokens = TextNormalizer::tokens(userText);
    if (tokens.isEmpty())
        return {};
    const bool endsInSeparator =
        !userText.isEmpty() && !userText.back().isLetterOrNumber() && !userText.back().isMark();
    bool prefix = prefixLastToken && !endsInSeparator && tokens.size() <= maxTokens;
    if (tokens.size() > maxTokens)
        tokens.resize(maxTokens);
    QString query;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0)
            query.append(u' ');
        QString token = tokens.at(i);
        token.replace(u'"', u"\"\""_s);
        query.append(u'"' + token + u'"');
        if (prefix && i == tokens.size() - 1 && tokens.at(i).size() >= 2)
            query.append(u'*');
    }
    return query;
}

} // namespace smec::replica
