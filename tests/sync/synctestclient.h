// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "replica/replica.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"
#include "sync/transport.h"

#include <QDir>
#include <QUuid>

#include <memory>

namespace smec::sync::test {

/// One client profile for the tests: its own replica file and connection, a real
/// NetworkTransport to `http://127.0.0.1:PORT`, the ApiClient and the SyncEngine.
class SyncTestClient
{
public:
    SyncTestClient(const QString &dir, const QString &name)
        : m_path(QDir(dir).filePath(name + QStringLiteral(".sqlite")))
        , m_connection(QStringLiteral("sync-test-") + name + u'-' +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    bool open() { return m_replica.open(m_path, m_connection).ok(); }

    /// Points the client at a server (again, e.g. after a restart on another port).
    bool connectTo(quint16 port, RetryPolicy retry = fastRetry(), SyncOptions syncOptions = {})
    {
        TransportOptions options;
        options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        options.timeoutMs = 20000;
        auto transport = NetworkTransport::create(options);
        if (!transport)
            return false;
        const QByteArray token = m_api ? m_api->token() : QByteArray();
        m_engine.reset();
        m_api.reset();
        m_transport = std::move(*transport);
        m_api = std::make_unique<ApiClient>(*m_transport, retry);
        m_api->setToken(token);
        m_engine = std::make_unique<SyncEngine>(m_replica, *m_api, syncOptions);
        return true;
    }

    bool login(const QString &user, const QString &password)
    {
        return m_api->login(user, password).ok();
    }

    Result<SyncReport> sync() { return m_engine->sync(); }

    replica::Replica &replica() { return m_replica; }
    ApiClient &api() { return *m_api; }
    SyncEngine &engine() { return *m_engine; }

    static RetryPolicy fastRetry()
    {
        RetryPolicy retry;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 500;
        retry.maxAttempts = 8;
        return retry;
    }

private:
    QString m_path;
    QString m_connection;
    replica::Replica m_replica;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace smec::sync::test
