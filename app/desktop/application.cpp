// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"

#include "comparepage.h"
#include "conflictspage.h"
#include "countriespage.h"
#include "countryprofilepage.h"
#include "datagen/demodata.h"
#include "demoseeder.h"
#include "dialoguepage.h"
#include "domain/guithread.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "enginesyncservice.h"
#include "initiativeactionbar.h"
#include "mainwindow.h"
#include "models/savedsearchmodel.h"
#include "offlinesyncservice.h"
#include "outboxpage.h"
#include "practiceeditordialog.h"
#include "recordbrowserpage.h"
#include "recordeditordialog.h"
#include "searchpage.h"
#include "settings.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "signinjob.h"
#include "statisticspage.h"
#include "syncstatuswidget.h"
#include "trackerpage.h"
#include "workspace.h"

#include "export/recordexporter.h"
#include "protocol/errorcodes.h"
#include "sync/profile.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace smec::desktop {

using Section = models::NavigationModel::Section;

Application::Application(Settings &settings, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
{
    // Sync work on this thread is a bug (DESIGN.md invariant 8): lib/sync and the sync's replica
    // connection check it while the application object lives.
    domain::GuiThread::declare(thread());
}

void Application::configureProcess()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
#endif
}

Application::~Application()
{
    domain::GuiThread::declare(nullptr);
    delete m_signInDialog; // a first-start dialog has no parent; a running sign-in is cancelled
    if (m_window)
        saveWindowState();
    m_window.reset();
    m_replica.close();
}

void Application::signInInteractively(QWidget *parent, bool allowOffline,
                                      const std::function<void(bool)> &done)
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(parent);
    m_signInDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServerUrl(m_settings.serverUrl());
    dialog->setUsername(m_settings.username());
    dialog->setOfflineAllowed(allowOffline);
    // The dialog closes only after `done` ran, so that on a first start the window is shown
    // before the last visible window (the dialog) goes away.
    connect(dialog, &SignInDialog::offlineRequested, this, [this, dialog, done] {
        m_settings.profile().setValue(sync::Profile::Key::OfflineMode, true);
        m_settings.sync();
        done(true);
        dialog->accept();
    });
    connect(dialog, &QDialog::rejected, this, [done] { done(false); });
    // The sign-in talks to the server and the keychain on a worker thread; this thread keeps
    // painting the dialog and hears back through SignInJob::finished.
    auto *job = new SignInJob(dialog);
    connect(dialog, &SignInDialog::signInRequested, job, [this, dialog, job] {
        SignInJob::Request request;
        request.profileDir = m_settings.profileDir();
        request.serverUrl = dialog->serverUrl();
        request.caFile = dialog->caCertificate();
        request.username = dialog->username();
        request.password = dialog->password();
        dialog->setBusy(true);
        job->start(request);
    });
    connect(job, &SignInJob::finished, dialog, [this, dialog, job, done] {
        dialog->setBusy(false);
        const Result<sync::SignedIn> &result = job->result();
        if (result) {
            // Recorded here, in the profile this thread owns, once the token is stored.
            m_settings.profile().setSignedIn(*result);
            if (auto saved = m_settings.profile().sync(); !saved) {
                dialog->setError(saved.error().message);
                return;
            }
            done(true);
            dialog->accept();
            return;
        }
        const Error &e = result.error();
        QString message = e.message;
        if (e.code == protocol::codes::unauthenticated)
            message = tr("The user name or password is not right.");
        else if (e.code == u"keychain_unavailable"_s)
            message = tr("Signed in, but this computer has no keychain to keep the sign-in "
                         "safely, so it was not kept. Start a keychain (for example GNOME "
                         "Keyring or KWallet) and sign in again, or work offline.");
        dialog->setError(message);
    });
    dialog->open();
}

