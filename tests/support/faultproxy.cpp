// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "faultproxy.h"

#include <QThread>

#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::test {

namespace {

/// Length of the complete HTTP message at the start of `buffer` whose headers end at
/// `headerEnd` (index of "\r\n\r\n"), or -1 when more bytes are needed. `bodyStart` receives the
/// offset of the body. `untilClose` is set when the body is delimited by the connection close.
qsizetype messageLength(const QByteArray &buffer, qsizetype headerEnd, bool noBody,
                        bool allowUntilClose, bool *untilClose)
{
    *untilClose = false;
    const qsizetype bodyStart = headerEnd + 4;
    if (noBody)
        return bodyStart;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    qint64 contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    if (chunked) {
        qsizetype pos = bodyStart;
        for (;;) {
            const qsizetype eol = buffer.indexOf("\r\n", pos);
            if (eol < 0)
                return -1;
            QByteArray sizeText = buffer.mid(pos, eol - pos);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok)
                return -1;
            pos = eol + 2;
            if (size == 0) {
                // Trailer section up to an empty line.
                for (;;) {
                    const qsizetype end = buffer.indexOf("\r\n", pos);
                    if (end < 0)
                        return -1;
                    const bool empty = end == pos;
                    pos = end + 2;
                    if (empty)
                        return pos;
                }
            }
            if (buffer.size() < pos + size + 2)
                return -1;
            pos += size + 2;
        }
    }
    if (contentLength >= 0)
        return buffer.size() >= bodyStart + contentLength ? bodyStart + contentLength : -1;
    if (allowUntilClose) {
        *untilClose = true;
        return -1;
    }
    return bodyStart; // a request without Content-Length has no body
}

QByteArray localResponse(int status)
{
    QByteArray reason;
    QString code;
    QString message;
    switch (status) {
    case 429:
        reason = "Too Many Requests";
        code = u"rate_limited"_s;
        message = u"too many requests (injected by the fault proxy)"_s;
        break;
    case 503:
        reason = "Service Unavailable";
        code = u"unavailable"_s;
        message = u"service unavailable (injected by the fault proxy)"_s;
        break;
    default:
        reason = "Internal Server Error";
        code = u"internal"_s;
        message = u"internal error (injected by the fault proxy)"_s;
        break;
    }
    const QByteArray body =
        "{\"error\":{\"code\":\"" + code.toUtf8() + "\",\"message\":\"" + message.toUtf8() + "\"}}";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status != 500)
        out += "Retry-After: 1\r\n";
    out += "Connection: close\r\n\r\n";
    return out + body;
}

/// One client connection and its upstream connection; requests are handled one at a time.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::process);
        connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::finish);
        process();
    }

