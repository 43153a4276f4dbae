// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "domain/initiative.h"
#include "mainwindow.h"
#include "models/navigationmodel.h"
#include "models/recordlistmodel.h"
#include "models/searchresultmodel.h"
#include "recordbrowserpage.h"
#include "replica/replica.h"
#include "settings.h"
#include "signindialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::desktop;
using smec::sync::Profile;

namespace {

/// The window of an offline profile in `dir`, started without the sign-in dialog and exposed:
/// what most tests here begin with. Null after a failed QVERIFY.
struct OfflineApp
{
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Application> app;
    MainWindow *window = nullptr;
};

void startOffline(const QString &dir, Application::Options options, OfflineApp &out,
                  const QString &role = {}, const QString &country = {})
{
    out.settings = std::make_unique<Settings>(dir);
    out.settings->profile().setValue(Profile::Key::OfflineMode, true);
    if (!role.isEmpty())
        out.settings->profile().setValue(Profile::Key::UserRole, role);
    if (!country.isEmpty())
        out.settings->profile().setValue(Profile::Key::UserCountry, country);
    options.skipSignIn = true;
    out.app = std::make_unique<Application>(*out.settings, options);
    QString error;
    QVERIFY2(out.app->start(&error), qPrintable(error));
    out.window = out.app->window();
    QVERIFY(QTest::qWaitForWindowExposed(out.window));
}

} // namespace

class TestApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Window state goes to the test-mode config folder, never the user's real one.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void settings_tableDefaultsAndVersion();
    void settings_seeWhatTheProfileRecordsWithoutReloading();
    void demoProfile_opensOfflineWithCountsAndSearch();
    void firstStart_signsInWithoutBlockingAndCancels();
    void meetingEditor_saveRefreshesSidebarCount();
    void settingsDialog_opensWithoutNestedLoopAndSaves();
    void showOption_opensOnThatSection();
    void delegate_invitationsCountedDeclinedAndSearchOpensCooperation();
};

void TestApplication::settings_tableDefaultsAndVersion()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.path());
        QCOMPARE(settings.syncIntervalMinutes(), 5);
        QCOMPARE(settings.theme(), u"system"_s);
        QVERIFY(!settings.isConfigured());
        QCOMPARE(settings.profile().value(Profile::Key::Version).toInt(), Profile::currentVersion);
        settings.profile().setValue(Profile::Key::ServerUrl, u"https://example.org"_s);
        settings.sync();
    }
    Settings again(dir.path());
    QVERIFY(again.isConfigured());
    QCOMPARE(again.replicaPath(), QDir(dir.path()).filePath(u"replica.sqlite"_s));
    QFile ini(again.settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("password"));
}

void TestApplication::settings_seeWhatTheProfileRecordsWithoutReloading()
{
    QTemporaryDir dir;
    Settings settings(dir.path());
    QVERIFY(!settings.isConfigured());
    smec::protocol::UserInfo user;
    user.id = u"6f1c1f0e-0000-4000-8000-000000000001"_s;
    user.username = u"alice"_s;
    user.displayName = u"Alice"_s;
    user.country = u"KEN"_s;
    user.role = u"secretariat"_s;
    // What a sign-in records through the library is the desktop's at once, with no reload.
    settings.profile().setSignedIn(u"https://example.org"_s, {}, Profile::TokenStorage::Keychain,
                                   user);
    QVERIFY(settings.isConfigured());
    QCOMPARE(settings.serverUrl(), u"https://example.org"_s);
    QCOMPARE(settings.username(), u"alice"_s);
    QVERIFY(settings.profile().domainUser().isCurator());
    settings.setValue(Settings::Key::Theme, u"dark"_s);
    settings.sync();

    // One file, under the key names existing profiles and the CLI already use.
    const QSettings ini(settings.settingsPath(), QSettings::IniFormat);
    QCOMPARE(ini.value(u"server/url"_s).toString(), u"https://example.org"_s);
    QCOMPARE(ini.value(u"server/username"_s).toString(), u"alice"_s);
    QCOMPARE(ini.value(u"server/offline"_s).toBool(), false);
    QCOMPARE(ini.value(u"server/token_storage"_s).toString(), u"keychain"_s);
    QCOMPARE(ini.value(u"user/id"_s).toString(), user.id);
    QCOMPARE(ini.value(u"user/display_name"_s).toString(), u"Alice"_s);
    QCOMPARE(ini.value(u"user/country"_s).toString(), u"KEN"_s);
    QCOMPARE(ini.value(u"user/role"_s).toString(), u"secretariat"_s);
    QCOMPARE(ini.value(u"ui/theme"_s).toString(), u"dark"_s);
    QCOMPARE(ini.value(u"version"_s).toInt(), Profile::currentVersion);
    const Profile cli(dir.path());
    QCOMPARE(cli.user(), user);
}

