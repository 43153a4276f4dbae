// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Replica benchmark (DESIGN.md section 7): loads practices, threads and posts the way a first
// sync does (pages of 500 through Replica::applyPage with deferred full-text indexing), builds
// the index, runs 50 fixed searches, and compares with the raw limit measured in the same run:
// plain SQLite inserts of the same practice rows in one transaction, no FTS, no typed columns.
// Prints one JSON object per line. Record generation is excluded from every timing.
//
//   bench_replica [--practices 100000] [--posts 200000] [--db PATH] [--page 500]
#include "datagen/syntheticgenerator.h"
#include "replica/replica.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {

void report(QJsonObject line)
{
    line.insert(u"bench"_s, u"replica"_s);
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The 1-minute load average: wall times on a shared 2-core machine only mean something next
// to it.
double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

// Process CPU time: on a shared machine wall time says more about the neighbours than about us.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/// Accumulates wall and CPU time over the measured sections only.
struct Stopwatch
{
    QElapsedTimer timer;
    double cpuStart = 0;
    double wall = 0;
    double cpu = 0;
    void start()
    {
        cpuStart = cpuSeconds();
        timer.start();
    }
    void stop()
    {
        wall += timer.nsecsElapsed() / 1e9;
        cpu += cpuSeconds() - cpuStart;
    }
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

/// The ceiling: the same practice rows, serialised the same way, into one plain table.
Stopwatch rawInsert(const datagen::SyntheticGenerator &gen, int count, int page,
                    const QString &path)
{
    Stopwatch watch;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (!db.open())
            fail(u"raw open"_s, Error{u"raw"_s, db.lastError().text(), {}});
        QSqlQuery q(db);
        (void)q.exec(u"PRAGMA journal_mode = WAL"_s);
        (void)q.exec(u"PRAGMA synchronous = NORMAL"_s);
        (void)q.exec(u"CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT, rev INTEGER,"
                     " deleted INTEGER, fields TEXT)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO records (id, kind, rev, deleted, fields)"
                       " VALUES (?, ?, ?, ?, ?)"_s);
        watch.start();
        (void)q.exec(u"BEGIN"_s);
        watch.stop();
        for (int first = 0; first < count; first += page) {
            const QList<domain::Record> records =
                gen.practices(first, std::min(page, count - first));
            watch.start();
            for (const domain::Record &r : records) {
                insert.bindValue(0, r.id);
                insert.bindValue(1, u"practice"_s);
                insert.bindValue(2, first + 1);
                insert.bindValue(3, 0);
                insert.bindValue(
                    4, QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)));
                if (!insert.exec())
                    fail(u"raw insert"_s, Error{u"raw"_s, insert.lastError().text(), {}});
            }
            watch.stop();
        }
        watch.start();
        (void)q.exec(u"COMMIT"_s);
        watch.stop();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return watch;
}

const QStringList &searches()
{
    static const QStringList list{
        u"digital"_s,
        u"dig"_s,
        u"finance"_s,
        u"green transition"_s,
        u"loan guarantee"_s,
        u"guar"_s,
        u"women"_s,
        u"women-led firms"_s,
        u"export"_s,
        u"exporters rural"_s,
        u"training"_s,
        u"tax incentive"_s,
        u"platform"_s,
        u"plat"_s,
        u"youth"_s,
        u"startups"_s,
        u"micro enterprises"_s,
        u"results"_s,
        u"evaluation"_s,
        u"lessons learned"_s,
        u"numérique"_s,
        u"numerique"_s,
        u"financement"_s,
        u"entreprises"_s,
        u"transition écologique"_s,
        u"PME"_s,
        u"prêts"_s,
        u"garantie"_s,
        u"digitalización"_s,
        u"pymes"_s,
        u"financiamiento"_s,
        u"empresas"_s,
        u"crédito"_s,
        u"verde"_s,
        u"capacitación"_s,
        u"exportadoras"_s,
        u"التمويل"_s,
        u"الرقمي"_s,
        u"المؤسسات الصغيرة"_s,
        u"الأخضر"_s,
        u"قروض"_s,
        u"ضمان"_s,
        u"الشركات"_s,
        u"التحول"_s,
        u"mobile money"_s,
        u"one-stop shop"_s,
        u"\"quoted AND NEAR(\""_s,
        u"sme 2021"_s,
        u"budget"_s,
        u"beneficiaries"_s,
    };
    return list;
}