void Application::installSyncService()
{
    if (m_sync) {
        m_sync->disconnect(this);
        for (QObject *sender :
             {static_cast<QObject *>(&m_syncTimer), static_cast<QObject *>(&m_afterEditSync),
              static_cast<QObject *>(m_window->syncStatus()),
              static_cast<QObject *>(m_window->action(MainWindow::Command::SyncNow))})
            disconnect(sender, nullptr, m_sync, nullptr);
        m_sync->deleteLater();
    }
    if (!m_settings.profile().isOffline() && m_settings.profile().hasServer()) {
        auto *service = new EngineSyncService(m_settings.profileDir(), this);
        connect(service, &EngineSyncService::signInRequired, this,
                [this](const QString &why) { m_window->showMessage(why); });
        m_sync = service;
        m_workspace->setProfileDir(m_settings.profileDir());
    } else {
        m_sync = new OfflineSyncService(this);
        m_workspace->setProfileDir({});
    }
    m_window->syncStatus()->setService(m_sync);
    MainWindow *w = m_window.get();
    using C = MainWindow::Command;
    connect(w->action(C::SyncNow), &QAction::triggered, m_sync, &SyncService::requestSync);
    connect(w->syncStatus(), &SyncStatusWidget::syncRequested, m_sync, &SyncService::requestSync);
    connect(&m_syncTimer, &QTimer::timeout, m_sync, &SyncService::requestSync);
    connect(&m_afterEditSync, &QTimer::timeout, m_sync, &SyncService::requestSync);
    // A first sync stores records for a while: show them as they come, not only at the end.
    connect(m_sync, &SyncService::recordsArrived, this, &Application::refresh);
    connect(m_sync, &SyncService::syncFinished, this, [this](const SyncService::Summary &s) {
        if (!s.message.isEmpty())
            m_window->showMessage(s.message);
        refresh();
    });
}

domain::User Application::currentUser() const
{
    domain::User user = m_settings.profile().domainUser();
    if (user.id.isEmpty()) {
        // Never signed in: the offline author of local drafts.
        user.id = u"local"_s;
        user.displayName = tr("You (offline)");
    }
    return user;
}

bool Application::start(QString *error)
{
    if (m_settings.isConfigured() || m_options.skipSignIn)
        return open(error);
    signInInteractively(nullptr, true, [this](bool ready) {
        if (!ready) {
            Q_EMIT startFailed(QString());
            return;
        }
        QString why;
        if (!open(&why))
            Q_EMIT startFailed(why);
    });
    return true;
}

bool Application::open(QString *error)
{
    const domain::ReferenceData &reference = domain::ReferenceData::embedded();
    m_replica.setRegionResolver([&reference](const QString &c) { return reference.regionOf(c); });
    // The window's connection reads the pages a view scrolls to and saves edits; lists, counts
    // and facets run on the reader's connection, which has the larger cache.
    replica::OpenOptions options;
    options.cacheKiB = 8000;
    if (auto opened = m_replica.open(m_settings.replicaPath(), u"smec-gui"_s, options); !opened) {
        if (error)
            *error =
                tr("Could not open %1: %2").arg(m_settings.replicaPath(), opened.error().message);
        return false;
    }
    if (m_options.demoData) {
        auto existing = m_replica.lists().count(replica::ListFilter{});
        if (existing && *existing == 0) {
            if (auto seeded = DemoSeeder::seed(m_replica); !seeded) {
                if (error)
                    *error = seeded.error().message;
                return false;
            }
        }
    }
    domain::ReferenceData withUsers = reference;
    if (m_options.demoData) {
        QList<domain::User> users;
        for (const datagen::DemoUser &u : datagen::DemoData::users())
            users.append(u.user);
        withUsers.setUsers(users);
    }
    m_workspace = std::make_unique<Workspace>(m_replica, withUsers, currentUser());
    m_window = std::make_unique<MainWindow>();
    m_window->navigationModel()->setReviewQueueVisible(m_workspace->user().isCurator());
    installSyncService();
    createPages();
    connectActions();
    restoreWindowState();
    if (!m_options.country.isEmpty())
        m_countries->showCountry(m_options.country);
    if (!m_options.compare.isEmpty())
        m_countries->compare(m_options.compare);
    if (m_options.section)
        m_window->showSection(*m_options.section);
    updateCounts();
    m_window->show();
    scheduleSync();
    return true;
}

