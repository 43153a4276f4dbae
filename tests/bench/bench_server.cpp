// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Throughput of the sync server on loopback, against DESIGN.md section 7:
//   change feed >= 50,000 records/s served, >= 2,000 mutations/s in batches of 100,
//   >= 300 single-mutation requests/s,
// next to the raw limit measured in the same run (trivial GET /api/v1/health requests/s).
//
// It runs the real smecommunity-server of the build (tests/support/serverprocess.h) on a fresh
// database seeded with `seed --synthetic N`, and drives it with an in-repo load generator: C
// keep-alive connections on one event loop, each sending its next request as soon as the
// previous answer is complete. One JSON object per line on stdout.
//
//   bench_server [--practices N] [--connections C] [--seconds S] [--database URL]
//
// Without --database it uses a new SQLite file; `--database pg` uses the cluster named by
// SMEC_TEST_PG_URL, e.g. (with-postgres.sh changes directory: give the absolute path)
//   tests/support/with-postgres.sh $PWD/build/release/tests/bench/bench_server --database pg
// Each figure also comes per CPU second of the server process (from /proc), which stays
// meaningful on a loaded machine where the wall-clock rate does not.
#include "serverprocess.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using smec::test::ServerProcess;

namespace {

void emitLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                       const QByteArray &body = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

/// One keep-alive connection of the load generator. `next` gives the request to send (empty:
/// stop); `answered` sees each complete answer (status, body).
class LoadClient final : public QObject
{
public:
    using Next = std::function<QByteArray()>;
    using Answered = std::function<void(int status, const QByteArray &body)>;

    LoadClient(quint16 port, Next next, Answered answered, std::function<void()> done)
        : m_next(std::move(next))
        , m_answered(std::move(answered))
        , m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &LoadClient::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, &LoadClient::finish);
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }

private:
    void sendNext()
    {
        const QByteArray request = m_next();
        if (request.isEmpty()) {
            finish();
            return;
        }
        m_socket.write(request);
    }

    void onReadyRead()
    {
        m_in += m_socket.readAll();
        for (;;) {
            if (m_headerEnd < 0) {
                m_headerEnd = m_in.indexOf("\r\n\r\n");
                if (m_headerEnd < 0)
                    return;
                const QByteArray head = m_in.left(m_headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                m_length = at < 0 ? 0
                                  : head.mid(at + 15, head.indexOf('\r', at) - at - 15)
                                        .trimmed()
                                        .toLongLong();
            }
            if (m_in.size() < m_headerEnd + 4 + m_length)
                return;
            const int status = m_in.mid(9, 3).toInt();
            m_answered(status, m_in.mid(m_headerEnd + 4, m_length));
            m_in.remove(0, m_headerEnd + 4 + m_length);
            m_headerEnd = -1;
            sendNext();
            if (m_finished)
                return;
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_socket.disconnect(this);
        m_socket.abort();
        m_done();
    }

    QTcpSocket m_socket;
    Next m_next;
    Answered m_answered;
    std::function<void()> m_done;
    QByteArray m_in;
    qsizetype m_headerEnd = -1;
    qint64 m_length = 0;
    bool m_finished = false;
};

struct LoadResult
{
    double serverCpuSeconds = -1;
    qint64 answers = 0;
    qint64 failures = 0; ///< answers with a status other than 200
    qint64 units = 0;    ///< what the caller counts (records, applied mutations)
    qint64 bytes = 0;
    double seconds = 0;
};

/// Runs `connections` clients; each asks `makeRequest(client)` for its next request until it
/// returns an empty array or `seconds` have passed (0: no time limit).
LoadResult runLoad(qint64 serverPid, quint16 port, int connections, double seconds,
                   const std::function<QByteArray(int client)> &makeRequest,
                   const std::function<qint64(int client, const QByteArray &body)> &countUnits)
{
    LoadResult result;
    QEventLoop loop;
    QElapsedTimer clock;
    bool timeUp = false;
    int running = connections;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] { timeUp = true; });
    std::vector<std::unique_ptr<LoadClient>> clients;
    const double cpuBefore = ServerProcess::cpuSeconds(serverPid);
    clock.start();
    if (seconds > 0)
        deadline.start(int(seconds * 1000));
    for (int c = 0; c < connections; ++c) {
        clients.push_back(std::make_unique<LoadClient>(
            port, [&, c] { return timeUp ? QByteArray() : makeRequest(c); },
            [&, c](int status, const QByteArray &body) {
                ++result.answers;
                result.bytes += body.size();
                if (status != 200) {
                    if (++result.failures <= 3)
                        std::fprintf(stderr, "answer %d: %s\n", status, body.left(300).constData());
                    return;
                }
                result.units += countUnits(c, body);
            },
            [&] {
                if (--running == 0)
                    loop.quit();
            }));
    }
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (cpuBefore >= 0)
        result.serverCpuSeconds = ServerProcess::cpuSeconds(serverPid) - cpuBefore;
    return result;
}