private:
    void process()
    {
        if (m_closing)
            return;
        m_requestBuffer += m_client->readAll();
        if (m_busy)
            return;
        const qsizetype headerEnd = m_requestBuffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        bool untilClose = false;
        const qsizetype length =
            messageLength(m_requestBuffer, headerEnd, false, false, &untilClose);
        if (length < 0)
            return;
        m_request = m_requestBuffer.left(length);
        m_requestBuffer.remove(0, length);
        m_headRequest = m_request.startsWith("HEAD ");
        m_busy = true;
        int delayMs = 0;
        m_fraction = 0;
        m_fault = m_proxy->nextFault(&delayMs, &m_fraction);
        switch (m_fault) {
        case FaultProxy::Fault::DropRequest:
            closeClient();
            return;
        case FaultProxy::Fault::Status500:
            answerLocally(500);
            return;
        case FaultProxy::Fault::Status503:
            answerLocally(503);
            return;
        case FaultProxy::Fault::Status429:
            answerLocally(429);
            return;
        case FaultProxy::Fault::Delay: {
            QPointer<ProxyConnection> self(this);
            QTimer::singleShot(delayMs, this, [self] {
                if (self)
                    self->forward();
            });
            return;
        }
        default:
            forward();
            return;
        }
    }

    void answerLocally(int status)
    {
        m_client->write(localResponse(status));
        closeClient();
    }

    void forward()
    {
        if (m_closing)
            return;
        if (!m_upstream) {
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::upstreamRead);
            connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::upstreamClosed);
            connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
                if (m_upstream->state() != QAbstractSocket::ConnectedState)
                    upstreamClosed();
            });
            m_upstream->connectToHost(m_proxy->upstreamHost(), m_proxy->upstreamPort());
        }
        m_responseBuffer.clear();
        m_upstream->write(m_request);
    }

    void upstreamRead()
    {
        m_responseBuffer += m_upstream->readAll();
        if (!m_busy)
            return;
        const qsizetype headerEnd = m_responseBuffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const int status = m_responseBuffer.mid(9, 3).toInt();
        const bool noBody =
            m_headRequest || (status >= 100 && status < 200) || status == 204 || status == 304;
        bool untilClose = false;
        const qsizetype length =
            messageLength(m_responseBuffer, headerEnd, noBody, true, &untilClose);
        if (length < 0)
            return; // more bytes, or the response ends when upstream closes
        deliver(m_responseBuffer.left(length), headerEnd + 4, false);
        m_responseBuffer.remove(0, length);
    }

    void upstreamClosed()
    {
        if (m_closing)
            return;
        if (m_busy && !m_responseBuffer.isEmpty()) {
            const qsizetype headerEnd = m_responseBuffer.indexOf("\r\n\r\n");
            deliver(m_responseBuffer, headerEnd >= 0 ? headerEnd + 4 : m_responseBuffer.size(),
                    true);
            m_responseBuffer.clear();
        }
        closeClient();
    }

    /// Passes one complete response (or what upstream sent before closing) to the client.
    void deliver(const QByteArray &response, qsizetype bodyStart, bool upstreamGone)
    {
        switch (m_fault) {
        case FaultProxy::Fault::DropResponse: {
            // A strict prefix: at least one byte is withheld.
            const auto cut = static_cast<qsizetype>(m_fraction * double(response.size()));
            m_client->write(response.left(std::clamp<qsizetype>(cut, 0, response.size() - 1)));
            closeClient();
            return;
        }
        case FaultProxy::Fault::Truncate: {
            const qsizetype bodySize = response.size() - bodyStart;
            const auto part = static_cast<qsizetype>(m_fraction * double(bodySize));
            m_client->write(response.left(
                bodyStart + std::clamp<qsizetype>(part, 0, bodySize > 0 ? bodySize - 1 : 0)));
            closeClient();
            return;
        }
        default:
            m_client->write(response);
            if (upstreamGone) {
                closeClient();
                return;
            }
            m_busy = false;
            m_fault = FaultProxy::Fault::None;
            QTimer::singleShot(0, this, &ProxyConnection::process);
            return;
        }
    }

    void closeClient()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_busy = false;
        if (m_upstream)
            m_upstream->abort();
        // Flush what was written, then close; disconnected() deletes the connection.
        m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            finish();
    }

    void finish()
    {
        m_closing = true;
        if (m_upstream)
            m_upstream->abort();
        deleteLater();
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_requestBuffer;
    QByteArray m_request;
    QByteArray m_responseBuffer;
    FaultProxy::Fault m_fault = FaultProxy::Fault::None;
    double m_fraction = 0;
    bool m_busy = false;
    bool m_closing = false;
    bool m_headRequest = false;
};

} // namespace

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , m_upstreamHost(u"127.0.0.1"_s)
    , m_kinds(allFaults())
{}

FaultProxy::~FaultProxy() = default;

QList<FaultProxy::Fault> FaultProxy::allFaults()
{
    return {Fault::DropRequest, Fault::DropResponse, Fault::Truncate, Fault::Delay,
            Fault::Status500,   Fault::Status503,    Fault::Status429};
}