// Chinese (one, two and more characters, as typed) and Russian (case, ё, prefixes): reported as
// their own metric, so that the figures of searches() stay comparable with older runs.
const QStringList &chineseRussianSearches()
{
    static const QStringList list{
        u"数字化"_s,    u"数"_s,
        u"企业"_s,      u"中小企业"_s,
        u"补贴计划"_s,  u"绿色金融"_s,
        u"转型 补贴"_s, u"贷"_s,
        u"电子商务"_s,  u"评估"_s,
        u"МСП"_s,       u"предприятий"_s,
        u"зелёное"_s,   u"зеленое финанс"_s,
        u"цифров"_s,    u"кредитная"_s,
        u"ГАРАНТИЯ"_s,  u"поддержка малых"_s,
        u"экспорт"_s,   u"обучение"_s,
    };
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Replica load, index and search benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption practicesOption(u"practices"_s, u"Practices to load."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption postsOption(u"posts"_s, u"Posts to load."_s, u"N"_s, u"200000"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Replica file (default: temporary)."_s, u"PATH"_s);
    const QCommandLineOption pageOption(u"page"_s, u"Records per page."_s, u"N"_s, u"500"_s);
    const QCommandLineOption queryOnlyOption(
        u"query-only"_s, u"Open the existing --db replica and only run the searches, lists and"
                         " facets (for iterating on queries)."_s);
    parser.addOptions({practicesOption, postsOption, dbOption, pageOption, queryOnlyOption});
    parser.process(app);
    const int practices = parser.value(practicesOption).toInt();
    const int posts = parser.value(postsOption).toInt();
    const int page = std::max(1, parser.value(pageOption).toInt());
    const int threads = std::max(posts > 0 ? 1 : 0, posts / 10);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(u"bench.sqlite"_s);
    const bool queryOnly = parser.isSet(queryOnlyOption) && parser.isSet(dbOption);
    if (!queryOnly)
        QFile::remove(path);
    datagen::SyntheticGenerator gen(42);
    replica::Replica replica;
    QElapsedTimer timer;
    if (!queryOnly) {

        const Stopwatch rawWatch = rawInsert(gen, practices, page, dir.filePath(u"raw.sqlite"_s));
        const double raw = rawWatch.wall;
        report({{u"metric"_s, u"raw_insert"_s},
                {u"records"_s, practices},
                {u"seconds"_s, raw},
                {u"cpu_seconds"_s, rawWatch.cpu},
                {u"per_second"_s, practices / std::max(raw, 1e-9)}});

        if (auto r = replica.open(path, u"bench"_s); !r)
            fail(u"open"_s, r.error());
        replica.search().setDeferred(true);

        Stopwatch loadWatch;
        qint64 rev = 0;
        for (int first = 0; first < practices; first += page) {
            QList<domain::Record> records = gen.practices(first, std::min(page, practices - first));
            for (domain::Record &r : records)
                r.rev = ++rev;
            loadWatch.start();
            if (auto r = replica.applyPage(records, QString::number(rev)); !r)
                fail(u"apply practices"_s, r.error());
            loadWatch.stop();
        }
        const double load = loadWatch.wall;
        report({{u"metric"_s, u"load_practices"_s},
                {u"records"_s, practices},
                {u"seconds"_s, load},
                {u"per_second"_s, practices / std::max(load, 1e-9)},
                {u"cpu_seconds"_s, loadWatch.cpu},
                {u"vs_raw"_s, load / std::max(raw, 1e-9)},
                {u"cpu_vs_raw"_s, loadWatch.cpu / std::max(rawWatch.cpu, 1e-9)}});

        Stopwatch postsWatch;
        QList<domain::Record> batch;
        auto flush = [&] {
            postsWatch.start();
            if (auto r = replica.applyPage(batch, QString::number(rev)); !r)
                fail(u"apply posts"_s, r.error());
            postsWatch.stop();
            batch.clear();
        };
        for (int t = 0; t < threads; ++t) {
            batch.append(gen.thread(t));
            batch.last().rev = ++rev;
            if (batch.size() >= page)
                flush();
        }
        for (int p = 0; p < posts; ++p) {
            batch.append(gen.post(p, gen.recordId(domain::Kind::Thread, p % threads)));
            batch.last().rev = ++rev;
            if (batch.size() >= page)
                flush();
        }
        if (!batch.isEmpty())
            flush();
        const double loadPosts = postsWatch.wall;
        report({{u"metric"_s, u"load_posts"_s},
                {u"records"_s, posts + threads},
                {u"seconds"_s, loadPosts},
                {u"cpu_seconds"_s, postsWatch.cpu},
                {u"per_second"_s, (posts + threads) / std::max(loadPosts, 1e-9)}});

        Stopwatch ftsWatch;
        ftsWatch.start();
        if (auto r = replica.search().catchUpAll(2000); !r)
            fail(u"fts"_s, r.error());
        ftsWatch.stop();
        const double fts = ftsWatch.wall;
        report({{u"metric"_s, u"fts_build"_s},
                {u"records"_s, practices + posts},
                {u"seconds"_s, fts},
                {u"cpu_seconds"_s, ftsWatch.cpu},
                {u"browsable_seconds"_s, load},
                {u"searchable_seconds"_s, load + loadPosts + fts}});
        // Browsable: practices loaded, lists and facets work (search may still be catching up).
        // Searchable: everything loaded and the full-text index complete. Both against the raw
        // practice insert of this run.
        report({{u"metric"_s, u"first_sync_replica"_s},
                {u"practices"_s, practices},
                {u"posts_and_threads"_s, posts + threads},
                {u"browsable_seconds"_s, load},
                {u"browsable_cpu_seconds"_s, loadWatch.cpu},
                {u"searchable_seconds"_s, load + loadPosts + fts},
                {u"searchable_cpu_seconds"_s, loadWatch.cpu + postsWatch.cpu + ftsWatch.cpu},
                {u"raw_insert_seconds"_s, raw},
                {u"raw_insert_cpu_seconds"_s, rawWatch.cpu}});

    } else if (auto r = replica.open(path, u"bench"_s); !r) {
        fail(u"open"_s, r.error());
    }

    auto searchRun = [&](const QStringList &queries, const QString &metric) {
        QList<double> times;
        QList<double> cpuTimes;
        qint64 hits = 0;
        QList<std::pair<double, QString>> perQuery;
        for (int round = 0; round < 2; ++round) { // round 0 warms the cache, round 1 is measured
            for (const QString &query : queries) {
                timer.start();
                const double cpu0 = cpuSeconds();
                auto r = replica.search().search(query, {std::nullopt, 20, 0});
                const double ms = timer.nsecsElapsed() / 1e6;
                const double cpuMs = (cpuSeconds() - cpu0) * 1000;
                if (!r)
                    fail(u"search "_s + query, r.error());
                if (round == 1) {
                    times.append(ms);
                    cpuTimes.append(cpuMs);
                    hits += r->size();
                    perQuery.append({ms, query});
                }
            }
        }
        report({{u"metric"_s, metric},
                {u"queries"_s, times.size()},
                {u"p50_ms"_s, percentile(times, 0.5)},
                {u"p95_ms"_s, percentile(times, 0.95)},
                {u"max_ms"_s, percentile(times, 1.0)},
                {u"cpu_p50_ms"_s, percentile(cpuTimes, 0.5)},
                {u"cpu_p95_ms"_s, percentile(cpuTimes, 0.95)},
                {u"hits"_s, hits},
                {u"budget_p95_ms"_s, 20},
                {u"loadavg"_s, loadAverage()}});
        // The slowest queries, to see what the tail is made of.
        std::sort(perQuery.begin(), perQuery.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QJsonObject slowest;
        for (qsizetype i = 0; i < std::min<qsizetype>(8, perQuery.size()); ++i)
            slowest.insert(perQuery.at(i).second, perQuery.at(i).first);
        report({{u"metric"_s, QString(metric + u"_slowest_ms"_s)}, {u"queries"_s, slowest}});
    };
    searchRun(searches(), u"search"_s);
    searchRun(chineseRussianSearches(), u"search_zh_ru"_s);

    auto timeIt = [&](const QString &name, const std::function<bool()> &work) {
        Stopwatch w;
        w.start();
        const bool ok = work();
        w.stop();
        report({{u"metric"_s, name},
                {u"ms"_s, w.wall * 1000},
                {u"cpu_ms"_s, w.cpu * 1000},
                {u"ok"_s, ok}});
    };
    replica::ListFilter all;
    timeIt(u"list_first_page_default"_s, [&] { return replica.lists().list(all).ok(); });
    replica::ListFilter byTitle;
    byTitle.sortColumn = u"title"_s;
    byTitle.offset = std::max(0, practices - 100);
    timeIt(u"list_last_page_by_title"_s, [&] { return replica.lists().list(byTitle).ok(); });
    timeIt(u"count_all"_s, [&] { return replica.lists().count(all).ok(); });
    timeIt(u"facet_counts_all"_s, [&] { return replica.lists().facetCounts(all).ok(); });
    replica::ListFilter filtered;
    filtered.facets[u"pillar"_s] = QStringList{u"green"_s};
    filtered.facets[u"region"_s] = QStringList{u"Africa"_s};
    filtered.sortColumn = u"start_year"_s;
    filtered.sortOrder = Qt::DescendingOrder;
    timeIt(u"list_filtered_page"_s, [&] { return replica.lists().list(filtered).ok(); });
    timeIt(u"facet_counts_filtered"_s, [&] { return replica.lists().facetCounts(filtered).ok(); });
    replica::ListFilter text;
    text.text = u"guarantee"_s;
    timeIt(u"list_text_relevance"_s, [&] { return replica.lists().list(text).ok(); });
    timeIt(u"facet_counts_text"_s, [&] { return replica.lists().facetCounts(text).ok(); });

    report({{u"metric"_s, u"footprint"_s},
            {u"db_bytes"_s, fileSize(path)},
            {u"peak_rss_kb"_s, peakRssKb()}});
    return 0;
}