void TestApplication::demoProfile_opensOfflineWithCountsAndSearch()
{
    QTemporaryDir dir;
    Application::Options options;
    options.demoData = true;
    OfflineApp started;
    startOffline(dir.path(), options, started);
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = started.window;
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

void TestApplication::firstStart_signsInWithoutBlockingAndCancels()
{
    QTemporaryDir dir;
    Settings settings(dir.path());
    Application app(settings, Application::Options{});
    QSignalSpy failed(&app, &Application::startFailed);
    QString error;
    // start() returns with the dialog open: no nested event loop waits for the user.
    QVERIFY2(app.start(&error), qPrintable(error));
    QVERIFY(!app.window());
    SignInDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<SignInDialog *>(w); d && d->isVisible())
            dialog = d;
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s)->setText(u"http://127.0.0.1:1"_s);
    dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"alice"_s);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"password"_s);
    auto *signIn = dialog->findChild<QPushButton *>(u"signInButton"_s);
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    // Nothing listens on port 1: the refusal comes back into the dialog, which stays open.
    auto *message = dialog->findChild<QLabel *>(u"signInError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled() && message->isVisible(), 30000);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(!app.window());
    QVERIFY(!settings.isConfigured());
    QCOMPARE(failed.count(), 0);

    // Giving up ends the start without a message to show.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().isEmpty());
    QVERIFY(!app.window());
}

void TestApplication::meetingEditor_saveRefreshesSidebarCount()
{
    // Meetings and commitments are written in the page's own editor; saving one must go the same
    // way as a practice: sidebar counts refreshed (and a prompt sync when signed in).
    QTemporaryDir dir;
    OfflineApp started;
    startOffline(dir.path(), {}, started, u"secretariat"_s);
    if (QTest::currentTestFailed())
        return;
    Application &app = *started.app;
    MainWindow *window = started.window;
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

void TestApplication::settingsDialog_opensWithoutNestedLoopAndSaves()
{
    QTemporaryDir dir;
    OfflineApp started;
    startOffline(dir.path(), {}, started);
    if (QTest::currentTestFailed())
        return;
    Settings &settings = *started.settings;
    MainWindow *window = started.window;

    // trigger() returns with the dialog open: a nested exec() loop would block the test here.
    window->action(MainWindow::Command::Settings)->trigger();
    QPointer<QDialog> dialog = window->findChild<QDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    auto *interval = dialog->findChild<QSpinBox *>(u"settingsInterval"_s);
    QVERIFY(interval);
    const int chosen = settings.syncIntervalMinutes() + 7;
    interval->setValue(chosen);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings.syncIntervalMinutes(), chosen);
    QTRY_VERIFY(dialog.isNull()); // deleted on close, not kept for the window's lifetime
}

void TestApplication::showOption_opensOnThatSection()
{
    QTemporaryDir dir;
    Application::Options options;
    options.section = MainWindow::Section::Statistics; // smecommunity --show statistics
    OfflineApp started;
    startOffline(dir.path(), options, started);
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = started.window;
    QCOMPARE(window->currentSection(), MainWindow::Section::Statistics);
    QVERIFY(window->findChild<QWidget *>(u"statisticsPage"_s)->isVisible());
}

