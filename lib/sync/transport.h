// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace smec::sync {

/// One HTTP exchange as the sync engine sees it: no Qt Network types, so the engine can be
/// driven by a fake transport in unit tests and by NetworkTransport everywhere else.
struct HttpRequest
{
    QByteArray method = "GET";
    QString path; ///< `/api/v1/changes`, relative to the server URL
    QList<QPair<QString, QString>> query;
    QByteArray body; ///< JSON; sent with `Content-Type: application/json` when not empty
    QByteArray bearerToken;
};

struct HttpResponse
{
    /// HTTP status, or 0 when no complete response arrived; then `error` says why
    /// (`network`, `timeout`, `tls`, `cancelled`, `too_large`).
    int status = 0;
    QByteArray body;
    int retryAfterSeconds = -1; ///< `Retry-After` in seconds, -1 when absent
    qint64 bytesReceived = 0;   ///< body bytes as they came over the wire (compressed or not)
    qint64 bytesSent = 0;
    /// The server's estimate of change-feed records after this page (`X-Changes-Remaining`),
    /// -1 when it sent none; only for progress bars.
    qint64 remaining = -1;
    Error error;
    /// The change feed's next cursor and `more` as headers (`X-Changes-Cursor`,
    /// `X-Changes-More`), so the next page can be asked for before this one is parsed; empty
    /// and -1 when the server sent none (the body alone counts then).
    QString changesCursor;
    int changesMore = -1;
};

/// Sends one request and waits for its whole response. Implementations block the calling thread
/// (the sync engine runs on a worker thread or in the CLI) and must return promptly once the
/// cancel flag given to them is set.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
    /// A second transport to the same server with the same settings, for another thread (call
    /// it on that thread); its requests end promptly once `cancel` is set. nullptr when this
    /// transport cannot be duplicated: the engine then fetches every page on its own thread.
    virtual std::unique_ptr<Transport> clone(const std::atomic_bool *cancel) const
    {
        Q_UNUSED(cancel);
        return nullptr;
    }
};

/// How a NetworkTransport reaches its server.
struct TransportOptions
{
    QUrl serverUrl;        ///< already checked by ServerUrlPolicy
    QString caFile;        ///< extra trusted CA certificates (PEM), on top of the system's
    int timeoutMs = 60000; ///< no byte for this long ends the request with `timeout`
    const std::atomic_bool *cancel = nullptr;
};

/// The real transport: QNetworkAccessManager on the calling thread, a local event loop per
/// request, HTTP keep-alive across requests, gzip accepted. TLS uses the system CAs plus the
/// profile's CA file; a certificate problem fails the request with code `tls` and the reasons,
/// it is never ignored.
class NetworkTransport final : public Transport
{
public:
    /// Fails when the CA file cannot be read or holds no certificate.
    static Result<std::unique_ptr<NetworkTransport>> create(const TransportOptions &options);
    ~NetworkTransport() override;

    HttpResponse send(const HttpRequest &request) override;
    std::unique_ptr<Transport> clone(const std::atomic_bool *cancel) const override;

private:
    struct Private;
    explicit NetworkTransport(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace smec::sync
