// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gateconnection.h"

#include <QTimer>

#include "gatedsocket.h"
#include "httpreply.h"
#include "serverlog.h"

#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

constexpr int closeGraceMs = 10000;
/// How long an idle connection stays open after SIGTERM, for a request already on its way.
constexpr int shutdownGraceMs = 1000;

// The connection whose request QHttpServer is handling right now (all on the main thread).
GateConnection *s_forwarding = nullptr;

bool isKnownMethod(const QByteArray &method)
{
    static const QByteArray known[] = {"GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH"};
    for (const QByteArray &m : known) {
        if (method == m)
            return true;
    }
    return false;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

GateConnection::GateConnection(QTcpSocket *real, const GateLimits &limits, QObject *parent)
    : QObject(parent)
    , m_real(real)
    , m_proxy(new GatedSocket(real))
    , m_limits(limits)
{
    m_real->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GateConnection::onTimeout);
    connect(m_real, &QIODevice::readyRead, this, &GateConnection::onReadyRead);
    connect(m_real, &QAbstractSocket::disconnected, this, &GateConnection::finish);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_real)) {
        connect(ssl, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &) { m_real->abort(); });
    }
    connect(m_proxy, &GatedSocket::closeRequested, this, [this] { m_closeAfterResponse = true; });
    connect(m_proxy, &GatedSocket::answerWritten, this, &GateConnection::onAnswerWritten);
    m_timer.start(m_limits.idleTimeoutMs);
}

GateConnection::~GateConnection()
{
    if (m_proxy)
        m_proxy->markDisconnected();
}

void GateConnection::shutdown()
{
    m_shutdown = true;
    const auto idle = [this] {
        return m_state == State::Head && m_in.isEmpty() && !m_answerPending;
    };
    if (!idle())
        return; // closes after the answer
    // The first bytes of a request may be sent but not yet read here (a loaded machine, a
    // packet on its way): give them a moment before treating the connection as idle.
    QTimer::singleShot(shutdownGraceMs, this, [this, idle] {
        if (idle())
            closeNow();
    });
}

void GateConnection::deferCurrentAnswer()
{
    if (!s_forwarding || !s_forwarding->m_proxy)
        return;
    s_forwarding->m_answerPending = true;
    s_forwarding->m_proxy->watchNextAnswer();
}

void GateConnection::onAnswerWritten()
{
    if (!m_answerPending)
        return;
    m_answerPending = false;
    if (m_finishPending) {
        finish();
        return;
    }
    if (m_state != State::Head)
        return;
    if (m_shutdown || m_closeAfterResponse) {
        m_in.clear();
        closeNow();
        return;
    }
    process();
}

void GateConnection::onReadyRead()
{
    const QByteArray data = m_real->readAll();
    if (m_state == State::Closing)
        return;
    if (m_answerPending &&
        m_in.size() + data.size() > m_limits.maxBodyBytes + m_limits.maxHeaderBytes) {
        closeNow(); // more than one whole request queued behind a pending answer
        return;
    }
    if (m_state == State::Draining) {
        m_drainLeft -= data.size();
        if (m_drainLeft <= 0)
            closeNow();
        return;
    }
    m_in += data;
    process();
}

void GateConnection::armRequestTimer()
{
    if (!m_requestTimerArmed) {
        m_requestTimerArmed = true;
        m_timer.start(m_limits.requestTimeoutMs);
    }
}

void GateConnection::process()
{
    QPointer<GateConnection> self(this);
    while (self && !m_answerPending &&
           (m_state == State::Head || m_state == State::Body || m_state == State::Chunked)) {
        if (m_state == State::Head) {
            while (m_in.startsWith("\r\n") || m_in.startsWith('\n'))
                m_in.remove(0, m_in.startsWith('\n') ? 1 : 2);
            if (m_in.isEmpty()) {
                m_requestTimerArmed = false;
                if (m_shutdown || m_closeAfterResponse) {
                    closeNow();
                    return;
                }
                m_timer.start(m_limits.idleTimeoutMs);
                return;
            }
            armRequestTimer();
            if (!processHead())
                return;
        } else if (m_state == State::Body) {
            if (m_in.size() < m_bodyLength)
                return;
            const QByteArray request = m_head.serialize({"expect"}) + m_in.left(m_bodyLength);
            m_in.remove(0, m_bodyLength);
            forward(request);
        } else if (!processChunked()) {
            return;
        }
    }
}

