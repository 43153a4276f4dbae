// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DESIGN.md section 6: the desktop and the CLI share one profile layout. A profile signed in and
// synced by the real smecommunity-cli opens in the desktop, started as `smecommunity --profile P
// --lang fr` starts it, signed in (no sign-in dialog), in French, with the synced records, and
// its own sync carries on from the CLI's cursor.
#include "application.h"
#include "clirunner.h"
#include "languages.h"
#include "mainwindow.h"
#include "recordbrowserpage.h"
#include "serverprocess.h"
#include "settings.h"
#include "signindialog.h"
#include "syncservice.h"

#include "models/navigationmodel.h"
#include "models/recordlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::desktop;
using smec::test::CliResult;
using smec::test::runCli;
using smec::test::ServerProcess;

class TestCliProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliPreparedProfile_opensSignedInInFrenchWithTheRecords();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
};

void TestCliProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, m_db, u"--demo"_s}), 0);
    QVERIFY(ServerProcess::addUser(m_db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());
}

void TestCliProfile::cleanupTestCase()
{
    Languages::install(u"en"_s);
}

void TestCliProfile::cliPreparedProfile_opensSignedInInFrenchWithTheRecords()
{
    const QString profile = m_dir.filePath(u"profile"_s);
    const CliResult login =
        runCli(profile,
               {u"login"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(m_server.port()),
                u"--username"_s, u"ken"_s, u"--password-stdin"_s, u"--token-file"_s},
               "ken-password");
    QVERIFY2(login.exitCode == 0, login.err.constData());
    const CliResult synced = runCli(profile, {u"sync"_s, u"--json"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(synced.json().object().value("pulled"_L1).toInt() > 0);
    const CliResult listed = runCli(profile, {u"list"_s, u"practice"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray practices = listed.json().array();
    QVERIFY(!practices.isEmpty());
    QStringList titles;
    for (const QJsonValue &p : practices)
        titles.append(p.toObject().value("fields"_L1).toObject().value("title"_L1).toString());

    // As main() does for `smecommunity --profile PROFILE --lang fr`.
    Settings settings(profile);
    QVERIFY(settings.isConfigured());
    Languages::install(u"fr"_s);
    Application app(settings, Application::Options{});
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    MainWindow *window = app.window();
    QVERIFY2(window, "the profile the CLI signed in did not open the window at once");
    QVERIFY(QTest::qWaitForWindowExposed(window));
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<SignInDialog *>(w) || !w->isVisible(), "a sign-in dialog opened");

    // French.
    using C = MainWindow::Command;
    QCOMPARE(window->action(C::SyncNow)->text().remove(u'&'), u"Synchroniser maintenant"_s);
    QVERIFY(window->navigationModel()->index(0, 0).data().toString().contains(u"Pratiques"_s));

    // The records the CLI synced, before any sync of the desktop's own.
    RecordBrowserPage *page = app.practicesPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->listModel()->totalCount(), qint64(practices.size()), 20000);
    QTRY_VERIFY(page->listModel()->rowCount() > 0);
    const int titleColumn = page->listModel()->columnOf(u"title"_s);
    QVERIFY(titleColumn >= 0);
    QVERIFY2(titles.contains(page->listModel()->index(0, titleColumn).data().toString()),
             qPrintable(page->listModel()->index(0, titleColumn).data().toString()));

    // Signed in with the CLI's token: the desktop's own sync works and has nothing new to pull,
    // since it continues from the cursor the CLI committed.
    auto *service = app.findChild<SyncService *>();
    QVERIFY(service);
    QSignalSpy finished(service, &SyncService::syncFinished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
    const auto summary = finished.first().first().value<SyncService::Summary>();
    QVERIFY2(summary.ok, qPrintable(summary.message));
    QCOMPARE(summary.pulled, 0);
    QCOMPARE(window->findChild<QLabel *>(u"connectionLabel"_s)->text(), u"En ligne"_s);
    QVERIFY(window->findChild<QLabel *>(u"lastSyncLabel"_s)
                ->text()
                .startsWith(u"Dernière synchronisation"_s));
}

QTEST_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