bool Application::showCountry(const QString &alpha3)
{
    if (!m_countries || !m_countries->showCountry(alpha3))
        return false;
    m_window->showSection(Section::Countries);
    return true;
}

void Application::createPages()
{
    Workspace &ws = *m_workspace;
    m_practices = new RecordBrowserPage(u"practices"_s, domain::Kind::Practice, ws);
    m_dialogue = new DialoguePage(ws);
    m_threads = m_dialogue->threads();
    connect(m_dialogue, &DialoguePage::changed, this, [this] {
        updateCounts();
        syncSoon();
    });
    m_meetings = new RecordBrowserPage(u"meetings"_s, domain::Kind::Meeting, ws);
    m_commitments = new RecordBrowserPage(u"commitments"_s, domain::Kind::Commitment, ws);
    m_cooperation = new RecordBrowserPage(u"cooperation"_s, domain::Kind::Initiative, ws);
    auto *initiativeActions = new InitiativeActionBar(ws);
    m_cooperation->addDetailWidget(initiativeActions);
    connect(m_cooperation, &RecordBrowserPage::detailShown, initiativeActions,
            &InitiativeActionBar::setRecordId);
    connect(initiativeActions, &InitiativeActionBar::changed, this, [this] {
        refresh();
        syncSoon();
    });
    m_drafts = new RecordBrowserPage(u"drafts"_s, domain::Kind::Practice, ws);
    replica::ListFilter drafts;
    drafts.localEditsOnly = true;
    m_drafts->setBaseFilter(drafts);
    m_window->setPage(Section::Practices, m_practices);
    m_window->setPage(Section::Dialogue, m_dialogue);
    m_window->setPage(Section::Meetings, m_meetings);
    m_window->setPage(Section::Commitments, m_commitments);
    m_window->setPage(Section::Cooperation, m_cooperation);
    m_statistics = new StatisticsPage(ws);
    m_window->setPage(Section::Statistics, m_statistics);
    // Counted when shown, and again after a change while shown (refresh()).
    m_tracker = new TrackerPage(ws);
    m_window->setPage(Section::Tracker, m_tracker);
    connect(m_tracker, &TrackerPage::openRequested, this, [this](const QString &id) {
        m_window->showSection(Section::Commitments);
        m_commitments->showRecord(id);
    });
    m_countries = new CountriesPage(ws);
    m_window->setPage(Section::Countries, m_countries);
    connect(m_countries->profile(), &CountryProfilePage::openRequested, this,
            [this](domain::Kind kind, const QString &id) {
                const std::pair<Section, RecordBrowserPage *> target =
                    kind == domain::Kind::Practice ? std::pair{Section::Practices, m_practices}
                    : kind == domain::Kind::Commitment
                        ? std::pair{Section::Commitments, m_commitments}
                    : kind == domain::Kind::Meeting ? std::pair{Section::Meetings, m_meetings}
                    : kind == domain::Kind::Initiative
                        ? std::pair{Section::Cooperation, m_cooperation}
                        : std::pair{Section::Dialogue, m_threads};
                m_window->showSection(target.first);
                target.second->showRecord(id);
            });
    // Every place that shows a country leads to its profile.
    auto toProfile = [this](const QString &alpha3) {
        showCountry(alpha3);
    };
    for (RecordBrowserPage *page :
         {m_practices, m_meetings, m_commitments, m_cooperation, m_drafts})
        connect(page, &RecordBrowserPage::countryRequested, this, toProfile);
    connect(m_statistics, &StatisticsPage::countryRequested, this, toProfile);
    connect(m_tracker, &TrackerPage::countryRequested, this, toProfile);
    connect(m_countries->comparison(), &ComparePage::countryRequested, this, toProfile);
    connect(m_window.get(), &MainWindow::sectionChanged, this, [this](Section section) {
        if (section == Section::Statistics)
            m_statistics->reload();
        if (section == Section::Tracker)
            m_tracker->reload();
        if (section == Section::Countries)
            m_countries->reload();
    });
    m_window->setPage(Section::MyDrafts, m_drafts);
    if (ws.user().isCurator()) {
        m_review = new RecordBrowserPage(u"review"_s, domain::Kind::Practice, ws);
        replica::ListFilter review;
        review.facets.insert(u"status"_s, {u"submitted"_s, u"in_review"_s});
        m_review->setBaseFilter(review);
        m_window->setPage(Section::ReviewQueue, m_review);
        connect(m_review, &RecordBrowserPage::countryRequested, this,
                [this](const QString &alpha3) { showCountry(alpha3); });
    }
    m_outbox = new OutboxPage(ws);
    m_window->setPage(Section::Outbox, m_outbox);
    connect(m_outbox, &OutboxPage::openRequested, this, [this](const QString &id) {
        m_window->showSection(Section::Practices);
        m_practices->showRecord(id);
    });
    m_conflicts = new ConflictsPage(ws);
    m_window->setPage(Section::Conflicts, m_conflicts);
    connect(m_conflicts, &ConflictsPage::resolved, this, &Application::refresh);
    m_search = new SearchPage(ws);
    m_window->setSearchPage(m_search);
    m_savedSearches = new models::SavedSearchModel(&m_replica, this);
    m_window->setSavedSearchModel(m_savedSearches);

    // Every editor opens through openEditor(), so every save refreshes and syncs the same way.
    for (RecordBrowserPage *page :
         {m_practices, m_drafts, m_review, m_meetings, m_commitments, m_cooperation}) {
        if (!page)
            continue;
        const domain::Kind kind = page->kind();
        connect(page, &RecordBrowserPage::editRequested, this,
                [this, kind](const QString &id) { openEditor(kind, id); });
        connect(page, &RecordBrowserPage::newRequested, this,
                [this, kind] { openEditor(kind, {}); });
    }
}

