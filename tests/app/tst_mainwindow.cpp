// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"
#include "models/navigationmodel.h"

#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::desktop::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opens_withTitleMenusAndStatusBar();
    void sidebar_selectsContentPage();
};

void TestMainWindow::opens_withTitleMenusAndStatusBar()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"SME Community"_s);
    QVERIFY(window.menuBar()->actions().size() >= 3);
    auto *connection = window.findChild<QLabel *>(u"connectionLabel"_s);
    QVERIFY(connection);
    QVERIFY(connection->isVisible());
    QCOMPARE(connection->text(), u"Offline"_s);
    QVERIFY(window.statusBar()->isVisible());
}

void TestMainWindow::sidebar_selectsContentPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<QListView *>(u"sidebar"_s);
    auto *content = window.findChild<QStackedWidget *>(u"content"_s);
    QVERIFY(sidebar && content);
    QVERIFY(content->count() >= window.navigationModel()->rowCount());

    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(content->currentIndex(), 2);
    QCOMPARE(sidebar->currentIndex()
                 .data(smec::models::NavigationModel::SectionRole)
                 .value<smec::models::NavigationModel::Section>(),
             smec::models::NavigationModel::Section::Meetings);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
