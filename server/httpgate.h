// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gateconnection.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace smec::server {

/// The listening socket handed to QHttpServer::bind(). QtHttpServer (6.4 and 6.8) reads whole
/// request bodies into memory with no size cap and no timeout, so every accepted connection is
/// wrapped in a GateConnection that frames requests itself and gives QHttpServer a GatedSocket
/// carrying only admitted requests. TLS is done here too (QSslSocket per connection), so the
/// same code path serves plain HTTP and HTTPS on every Qt version.
class HttpGate final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGate)

public:
    explicit HttpGate(const GateLimits &limits, std::optional<QSslConfiguration> tls = std::nullopt,
                      QObject *parent = nullptr);

    /// Stops accepting, closes idle connections and lets busy ones finish their request.
    /// Emits drained() once no connection is left.
    void shutdown();
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void drained();

protected:
    void incomingConnection(qintptr handle) override;

private:
    void connectionClosed();

    GateLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    int m_connections = 0;
    bool m_shuttingDown = false;
};

} // namespace smec::server
