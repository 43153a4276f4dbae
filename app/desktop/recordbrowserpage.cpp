// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordbrowserpage.h"

#include "domain/accesspolicy.h"
#include "domain/localizednames.h"
#include "markdownview.h"
#include "models/displaytext.h"
#include "models/facetcounter.h"
#include "models/facetmodel.h"
#include "models/recordlistmodel.h"
#include "models/recordmarkdown.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
QString kindNoun(domain::Kind kind, qint64 n)
{
    const int count = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    switch (kind) {
    case domain::Kind::Practice:
        return RecordBrowserPage::tr("%Ln practice(s)", nullptr, count);
    case domain::Kind::Thread:
        return RecordBrowserPage::tr("%Ln thread(s)", nullptr, count);
    case domain::Kind::Post:
        return RecordBrowserPage::tr("%Ln post(s)", nullptr, count);
    case domain::Kind::Meeting:
        return RecordBrowserPage::tr("%Ln meeting(s)", nullptr, count);
    case domain::Kind::Commitment:
        return RecordBrowserPage::tr("%Ln commitment(s)", nullptr, count);
    case domain::Kind::Initiative:
        return RecordBrowserPage::tr("%Ln initiative(s)", nullptr, count);
    }
    return {};
}
} // namespace

RecordBrowserPage::RecordBrowserPage(const QString &name, domain::Kind kind, Workspace &workspace,
                                     QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_kind(kind)
    , m_workspace(workspace)
    , m_list(new models::RecordListModel(&workspace.replica(), this))
    , m_facets(new models::FacetModel(this))
    , m_facetCounter(new models::FacetCounter(&workspace.reader(), this))
    , m_facetView(new QTreeView)
    , m_table(new QTableView)
    , m_countLabel(new QLabel)
    , m_banner(new QLabel)
    , m_detail(new MarkdownView)
    , m_editButton(new QPushButton(tr("&Edit")))
    , m_newButton(
          new QPushButton(kind == domain::Kind::Practice ? tr("&New practice") : tr("&New")))
    , m_clearFacets(new QPushButton(tr("Clear filters")))
{
    setObjectName(name + u"Page"_s);
    m_base.kind = kind;
    m_list->setReferenceData(&workspace.reference());
    m_list->setReader(&workspace.reader());
    m_facets->setReferenceData(&workspace.reference());
    m_facets->setKind(kind);

    m_facetView->setObjectName(name + u"Facets"_s);
    m_facetView->setAccessibleName(tr("Filters"));
    m_facetView->setModel(m_facets);
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->setMinimumWidth(190);
    for (int row = 0; row < m_facets->rowCount(); ++row) {
        const QString facet =
            m_facets->index(row, 0).data(models::FacetModel::FacetRole).toString();
        if (facet == u"pillar"_s || facet == u"status"_s || facet == u"subkind"_s)
            m_facetView->expand(m_facets->index(row, 0));
    }
    m_clearFacets->setObjectName(name + u"ClearFilters"_s);
    m_clearFacets->setAccessibleName(tr("Clear filters"));
    m_clearFacets->setEnabled(false);

    m_table->setObjectName(name + u"List"_s);
    m_table->setAccessibleName(tr("List"));
    m_table->setModel(m_list);
    // No indicator before enabling sorting: the list opens in the kind's own order (newest
    // first), not sorted by the first column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    if (m_list->columnCount() > 0)
        m_table->setColumnWidth(0, kind == domain::Kind::Post ? 140 : 330);
    for (int c = 1; c < m_list->columnCount(); ++c)
        m_table->setColumnWidth(c, 120);

    m_countLabel->setObjectName(name + u"Count"_s);
    m_countLabel->setAccessibleName(tr("Number of records"));
    m_banner->setObjectName(name + u"Banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(
        u"QLabel { background: #fde2e1; color: #7a1712; border-radius: 4px; }"_s);
    m_detail->setObjectName(name + u"Detail"_s);
    m_detail->setAccessibleName(tr("Details"));
    m_detail->setMinimumWidth(320);
    m_detail->document()->setDocumentMargin(14);
    m_editButton->setObjectName(name + u"Edit"_s);
    m_editButton->setAccessibleName(tr("Edit the selected record"));
    m_editButton->setEnabled(false);
    m_newButton->setObjectName(name + u"New"_s);
    m_newButton->setAccessibleName(tr("Create a new record"));
    const bool editable = kind == domain::Kind::Practice || kind == domain::Kind::Meeting ||
                          kind == domain::Kind::Commitment || kind == domain::Kind::Initiative;
    m_editButton->setVisible(editable);
    m_newButton->setVisible(editable);
    if (kind != domain::Kind::Practice) {
        const domain::Decision create = domain::AccessPolicy::canCreate(workspace.user(), kind);
        m_newButton->setEnabled(create.allowed);
        m_newButton->setToolTip(create.allowed ? QString() : create.reason);
    }

    auto *facetPane = new QWidget;
    auto *facetLayout = new QVBoxLayout(facetPane);
    facetLayout->setContentsMargins(0, 0, 0, 0);
    const domain::User &user = workspace.user();
    if (kind == domain::Kind::Initiative && user.role == domain::Role::Delegate &&
        !user.country.isEmpty()) {
        m_invitationsOnly = new QCheckBox(tr("&Invitations to my country"));
        m_invitationsOnly->setObjectName(name + u"InvitationsOnly"_s);
        m_invitationsOnly->setAccessibleName(tr("Invitations to my country"));
        m_invitationsOnly->setToolTip(
            tr("Only the initiatives that invite %1 to join and that it has not answered yet.")
                .arg(domain::LocalizedNames::country(
                    user.country, workspace.reference().countryName(user.country))));
        facetLayout->addWidget(m_invitationsOnly);
        connect(m_invitationsOnly, &QCheckBox::toggled, this, &RecordBrowserPage::applyFilter);
        connect(m_clearFacets, &QPushButton::clicked, m_invitationsOnly,
                [this] { m_invitationsOnly->setChecked(false); });
    }
    facetLayout->addWidget(m_facetView);
    facetLayout->addWidget(m_clearFacets);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_countLabel, 1);
    top->addWidget(m_newButton);
    top->addWidget(m_editButton);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table);

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_banner);
    // The record's country (host, lead) opens its profile.
    m_countryButton = new QPushButton(detailPane);
    m_countryButton->setObjectName(name + u"CountryProfile"_s);
    m_countryButton->setVisible(false);
    connect(m_countryButton, &QPushButton::clicked, this,
            [this] { Q_EMIT countryRequested(m_detailCountry); });
    auto *countryRow = new QHBoxLayout;
    countryRow->addStretch(1);
    countryRow->addWidget(m_countryButton);
    detailLayout->addLayout(countryRow);
    detailLayout->addWidget(m_detail);
    m_detailLayout = detailLayout;

    auto *splitter = new QSplitter;
    splitter->setObjectName(name + u"Splitter"_s);
    splitter->addWidget(facetPane);
    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({210, 560, 420});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_facetTimer.setSingleShot(true);
    m_facetTimer.setInterval(120);
    connect(&m_facetTimer, &QTimer::timeout, this, &RecordBrowserPage::updateFacets);
    connect(m_facetCounter, &models::FacetCounter::countsReady, m_facets,
            &models::FacetModel::setCounts);
    connect(m_facets, &models::FacetModel::selectionChanged, this, &RecordBrowserPage::applyFilter);
    connect(m_clearFacets, &QPushButton::clicked, m_facets, &models::FacetModel::clearSelection);
    connect(m_list, &models::RecordListModel::totalCountChanged, this,
            &RecordBrowserPage::updateCountLabel);
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_list->rowOfId(m_currentId);
        if (row >= 0)
            m_table->selectRow(row);
        else if (m_currentId.isEmpty() && m_list->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString id = m_list->idAt(current.row());
                if (id == m_currentId && id == m_detailId)
                    return; // the same record again after the list was re-read: shown already
                m_currentId = id;
                updateDetail();
                Q_EMIT currentChanged(m_currentId);
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_editButton->isVisible() && m_editButton->isEnabled())
            Q_EMIT editRequested(m_list->idAt(index.row()));
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (!m_currentId.isEmpty())
            Q_EMIT editRequested(m_currentId);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        const int column = m_list->columnOf(u"country"_s);
        if (!index.isValid() || column < 0)
            return;
        const QString country = m_list->index(index.row(), column)
                                    .data(models::RecordListModel::ColumnValueRole)
                                    .toString();
        if (country.isEmpty())
            return;
        QMenu menu(this);
        QAction *open = menu.addAction(
            tr("Open the profile of %1")
                .arg(models::DisplayText::country(&m_workspace.reference(), country)),
            this, [this, country] { Q_EMIT countryRequested(country); });
        open->setObjectName(m_name + u"OpenCountry"_s);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_newButton, &QPushButton::clicked, this, &RecordBrowserPage::newRequested);

    applyFilter();
}

