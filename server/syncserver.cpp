// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncserver.h"

#include "apiroutes.h"
#include "httpgate.h"
#include "serverlog.h"
#include "storage.h"

#include <QFile>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

Result<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error{u"tls"_s,
                     u"cannot read certificate %1: %2"_s.arg(certPath, certFile.errorString()),
                     {}};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return Error{u"tls"_s, u"%1 holds no PEM certificate"_s.arg(certPath), {}};
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{
            u"tls"_s, u"cannot read private key %1: %2"_s.arg(keyPath, keyFile.errorString()), {}};
    const QByteArray keyData = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
        if (algorithm == QSsl::Opaque)
            break;
        key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error{
            u"tls"_s, u"%1 holds no unencrypted PEM RSA or EC private key"_s.arg(keyPath), {}};
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

} // namespace

SyncServer::SyncServer(ServeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(&m_purgeTimer, &QTimer::timeout, this, &SyncServer::purge);
}

SyncServer::~SyncServer()
{
    delete m_http; // owns the gate; goes before the routes and storage it calls
}

Result<void> SyncServer::start()
{
    std::optional<QSslConfiguration> tls;
    if (!m_options.insecureHttp) {
        auto config = loadTls(m_options.tlsCert, m_options.tlsKey);
        if (!config)
            return config.error();
        tls = config.value();
    }
    m_storage = Storage::create(m_options.database, u"smec-server"_s);
    if (auto r = m_storage->open(); !r)
        return Error{u"unavailable"_s, r.error().message, {}};
    m_auth = std::make_unique<AuthService>(*m_storage, m_options.auth);
    m_routes = std::make_unique<ApiRoutes>(*m_storage, *m_auth, QStringLiteral(SMEC_VERSION));
    m_http = new QHttpServer;
    m_routes->install(*m_http);
    m_gate = new HttpGate(m_options.limits, tls);
    if (!m_gate->listen(m_options.address, m_options.port)) {
        const QString message = u"cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                                    .arg(m_options.port)
                                    .arg(m_gate->errorString());
        delete m_gate;
        m_gate = nullptr;
        return Error{u"listen"_s, message, {}};
    }
    connect(m_gate, &HttpGate::drained, this, [this] {
        qCInfo(lcServer, "all connections closed; stopping");
        Q_EMIT stopped();
    });
    m_http->bind(m_gate);
    qCInfo(lcServer, "serving %s database %s (server id %s) on %s://%s:%u",
           qPrintable(m_storage->backendName()), qPrintable(m_options.database.redacted()),
           qPrintable(m_storage->serverId()), tls ? "https" : "http",
           qPrintable(m_options.address.toString()), unsigned(port()));
    purge();
    m_purgeTimer.start(6 * 3600 * 1000);
    return {};
}

quint16 SyncServer::port() const
{
    return m_gate ? m_gate->serverPort() : 0;
}

void SyncServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_purgeTimer.stop();
    if (!m_gate) {
        Q_EMIT stopped();
        return;
    }
    qCInfo(lcServer, "stopping: no new connections, finishing %d open ones",
           m_gate->connectionCount());
    QTimer::singleShot(m_options.shutdownGraceMs, this, [this] {
        qCWarning(lcServer, "shutdown grace period over; closing remaining connections");
        Q_EMIT stopped();
    });
    m_gate->shutdown();
}

void SyncServer::purge()
{
    if (auto r = m_storage->purge(QDateTime::currentDateTimeUtc(), m_options.mutationLogDays,
                                  m_options.tombstoneDays);
        !r)
        qCWarning(lcServer, "purge failed: %s", qPrintable(r.error().message));
}

} // namespace smec::server