QByteArray mutationBatch(int size, qint64 *serial)
{
    QByteArray body = "{\"mutations\":[";
    for (int i = 0; i < size; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"mutation_id\":\"" + newId() + "\",\"op\":\"upsert\",\"id\":\"" + newId() +
                "\",\"kind\":\"thread\",\"base_rev\":0,\"fields\":{\"title\":\"Bench thread " +
                QByteArray::number(++*serial) +
                "\",\"kind\":\"discussion\",\"body\":\"How do other members run export credit "
                "guarantees for first-time exporters, and what did they learn?\"}}";
    }
    return body + "]}";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int practices = 32000; // about 100,000 records: + 2 posts each, threads, meetings
    int connections = 8;
    double seconds = 5;
    QString database;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--practices"_L1)
            practices = args[i + 1].toInt();
        else if (args[i] == "--connections"_L1)
            connections = args[i + 1].toInt();
        else if (args[i] == "--seconds"_L1)
            seconds = args[i + 1].toDouble();
        else if (args[i] == "--database"_L1)
            database = args[i + 1];
        else {
            std::fprintf(stderr, "usage: bench_server [--practices N] [--connections C] "
                                 "[--seconds S] [--database sqlite:PATH|postgresql://...|pg]\n");
            return 2;
        }
    }
    if (practices <= 0 || connections <= 0 || seconds <= 0) {
        std::fprintf(stderr, "bench_server: counts and seconds must be positive\n");
        return 2;
    }
    smec::test::useBuildRootOfThisProgram(); // tests/bench/ -> build root
    QTemporaryDir dir;
    if (database == "pg"_L1)
        database = smec::test::postgresUrl();
    if (database.isEmpty())
        database = u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s);
    const QString backend = database.startsWith("postgres"_L1) ? u"postgresql"_s : u"sqlite"_s;

    QByteArray out;
    QElapsedTimer seedClock;
    seedClock.start();
    QProcess seed; // no time limit: 100,000 records take minutes on a loaded machine
    seed.start(ServerProcess::executable(), {u"seed"_s, u"--database"_s, database, u"--synthetic"_s,
                                             QString::number(practices)});
    if (!seed.waitForFinished(-1) || seed.exitStatus() != QProcess::NormalExit ||
        seed.exitCode() != 0) {
        std::fprintf(stderr, "seed failed: %s\n", seed.readAllStandardError().constData());
        return 1;
    }
    out = seed.readAllStandardOutput();
    const double seedSeconds = double(seedClock.elapsed()) / 1000;
    if (!ServerProcess::addUser(database, u"bench"_s, u"secretariat"_s, {}, u"bench-password"_s)) {
        std::fprintf(stderr, "user add failed\n");
        return 1;
    }
    ServerProcess server;
    if (!server.start(database)) {
        std::fprintf(stderr, "server did not start: %s\n", server.standardError().constData());
        return 1;
    }
    const QByteArray token = server.login(u"bench"_s, u"bench-password"_s);
    if (token.isEmpty()) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    const quint16 port = server.port();
    const qint64 pid = server.process().processId();
    const QJsonObject common{
        {u"bench"_s, u"server"_s}, {u"backend"_s, backend}, {u"connections"_s, connections}};
    // Wall seconds, the server's CPU seconds, and the figure per CPU second of the server.
    auto timing = [](QJsonObject &object, const LoadResult &r, double perWallSecond) {
        object.insert(u"seconds"_s, r.seconds);
        if (r.serverCpuSeconds > 0) {
            object.insert(u"server_cpu_s"_s, r.serverCpuSeconds);
            object.insert(u"value_per_server_cpu_s"_s,
                          qRound(perWallSecond * r.seconds / r.serverCpuSeconds));
        }
    };
    auto line = [&](QJsonObject object) {
        for (auto it = common.begin(); it != common.end(); ++it)
            object.insert(it.key(), it.value());
        emitLine(object);
    };
    line({{u"what"_s, u"seed"_s},
          {u"practices"_s, practices},
          {u"output"_s, QString::fromUtf8(out.trimmed())},
          {u"seconds"_s, seedSeconds}});

    // Raw limit: the cheapest request the server answers.
    const QByteArray health = httpRequest("GET", "/api/v1/health", {});
    const LoadResult raw = runLoad(
        pid, port, connections, seconds, [&](int) { return health; },
        [](int, const QByteArray &) { return qint64(1); });
    const double rawRps = double(raw.units) / raw.seconds;
    QJsonObject rawLine{{u"what"_s, u"health_requests_per_s"_s},
                        {u"value"_s, qRound(rawRps)},
                        {u"failures"_s, raw.failures},
                        {u"note"_s, u"raw limit: trivial GET /api/v1/health"_s}};
    timing(rawLine, raw, rawRps);
    line(rawLine);

    // Change feed: followers each read the whole feed from the start, pages of 1000.
    for (const int followers : {1, connections}) {
        std::vector<QByteArray> cursors(static_cast<size_t>(followers));
        std::vector<bool> finished(static_cast<size_t>(followers), false);
        const LoadResult feed = runLoad(
            pid, port, followers, 0,
            [&](int c) -> QByteArray {
                if (finished[size_t(c)])
                    return {};
                QByteArray target = "/api/v1/changes?limit=1000";
                if (!cursors[size_t(c)].isEmpty())
                    target += "&since=" + cursors[size_t(c)];
                return httpRequest("GET", target, token);
            },
            [&](int c, const QByteArray &body) {
                // The cursor and `more` come after the changes array.
                const qsizetype at = body.lastIndexOf("\"cursor\":\"");
                const qsizetype end = body.indexOf('"', at + 10);
                cursors[size_t(c)] =
                    QUrl::toPercentEncoding(QString::fromLatin1(body.mid(at + 10, end - at - 10)));
                finished[size_t(c)] = !body.mid(end).contains("\"more\":true");
                return qint64(body.count("\"rev\":"));
            });
        const double rps = double(feed.units) / feed.seconds;
        QJsonObject feedLine{{u"what"_s, u"changes_records_per_s"_s},
                             {u"value"_s, qRound(rps)},
                             {u"budget"_s, 50000},
                             {u"meets_budget"_s, rps >= 50000},
                             {u"followers"_s, followers},
                             {u"records"_s, feed.units},
                             {u"pages"_s, feed.answers},
                             {u"failures"_s, feed.failures},
                             {u"mb_per_s"_s, double(feed.bytes) / feed.seconds / 1e6},
                             {u"raw_limit_health_rps"_s, qRound(rawRps)}};
        timing(feedLine, feed, rps);
        line(feedLine);
    }

    // Mutations: creates of discussion threads, in batches of 100 and one per request.
    qint64 serial = 0;
    for (const int size : {100, 1}) {
        const LoadResult m = runLoad(
            pid, port, connections, seconds,
            [&](int) {
                return httpRequest("POST", "/api/v1/mutations", token,
                                   mutationBatch(size, &serial));
            },
            [](int, const QByteArray &body) { return qint64(body.count("\"applied\"")); });
        const double perSecond = double(m.units) / m.seconds;
        QJsonObject result{{u"batch"_s, size},
                           {u"applied"_s, m.units},
                           {u"requests"_s, m.answers},
                           {u"failures"_s, m.failures},
                           {u"raw_limit_health_rps"_s, qRound(rawRps)}};
        if (size == 1) {
            result.insert(u"what"_s, u"single_mutation_requests_per_s"_s);
            result.insert(u"value"_s, qRound(double(m.answers) / m.seconds));
            result.insert(u"budget"_s, 300);
            result.insert(u"meets_budget"_s, double(m.answers) / m.seconds >= 300);
            timing(result, m, double(m.answers) / m.seconds);
        } else {
            result.insert(u"what"_s, u"mutations_per_s"_s);
            result.insert(u"value"_s, qRound(perSecond));
            result.insert(u"budget"_s, 2000);
            result.insert(u"meets_budget"_s, perSecond >= 2000);
            timing(result, m, perSecond);
        }
        line(result);
    }
    return server.terminate() == 0 ? 0 : 1;
}