bool GateConnection::processHead()
{
    qsizetype end = m_in.indexOf("\r\n\r\n");
    qsizetype endLength = 4;
    const qsizetype lf = m_in.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        endLength = 2;
    }
    if (end < 0) {
        if (m_in.size() > m_limits.maxHeaderBytes)
            reject(431, u"bad_request"_s, u"the request header section is too large"_s, 0);
        return false;
    }
    if (end + endLength > m_limits.maxHeaderBytes) {
        reject(431, u"bad_request"_s, u"the request header section is too large"_s, 0);
        return false;
    }
    const auto head = RequestHead::parse(QByteArrayView(m_in).first(end));
    m_in.remove(0, end + endLength);
    if (!head) {
        reject(400, u"bad_request"_s, u"malformed HTTP request"_s, 0);
        return false;
    }
    m_head = *head;
    if (m_head.version != "HTTP/1.1" && m_head.version != "HTTP/1.0") {
        reject(505, u"bad_request"_s, u"only HTTP/1.0 and HTTP/1.1 are supported"_s, 0);
        return false;
    }
    if (!isKnownMethod(m_head.method)) {
        reject(405, u"method_not_allowed"_s,
               u"method %1 is not supported"_s.arg(QString::fromLatin1(m_head.method)), 0);
        return false;
    }
    const QByteArray connection = m_head.value("connection").toLower();
    if (connection.contains("close") ||
        (m_head.version == "HTTP/1.0" && !connection.contains("keep-alive")))
        m_closeAfterResponse = true;

    const QList<QByteArray> transfer = m_head.values("transfer-encoding");
    const QList<QByteArray> lengths = m_head.values("content-length");
    if (!transfer.isEmpty()) {
        if (!lengths.isEmpty()) {
            reject(400, u"bad_request"_s,
                   u"a request must not have both Content-Length and Transfer-Encoding"_s, 0);
            return false;
        }
        if (transfer.size() != 1 || transfer.constFirst().toLower() != "chunked") {
            reject(501, u"bad_request"_s, u"only the chunked transfer coding is supported"_s, 0);
            return false;
        }
        m_state = State::Chunked;
        m_chunkState = ChunkState::Size;
        m_body.clear();
        m_trailerBytes = 0;
    } else if (!lengths.isEmpty()) {
        for (const QByteArray &l : lengths) {
            if (!isDigits(l) || l != lengths.constFirst()) {
                reject(400, u"bad_request"_s, u"invalid Content-Length"_s, 0);
                return false;
            }
        }
        m_bodyLength = lengths.constFirst().toLongLong();
        if (m_bodyLength > m_limits.maxBodyBytes) {
            reject(413, u"payload_too_large"_s,
                   u"the request body is larger than %1 bytes"_s.arg(m_limits.maxBodyBytes),
                   m_bodyLength - m_in.size());
            return false;
        }
        m_state = State::Body;
    } else {
        m_bodyLength = 0;
        m_state = State::Body;
    }
    const bool bodyFollows = m_state == State::Chunked || m_bodyLength > m_in.size();
    if (bodyFollows && m_head.value("expect").toLower() == "100-continue")
        m_real->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

