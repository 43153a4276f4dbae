// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fault-injecting proxy between a blocking test client and the real smecommunity-server.

#include "faultproxy.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using smec::test::FaultProxy;
using smec::test::HttpResponse;
using smec::test::ServerProcess;
using Fault = FaultProxy::Fault;

namespace {

/// What a client saw on one request: the raw bytes and whether the peer closed.
struct Exchange
{
    QByteArray bytes;
    bool closed = false;
};

qsizetype contentLength(const QByteArray &head)
{
    static const QRegularExpression re(u"\\r\\ncontent-length:\\s*(\\d+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(head));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

/// Writes `request` on `socket` and reads raw bytes until a whole Content-Length response or
/// the close of the connection.
Exchange exchange(QTcpSocket &socket, const QByteArray &request)
{
    Exchange result;
    socket.write(request);
    socket.flush();
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.bytes += socket.readAll();
            result.closed = true;
            break;
        }
        socket.waitForReadyRead(100);
        result.bytes += socket.readAll();
        const qsizetype headerEnd = result.bytes.indexOf("\r\n\r\n");
        if (headerEnd >= 0 &&
            result.bytes.size() >= headerEnd + 4 + contentLength(result.bytes.left(headerEnd)))
            break;
    }
    return result;
}

Exchange exchangeOnce(quint16 port, const QByteArray &request, bool waitForClose = false)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    Exchange e = exchange(socket, request);
    if (waitForClose && !e.closed) {
        // A proxy answer with Connection: close must be followed by the close.
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForDisconnected(5000);
        e.bytes += socket.readAll();
        e.closed = socket.state() != QAbstractSocket::ConnectedState;
    }
    return e;
}

/// Removes what differs between two runs of one request: the Date header, tokens and expiry.
QByteArray normalised(QByteArray bytes)
{
    QString text = QString::fromLatin1(bytes);
    text.remove(
        QRegularExpression(u"\\r\\nDate: [^\\r]*"_s, QRegularExpression::CaseInsensitiveOption));
    text.replace(QRegularExpression(u"\"(token|expires_at)\":\"[^\"]*\""_s), u"\"\\1\":\"x\""_s);
    return text.toLatin1();
}