QString FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return u"none"_s;
    case Fault::DropRequest:
        return u"drop-request"_s;
    case Fault::DropResponse:
        return u"drop-response"_s;
    case Fault::Truncate:
        return u"truncate"_s;
    case Fault::Delay:
        return u"delay"_s;
    case Fault::Status500:
        return u"500"_s;
    case Fault::Status503:
        return u"503"_s;
    case Fault::Status429:
        return u"429"_s;
    }
    return {};
}

std::optional<FaultProxy::Fault> FaultProxy::faultFromName(QStringView name)
{
    for (Fault fault : allFaults()) {
        if (name.trimmed() == faultName(fault))
            return fault;
    }
    return std::nullopt;
}

void FaultProxy::setUpstream(const QString &host, quint16 port)
{
    QMutexLocker lock(&m_mutex);
    m_upstreamHost = host;
    m_upstreamPort = port;
}

QString FaultProxy::upstreamHost() const
{
    QMutexLocker lock(&m_mutex);
    return m_upstreamHost;
}

quint16 FaultProxy::upstreamPort() const
{
    QMutexLocker lock(&m_mutex);
    return m_upstreamPort;
}

void FaultProxy::setSeed(quint64 seed)
{
    QMutexLocker lock(&m_mutex);
    m_rng.seed(seed);
}

void FaultProxy::setFaultRate(double rate)
{
    QMutexLocker lock(&m_mutex);
    m_rate = std::clamp(rate, 0.0, 1.0);
}

void FaultProxy::setFaultKinds(const QList<Fault> &kinds)
{
    QMutexLocker lock(&m_mutex);
    m_kinds = kinds;
    m_kinds.removeAll(Fault::None);
}

void FaultProxy::setMaxDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_maxDelayMs = std::max(0, ms);
}

void FaultProxy::forceNext(Fault fault)
{
    QMutexLocker lock(&m_mutex);
    m_forced.append(fault);
}

FaultProxy::Fault FaultProxy::nextFault(int *delayMs, double *fraction)
{
    QMutexLocker lock(&m_mutex);
    // Every request draws the same numbers, so a seed gives the same sequence of decisions.
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double roll = unit(m_rng);
    const double pick = unit(m_rng);
    *fraction = unit(m_rng);
    *delayMs = static_cast<int>(unit(m_rng) * double(m_maxDelayMs));
    Fault fault = Fault::None;
    if (!m_forced.isEmpty())
        fault = m_forced.takeFirst();
    else if (!m_kinds.isEmpty() && roll < m_rate)
        fault = m_kinds.at(
            std::min<qsizetype>(qsizetype(pick * double(m_kinds.size())), m_kinds.size() - 1));
    if (fault == Fault::Delay)
        m_lastDelayMs = *delayMs;
    ++m_requests;
    ++m_counters[fault];
    return fault;
}

int FaultProxy::lastDelayMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastDelayMs;
}

QMap<FaultProxy::Fault, int> FaultProxy::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

int FaultProxy::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QJsonObject FaultProxy::countersJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject faults;
    for (Fault fault : allFaults())
        faults.insert(faultName(fault), m_counters.value(fault));
    return QJsonObject{{u"requests"_s, m_requests},
                       {u"passed"_s, m_counters.value(Fault::None)},
                       {u"faults"_s, faults}};
}

bool FaultProxy::startInThread(QThread &thread)
{
    moveToThread(&thread);
    thread.start();
    bool ok = false;
    return QMetaObject::invokeMethod(this, "listen", Qt::BlockingQueuedConnection,
                                     Q_RETURN_ARG(bool, ok), Q_ARG(quint16, 0)) &&
           ok;
}

bool FaultProxy::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    }
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    QMutexLocker lock(&m_mutex);
    m_port = m_server->serverPort();
    return true;
}

quint16 FaultProxy::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

void FaultProxy::close()
{
    if (m_server)
        m_server->close();
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection())
        new ProxyConnection(this, client);
}

} // namespace smec::test
