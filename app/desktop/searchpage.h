// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace smec::models {
class SearchResultModel;
}

namespace smec::desktop {

class MarkdownView;
class Workspace;

/// Quick search results: ranked practices, posts and initiatives (each saying which it is) with
/// highlighted snippets, updated as the
/// user types (debounced), and the hit's content beside them. Any text is safe to type.
class SearchPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPage)

public:
    explicit SearchPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Runs the search for `text` after a short pause (immediately when `now`).
    void setQuery(const QString &text, bool now = false);
    QString query() const { return m_query; }
    models::SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    void saveSearchRequested(const QString &query);
    /// The user opened a hit (Enter or double click): show it in its own section.
    void openRequested(const QString &id, smec::domain::Kind kind);

private:
    void run();
    void showHit(int row);

    Workspace &m_workspace;
    QString m_query;
    models::SearchResultModel *m_model;
    QListView *m_results;
    QLabel *m_summary;
    QPushButton *m_save;
    MarkdownView *m_detail;
    QTimer m_debounce;
};

} // namespace smec::desktop
