// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Desktop client benchmark (DESIGN.md section 7): opens the real application (Application,
// MainWindow and its pages) offscreen on a replica of N synthetic practices and measures
//  - time to an interactive window: from before the replica opens until the first list page is
//    shown and the event loop has gone idle (budget 1.5 s),
//  - resident memory after opening and at the end (budget 250 MB),
//  - the longest event-loop stall, seen by a 5 ms watchdog timer measuring its own lateness,
//    while scrolling the practice list to the end, sorting by every sortable column (both
//    orders) and while facet counts recompute after ticking facet values (budget 50 ms).
// Then the analyst views: every Statistics view, the commitments tracker (each grouping, pillar
// and region), country profiles and country comparisons, each read on the reader thread.
// The replica (N practices, C commitments over meetings) is built once with SyntheticGenerator
// and cached in the temporary directory (or --profile DIR); later runs reuse it.
//
//   bench_desktop [--practices N] [--commitments C] [--profile DIR] [--rebuild]
// Run with QT_QPA_PLATFORM=offscreen (the default when DISPLAY is unset).

#include "application.h"
#include "comparepage.h"
#include "countriespage.h"
#include "countryprofilepage.h"
#include "datagen/syntheticgenerator.h"
#include "mainwindow.h"
#include "models/facetmodel.h"
#include "models/recordlistmodel.h"
#include "recordbrowserpage.h"
#include "replica/replica.h"
#include "settings.h"
#include "statisticspage.h"
#include "syncservice.h"
#include "trackerpage.h"
#include "workspace.h"
#ifdef SMEC_BENCH_WITH_SERVER
#include "serverprocess.h"
#include "sync/profile.h"
#include "testsupport.h"
#endif

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {

constexpr double interactiveBudgetMs = 1500;
constexpr double memoryBudgetMb = 250;
constexpr double stallBudgetMs = 50;
constexpr int watchdogMs = 5;

void report(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &message)
{
    report({{u"metric"_s, u"error"_s}, {u"step"_s, what}, {u"message"_s, message}});
    std::exit(1);
}

/// VmRSS or VmHWM (peak) from /proc/self/status, in MB; -1 where unavailable.
double memoryMb(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2)
                return parts.at(1).toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Fires every 5 ms and records how late each tick came: the longest lateness is the longest
/// time the event loop could not run anything.
class Watchdog
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(watchdogMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double late = m_since.nsecsElapsed() / 1e6 - watchdogMs;
            if (late > m_max) {
                m_max = late;
                m_maxAtMs = m_running.nsecsElapsed() / 1e6;
            }
            ++m_ticks;
            m_since.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_maxAtMs = 0;
        m_ticks = 0;
        m_since.start();
        m_running.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxStallMs() const { return m_max; }
    /// When the longest stall ended, in ms since start().
    double maxStallAtMs() const { return m_maxAtMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    QElapsedTimer m_running;
    double m_max = 0;
    double m_maxAtMs = 0;
    int m_ticks = 0;
};

/// How long each facet, text-filter and settling step is watched (--observe-ms).
int g_observeMs = 800;

/// Runs the event loop for `ms`.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs the event loop until `done` holds (checked every `stepMs`) or `timeoutMs` passes; `step`
/// is called before each check. True when `done` held.
template<typename Step, typename Done>
bool drive(Step step, Done done, int stepMs, int timeoutMs)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    QTimer ticker;
    ticker.setInterval(stepMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (done()) {
            ok = true;
            loop.quit();
            return;
        }
        if (clock.elapsed() > timeoutMs) {
            loop.quit();
            return;
        }
        step();
    });
    ticker.start();
    loop.exec();
    return ok;
}

/// True when the cached replica at `path` holds `practices` indexed practices and
/// `commitments` commitments.
bool replicaMatches(const QString &path, int practices, int commitments)
{
    if (!QFile::exists(path))
        return false;
    replica::Replica r;
    if (!r.open(path, u"bench-check"_s))
        return false;
    auto n = r.lists().count(replica::ListFilter{});
    replica::ListFilter ofCommitments;
    ofCommitments.kind = domain::Kind::Commitment;
    auto c = r.lists().count(ofCommitments);
    auto pending = r.search().pendingCount();
    const bool result = n && c && pending && *pending == 0 && *n == practices && *c == commitments;
    r.close();
    return result;
}

