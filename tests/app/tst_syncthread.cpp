// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DESIGN.md section 5, invariant 8: the sync never runs on the GUI thread. The engine, its
// transport and the sync's replica connection check where they run (domain::GuiThread); this
// test reads the count in every build, so it holds in Release as well as in Debug, where a
// violation also aborts.
#include "application.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "settings.h"
#include "syncservice.h"
#include "workspace.h"

#include "domain/guithread.h"
#include "domain/record.h"
#include "replica/replica.h"
#include "sync/apiclient.h"
#include "sync/profile.h"
#include "sync/syncengine.h"
#include "sync/transport.h"

#include <QAction>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace smec::desktop;
using smec::domain::GuiThread;
using smec::test::ServerProcess;

class TestSyncThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedInWindow_syncsOffTheGuiThread();
    void syncWorkOnTheGuiThread_isCountedAtEachCheck();

private:
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.port()); }

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
};

void TestSyncThread::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, m_db, u"--demo"_s}), 0);
    QVERIFY(ServerProcess::addUser(m_db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY2(m_server.start(m_db), m_server.standardError().constData());
}

void TestSyncThread::signedInWindow_syncsOffTheGuiThread()
{
    QTemporaryDir profileDir;
    {
        smec::sync::Profile profile(profileDir.path());
        auto signedIn = smec::sync::signIn(profile, url(), {}, u"sec"_s, u"sec-password"_s,
                                           smec::sync::Profile::TokenStorage::File);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().message));
    }
    Settings settings(profileDir.path());
    Application::Options options;
    options.skipSignIn = true;
    Application app(settings, options);
    QVERIFY(GuiThread::isCurrent()); // the application declared this thread
    const quint64 checksBefore = GuiThread::checks();
    const quint64 violationsBefore = GuiThread::violations();
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    auto *service = app.findChild<SyncService *>();
    QVERIFY(service);
    QSignalSpy finished(service, &SyncService::syncFinished);
    // The sync at launch: the demo content arrives. (A sync run on this thread would show
    // first as a violation; fail on that at once rather than wait for the signal.)
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 || GuiThread::violations() != violationsBefore,
                             60000);
    QCOMPARE(GuiThread::violations(), violationsBefore);
    const auto first = finished.takeFirst().first().value<SyncService::Summary>();
    QVERIFY2(first.ok, qPrintable(first.message));
    QVERIFY(first.pulled > 0);

    // A local edit, pushed by the user's "Sync now".
    smec::domain::Record practice;
    practice.kind = smec::domain::Kind::Practice;
    practice.fields.insert(u"title"_s, u"Pushed from the sync thread"_s);
    QVERIFY(app.workspace()->replica().records().saveDraft(practice).ok());
    app.window()->action(MainWindow::Command::SyncNow)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
    const auto second = finished.takeFirst().first().value<SyncService::Summary>();
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(second.pushed, 1);

    // Every engine step, request and statement of both syncs was checked, none on this thread.
    QCOMPARE(GuiThread::violations(), violationsBefore);
    QVERIFY(GuiThread::checks() > checksBefore + 10);
}

void TestSyncThread::syncWorkOnTheGuiThread_isCountedAtEachCheck()
{
    // The other half of the proof: each check fires when its work does run on the GUI thread
    // (here on purpose, with the abort of builds with assertions turned off for the test).
    QTemporaryDir dir;
    Settings settings(dir.path());
    Application::Options options;
    options.skipSignIn = true;
    Application app(settings, options); // declares this thread the GUI thread
    GuiThread::setFatal(false);
    auto restore = qScopeGuard([] {
#ifdef QT_NO_DEBUG
        GuiThread::setFatal(false);
#else
        GuiThread::setFatal(true);
#endif
    });

    smec::sync::TransportOptions transportOptions;
    transportOptions.serverUrl = QUrl(url());
    auto transport = smec::sync::NetworkTransport::create(transportOptions);
    QVERIFY(transport.ok());
    quint64 before = GuiThread::violations();
    QCOMPARE((*transport)->send({"GET", u"/api/v1/health"_s, {}, {}, {}}).status, 200);
    QCOMPARE(GuiThread::violations(), before + 1); // NetworkTransport::send

    smec::replica::Replica replica;
    QVERIFY(replica.open(dir.filePath(u"sync.sqlite"_s), u"tst-syncthread"_s).ok());
    before = GuiThread::violations();
    QVERIFY(replica.outbox().pendingCount().ok()); // the window's kind of connection: fine
    QCOMPARE(GuiThread::violations(), before);
    replica.database().setOffGuiThread(true);
    QVERIFY(replica.outbox().pendingCount().ok());
    QVERIFY(GuiThread::violations() > before); // the sync's replica connection

    smec::sync::ApiClient api(**transport);
    QVERIFY(api.login(u"sec"_s, u"sec-password"_s).ok());
    replica.database().setOffGuiThread(false);
    smec::sync::SyncEngine engine(replica, api);
    before = GuiThread::violations();
    QVERIFY(engine.sync().ok());
    // SyncEngine::sync, push, pull and every request: several, and not only the replica's.
    QVERIFY(GuiThread::violations() >= before + 4);

    // Off the GUI thread the same calls are checked and pass.
    before = GuiThread::violations();
    const quint64 checks = GuiThread::checks();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto other = smec::sync::NetworkTransport::create(transportOptions);
        if (other.ok())
            (*other)->send({"GET", u"/api/v1/health"_s, {}, {}, {}});
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QCOMPARE(GuiThread::violations(), before);
    QCOMPARE(GuiThread::checks(), checks + 1);
}

QTEST_MAIN(TestSyncThread)
#include "tst_syncthread.moc"
