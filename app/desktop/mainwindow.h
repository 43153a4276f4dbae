#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QStackedWidget;

namespace smec::models {
class NavigationModel;
}

namespace smec::desktop {

/// The main window: lays out the navigation sidebar, the content area and the status bar, and
/// connects actions. Services are wired by the application object, not here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    models::NavigationModel *navigationModel() const { return m_navigation; }

private:
    void createMenus();
    void createStatusBar();
    void showAbout();

    models::NavigationModel *m_navigation;
    QListView *m_sidebar;
    QStackedWidget *m_content;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
};

} // namespace smec::desktop
