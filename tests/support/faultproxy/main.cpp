// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smec-faultproxy: the FaultProxy of faultproxy.h as a process (usage there).

#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using smec::test::FaultProxy;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "smec-faultproxy: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"smec-faultproxy"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fault-injecting HTTP/1.1 proxy for tests."_s);
    parser.addHelpOption();
    const QCommandLineOption upstream(u"upstream"_s, u"Upstream HOST:PORT."_s, u"host:port"_s);
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"PRNG seed."_s, u"n"_s, u"0"_s);
    const QCommandLineOption rate(u"fault-rate"_s, u"Probability of a fault per request."_s, u"p"_s,
                                  u"0"_s);
    const QCommandLineOption faults(
        u"faults"_s, u"Fault kinds: drop-request,drop-response,truncate,delay,500,503,429."_s,
        u"list"_s, u"drop-request,drop-response,truncate,delay,500,503,429"_s);
    const QCommandLineOption maxDelay(u"max-delay-ms"_s, u"Longest injected delay."_s, u"ms"_s,
                                      u"1000"_s);
    parser.addOptions({upstream, port, seed, rate, faults, maxDelay});
    parser.process(app);

    const QString target = parser.value(upstream);
    const qsizetype colon = target.lastIndexOf(u':');
    bool ok = false;
    const uint upstreamPort = colon > 0 ? target.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || upstreamPort == 0 || upstreamPort > 65535)
        return fail(u"--upstream HOST:PORT is required"_s);
    const uint listenPort = parser.value(port).toUInt(&ok);
    if (!ok || listenPort > 65535)
        return fail(u"invalid --port"_s);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(u"invalid --seed"_s);
    const double rateValue = parser.value(rate).toDouble(&ok);
    if (!ok || rateValue < 0 || rateValue > 1)
        return fail(u"--fault-rate must be in [0, 1]"_s);
    const int maxDelayValue = parser.value(maxDelay).toInt(&ok);
    if (!ok || maxDelayValue < 0)
        return fail(u"invalid --max-delay-ms"_s);
    QList<FaultProxy::Fault> kinds;
    for (const QString &name : parser.value(faults).split(u',', Qt::SkipEmptyParts)) {
        const auto fault = FaultProxy::faultFromName(name);
        if (!fault)
            return fail(u"unknown fault kind: %1"_s.arg(name));
        kinds.append(*fault);
    }

    FaultProxy proxy;
    proxy.setUpstream(target.left(colon), quint16(upstreamPort));
    proxy.setSeed(seedValue);
    proxy.setFaultRate(rateValue);
    proxy.setFaultKinds(kinds);
    proxy.setMaxDelayMs(maxDelayValue);

    if (::pipe(g_signalPipe) != 0)
        return fail(u"cannot create the signal pipe"_s);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    if (!proxy.listen(quint16(listenPort)))
        return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(listenPort));
    std::printf("listening on 127.0.0.1:%u\n", unsigned(proxy.port()));
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    proxy.close();
    std::printf("%s\n",
                QJsonDocument(proxy.countersJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return code;
}
