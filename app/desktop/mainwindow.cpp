#include "mainwindow.h"

#include "models/navigationmodel.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
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
    , m_content(new QStackedWidget)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SME Community"));
    setMinimumSize(800, 520);
    resize(1200, 760);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setModel(m_navigation);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(180);

    m_content->setObjectName(u"content"_s);
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        const QString title = m_navigation->index(row).data().toString();
        m_content->addWidget(placeholderPage(
            title, tr("Nothing here yet. Sign in to a server or work offline to see %1.")
                       .arg(title.toLower())));
    }

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 980});
    setCentralWidget(splitter);

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_content->setCurrentIndex(current.row());
            });
    m_sidebar->setCurrentIndex(m_navigation->index(0));

    createMenus();
    createStatusBar();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->rowCount() && row < 9; ++row) {
        QAction *go = view->addAction(m_navigation->index(row).data().toString());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this,
                [this, row] { m_sidebar->setCurrentIndex(m_navigation->index(row)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SME Community"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(tr("Offline"));
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_lastSyncLabel = new QLabel(tr("Never synced"));
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    m_lastSyncLabel->setAccessibleName(tr("Last sync"));
    m_pendingLabel = new QLabel(tr("No pending changes"));
    m_pendingLabel->setObjectName(u"pendingLabel"_s);
    m_pendingLabel->setAccessibleName(tr("Pending changes"));
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_lastSyncLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SME Community"),
        tr("<p><b>SME Community %1</b></p><p>The desktop client of the Global SME Ministerial "
           "Community Platform: document SME policy practices, learn from peers, and follow up "
           "ministerial meetings and commitments.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace smec::desktop