void buildReplica(const QString &path, int practices, int commitments)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QElapsedTimer clock;
    clock.start();
    replica::Replica r;
    if (auto opened = r.open(path, u"bench-build"_s); !opened)
        fail(u"build open"_s, opened.error().message);
    r.search().setDeferred(true);
    datagen::SyntheticGenerator gen(42);
    const int page = 500;
    qint64 rev = 0;
    for (int first = 0; first < practices; first += page) {
        QList<domain::Record> records = gen.practices(first, std::min(page, practices - first));
        for (domain::Record &rec : records)
            rec.rev = ++rev;
        if (auto applied = r.applyPage(records, QString::number(rev)); !applied)
            fail(u"build apply"_s, applied.error().message);
    }
    // Commitments over meetings (one meeting per 100 commitments, 1 to 100 of them), so the
    // tracker has countries x meetings to lay out.
    const int meetings = std::clamp(commitments / 100, 1, 100);
    QList<domain::Record> others;
    for (int i = 0; i < meetings; ++i)
        others.append(gen.meeting(i));
    for (int i = 0; i < commitments; ++i) {
        others.append(gen.commitment(i, gen.recordId(domain::Kind::Meeting, i % meetings)));
        if (others.size() == page || i == commitments - 1) {
            for (domain::Record &rec : others)
                rec.rev = ++rev;
            if (auto applied = r.applyPage(others, QString::number(rev)); !applied)
                fail(u"build apply"_s, applied.error().message);
            others.clear();
        }
    }
    if (auto indexed = r.search().catchUpAll(2000); !indexed)
        fail(u"build fts"_s, indexed.error().message);
    r.close();
    report({{u"metric"_s, u"build_replica"_s},
            {u"practices"_s, practices},
            {u"commitments"_s, commitments},
            {u"seconds"_s, clock.elapsed() / 1000.0}});
}

QJsonObject stallFigure(const QString &metric, const Watchdog &w)
{
    return {{u"metric"_s, metric},
            {u"max_stall_ms"_s, w.maxStallMs()},
            {u"budget_ms"_s, stallBudgetMs},
            {u"within_budget"_s, w.maxStallMs() <= stallBudgetMs},
            {u"watchdog_ticks"_s, w.ticks()}};
}

