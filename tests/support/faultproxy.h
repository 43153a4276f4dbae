// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// FaultProxy: a fault-injecting HTTP/1.1-aware TCP proxy for tests (issues #5 and #9).
//
// It listens on 127.0.0.1:<port or 0> and forwards plain TCP to an upstream host:port (the real
// smecommunity-server run with --insecure-http). It finds request boundaries (Content-Length; no
// chunked request bodies) and response boundaries (Content-Length, chunked, or close-delimited)
// so that a fault is chosen per request, also on keep-alive connections. Requests on one client
// connection are forwarded one at a time, each response is read whole before it is passed on.
//
// Faults (FaultProxy::Fault; command-line names in brackets):
//   DropRequest  [drop-request]   close the client connection without contacting upstream
//   DropResponse [drop-response]  forward a random prefix of the upstream response, then close
//   Truncate     [truncate]       forward the headers and part of the body, then close
//   Delay        [delay]          wait 0..maxDelayMs before forwarding, then pass through
//   Status500/503/429 [500,503,429] answer locally (JSON error of DESIGN.md section 4,
//                                 Retry-After: 1 for 503 and 429, Connection: close)
// A seeded PRNG decides: with probability faultRate a request gets one of the enabled kinds,
// chosen uniformly. forceNext() queues faults for the next requests regardless of the rate.
// The class is thread-safe for configuration and counters, so a test can run it in a QThread and
// talk to it with blocking sockets (see tst_faultproxy.cpp).
//
// Executable: smec-faultproxy --upstream HOST:PORT [--port N] [--seed N] [--fault-rate P]
//   [--faults drop-request,drop-response,truncate,delay,500,503,429] [--max-delay-ms N]
// prints "listening on 127.0.0.1:PORT" once ready and, on SIGTERM/SIGINT, the counters as one
// JSON line ({"requests":N,"passed":n,"faults":{"drop-request":n,...}}) before exiting with 0.

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

class QTcpServer;
class QThread;

namespace smec::test {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        DropRequest,
        DropResponse,
        Truncate,
        Delay,
        Status500,
        Status503,
        Status429
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// All fault kinds except None.
    static QList<Fault> allFaults();
    static QString faultName(Fault fault);
    /// Parses a name of the command line ("drop-request", "503", ...); nullopt when unknown.
    static std::optional<Fault> faultFromName(QStringView name);

    void setUpstream(const QString &host, quint16 port);
    void setSeed(quint64 seed);
    /// Probability in [0, 1] that a request gets a fault.
    void setFaultRate(double rate);
    void setFaultKinds(const QList<Fault> &kinds);
    void setMaxDelayMs(int ms);
    /// Applies `fault` to the next request (queued, before the random choice).
    void forceNext(Fault fault);

    /// Counts of injected faults per kind (None counts passed-through requests).
    QMap<Fault, int> counters() const;
    int requestCount() const;
    /// The wait chosen for the last request that got a Delay fault (-1 before the first).
    int lastDelayMs() const;
    QJsonObject countersJson() const;

    /// Moves the proxy into `thread`, starts it and listens there on a free loopback port, so
    /// that a caller blocking on its own sockets or on the sync engine still gets answers.
    /// Returns false when listening fails. Stop with deleteLater() queued to it, then quit().
    bool startInThread(QThread &thread);
    /// Call in the thread that owns the proxy. Returns false when listening fails.
    Q_INVOKABLE bool listen(quint16 port = 0);
    quint16 port() const;
    Q_INVOKABLE void close();

    /// Internal: decides the fault of the next request and counts it.
    Fault nextFault(int *delayMs, double *fraction);

    QString upstreamHost() const;
    quint16 upstreamPort() const;

private:
    void onNewConnection();

    mutable QMutex m_mutex;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_upstreamHost;
    quint16 m_upstreamPort = 0;
    std::mt19937_64 m_rng{0};
    double m_rate = 0;
    QList<Fault> m_kinds;
    int m_maxDelayMs = 1000;
    QList<Fault> m_forced;
    QMap<Fault, int> m_counters;
    int m_requests = 0;
    int m_lastDelayMs = -1;
};

} // namespace smec::test