void RecordBrowserPage::addDetailWidget(QWidget *widget)
{
    m_detailLayout->insertWidget(0, widget);
}

void RecordBrowserPage::setBaseFilter(const replica::ListFilter &filter)
{
    m_base = filter;
    m_base.kind = m_kind;
    applyFilter();
}

void RecordBrowserPage::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    applyFilter();
}

replica::ListFilter RecordBrowserPage::currentFilter() const
{
    replica::ListFilter f = m_base;
    const auto selection = m_facets->selection();
    for (auto it = selection.cbegin(); it != selection.cend(); ++it)
        f.facets.insert(it.key(), it.value());
    if (const auto from = m_facets->yearFrom())
        f.yearFrom = from;
    if (const auto to = m_facets->yearTo())
        f.yearTo = to;
    f.text = m_text;
    if (m_invitationsOnly && m_invitationsOnly->isChecked())
        f.invitedCountry = m_workspace.user().country;
    f.sortColumn = m_list->filter().sortColumn;
    f.sortOrder = m_list->filter().sortOrder;
    return f;
}

void RecordBrowserPage::applySavedFacets(const QMap<QString, QStringList> &facets)
{
    m_facets->setSelection(facets);
}

void RecordBrowserPage::applyFilter()
{
    replica::ListFilter f = currentFilter();
    if (m_list->filter().text != f.text && !f.text.isEmpty()) {
        f.sortColumn.clear(); // a new search ranks by relevance
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_list->setFilter(f);
    m_clearFacets->setEnabled(!m_facets->selection().isEmpty() || m_facets->yearFrom() ||
                              (m_invitationsOnly && m_invitationsOnly->isChecked()));
    m_facetTimer.start();
}

void RecordBrowserPage::setInvitationsOnly(bool only)
{
    if (m_invitationsOnly)
        m_invitationsOnly->setChecked(only);
}

void RecordBrowserPage::updateFacets()
{
    if (m_facets->rowCount() == 0)
        return;
    // Counted on a second connection in a worker thread; a newer filter supersedes the answer.
    m_facetCounter->request(currentFilter());
}

void RecordBrowserPage::reload()
{
    m_list->refresh();
    m_facetTimer.start();
    updateDetail();
}

void RecordBrowserPage::updateCountLabel()
{
    m_countLabel->setText(kindNoun(m_kind, m_list->totalCount()));
    Q_EMIT countChanged(m_list->totalCount());
}

void RecordBrowserPage::showRecord(const QString &id)
{
    m_currentId = id;
    const int row = m_list->rowOfId(id);
    if (row >= 0)
        m_table->selectRow(row);
    if (m_detailId != id)
        updateDetail();
}

QStringList RecordBrowserPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_list->idAt(index.row()));
    return ids;
}