void Application::connectActions()
{
    MainWindow *w = m_window.get();
    using C = MainWindow::Command;
    connect(w->action(C::NewPractice), &QAction::triggered, this, [this] { openEditor({}); });
    connect(w->action(C::ExportPdf), &QAction::triggered, this,
            [this] { exportCurrent(int(exporting::RecordExporter::Format::Pdf)); });
    connect(w->action(C::ExportMarkdown), &QAction::triggered, this,
            [this] { exportCurrent(int(exporting::RecordExporter::Format::Markdown)); });
    connect(w->action(C::ExportCsv), &QAction::triggered, this,
            [this] { exportCurrent(int(exporting::RecordExporter::Format::Csv)); });
    connect(w, &MainWindow::quickSearchChanged, this, [this](const QString &text) {
        m_search->setQuery(text);
        if (text.trimmed().isEmpty())
            m_window->showSection(m_window->currentSection());
    });
    connect(m_search, &SearchPage::saveSearchRequested, this, &Application::saveSearch);
    connect(m_search, &SearchPage::openRequested, this,
            [this](const QString &id, domain::Kind kind) {
                // An initiative opens in Cooperation; practices (and, as before, posts) in
                // Practices.
                const bool initiative = kind == domain::Kind::Initiative;
                m_window->showSection(initiative ? Section::Cooperation : Section::Practices);
                (initiative ? m_cooperation : m_practices)->showRecord(id);
            });
    connect(w, &MainWindow::savedSearchActivated, this, &Application::applySavedSearch);
    connect(w->action(C::Settings), &QAction::triggered, this, [this] {
        // Window-modal and without a nested event loop, like the editors: syncs and list
        // updates go on while it is open.
        auto *dialog = new SettingsDialog(m_settings, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_syncTimer.setInterval(qMax(1, m_settings.syncIntervalMinutes()) * 60 * 1000);
        });
        dialog->open();
    });
    connect(w->action(C::ResolveConflicts), &QAction::triggered, this, [this] {
        m_window->showSection(Section::Conflicts);
        m_conflicts->resolve();
    });
    connect(w->action(C::SignIn), &QAction::triggered, this, [this] {
        signInInteractively(m_window.get(), false, [this](bool signedIn) {
            if (!signedIn)
                return;
            installSyncService();
            m_workspace->setUser(currentUser());
            scheduleSync();
        });
    });

    m_syncTimer.setInterval(qMax(1, m_settings.syncIntervalMinutes()) * 60 * 1000);
    m_afterEditSync.setSingleShot(true);
    m_afterEditSync.setInterval(5000);
}