bool GateConnection::processChunked()
{
    for (;;) {
        switch (m_chunkState) {
        case ChunkState::Size: {
            const qsizetype nl = m_in.indexOf('\n');
            if (nl < 0) {
                if (m_in.size() > 1024)
                    reject(400, u"bad_request"_s, u"malformed chunked body"_s, 0);
                return false;
            }
            QByteArray line = m_in.left(nl).trimmed();
            m_in.remove(0, nl + 1);
            if (const qsizetype semi = line.indexOf(';'); semi >= 0)
                line.truncate(semi);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || line.trimmed().size() > 15) {
                reject(400, u"bad_request"_s, u"malformed chunk size"_s, 0);
                return false;
            }
            if (m_body.size() + size > m_limits.maxBodyBytes) {
                reject(413, u"payload_too_large"_s,
                       u"the request body is larger than %1 bytes"_s.arg(m_limits.maxBodyBytes),
                       m_limits.drainBytes);
                return false;
            }
            m_chunkLeft = size;
            m_chunkState = size == 0 ? ChunkState::Trailers : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qint64 n = qMin<qint64>(m_chunkLeft, m_in.size());
            m_body += m_in.left(n);
            m_in.remove(0, n);
            m_chunkLeft -= n;
            if (m_chunkLeft > 0)
                return false;
            m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (m_in.startsWith("\r\n")) {
                m_in.remove(0, 2);
            } else if (m_in.startsWith('\n')) {
                m_in.remove(0, 1);
            } else if (m_in.size() < 2) {
                return false;
            } else {
                reject(400, u"bad_request"_s, u"malformed chunked body"_s, 0);
                return false;
            }
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailers: {
            const qsizetype nl = m_in.indexOf('\n');
            if (nl < 0) {
                if (m_in.size() + m_trailerBytes > m_limits.maxHeaderBytes)
                    reject(431, u"bad_request"_s, u"the chunked trailer is too large"_s, 0);
                return false;
            }
            const bool last = m_in.left(nl).trimmed().isEmpty();
            m_trailerBytes += nl + 1;
            m_in.remove(0, nl + 1);
            if (!last)
                break; // trailer fields are dropped
            const QByteArray request =
                m_head.serialize({"expect", "transfer-encoding", "content-length"},
                                 "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n") +
                m_body;
            m_body.clear();
            forward(request);
            return true;
        }
        }
    }
}

void GateConnection::forward(const QByteArray &request)
{
    m_state = State::Head;
    m_timer.stop();
    m_requestTimerArmed = false;
    if (!m_proxy) {
        closeNow();
        return;
    }
    QPointer<GateConnection> self(this);
    s_forwarding = this;
    m_proxy->push(request); // QHttpServer answers now, or later after deferCurrentAnswer()
    s_forwarding = nullptr;
    if (!self || m_answerPending)
        return;
    if (m_shutdown || m_closeAfterResponse) {
        m_in.clear();
        closeNow();
    }
}

void GateConnection::reject(int status, const QString &code, const QString &message, qint64 drain)
{
    qCInfo(lcServer, "%s: refused request (%d %s): %s",
           qPrintable(m_real->peerAddress().toString()), status, qPrintable(code),
           qPrintable(message));
    m_real->write(HttpReply::rawError(status, code, message));
    m_in.clear();
    m_drainLeft = qMin(drain, m_limits.drainBytes);
    if (m_drainLeft > 0) {
        m_state = State::Draining;
        m_timer.start(m_limits.lingerMs);
    } else {
        closeNow();
    }
}

void GateConnection::closeNow()
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    m_timer.start(closeGraceMs);
    m_real->disconnectFromHost();
    if (m_real->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &GateConnection::finish, Qt::QueuedConnection);
}

void GateConnection::finish()
{
    if (m_finished)
        return;
    if (m_answerPending) {
        // QHttpServer still holds this connection's request and socket for the pending answer:
        // keep them alive until it is written (into the void), then go.
        m_finishPending = true;
        m_timer.stop();
        return;
    }
    m_finished = true;
    if (m_proxy)
        m_proxy->markDisconnected();
    m_timer.stop();
    Q_EMIT closed();
    deleteLater();
}

void GateConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
        if (m_in.isEmpty() && !m_requestTimerArmed) {
            closeNow(); // idle keep-alive connection
            return;
        }
        [[fallthrough]];
    case State::Body:
    case State::Chunked:
        reject(408, u"bad_request"_s, u"the request was not received in time"_s, 0);
        return;
    case State::Draining:
        closeNow();
        return;
    case State::Closing:
        m_real->abort();
        finish();
        return;
    }
}

} // namespace smec::server
