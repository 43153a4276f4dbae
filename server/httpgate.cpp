// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpgate.h"

#include "gatedsocket.h"
#include "serverlog.h"

#include <QSslSocket>

namespace smec::server {

HttpGate::HttpGate(const GateLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tls(std::move(tls))
{}

void HttpGate::incomingConnection(qintptr handle)
{
    QTcpSocket *real = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(handle)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
        real = ssl;
    } else {
        real = new QTcpSocket;
        if (!real->setSocketDescriptor(handle)) {
            delete real;
            return;
        }
    }
    auto *connection = new GateConnection(real, m_limits, this);
    ++m_connections;
    connect(connection, &GateConnection::closed, this, &HttpGate::connectionClosed);
    // Qt 6.8 takes it on pendingConnectionAvailable (emitted here); Qt 6.4 on the newConnection
    // signal QTcpServer emits right after incomingConnection() returns.
    addPendingConnection(connection->proxy());
}

void HttpGate::shutdown()
{
    m_shuttingDown = true;
    close();
    const auto connections = findChildren<GateConnection *>(Qt::FindDirectChildrenOnly);
    for (GateConnection *c : connections)
        c->shutdown();
    if (m_connections == 0)
        Q_EMIT drained();
}

void HttpGate::connectionClosed()
{
    --m_connections;
    if (m_shuttingDown && m_connections == 0)
        Q_EMIT drained();
}

} // namespace smec::server