#ifdef SMEC_BENCH_WITH_SERVER
/// The window during a first sync: a fresh profile signed in to a real server on loopback that
/// holds `database` (seeded beforehand with `smecommunity-server seed --synthetic N`) opens the
/// app, which starts syncing at once on its worker thread; the watchdog measures the event loop
/// until the sync has finished and the list shows what arrived.
int syncWhileOpen(const QString &database, const QString &profileDir)
{
    test::useBuildRootOfThisProgram(); // tests/bench/ -> build root
    const QString user = u"bench-desktop"_s;
    const QString password = u"bench-desktop-password"_s;
    if (!test::ServerProcess::addUser(database, user, u"secretariat"_s, {}, password))
        fail(u"user add"_s, database);
    test::ServerProcess server;
    if (!server.start(database))
        fail(u"server start"_s, QString::fromUtf8(server.standardError()));
    QDir(profileDir).removeRecursively();
    {
        sync::Profile profile(profileDir);
        auto signedIn = sync::signIn(profile, u"http://127.0.0.1:%1"_s.arg(server.port()), {}, user,
                                     password, sync::Profile::TokenStorage::File);
        if (!signedIn)
            fail(u"sign in"_s, signedIn.error().message);
    }

    desktop::Settings settings(profileDir);
    desktop::Application::Options options;
    options.skipSignIn = true;
    Watchdog watchdog;
    QElapsedTimer clock;
    clock.start();
    desktop::Application application(settings, options);
    QString error;
    if (!application.start(&error))
        fail(u"start"_s, error);
    auto *service = application.findChild<desktop::SyncService *>();
    auto *page = application.practicesPage();
    if (!service || !page)
        fail(u"start"_s, u"no sync service or practice page"_s);
    // The window's first layout and paint are the start-up figure of the offline run; the
    // watchdog starts once they are done, while the sync (begun by start()) goes on.
    {
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double openMs = clock.nsecsElapsed() / 1e6;
    watchdog.start();
    bool finished = false;
    QString message;
    qint64 progressSignals = 0;
    QObject::connect(service, &desktop::SyncService::progress, [&] { ++progressSignals; });
    QObject::connect(service, &desktop::SyncService::syncFinished,
                     [&](const desktop::SyncService::Summary &summary) {
                         finished = true;
                         message = summary.message;
                     });
    // Scroll the list now and then, as someone reading while it syncs would.
    QScrollBar *bar = page->findChild<QTableView *>(u"practicesList"_s)->verticalScrollBar();
    int step = 0;
    const bool done = drive(
        [&] {
            if (++step % 25 == 0)
                bar->setValue(bar->value() == 0 ? bar->maximum() : 0);
        },
        [&] { return finished; }, 20, 30 * 60 * 1000);
    const double syncMs = clock.nsecsElapsed() / 1e6 - openMs;
    spin(500); // the refresh after the sync
    watchdog.stop();
    const qint64 shown = page->listModel()->totalCount();
    report({{u"metric"_s, u"sync_while_open"_s},
            {u"finished"_s, done},
            {u"message"_s, message},
            {u"open_ms"_s, openMs},
            {u"sync_seconds"_s, syncMs / 1000.0},
            {u"practices_shown_after"_s, shown},
            {u"progress_signals"_s, progressSignals},
            {u"max_stall_ms"_s, watchdog.maxStallMs()},
            {u"max_stall_at_s"_s, watchdog.maxStallAtMs() / 1000.0},
            {u"watchdog_ticks"_s, watchdog.ticks()},
            {u"budget_ms"_s, stallBudgetMs},
            {u"within_budget"_s, watchdog.maxStallMs() <= stallBudgetMs},
            {u"peak_rss_mb"_s, memoryMb("VmHWM:")},
            {u"memory_budget_mb"_s, memoryBudgetMb}});
    return done ? 0 : 1;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    desktop::Application::configureProcess(); // as the app's main() does
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"smecommunity-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Desktop client responsiveness benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption practicesOption(u"practices"_s, u"Practices in the replica."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption profileOption(
        u"profile"_s, u"Profile directory (default: a cache in the temporary directory)."_s,
        u"DIR"_s);
    const QCommandLineOption commitmentsOption(
        u"commitments"_s, u"Commitments in the replica (default: one per ten practices)."_s,
        u"C"_s);
    const QCommandLineOption rebuildOption(u"rebuild"_s, u"Rebuild the cached replica."_s);
    const QCommandLineOption syncOption(
        u"sync-from"_s,
        u"Instead: a first sync into a fresh profile from a real server on this database "
        "(seeded with `smecommunity-server seed --synthetic N`), with the window open."_s,
        u"DATABASE"_s);
    const QCommandLineOption observeOption(
        u"observe-ms"_s,
        u"How long each facet and text-filter step is watched; the quiet period after opening "
        "is 15/8 of it (the CTest smoke run uses little)."_s,
        u"MS"_s, QString::number(g_observeMs));
    parser.addOptions({practicesOption, commitmentsOption, profileOption, rebuildOption, syncOption,
                       observeOption});
    parser.process(app);
    g_observeMs = std::max(1, parser.value(observeOption).toInt());
    if (parser.isSet(syncOption)) {
#ifdef SMEC_BENCH_WITH_SERVER
        return syncWhileOpen(parser.value(syncOption),
                             parser.isSet(profileOption)
                                 ? parser.value(profileOption)
                                 : QDir::temp().filePath(u"smec-bench-desktop-sync"_s));
#else
        fail(u"sync-from"_s, u"built without the server (SMEC_BUILD_SERVER=OFF)"_s);
#endif
    }
    const int practices = parser.value(practicesOption).toInt();
    const int commitments = parser.isSet(commitmentsOption)
                                ? parser.value(commitmentsOption).toInt()
                                : std::max(1, practices / 10);
    const QString profile =
        parser.isSet(profileOption)
            ? parser.value(profileOption)
            : QDir::temp().filePath(u"smec-bench-desktop-%1-%2"_s.arg(practices).arg(commitments));
    QDir().mkpath(profile);

    {
        // Settings as the demo profile writes them: offline, secretariat (every page present).
        desktop::Settings settings(profile);
        using Key = sync::Profile::Key;
        sync::Profile &p = settings.profile();
        p.setValue(Key::OfflineMode, true);
        p.setValue(Key::UserId, u"bench-secretariat"_s);
        p.setValue(Key::UserDisplayName, u"Bench secretariat"_s);
        p.setValue(Key::UserRole, u"secretariat"_s);
        settings.sync();
        const QString path = settings.replicaPath();
        if (parser.isSet(rebuildOption) || !replicaMatches(path, practices, commitments))
            buildReplica(path, practices, commitments);
    }
    const double rssBefore = memoryMb("VmRSS:");

    desktop::Settings settings(profile);
    desktop::Application::Options options;
    options.skipSignIn = true;

    // Time to interactive: the application opens the replica, builds its pages and shows the
    // window; interactive once the practice list shows its first page and the event loop has
    // handled everything queued by then (layout, paint) and runs a zero timer.
    Watchdog watchdog;
    QElapsedTimer clock;
    clock.start();
    desktop::Application application(settings, options);
    QString error;
    if (!application.start(&error))
        fail(u"start"_s, error);
    desktop::MainWindow *window = application.window();
    desktop::RecordBrowserPage *page = application.practicesPage();
    if (!window || !page)
        fail(u"start"_s, u"no window or practice page"_s);
    auto *table = page->findChild<QTableView *>(u"practicesList"_s);
    if (!table)
        fail(u"start"_s, u"no practicesList"_s);
    window->showSection(desktop::MainWindow::Section::Practices);
    const double startedMs = clock.nsecsElapsed() / 1e6;
    watchdog.start();
    double interactiveMs = -1;
    {
        // The first page is read on the workspace's reader thread; poll until it is shown
        // (bounded: 10 s).
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(1);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (table->isVisible() && table->model()->rowCount() > 0) {
                interactiveMs = clock.nsecsElapsed() / 1e6;
                loop.quit();
            } else if (clock.nsecsElapsed() / 1e6 - startedMs > 10000) {
                loop.quit();
            }
        });
        poll.start();
        loop.exec();
    }
    if (interactiveMs < 0)
        fail(u"interactive"_s, u"the practice list shows no rows"_s);
    const double rssOpen = memoryMb("VmRSS:");
    report({{u"metric"_s, u"open_interactive"_s},
            {u"practices"_s, practices},
            {u"start_returned_ms"_s, startedMs},
            {u"interactive_ms"_s, interactiveMs},
            {u"budget_ms"_s, interactiveBudgetMs},
            {u"within_budget"_s, interactiveMs <= interactiveBudgetMs},
            {u"rss_mb"_s, rssOpen},
            {u"rss_before_open_mb"_s, rssBefore},
            {u"memory_budget_mb"_s, memoryBudgetMb},
            {u"within_memory_budget"_s, rssOpen <= memoryBudgetMb}});

    // What runs right after the window appears (deferred facet counts, first sync timers).
    spin(g_observeMs * 15 / 8);
    report(stallFigure(u"after_open"_s, watchdog));

    auto *model = page->listModel();
    QScrollBar *bar = table->verticalScrollBar();

    // Scroll to the end the way a user drags the scroll bar down: jump to the bottom, let the
    // view fetch what it needs, repeat until the last record is on screen.
    watchdog.start();
    QElapsedTimer scrollClock;
    scrollClock.start();
    const qint64 total = model->totalCount();
    auto atEnd = [&] {
        return model->rowCount() >= total && bar->value() == bar->maximum() &&
               table->indexAt(QPoint(1, table->viewport()->height() - 2)).row() >= 0 &&
               table->rowAt(table->viewport()->height() - 2) == model->rowCount() - 1;
    };
    const bool reached = drive([&] { bar->setValue(bar->maximum()); }, atEnd, 16, 120000);
    const double scrollMs = scrollClock.nsecsElapsed() / 1e6;
    QJsonObject scroll = stallFigure(u"scroll_to_end"_s, watchdog);
    scroll.insert(u"reached_end"_s, reached);
    scroll.insert(u"seconds"_s, scrollMs / 1000.0);
    scroll.insert(u"rows"_s, model->rowCount());
    scroll.insert(u"rss_mb"_s, memoryMb("VmRSS:"));
    report(scroll);

    // Page up through the end of the list, as a reader does after jumping there.
    watchdog.start();
    for (int i = 0; i < 20; ++i) {
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        spin(10);
    }
    report(stallFigure(u"page_up_at_end"_s, watchdog));

    // Sort by every sortable column, both orders, clicking the header as a user does; after
    // each click jump to the end and back to the top.
    QHeaderView *header = table->horizontalHeader();
    double sortWorst = 0;
    const QList<models::RecordListModel::Column> columns = model->columns();
    for (int c = 0; c < columns.size(); ++c) {
        if (!columns.at(c).sortable)
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            watchdog.start();
            header->setSortIndicator(c, order);
            spin(60);
            bar->setValue(bar->maximum());
            spin(60);
            bar->setValue(0);
            spin(60);
            QJsonObject o = stallFigure(u"sort"_s, watchdog);
            o.insert(u"column"_s, columns.at(c).name);
            o.insert(u"order"_s, order == Qt::AscendingOrder ? u"asc"_s : u"desc"_s);
            report(o);
            sortWorst = std::max(sortWorst, watchdog.maxStallMs());
        }
    }
    report({{u"metric"_s, u"sort_all_columns"_s},
            {u"max_stall_ms"_s, sortWorst},
            {u"budget_ms"_s, stallBudgetMs},
            {u"within_budget"_s, sortWorst <= stallBudgetMs}});

    // Facets: tick a value of each facet group in turn (the list refilters, counts recompute),
    // then clear; the counts have arrived when the model stops changing.
    models::FacetModel *facets = page->facetModel();
    double facetWorst = 0;
    for (int g = 0; g < facets->rowCount(); ++g) {
        const QModelIndex group = facets->index(g, 0);
        if (facets->rowCount(group) == 0)
            continue;
        const QString facet = group.data(models::FacetModel::FacetRole).toString();
        const QString value =
            facets->index(0, 0, group).data(models::FacetModel::ValueRole).toString();
        watchdog.start();
        facets->setSelection({{facet, {value}}});
        spin(g_observeMs);
        facets->clearSelection();
        spin(g_observeMs);
        QJsonObject o = stallFigure(u"facet"_s, watchdog);
        o.insert(u"facet"_s, facet);
        report(o);
        facetWorst = std::max(facetWorst, watchdog.maxStallMs());
    }
    report({{u"metric"_s, u"facets_all"_s},
            {u"max_stall_ms"_s, facetWorst},
            {u"budget_ms"_s, stallBudgetMs},
            {u"within_budget"_s, facetWorst <= stallBudgetMs}});

    // Typing in the quick search field: the list filters by text as the user types.
    watchdog.start();
    page->setSearchText(u"export"_s);
    spin(g_observeMs);
    page->setSearchText(QString());
    spin(g_observeMs);
    report(stallFigure(u"text_filter"_s, watchdog));

    // The Statistics section: open it, then count by each dimension of each subject and within
    // each pillar; every count runs on the reader thread, so the window must not stall.
    auto *statistics = window->findChild<desktop::StatisticsPage *>(u"statisticsPage"_s);
    if (!statistics)
        fail(u"statistics"_s, u"no statistics page"_s);
    auto waitForFigures = [&](const std::function<void()> &act) {
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        const QMetaObject::Connection done = QObject::connect(
            statistics, &desktop::StatisticsPage::updated, &loop, &QEventLoop::quit);
        QElapsedTimer answered;
        answered.start();
        limit.start(30000);
        act();
        loop.exec();
        QObject::disconnect(done);
        return limit.isActive() ? answered.nsecsElapsed() / 1e6 : -1.0;
    };
    double statisticsWorst = 0;
    double statisticsSlowestMs = 0;
    watchdog.start();
    double shownMs =
        waitForFigures([&] { window->showSection(desktop::MainWindow::Section::Statistics); });
    statisticsWorst = std::max(statisticsWorst, watchdog.maxStallMs());
    statisticsSlowestMs = std::max(statisticsSlowestMs, shownMs);
    auto *subject = statistics->findChild<QComboBox *>(u"statisticsSubject"_s);
    auto *by = statistics->findChild<QComboBox *>(u"statisticsBy"_s);
    auto *pillar = statistics->findChild<QComboBox *>(u"statisticsPillar"_s);
    if (!subject || !by || !pillar)
        fail(u"statistics"_s, u"no statistics controls"_s);
    int views = 1;
    for (int s = 0; s < subject->count(); ++s) {
        if (s != subject->currentIndex()) {
            watchdog.start();
            const double ms = waitForFigures([&] { subject->setCurrentIndex(s); });
            statisticsWorst = std::max(statisticsWorst, watchdog.maxStallMs());
            statisticsSlowestMs = std::max(statisticsSlowestMs, ms);
            ++views;
        }
        for (int b = 0; b < by->count(); ++b) {
            for (int p = 0; p < pillar->count(); ++p) {
                if (b == by->currentIndex() && p == pillar->currentIndex())
                    continue;
                watchdog.start();
                const double ms = waitForFigures([&] {
                    by->setCurrentIndex(b);
                    pillar->setCurrentIndex(p);
                });
                if (ms < 0)
                    fail(u"statistics"_s, u"a count did not arrive within 30 s"_s);
                statisticsWorst = std::max(statisticsWorst, watchdog.maxStallMs());
                statisticsSlowestMs = std::max(statisticsSlowestMs, ms);
                ++views;
            }
        }
    }
    report({{u"metric"_s, u"statistics_all_views"_s},
            {u"views"_s, views},
            {u"slowest_answer_ms"_s, statisticsSlowestMs},
            {u"max_stall_ms"_s, statisticsWorst},
            {u"budget_ms"_s, stallBudgetMs},
            {u"within_budget"_s, statisticsWorst <= stallBudgetMs}});

    // The analyst views: each answer comes from the reader thread; the window must not stall
    // while asking, laying out or drawing it.
    struct ViewFigures
    {
        double worstStall = 0;
        double slowestMs = 0;
        int views = 0;
    };
    auto measure = [&](auto *page, auto updated, ViewFigures &figures,
                       const std::function<void()> &act, const QString &what) {
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        const QMetaObject::Connection done =
            QObject::connect(page, updated, &loop, &QEventLoop::quit);
        QElapsedTimer answered;
        answered.start();
        watchdog.start();
        limit.start(60000);
        act();
        loop.exec();
        QObject::disconnect(done);
        if (!limit.isActive())
            fail(what, u"no answer within 60 s"_s);
        figures.worstStall = std::max(figures.worstStall, watchdog.maxStallMs());
        figures.slowestMs = std::max(figures.slowestMs, answered.nsecsElapsed() / 1e6);
        ++figures.views;
    };
    auto reportViews = [](const QString &metric, const ViewFigures &f) {
        report({{u"metric"_s, metric},
                {u"views"_s, f.views},
                {u"slowest_answer_ms"_s, f.slowestMs},
                {u"max_stall_ms"_s, f.worstStall},
                {u"budget_ms"_s, stallBudgetMs},
                {u"within_budget"_s, f.worstStall <= stallBudgetMs}});
    };

    // Tracker: open it, then every grouping x pillar, and each region with all pillars.
    auto *tracker = window->findChild<desktop::TrackerPage *>(u"trackerPage"_s);
    if (!tracker)
        fail(u"tracker"_s, u"no tracker page"_s);
    ViewFigures trackerFigures;
    measure(
        tracker, &desktop::TrackerPage::updated, trackerFigures,
        [&] { window->showSection(desktop::MainWindow::Section::Tracker); }, u"tracker"_s);
    if (tracker->tracker().commitments().size() != commitments)
        fail(u"tracker"_s, u"shows %1 commitments, the replica holds %2"_s
                               .arg(tracker->tracker().commitments().size())
                               .arg(commitments));
    auto *grouping = tracker->findChild<QComboBox *>(u"trackerGrouping"_s);
    auto *trackerPillar = tracker->findChild<QComboBox *>(u"trackerPillar"_s);
    auto *trackerRegion = tracker->findChild<QComboBox *>(u"trackerRegion"_s);
    if (!grouping || !trackerPillar || !trackerRegion)
        fail(u"tracker"_s, u"no tracker controls"_s);
    for (int g = 0; g < grouping->count(); ++g) {
        for (int p = 0; p < trackerPillar->count(); ++p) {
            if (g == grouping->currentIndex() && p == trackerPillar->currentIndex())
                continue;
            measure(
                tracker, &desktop::TrackerPage::updated, trackerFigures,
                [&] {
                    // one reload each; the later supersedes the earlier
                    grouping->setCurrentIndex(g);
                    trackerPillar->setCurrentIndex(p);
                },
                u"tracker"_s);
        }
    }
    trackerPillar->setCurrentIndex(0);
    for (int r = 1; r < trackerRegion->count(); ++r) {
        measure(
            tracker, &desktop::TrackerPage::updated, trackerFigures,
            [&] { trackerRegion->setCurrentIndex(r); }, u"tracker"_s);
    }
    reportViews(u"tracker_all_views"_s, trackerFigures);

    // Country profiles: the five countries with most practices.
    replica::Replica &replicaRef = application.workspace()->replica();
    auto byCountry = replicaRef.lists().countBy(replica::ListFilter{}, u"country"_s);
    if (!byCountry)
        fail(u"profile"_s, byCountry.error().message);
    const QList<replica::ValueCount> ranked = replica::ListStore::ordered(*byCountry, u"country"_s);
    QStringList top;
    for (const replica::ValueCount &c : ranked) {
        if (!c.value.isEmpty() && top.size() < 5)
            top.append(c.value);
    }
    if (top.size() < 2)
        fail(u"profile"_s, u"fewer than two countries in the replica"_s);
    auto *countries = window->findChild<desktop::CountriesPage *>(u"countriesPage"_s);
    if (!countries)
        fail(u"profile"_s, u"no countries page"_s);
    ViewFigures profileFigures;
    for (const QString &code : std::as_const(top)) {
        measure(
            countries->profile(), &desktop::CountryProfilePage::updated, profileFigures,
            [&] { application.showCountry(code); }, u"profile"_s);
        if (countries->profile()->profile().practiceCount != byCountry->value(code))
            fail(u"profile"_s, u"%1: shows %2 practices, the replica holds %3"_s.arg(code)
                                   .arg(countries->profile()->profile().practiceCount)
                                   .arg(byCountry->value(code)));
    }
    reportViews(u"country_profile"_s, profileFigures);

    // Comparisons: two, three and four of those countries.
    ViewFigures compareFigures;
    for (qsizetype n = 2; n <= std::min<qsizetype>(4, top.size()); ++n) {
        measure(
            countries->comparison(), &desktop::ComparePage::updated, compareFigures,
            [&] { countries->compare(top.mid(0, n)); }, u"compare"_s);
    }
    reportViews(u"compare_countries"_s, compareFigures);

    watchdog.stop();
    report({{u"metric"_s, u"memory"_s},
            {u"rss_mb"_s, memoryMb("VmRSS:")},
            {u"peak_rss_mb"_s, memoryMb("VmHWM:")},
            {u"budget_mb"_s, memoryBudgetMb},
            {u"within_budget"_s, memoryMb("VmHWM:") <= memoryBudgetMb}});
    return 0;
}
