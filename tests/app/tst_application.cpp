// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "mainwindow.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
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

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