/// What the detail pane shows of one record, read and rendered on the reader's connection.
struct RecordBrowserPage::Detail
{
    std::optional<domain::Record> record;
    QString markdown;
    std::optional<replica::RecordState> state;
    QString rejection; ///< the server's reason, when the last change was refused
};

namespace {

/// The posts of a thread as Markdown, after the thread itself.
QString threadPosts(replica::Replica &replica, const domain::ReferenceData &reference,
                    const QString &threadId)
{
    replica::ListFilter posts;
    posts.kind = domain::Kind::Post;
    posts.threadId = threadId;
    posts.limit = 200;
    auto rows = replica.lists().list(posts);
    if (!rows)
        return {};
    QString out = u"\n## "_s +
                  models::RecordMarkdown::escape(
                      RecordBrowserPage::tr("%Ln post(s)", nullptr, int(rows->size()))) +
                  u"\n"_s;
    for (const replica::ListRow &row : std::as_const(*rows)) {
        auto post = replica.records().get(row.id);
        if (post && post->has_value())
            out += u"\n---\n\n"_s + models::RecordMarkdown::render(**post, &reference);
    }
    return out;
}

} // namespace

Result<RecordBrowserPage::Detail>
RecordBrowserPage::readDetail(replica::Replica &replica, const domain::ReferenceData &reference,
                              const QString &id)
{
    auto record = replica.records().get(id);
    if (!record)
        return record.error();
    Detail detail;
    if (!record->has_value())
        return detail;
    const domain::Record &r = **record;
    detail.record = r;
    detail.markdown = models::RecordMarkdown::render(r, &reference);
    if (r.kind == domain::Kind::Thread)
        detail.markdown += threadPosts(replica, reference, r.id);
    if (auto state = replica.state(r.id))
        detail.state = *state;
    if (detail.state == replica::RecordState::Rejected) {
        if (auto entries = replica.outbox().forRecord(r.id)) {
            for (const replica::OutboxEntry &e : *entries) {
                if (e.state == replica::OutboxState::Rejected)
                    detail.rejection = e.errorMessage;
            }
        }
    }
    return detail;
}

void RecordBrowserPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_detailStale)
        updateDetail();
}

void RecordBrowserPage::updateDetail()
{
    if (!isVisible()) {
        // A page in the background (after a sync every page reloads) renders nothing until it
        // is shown: a thread with its posts is a long document to lay out.
        m_detailStale = true;
        m_detailId.clear();
        return;
    }
    m_detailStale = false;
    m_detailId = m_currentId;
    if (m_currentId.isEmpty()) {
        m_renderedId.clear();
        m_banner->setVisible(false);
        m_editButton->setEnabled(false);
        m_detail->setSafeMarkdown(tr("Select an item in the list to read it here."));
        return;
    }
    // Read and rendered on the reader's connection; the pane keeps what it shows until then.
    const domain::ReferenceData *reference = &m_workspace.reference();
    const QString id = m_currentId;
    m_workspace.reader().run<Detail>(
        this,
        [reference, id](replica::Replica &replica) { return readDetail(replica, *reference, id); },
        [this](const Result<Detail> &detail) { showDetail(detail); });
}

void RecordBrowserPage::showDetail(const Result<Detail> &detail)
{
    m_banner->setVisible(false);
    m_editButton->setEnabled(false);
    if (!detail || !detail->record) {
        m_countryButton->setVisible(false);
        m_renderedId.clear();
        m_detail->setSafeMarkdown(detail ? tr("This record is no longer available.")
                                         : detail.error().message);
        return;
    }
    const domain::Record &r = *detail->record;
    if (r.id != m_renderedId || detail->markdown != m_renderedMarkdown) {
        m_detail->setSafeMarkdown(detail->markdown);
        m_detail->verticalScrollBar()->setValue(0);
        m_renderedId = r.id;
        m_renderedMarkdown = detail->markdown;
    } // else unchanged (a reload after a sync): the reader keeps their place in the text

    m_detailCountry.clear();
    for (const QString &field : {u"country"_s, u"host_country"_s, u"lead_country"_s}) {
        if (m_detailCountry.isEmpty())
            m_detailCountry = r.fields.value(field).toString();
    }
    m_countryButton->setVisible(!m_detailCountry.isEmpty());
    m_countryButton->setText(
        tr("Profile of %1")
            .arg(models::DisplayText::country(&m_workspace.reference(), m_detailCountry)));

    const domain::Decision edit = domain::AccessPolicy::canEdit(m_workspace.user(), r);
    m_editButton->setEnabled(edit.allowed);
    m_editButton->setToolTip(edit.allowed ? tr("Open the editor (Enter)") : edit.reason);

    if (detail->state == replica::RecordState::Rejected) {
        m_banner->setText(tr("The server refused your last change: %1 Edit the record to fix it; "
                             "the next save sends it again.")
                              .arg(detail->rejection));
        m_banner->setVisible(true);
    } else if (detail->state == replica::RecordState::Conflict) {
        m_banner->setText(tr("This record was changed on the server too. Open Conflicts to "
                             "decide which version to keep."));
        m_banner->setVisible(true);
    }
    Q_EMIT detailShown(r.id);
}

} // namespace smec::desktop
