// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "replica/replicatypes.h"

#include <QAbstractListModel>
#include <QList>

namespace smec::models {

/// Ranked full-text hits (SearchIndex::search) for the quick search, best first. The snippet
/// comes as safe rich text: the stored text is HTML-escaped, then the replica's \u0002/\u0003
/// match markers become <b>...</b>.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        SnippetHtmlRole,
        RankRole,
        KindLabelRole, ///< what the hit is, as a reader names it ("Joint initiative")
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<replica::SearchHit> &hits);
    const QList<replica::SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The kind of record a hit is, translated.
    static QString kindLabel(domain::Kind kind);
    /// Escapes `snippet` for rich text and turns the match markers into bold.
    static QString snippetToHtml(const QString &snippet);
    /// The snippet as a reader expects it: Markdown markup (headings, list markers, emphasis,
    /// code ticks, table pipes) removed, lines joined; the match markers are kept.
    static QString readableSnippet(const QString &snippet);

private:
    QList<replica::SearchHit> m_hits;
};

} // namespace smec::models
