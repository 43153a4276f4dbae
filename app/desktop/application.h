// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/referencedata.h"
#include "domain/user.h"
#include "models/navigationmodel.h"
#include "replica/replica.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace smec::models {
class SavedSearchModel;
}

namespace smec::desktop {

class ConflictsPage;
class DialoguePage;
class MainWindow;
class OutboxPage;
class RecordBrowserPage;
class StatisticsPage;
class TrackerPage;
class CountriesPage;
class SearchPage;
class Settings;
class SyncService;
class Workspace;

/// The application object: opens the profile's replica, chooses the sync service, creates the
/// main window and its pages and wires them to each other and to the services. MainWindow only
/// lays out; every decision about what happens when lives here.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        bool demoData = false;   ///< fill an empty replica with demo content
        bool skipSignIn = false; ///< never show the first-start dialog (tests)
        /// The section the window opens on (`--show`), else the one it was left on.
        std::optional<models::NavigationModel::Section> section;
        QString country;     ///< `--show country:KEN`: that country's profile
        QStringList compare; ///< `--show compare:KEN,RWA`: those countries compared
    };

    Application(Settings &settings, const Options &options, QObject *parent = nullptr);
    ~Application() override;

    /// Process-wide settings for the desktop process, before any thread starts: glibc's malloc
    /// keeps one arena per thread that ever allocated (up to 8 per core) and seldom gives them
    /// back; the sync worker, the reader and Qt's threads each grew their own during a first
    /// sync (~25 MB of the peak). Two arenas hold the same work.
    static void configureProcess();

    /// Opens the replica and the window; false (with `error`) when the replica cannot be opened.
    /// On a first start it shows the sign-in dialog instead and returns true at once: the window
    /// opens once the user signed in or chose to work offline, else startFailed() follows.
    bool start(QString *error = nullptr);

    MainWindow *window() const { return m_window.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    RecordBrowserPage *practicesPage() const { return m_practices; }
    /// Shows the Countries section on `alpha3`'s profile; false for an unknown code.
    bool showCountry(const QString &alpha3);
    SearchPage *searchPage() const { return m_search; }
    /// Opens the practice editor on `id` (a new practice when empty); returns it.
    QWidget *openEditor(const QString &id);
    /// Opens the editor of `kind` (practice, meeting, commitment) on `id`, a new record when
    /// empty. The one way editors open: each save refreshes lists and counts and, when signed
    /// in, starts a sync a few seconds later.
    QWidget *openEditor(domain::Kind kind, const QString &id);
    /// Re-reads counts and lists after the replica changed.
    void refresh();

Q_SIGNALS:
    /// A start that waited for the first sign-in ended without a window: `error` says why, and
    /// is empty when the user cancelled the sign-in.
    void startFailed(const QString &error);

private:
    bool open(QString *error);
    /// Opens the sign-in dialog and returns at once; the sign-in itself runs on a worker
    /// (SignInJob). `done` gets true once signed in (token stored, profile recorded) or offline
    /// was chosen, false when the user gives up. `allowOffline` offers "Work offline".
    void signInInteractively(QWidget *parent, bool allowOffline,
                             const std::function<void(bool)> &done);
    /// The engine-backed service when the profile is signed in, else the offline one.
    void installSyncService();
    domain::User currentUser() const;
    void createPages();
    void connectActions();
    void updateCounts();
    void exportCurrent(int format);
    void saveSearch(const QString &query);
    void applySavedSearch(int row);
    void scheduleSync();
    /// After a local edit: a sync shortly (when signed in), rather than at the next timer tick.
    void syncSoon();
    void restoreWindowState();
    void saveWindowState();

    Settings &m_settings;
    QPointer<QWidget> m_signInDialog;
    Options m_options;
    replica::Replica m_replica;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    SyncService *m_sync = nullptr;
    models::SavedSearchModel *m_savedSearches = nullptr;
    RecordBrowserPage *m_practices = nullptr;
    RecordBrowserPage *m_threads = nullptr;
    RecordBrowserPage *m_meetings = nullptr;
    RecordBrowserPage *m_commitments = nullptr;
    RecordBrowserPage *m_cooperation = nullptr;
    RecordBrowserPage *m_drafts = nullptr;
    RecordBrowserPage *m_review = nullptr;
    StatisticsPage *m_statistics = nullptr;
    TrackerPage *m_tracker = nullptr;
    CountriesPage *m_countries = nullptr;
    SearchPage *m_search = nullptr;
    DialoguePage *m_dialogue = nullptr;
    ConflictsPage *m_conflicts = nullptr;
    OutboxPage *m_outbox = nullptr;
    QTimer m_syncTimer;
    QTimer m_afterEditSync;
};

} // namespace smec::desktop
