// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "searchresultmodel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smec::models {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultModel::setHits(const QList<replica::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    // Cleaned once here, not on every data() call of every paint.
    for (replica::SearchHit &hit : m_hits)
        hit.snippet = readableSnippet(hit.snippet);
    endResetModel();
}

QString SearchResultModel::kindLabel(domain::Kind kind)
{
    switch (kind) {
    case domain::Kind::Practice:
        return tr("Practice");
    case domain::Kind::Thread:
        return tr("Discussion");
    case domain::Kind::Post:
        return tr("Discussion post");
    case domain::Kind::Meeting:
        return tr("Meeting");
    case domain::Kind::Commitment:
        return tr("Commitment");
    case domain::Kind::Initiative:
        return tr("Joint initiative");
    }
    return {};
}

QString SearchResultModel::snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    // Balance markers so a snippet cut inside a match cannot leave <b> open.
    QString out;
    out.reserve(html.size() + 16);
    bool open = false;
    for (const QChar c : std::as_const(html)) {
        if (c == replica::highlightStart) {
            if (!open)
                out += u"<b>"_s;
            open = true;
        } else if (c == replica::highlightEnd) {
            if (open)
                out += u"</b>"_s;
            open = false;
        } else {
            out += c;
        }
    }
    if (open)
        out += u"</b>"_s;
    return out;
}

QString SearchResultModel::readableSnippet(const QString &snippet)
{
    // At the start of a line (or of the snippet): heading hashes, list markers, quote marks.
    static const QRegularExpression lineMarkup(
        uR"((^|\n)[ \t]*(#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]*))"_s);
    // Anywhere: emphasis runs and code ticks, and table pipes.
    static const QRegularExpression inlineMarkup(uR"(\*\*|__|`+|(?<=\s)\|(?=\s))"_s);
    static const QRegularExpression spaces(uR"(\s+)"_s);
    QString text = snippet;
    text.replace(lineMarkup, u"\\1"_s);
    text.remove(inlineMarkup);
    return text.replace(spaces, u" "_s).trimmed();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const replica::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title.isEmpty() ? tr("(untitled)") : hit.title;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString plain = hit.snippet;
        plain.remove(replica::highlightStart).remove(replica::highlightEnd);
        return tr("%1, %2: %3", "search hit: kind, title and excerpt")
            .arg(kindLabel(hit.kind), hit.title, plain);
    }
    case KindLabelRole:
        return kindLabel(hit.kind);
    case IdRole:
        return hit.id;
    case KindRole:
        return int(hit.kind);
    case SnippetHtmlRole:
        return snippetToHtml(hit.snippet);
    case RankRole:
        return hit.rank;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(SnippetHtmlRole, "snippet");
    return names;
}

} // namespace smec::models
