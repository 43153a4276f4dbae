// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "mainwindow.h"
#include "replica/replica.h"
#include "serverprocess.h"
#include "settings.h"
#include "sync/profile.h"
#include "workspace.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::desktop;
using smec::test::ServerProcess;

/// A signed-in desktop against a real server: whatever editor a record is written in, the edit
/// reaches the server shortly after it is saved, not only at the next periodic sync (minutes).
class TestEditorSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savedEdit_reachesServerSoon_data();
    void savedEdit_reachesServerSoon();

private:
    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
};

void TestEditorSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QVERIFY(ServerProcess::addUser(m_db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());
}

void TestEditorSync::savedEdit_reachesServerSoon_data()
{
    QTest::addColumn<MainWindow::Section>("section");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("editor");
    QTest::newRow("practice") << MainWindow::Section::Practices << u"practices"_s
                              << u"practiceEditor"_s;
    QTest::newRow("meeting") << MainWindow::Section::Meetings << u"meetings"_s
                             << u"meetingEditor"_s;
    QTest::newRow("commitment") << MainWindow::Section::Commitments << u"commitments"_s
                                << u"commitmentEditor"_s;
}

void TestEditorSync::savedEdit_reachesServerSoon()
{
    QFETCH(MainWindow::Section, section);
    QFETCH(QString, page);
    QFETCH(QString, editor);
    QTemporaryDir profileDir;
    {
        smec::sync::Profile profile(profileDir.path());
        auto signedIn =
            smec::sync::signIn(profile, u"http://127.0.0.1:%1"_s.arg(m_server.port()), {}, u"sec"_s,
                               u"sec-password"_s, smec::sync::Profile::TokenStorage::File);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().message));
    }
    Settings settings(profileDir.path());
    Application::Options options;
    options.skipSignIn = true;
    Application app(settings, options);
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    smec::replica::Replica &replica = app.workspace()->replica();
    // The sync at launch first, so that only the edit can start the next one.
    QTRY_VERIFY_WITH_TIMEOUT(replica.syncState().state()->lastSync.isValid(), 20000);

    app.window()->showSection(section);
    auto *newButton = app.window()->findChild<QPushButton *>(page + u"New"_s);
    QVERIFY(newButton && newButton->isVisible() && newButton->isEnabled());
    QTest::mouseClick(newButton, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.window()->findChild<QDialog *>(editor)));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *title = dialog->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(title);
    QTest::keyClicks(title, u"Sent without waiting for the timer"_s);
    dialog->close();
    QTRY_COMPARE(*replica.outbox().pendingCount(), 1);
    // The periodic sync is minutes away; the edit's own sync comes within seconds.
    QTRY_COMPARE_WITH_TIMEOUT(*replica.outbox().pendingCount(), 0, 20000);
}

QTEST_MAIN(TestEditorSync)
#include "tst_editorsync.moc"
