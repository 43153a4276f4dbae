// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "authservice.h"
#include "databaseurl.h"
#include "gateconnection.h"

#include "domain/result.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QHttpServer;

namespace smec::server {

class ApiRoutes;
class HttpGate;
class Storage;

/// What `smecommunity-server serve` runs with.
struct ServeOptions
{
    DatabaseUrl database;
    QHostAddress address;
    quint16 port = 0;
    QString tlsCert;
    QString tlsKey;
    bool insecureHttp = false;
    GateLimits limits;
    AuthService::Options auth;
    int mutationLogDays = 35; ///< replay window (at least the 30 days of DESIGN.md)
    int tombstoneDays = 365;  ///< cursors older than the purged tombstones get 410
    int shutdownGraceMs = 15000;
};

/// The running server: storage, auth, routes, QHttpServer and the HttpGate it is bound to.
class SyncServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    explicit SyncServer(ServeOptions options, QObject *parent = nullptr);
    ~SyncServer() override;

    /// Opens the database, loads TLS material and starts listening. Error codes:
    /// `unavailable` (database), `tls` (certificate or key), `listen` (address).
    Result<void> start();
    quint16 port() const;
    /// Graceful stop: no new connections, in-flight requests finish; emits stopped().
    void stop();

Q_SIGNALS:
    void stopped();

private:
    void purge();

    ServeOptions m_options;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ApiRoutes> m_routes;
    QHttpServer *m_http = nullptr;
    HttpGate *m_gate = nullptr;
    QTimer m_purgeTimer;
    bool m_stopping = false;
};

} // namespace smec::server