void Application::scheduleSync()
{
    if (!qobject_cast<EngineSyncService *>(m_sync))
        return; // nothing to reach; the status bar says offline
    QTimer::singleShot(0, m_sync, &SyncService::requestSync);
    m_syncTimer.start();
}

QWidget *Application::openEditor(const QString &id)
{
    return openEditor(domain::Kind::Practice, id);
}

QWidget *Application::openEditor(domain::Kind kind, const QString &id)
{
    EditorDialog *editor = nullptr;
    if (kind == domain::Kind::Practice)
        editor = new PracticeEditorDialog(*m_workspace, id, m_window.get());
    else
        editor = new RecordEditorDialog(*m_workspace, kind, id, m_window.get());
    connect(editor, &EditorDialog::saved, this, [this] {
        refresh();
        syncSoon();
    });
    editor->show();
    return editor;
}

void Application::syncSoon()
{
    if (qobject_cast<EngineSyncService *>(m_sync))
        m_afterEditSync.start();
}

void Application::refresh()
{
    for (RecordBrowserPage *page :
         {m_practices, m_threads, m_meetings, m_commitments, m_cooperation, m_drafts, m_review}) {
        if (page)
            page->reload();
    }
    if (m_conflicts)
        m_conflicts->reload();
    if (m_outbox)
        m_outbox->reload();
    if (m_statistics && m_window->currentSection() == Section::Statistics)
        m_statistics->reload();
    if (m_tracker && m_window->currentSection() == Section::Tracker)
        m_tracker->reload();
    if (m_countries && m_window->currentSection() == Section::Countries)
        m_countries->reload();
    updateCounts();
}

void Application::updateCounts()
{
    // The sidebar's record counts scan large tables: counted on the reader's connection, off
    // the GUI thread. The outbox and conflict counts below are small and shown at once.
    QList<std::pair<Section, replica::ListFilter>> sections;
    auto add = [&sections](Section section, domain::Kind kind, bool local = false,
                           const QStringList &statuses = {}) {
        replica::ListFilter f;
        f.kind = kind;
        f.localEditsOnly = local;
        if (!statuses.isEmpty())
            f.facets.insert(u"status"_s, statuses);
        sections.append({section, f});
    };
    add(Section::Practices, domain::Kind::Practice);
    add(Section::Dialogue, domain::Kind::Thread);
    add(Section::Meetings, domain::Kind::Meeting);
    add(Section::Commitments, domain::Kind::Commitment);
    add(Section::Cooperation, domain::Kind::Initiative);
    add(Section::MyDrafts, domain::Kind::Practice, true);
    if (m_workspace->user().isCurator())
        add(Section::ReviewQueue, domain::Kind::Practice, false, {u"submitted"_s, u"in_review"_s});
    // A delegate's pending invitations: what Cooperation asks them to answer.
    const domain::User &user = m_workspace->user();
    std::optional<replica::ListFilter> invitations;
    if (user.role == domain::Role::Delegate && !user.country.isEmpty()) {
        invitations.emplace();
        invitations->kind = domain::Kind::Initiative;
        invitations->invitedCountry = user.country;
    }
    struct Counts
    {
        QList<std::pair<Section, qint64>> sections;
        qint64 invitations = 0;
    };
    m_workspace->reader().run<Counts>(
        this,
        [sections, invitations](replica::Replica &replica) -> Result<Counts> {
            Counts counts;
            for (const auto &[section, filter] : sections) {
                auto n = replica.lists().count(filter);
                if (!n)
                    return n.error();
                counts.sections.append({section, *n});
            }
            if (invitations) {
                auto n = replica.lists().count(*invitations);
                if (!n)
                    return n.error();
                counts.invitations = *n;
            }
            return counts;
        },
        [this](const Result<Counts> &counts) {
            if (!counts) {
                m_window->showMessage(counts.error().message);
                return;
            }
            models::NavigationModel *nav = m_window->navigationModel();
            for (const auto &[section, n] : counts->sections)
                nav->setCount(section, int(n));
            const domain::User &user = m_workspace->user();
            const int invited = int(counts->invitations);
            nav->setAttention(
                Section::Cooperation, invited,
                tr("%n invitation(s) to %1", nullptr, invited)
                    .arg(domain::LocalizedNames::country(
                        user.country, m_workspace->reference().countryName(user.country))));
        });
    const qint64 pending =
        m_replica.outbox().pendingCount().ok() ? *m_replica.outbox().pendingCount() : 0;
    const qint64 rejected =
        m_replica.outbox().rejectedCount().ok() ? *m_replica.outbox().rejectedCount() : 0;
    models::NavigationModel *nav = m_window->navigationModel();
    nav->setCount(Section::Outbox, int(pending + rejected));
    auto conflicts = m_replica.conflicts().count();
    nav->setCount(Section::Conflicts, conflicts ? int(*conflicts) : 0);
    m_window->syncStatus()->setPendingCount(pending, rejected);
    if (auto state = m_replica.syncState().state())
        m_window->syncStatus()->setLastSync(state->lastSync);
}

