// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "aboutdialog.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
QWidget *placeholderPage(const QString &title, const QString &text)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *body = new QLabel(text);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return page;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new models::NavigationModel(this))
    , m_sidebar(new QListView)
    , m_savedSearches(new QListView)
    , m_content(new QStackedWidget)
    , m_search(new QLineEdit)
    , m_syncStatus(new SyncStatusWidget)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SME Community"));
    setMinimumSize(800, 520);
    resize(1280, 800);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setModel(m_navigation);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setSpacing(3);
    m_sidebar->setMinimumWidth(170);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.08);
    m_sidebar->setFont(sidebarFont);

    m_savedSearches->setObjectName(u"savedSearches"_s);
    m_savedSearches->setAccessibleName(tr("Saved searches"));
    m_savedSearches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *savedLabel = new QLabel(tr("Saved searches"));
    savedLabel->setBuddy(m_savedSearches);
    QFont savedFont = savedLabel->font();
    savedFont.setBold(true);
    savedLabel->setFont(savedFont);

    auto *side = new QWidget;
    side->setObjectName(u"sidePane"_s);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    sideLayout->addWidget(m_sidebar, 3);
    sideLayout->addWidget(savedLabel);
    sideLayout->addWidget(m_savedSearches, 1);

    m_content->setObjectName(u"content"_s);
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        const QString title = m_navigation->index(row).data().toString();
        m_content->addWidget(placeholderPage(
            title, tr("Nothing here yet. Sign in to a server or work offline to see %1.")
                       .arg(title.toLower())));
    }

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(side);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1080});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_content->setCurrentIndex(current.row());
                Q_EMIT sectionChanged(
                    current.data(models::NavigationModel::SectionRole).value<Section>());
            });
    connect(m_navigation, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_content->insertWidget(
                        row, placeholderPage(m_navigation->index(row).data().toString(), {}));
            });
    connect(m_navigation, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = last; row >= first; --row) {
                    QWidget *page = m_content->widget(row);
                    m_content->removeWidget(page);
                    page->deleteLater();
                }
            });
    connect(m_savedSearches, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT savedSearchActivated(index.row()); });
    connect(m_savedSearches, &QListView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT savedSearchActivated(index.row()); });
    m_sidebar->setCurrentIndex(m_navigation->index(0));

    createMenus();
    createToolBar();
    statusBar()->addPermanentWidget(m_syncStatus);
}

QAction *MainWindow::addCommand(Command command, const QString &text, const QString &objectName,
                                const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(command, action);
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(addCommand(Command::NewPractice, tr("&New practice…"), u"actionNewPractice"_s,
                               QKeySequence::New));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(addCommand(Command::ExportPdf, tr("As &PDF…"), u"actionExportPdf"_s));
    exportMenu->addAction(
        addCommand(Command::ExportMarkdown, tr("As &Markdown…"), u"actionExportMarkdown"_s));
    exportMenu->addAction(addCommand(Command::ExportCsv, tr("As &CSV…"), u"actionExportCsv"_s));
    file->addSeparator();
    file->addAction(
        addCommand(Command::SyncNow, tr("S&ync now"), u"actionSync"_s, QKeySequence(Qt::Key_F5)));
    file->addAction(addCommand(Command::SignIn, tr("Sign &in…"), u"actionSignIn"_s));
    file->addAction(addCommand(Command::Settings, tr("&Settings…"), u"actionSettings"_s,
                               QKeySequence::Preferences));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Every section has an entry; the first nine have Ctrl+1..9.
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        const auto section =
            m_navigation->index(row).data(models::NavigationModel::SectionRole).value<Section>();
        QAction *go = view->addAction(m_navigation->index(row).data().toString());
        if (row < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, section] { showSection(section); });
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find…"));
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    view->addAction(addCommand(Command::ResolveConflicts, tr("Resolve &conflicts…"),
                               u"actionResolveConflicts"_s));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SME Community"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_actions.value(Command::NewPractice));
    bar->addAction(m_actions.value(Command::SyncNow));
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search->setObjectName(u"quickSearch"_s);
    m_search->setAccessibleName(tr("Quick search"));
    m_search->setPlaceholderText(tr("Search practices, discussions and initiatives (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(340);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            showSearchPage();
        Q_EMIT quickSearchChanged(text);
    });
}

void MainWindow::setPage(Section section, QWidget *page)
{
    const int row = m_navigation->rowOf(section);
    if (row < 0)
        return;
    QWidget *old = m_content->widget(row);
    m_content->insertWidget(row, page);
    m_content->removeWidget(old);
    old->deleteLater();
    if (m_sidebar->currentIndex().row() == row)
        m_content->setCurrentIndex(row);
}

void MainWindow::setSearchPage(QWidget *page)
{
    m_searchPage = page;
    m_content->addWidget(page);
}

void MainWindow::setSavedSearchModel(QAbstractItemModel *model)
{
    m_savedSearches->setModel(model);
}

void MainWindow::showSection(Section section)
{
    const int row = m_navigation->rowOf(section);
    if (row < 0)
        return;
    if (m_sidebar->currentIndex().row() == row)
        m_content->setCurrentIndex(row);
    m_sidebar->setCurrentIndex(m_navigation->index(row));
}

MainWindow::Section MainWindow::currentSection() const
{
    return m_sidebar->currentIndex().data(models::NavigationModel::SectionRole).value<Section>();
}

void MainWindow::showSearchPage()
{
    if (m_searchPage)
        m_content->setCurrentWidget(m_searchPage);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace smec::desktop
