// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "searchpage.h"

#include "markdownview.h"
#include "models/recordmarkdown.h"
#include "models/searchresultmodel.h"
#include "replica/replica.h"
#include "snippetdelegate.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

SearchPage::SearchPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new models::SearchResultModel(this))
    , m_results(new QListView)
    , m_summary(new QLabel)
    , m_save(new QPushButton(tr("&Save this search…")))
    , m_detail(new MarkdownView)
{
    setObjectName(u"searchPage"_s);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setAccessibleName(tr("Search summary"));
    m_save->setObjectName(u"saveSearchButton"_s);
    m_save->setAccessibleName(tr("Save this search"));
    m_save->setEnabled(false);
    m_detail->setObjectName(u"searchDetail"_s);
    m_detail->setAccessibleName(tr("Selected result"));
    m_detail->document()->setDocumentMargin(14);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_save);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_results);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setSizes({520, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPage::run);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveSearchRequested(m_query); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHit(current.row()); });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(models::SearchResultModel::IdRole).toString(),
                             domain::Kind(index.data(models::SearchResultModel::KindRole).toInt()));
    });
}

void SearchPage::setQuery(const QString &text, bool now)
{
    m_query = text;
    if (now)
        run();
    else
        m_debounce.start();
}

void SearchPage::run()
{
    m_debounce.stop();
    m_save->setEnabled(!m_query.trimmed().isEmpty());
    if (m_query.trimmed().isEmpty()) {
        m_model->setHits({});
        m_summary->setText(tr("Type to search practices, discussions and joint initiatives."));
        m_detail->clear();
        return;
    }
    replica::SearchOptions options;
    options.limit = 100;
    auto hits = m_workspace.replica().search().search(m_query, options);
    if (!hits) {
        m_model->setHits({});
        m_summary->setText(tr("Search is not available: %1").arg(hits.error().message));
        return;
    }
    m_model->setHits(*hits);
    QString summary = hits->isEmpty() ? tr("Nothing matches \"%1\".").arg(m_query)
                                      : tr("%Ln result(s), best first", nullptr, int(hits->size()));
    // Right after a first sync the index is still being built: say so, never look complete.
    auto complete = m_workspace.replica().search().isComplete();
    if (complete && !*complete) {
        auto pending = m_workspace.replica().search().pendingCount();
        summary = tr("%1 The search index is still being built (%Ln record(s) to go): results "
                     "may be incomplete.",
                     nullptr, pending ? int(*pending) : 0)
                      .arg(summary);
    }
    m_summary->setText(summary);
    if (!hits->isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    else
        m_detail->clear();
}

void SearchPage::showHit(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString id = m_model->hits().at(row).id;
    auto record = m_workspace.replica().records().get(id);
    if (record && record->has_value())
        m_detail->setSafeMarkdown(
            models::RecordMarkdown::render(**record, &m_workspace.reference()));
}

} // namespace smec::desktop