void Application::exportCurrent(int format)
{
    const auto f = exporting::RecordExporter::Format(format);
    RecordBrowserPage *page = m_practices;
    const Section section = m_window->currentSection();
    if (section == Section::MyDrafts)
        page = m_drafts;
    else if (section == Section::ReviewQueue && m_review)
        page = m_review;
    else if (section == Section::Meetings)
        page = m_meetings;
    else if (section == Section::Commitments)
        page = m_commitments;
    else if (section == Section::Cooperation)
        page = m_cooperation;
    const QStringList selected = page->selectedIds();
    const QString suffix = exporting::RecordExporter::suffix(f);
    const QString path = QFileDialog::getSaveFileName(
        m_window.get(), tr("Export"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/practices."_s +
            suffix,
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    exporting::RecordExporter exporter(m_replica, m_workspace->reference());
    auto n = exporter.exportTo(f, path, page->currentFilter(),
                               selected.size() > 1 ? selected : QStringList());
    if (!n)
        QMessageBox::warning(m_window.get(), tr("Export failed"), n.error().message);
    else
        m_window->showMessage(tr("Exported %Ln record(s) to %1.", nullptr, *n).arg(path));
}

void Application::saveSearch(const QString &query)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window.get(), tr("Save search"), tr("Name of the search:"),
                              QLineEdit::Normal, query, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    replica::SavedSearch search;
    search.name = name.trimmed();
    search.query = query;
    const auto facets = m_practices->currentFilter().facets;
    for (auto it = facets.cbegin(); it != facets.cend(); ++it)
        search.facets.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QString error;
    if (!m_savedSearches->save(search, &error))
        QMessageBox::warning(m_window.get(), tr("Save search"), error);
}

void Application::applySavedSearch(int row)
{
    const replica::SavedSearch search = m_savedSearches->searchAt(row);
    QMap<QString, QStringList> facets;
    for (auto it = search.facets.constBegin(); it != search.facets.constEnd(); ++it) {
        QStringList values;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &v : array)
            values.append(v.toString());
        facets.insert(it.key(), values);
    }
    m_window->quickSearchField()->setText(search.query);
    m_search->setQuery(search.query, true);
    m_practices->applySavedFacets(facets);
    if (search.query.isEmpty())
        m_window->showSection(Section::Practices);
}

void Application::restoreWindowState()
{
    // Window state lives in the platform's own settings store, apart from the profile's
    // preferences (a profile copied to another machine should not carry a screen layout).
    QSettings state;
    m_window->restoreGeometry(state.value(u"window/geometry"_s).toByteArray());
    m_window->restoreState(state.value(u"window/state"_s).toByteArray());
}

void Application::saveWindowState()
{
    QSettings state;
    state.setValue(u"window/geometry"_s, m_window->saveGeometry());
    state.setValue(u"window/state"_s, m_window->saveState());
}

} // namespace smec::desktop
