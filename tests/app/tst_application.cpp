// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "mainwindow.h"
#include "replica/replica.h"
#include "settings.h"
#include "workspace.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::desktop;

class TestApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Window state goes to the test-mode config folder, never the user's real one.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void settings_tableDefaultsAndVersion();
    void demoProfile_opensOfflineWithCountsAndSearch();
    void meetingEditor_saveRefreshesSidebarCount();
};

void TestApplication::settings_tableDefaultsAndVersion()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.path());
        QCOMPARE(settings.syncIntervalMinutes(), 5);
        QCOMPARE(settings.theme(), u"system"_s);
        QVERIFY(!settings.isConfigured());
        QCOMPARE(settings.value(Settings::Key::Version).toInt(), Settings::currentVersion);
        settings.setValue(Settings::Key::ServerUrl, u"https://example.org"_s);
        settings.sync();
    }
    Settings again(dir.path());
    QVERIFY(again.isConfigured());
    QCOMPARE(again.replicaPath(), QDir(dir.path()).filePath(u"replica.sqlite"_s));
    QFile ini(again.settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("password"));
}

void TestApplication::demoProfile_opensOfflineWithCountsAndSearch()
{
    QTemporaryDir dir;
    Settings settings(dir.path());
    settings.setValue(Settings::Key::OfflineMode, true);
    Application::Options options;
    options.demoData = true;
    options.skipSignIn = true;
    Application app(settings, options);
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    MainWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *sidebar = window->findChild<QListView *>(u"sidebar"_s);
    // Curated demo content plus 400 generated practices (counted on the reader thread).
    QTRY_VERIFY(
        sidebar->model()->index(0, 0).data(smec::models::NavigationModel::CountRole).toInt() > 400);
    auto *list = window->findChild<QTableView *>(u"practicesList"_s);
    QVERIFY(list);
    QTRY_VERIFY(list->model()->rowCount() > 0);
    QCOMPARE(window->findChild<QLabel *>(u"connectionLabel"_s)->text(), u"Offline"_s);

    auto *search = window->findChild<QLineEdit *>(u"quickSearch"_s);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"digital"_s);
    auto *results = window->findChild<QListView *>(u"searchResults"_s);
    QTRY_VERIFY(results->model()->rowCount() > 0);
    QVERIFY(results->isVisible());
}

void TestApplication::meetingEditor_saveRefreshesSidebarCount()
{
    // Meetings and commitments are written in the page's own editor; saving one must go the same
    // way as a practice: sidebar counts refreshed (and a prompt sync when signed in).
    QTemporaryDir dir;
    Settings settings(dir.path());
    settings.setValue(Settings::Key::OfflineMode, true);
    settings.setValue(Settings::Key::UserRole, u"secretariat"_s);
    Application::Options options;
    options.skipSignIn = true;
    Application app(settings, options);
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    MainWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    smec::models::NavigationModel *nav = window->navigationModel();
    const QModelIndex meetings = nav->index(nav->rowOf(MainWindow::Section::Meetings));
    QTRY_COMPARE(meetings.data(smec::models::NavigationModel::CountRole).toInt(), 0);

    window->showSection(MainWindow::Section::Meetings);
    auto *newButton = window->findChild<QPushButton *>(u"meetingsNew"_s);
    QVERIFY(newButton && newButton->isVisible() && newButton->isEnabled());
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto *editor = window->findChild<QDialog *>(u"meetingEditor"_s);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *title = editor->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(title);
    QTest::keyClicks(title, u"Regional SME finance dialogue"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

    smec::replica::ListFilter onlyMeetings;
    onlyMeetings.kind = smec::domain::Kind::Meeting;
    QCOMPARE(*app.workspace()->replica().lists().count(onlyMeetings), 1);
    QTRY_COMPARE(meetings.data(smec::models::NavigationModel::CountRole).toInt(), 1);
    editor->close();
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