void TestApplication::delegate_invitationsCountedDeclinedAndSearchOpensCooperation()
{
    // A Kenyan delegate on the demo data, where Kenya is invited to initiatives.
    QTemporaryDir dir;
    Application::Options options;
    options.demoData = true;
    OfflineApp started;
    startOffline(dir.path(), options, started, u"delegate"_s, u"KEN"_s);
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = started.window;
    smec::replica::Replica &replica = started.app->workspace()->replica();
    QCOMPARE(started.app->workspace()->user().country, u"KEN"_s);
    smec::replica::ListFilter invitations;
    invitations.kind = smec::domain::Kind::Initiative;
    invitations.invitedCountry = u"KEN"_s;
    const qint64 invited = replica.lists().count(invitations).value();
    QVERIFY(invited > 0);

    // The sidebar's Cooperation entry shows the invitations, counted on the reader thread.
    using smec::models::NavigationModel;
    NavigationModel *nav = window->navigationModel();
    const QModelIndex cooperation = nav->index(nav->rowOf(NavigationModel::Section::Cooperation));
    QTRY_COMPARE(cooperation.data(NavigationModel::AttentionRole).toLongLong(), invited);
    QCOMPARE(cooperation.data().toString(), u"Cooperation (%1)"_s.arg(invited));
    QVERIFY2(cooperation.data(Qt::AccessibleTextRole).toString().contains(u"to Kenya"_s),
             qPrintable(cooperation.data(Qt::AccessibleTextRole).toString()));

    // "Invitations to my country" lists exactly those; the first opens with the banner.
    window->showSection(NavigationModel::Section::Cooperation);
    auto *page = window->findChild<RecordBrowserPage *>(u"cooperationPage"_s);
    auto *only = window->findChild<QCheckBox *>(u"cooperationInvitationsOnly"_s);
    auto *list = window->findChild<QTableView *>(u"cooperationList"_s);
    QVERIFY(page && only && list);
    only->setChecked(true);
    QTRY_COMPARE(qint64(list->model()->rowCount()), invited);
    list->selectRow(0);
    const QString opened = page->listModel()->idAt(0);
    QTRY_COMPARE(page->currentId(), opened);
    auto *bar = window->findChild<QWidget *>(u"initiativeActions"_s);
    auto *decline = window->findChild<QPushButton *>(u"initiativeDecline"_s);
    QVERIFY(bar && decline);
    QTRY_VERIFY(bar->isVisible() && bar->property("invitation").toBool());
    QVERIFY(decline->isVisible());

    // Declining is an answer: one invitation fewer in the sidebar and in the list.
    QTest::mouseClick(decline, Qt::LeftButton);
    QCOMPARE(replica.lists().count(invitations).value(), invited - 1);
    auto declined = replica.records().get(opened);
    QVERIFY(declined.ok() && declined->has_value());
    QVERIFY(smec::domain::Initiative::partnerState((*declined)->fields, u"KEN").isEmpty());
    QTRY_COMPARE(cooperation.data(NavigationModel::AttentionRole).toLongLong(), invited - 1);
    QTRY_COMPARE(qint64(list->model()->rowCount()), invited - 1);

    // A search hit that is an initiative opens in Cooperation, on that initiative.
    only->setChecked(false);
    window->showSection(NavigationModel::Section::Practices);
    invitations.invitedCountry.clear();
    invitations.limit = 1;
    const auto first = replica.lists().list(invitations).value().first();
    const QString title = first.columns.value(u"title"_s).toString();
    auto *search = window->findChild<QLineEdit *>(u"quickSearch"_s);
    search->setText(title);
    auto *results = window->findChild<QListView *>(u"searchResults"_s);
    QModelIndex hit;
    QTRY_VERIFY([&] {
        for (int row = 0; row < results->model()->rowCount(); ++row) {
            const QModelIndex index = results->model()->index(row, 0);
            if (index.data(smec::models::SearchResultModel::IdRole).toString() == first.id)
                hit = index;
        }
        return hit.isValid();
    }());
    Q_EMIT results->activated(hit);
    QCOMPARE(window->currentSection(), NavigationModel::Section::Cooperation);
    QCOMPARE(page->currentId(), first.id);
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
