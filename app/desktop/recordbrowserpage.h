// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"
#include "replica/listfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;
class QVBoxLayout;

namespace smec::domain {
class ReferenceData;
}
namespace smec::replica {
class Replica;
}
namespace smec::models {
class FacetCounter;
class FacetModel;
class RecordListModel;
} // namespace smec::models

namespace smec::desktop {

class MarkdownView;
class Workspace;

/// A list of one record kind with its facets and a detail pane: practices, meetings,
/// commitments, initiatives (Cooperation), my drafts, the review queue. Filters and sorting run in
/// SQL; the detail renders the record's Markdown safely and shows a rejected edit's reason from the
/// server.
class RecordBrowserPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordBrowserPage)

public:
    /// `name` prefixes the objectNames of the page's widgets (`practices` -> `practicesList`).
    RecordBrowserPage(const QString &name, domain::Kind kind, Workspace &workspace,
                      QWidget *parent = nullptr);

    /// Constraints the user cannot untick (only local edits, only submitted...).
    void setBaseFilter(const replica::ListFilter &filter);
    void setSearchText(const QString &text);
    domain::Kind kind() const { return m_kind; }
    QString searchText() const { return m_text; }
    /// The filter the list shows now (base, facets, text, sorting), for export and saving.
    replica::ListFilter currentFilter() const;
    void applySavedFacets(const QMap<QString, QStringList> &facets);
    /// Re-reads list, counts and detail after the replica changed.
    void reload();
    /// Shows `id` in the detail pane (selecting it when it is loaded).
    void showRecord(const QString &id);
    QString currentId() const { return m_currentId; }
    QStringList selectedIds() const;

    /// Puts `widget` above the detail pane (the initiative actions); the page owns it.
    void addDetailWidget(QWidget *widget);

    models::RecordListModel *listModel() const { return m_list; }
    models::FacetModel *facetModel() const { return m_facets; }
    /// Cooperation, for a delegate: shows only the initiatives that invite their country (the
    /// "Invitations to my country" filter). Does nothing on other pages.
    void setInvitationsOnly(bool only);

Q_SIGNALS:
    /// The user asked to edit `id` (Edit, Enter) or to create a record of the page's kind; the
    /// application opens the editor, so that every save refreshes and syncs the same way.
    void editRequested(const QString &id);
    void newRequested();
    void countChanged(qint64 total);
    void currentChanged(const QString &id);
    /// The detail pane shows `id` now (it is read off the GUI thread).
    void detailShown(const QString &id);
    /// The user asked for a country's profile (the detail's country button, a row's menu).
    void countryRequested(const QString &alpha3);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateFacets();
    void updateDetail();
    void updateCountLabel();
    struct Detail;
    static Result<Detail> readDetail(replica::Replica &replica,
                                     const domain::ReferenceData &reference, const QString &id);
    void showDetail(const Result<Detail> &detail);

    QString m_name;
    domain::Kind m_kind;
    Workspace &m_workspace;
    replica::ListFilter m_base;
    QString m_text;
    QString m_currentId;
    QString m_detailId;         ///< the record the detail pane shows
    bool m_detailStale = false; ///< hidden when it changed: read when the page is shown
    QString m_renderedId;       ///< what the pane has rendered, to skip an unchanged re-render
    QString m_renderedMarkdown;
    models::RecordListModel *m_list;
    models::FacetModel *m_facets;
    models::FacetCounter *m_facetCounter;
    QTreeView *m_facetView;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_banner;
    QVBoxLayout *m_detailLayout = nullptr;
    MarkdownView *m_detail;
    QPushButton *m_editButton;
    QPushButton *m_countryButton = nullptr;
    QString m_detailCountry;
    QPushButton *m_newButton;
    QPushButton *m_clearFacets;
    /// Cooperation, for a delegate: only the initiatives inviting their country.
    QCheckBox *m_invitationsOnly = nullptr;
    QTimer m_facetTimer;
};

} // namespace smec::desktop