HttpResponse parse(const QByteArray &bytes)
{
    HttpResponse r;
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !bytes.startsWith("HTTP/1.1 "))
        return r;
    const QList<QByteArray> lines = bytes.left(headerEnd).split('\n');
    r.status = lines.constFirst().mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    r.body = bytes.mid(headerEnd + 4);
    return r;
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private:
    quint16 proxyPort() const { return m_proxy->port(); }
    QByteArray health() const { return smec::test::request("GET", "/api/v1/health"); }
    QByteArray login() const
    {
        return smec::test::request("POST", "/api/v1/session", {},
                                   R"({"username":"ken","password":"ken-password"})");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = u"sqlite:"_s + m_dir.filePath(u"proxy.sqlite"_s);
        QVERIFY(ServerProcess::addUser(db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
        QVERIFY(m_server.start(db));

        // The proxy runs its own event loop so the test can use blocking sockets.
        m_proxy = new FaultProxy;
        m_proxy->setUpstream(u"127.0.0.1"_s, m_server.port());
        m_proxy->setSeed(42);
        QVERIFY(m_proxy->startInThread(m_thread));
        QVERIFY(proxyPort() != 0);
    }

    void cleanupTestCase()
    {
        if (m_proxy)
            QMetaObject::invokeMethod(m_proxy, "deleteLater");
        m_thread.quit();
        m_thread.wait();
        QCOMPARE(m_server.terminate(), 0);
    }

    void init()
    {
        m_proxy->setFaultRate(0);
        m_proxy->setFaultKinds(FaultProxy::allFaults());
    }

    void passThroughByteForByte_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("GET /api/v1/health") << health();
        QTest::newRow("POST /api/v1/session") << login();
    }

    void passThroughByteForByte()
    {
        QFETCH(QByteArray, request);
        const int before = m_proxy->counters().value(Fault::None);
        const Exchange direct = exchangeOnce(m_server.port(), request);
        const Exchange proxied = exchangeOnce(proxyPort(), request);
        QVERIFY(direct.bytes.startsWith("HTTP/1.1 200"));
        QVERIFY(!proxied.closed);
        QCOMPARE(normalised(proxied.bytes), normalised(direct.bytes));
        QCOMPARE(m_proxy->counters().value(Fault::None), before + 1);
    }

    void keepAliveFaultPerRequest()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, proxyPort());
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 3; ++i) {
            const Exchange e = exchange(socket, health());
            QVERIFY2(e.bytes.startsWith("HTTP/1.1 200"), e.bytes.constData());
            QVERIFY(!e.closed);
        }
        const Exchange session = exchange(socket, login());
        QCOMPARE(parse(session.bytes).status, 200);
        QVERIFY(!parse(session.bytes).json().value(u"token"_s).toString().isEmpty());
        // The fourth request on the same connection gets the fault.
        m_proxy->forceNext(Fault::Status503);
        Exchange e = exchange(socket, health());
        QCOMPARE(parse(e.bytes).status, 503);
        if (!e.closed)
            QVERIFY(socket.state() == QAbstractSocket::UnconnectedState ||
                    socket.waitForDisconnected(5000));
    }

    void localStatus_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("500") << int(Fault::Status500) << 500 << u"internal"_s << QByteArray();
        QTest::newRow("503") << int(Fault::Status503) << 503 << u"unavailable"_s << QByteArray("1");
        QTest::newRow("429") << int(Fault::Status429) << 429 << u"rate_limited"_s
                             << QByteArray("1");
    }

    void localStatus()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QByteArray, retryAfter);
        const int before = m_proxy->counters().value(Fault(fault));
        m_proxy->forceNext(Fault(fault));
        const Exchange e = exchangeOnce(proxyPort(), login(), true);
        const HttpResponse r = parse(e.bytes);
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Retry-After"), retryAfter);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), code);
        QVERIFY(!r.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(e.closed);
        QCOMPARE(m_proxy->counters().value(Fault(fault)), before + 1);
    }

    void dropRequest()
    {
        m_proxy->forceNext(Fault::DropRequest);
        const Exchange e = exchangeOnce(proxyPort(), health(), true);
        QVERIFY(e.closed);
        QVERIFY(e.bytes.isEmpty());
        QCOMPARE(m_proxy->counters().value(Fault::DropRequest), 1);
    }

    void dropResponse()
    {
        const Exchange full = exchangeOnce(proxyPort(), health());
        QVERIFY(full.bytes.startsWith("HTTP/1.1 200"));
        for (int i = 0; i < 5; ++i) {
            m_proxy->forceNext(Fault::DropResponse);
            const Exchange e = exchangeOnce(proxyPort(), health(), true);
            QVERIFY(e.closed);
            QVERIFY2(e.bytes.size() < full.bytes.size(), e.bytes.constData());
            // A prefix of the real response (the Date header may tick between the two).
            const qsizetype same = std::min<qsizetype>(e.bytes.size(), 12);
            QCOMPARE(e.bytes.left(same), full.bytes.left(same));
        }
        QCOMPARE(m_proxy->counters().value(Fault::DropResponse), 5);
    }

    void truncate()
    {
        m_proxy->forceNext(Fault::Truncate);
        const Exchange e = exchangeOnce(proxyPort(), login(), true);
        QVERIFY(e.closed);
        const HttpResponse r = parse(e.bytes);
        QCOMPARE(r.status, 200);
        const qsizetype promised = r.header("Content-Length").toLongLong();
        QVERIFY(promised > 0);
        QVERIFY2(r.body.size() < promised, e.bytes.constData());
        QCOMPARE(m_proxy->counters().value(Fault::Truncate), 1);
    }

    void delay()
    {
        // A delay holds the request back for the wait the proxy drew, then passes it through.
        // The one timing check is a lower bound a delaying proxy cannot miss (a timer does not
        // fire before its interval, however loaded the machine); a proxy passing straight through
        // answers in a few milliseconds and fails it.
        m_proxy->setSeed(5); // the first request then draws a 540 ms wait of at most 800
        m_proxy->setMaxDelayMs(800);
        m_proxy->forceNext(Fault::Delay);
        QElapsedTimer clock;
        clock.start();
        const Exchange e = exchangeOnce(proxyPort(), health());
        const qint64 elapsed = clock.elapsed();
        QVERIFY(e.bytes.startsWith("HTTP/1.1 200"));
        QVERIFY(!e.closed);
        QCOMPARE(m_proxy->counters().value(Fault::Delay), 1);
        const int waited = m_proxy->lastDelayMs();
        QVERIFY2(waited >= 200, qPrintable(QString::number(waited)));
        // Less 2 ms: timers count whole milliseconds.
        QVERIFY2(elapsed >= waited - 2,
                 qPrintable(u"answered after %1 ms, delay %2 ms"_s.arg(elapsed).arg(waited)));
    }

    void seededRate()
    {
        // Rate 1 with one kind: every request gets it.
        m_proxy->setFaultRate(1);
        m_proxy->setFaultKinds({Fault::Status429});
        const int before = m_proxy->counters().value(Fault::Status429);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(parse(exchangeOnce(proxyPort(), health(), true).bytes).status, 429);
        QCOMPARE(m_proxy->counters().value(Fault::Status429), before + 3);

        // Rate 0.5: some pass, some fail, and the same seed gives the same sequence.
        auto run = [this] {
            m_proxy->setSeed(7);
            QList<int> statuses;
            for (int i = 0; i < 20; ++i)
                statuses.append(parse(exchangeOnce(proxyPort(), health()).bytes).status);
            return statuses;
        };
        m_proxy->setFaultRate(0.5);
        m_proxy->setFaultKinds({Fault::Status500, Fault::Status503});
        const QList<int> first = run();
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500) || first.contains(503));
        QCOMPARE(run(), first);
    }

    void executable()
    {
        QProcess proxy;
        proxy.start(QString::fromUtf8(SMEC_FAULTPROXY_EXE),
                    {u"--upstream"_s, u"127.0.0.1:%1"_s.arg(m_server.port()), u"--seed"_s, u"3"_s,
                     u"--fault-rate"_s, u"1"_s, u"--faults"_s, u"503"_s});
        QVERIFY(proxy.waitForStarted());
        QByteArray out;
        QDeadlineTimer deadline(15000);
        while (!out.contains('\n') && !deadline.hasExpired() && proxy.waitForReadyRead(1000))
            out += proxy.readAllStandardOutput();
        out += proxy.readAllStandardOutput();
        static const QRegularExpression line(u"^listening on 127\\.0\\.0\\.1:(\\d+)\n"_s);
        const auto m = line.match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        const auto port = quint16(m.captured(1).toUInt());

        const HttpResponse r = parse(exchangeOnce(port, health(), true).bytes);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));

        ::kill(pid_t(proxy.processId()), SIGTERM);
        QVERIFY(proxy.waitForFinished(15000));
        QCOMPARE(proxy.exitStatus(), QProcess::NormalExit);
        QCOMPARE(proxy.exitCode(), 0);
        const QList<QByteArray> lines = proxy.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject counters = QJsonDocument::fromJson(lines.constLast()).object();
        QCOMPARE(counters.value(u"requests"_s).toInt(), 1);
        QCOMPARE(counters.value(u"faults"_s).toObject().value(u"503"_s).toInt(), 1);
        QCOMPARE(counters.value(u"faults"_s).toObject().value(u"truncate"_s).toInt(), 0);
    }

    void badArguments()
    {
        QProcess proxy;
        proxy.start(QString::fromUtf8(SMEC_FAULTPROXY_EXE),
                    {u"--upstream"_s, u"127.0.0.1:1"_s, u"--faults"_s, u"explode"_s});
        QVERIFY(proxy.waitForFinished(15000));
        QCOMPARE(proxy.exitCode(), 2);
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QThread m_thread;
    FaultProxy *m_proxy = nullptr;
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
