// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gatedsocket.h"

#include <cstring>

namespace smec::server {

GatedSocket::GatedSocket(QTcpSocket *real)
    : m_real(real)
{
    setPeerAddress(real->peerAddress());
    setPeerPort(real->peerPort());
    setLocalAddress(real->localAddress());
    setLocalPort(real->localPort());
    QIODevice::open(QIODevice::ReadWrite);
    setSocketState(QAbstractSocket::ConnectedState);
    connect(real, &QIODevice::bytesWritten, this, &QIODevice::bytesWritten);
}

GatedSocket::~GatedSocket()
{
    // Keep QAbstractSocket's destructor from running its own disconnect logic.
    setSocketState(QAbstractSocket::UnconnectedState);
}

void GatedSocket::push(const QByteArray &request)
{
    m_pending += request;
    Q_EMIT readyRead();
}

void GatedSocket::markDisconnected()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    setSocketState(QAbstractSocket::UnconnectedState);
    Q_EMIT readChannelFinished();
    Q_EMIT disconnected();
}

qint64 GatedSocket::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + m_pending.size();
}

qint64 GatedSocket::bytesToWrite() const
{
    return m_real ? m_real->bytesToWrite() : 0;
}

bool GatedSocket::canReadLine() const
{
    return QIODevice::canReadLine() || m_pending.contains('\n');
}

void GatedSocket::disconnectFromHost()
{
    if (m_disconnected)
        return;
    Q_EMIT closeRequested();
}

void GatedSocket::close()
{
    disconnectFromHost();
    QIODevice::close();
}

qint64 GatedSocket::readData(char *data, qint64 maxSize)
{
    if (m_pending.isEmpty())
        return m_disconnected ? -1 : 0;
    const qint64 n = qMin<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(n));
    m_pending.remove(0, n);
    return n;
}

void GatedSocket::watchNextAnswer()
{
    m_watchingAnswer = true;
}

qint64 GatedSocket::writeData(const char *data, qint64 size)
{
    if (m_watchingAnswer) {
        m_watchingAnswer = false;
        QMetaObject::invokeMethod(this, &GatedSocket::answerWritten, Qt::QueuedConnection);
    }
    if (m_disconnected || !m_real || m_real->state() != QAbstractSocket::ConnectedState)
        return -1;
    return m_real->write(data, size);
}

} // namespace smec::server
