// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/navigationmodel.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace smec::desktop {

class SyncStatusWidget;

/// The main window: lays out the navigation sidebar with saved searches, the content pages, the
/// quick search field, menus and the status bar, and exposes its actions. It holds no logic:
/// the application object creates the pages and connects the actions to services.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Section = models::NavigationModel::Section;
    enum class Command {
        NewPractice,
        SyncNow,
        ExportPdf,
        ExportMarkdown,
        ExportCsv,
        Settings,
        SignIn,
        ResolveConflicts,
    };

    explicit MainWindow(QWidget *parent = nullptr);

    models::NavigationModel *navigationModel() const { return m_navigation; }
    /// Puts `page` in place of the placeholder of `section`.
    void setPage(Section section, QWidget *page);
    /// The page shown while the quick search field has text.
    void setSearchPage(QWidget *page);
    void setSavedSearchModel(QAbstractItemModel *model);
    void showSection(Section section);
    Section currentSection() const;
    void showSearchPage();
    QAction *action(Command command) const { return m_actions.value(command); }
    QLineEdit *quickSearchField() const { return m_search; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    /// Shows a transient message in the status bar.
    void showMessage(const QString &text);

Q_SIGNALS:
    void quickSearchChanged(const QString &text);
    void savedSearchActivated(int row);
    void sectionChanged(smec::desktop::MainWindow::Section section);

private:
    void createMenus();
    void createToolBar();
    void showAbout();
    QAction *addCommand(Command command, const QString &text, const QString &objectName,
                        const QKeySequence &shortcut = {});

    models::NavigationModel *m_navigation;
    QListView *m_sidebar;
    QListView *m_savedSearches;
    QStackedWidget *m_content;
    QLineEdit *m_search;
    SyncStatusWidget *m_syncStatus;
    QWidget *m_searchPage = nullptr;
    QHash<Command, QAction *> m_actions;
};

} // namespace smec::desktop
