// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transport.h"

#include "domain/guithread.h"
#include "protocol/limits.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace smec::sync {

struct NetworkTransport::Private
{
    TransportOptions options;
    QNetworkAccessManager manager;
    QSslConfiguration tls;
};

NetworkTransport::NetworkTransport(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{}

NetworkTransport::~NetworkTransport() = default;

Result<std::unique_ptr<NetworkTransport>> NetworkTransport::create(const TransportOptions &options)
{
    auto d = std::make_unique<Private>();
    d->options = options;
    d->tls = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        QFile file(options.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                u"ca_file"_s,
                QCoreApplication::translate("smec::sync", "Cannot read the trusted CA file %1: %2")
                    .arg(options.caFile, file.errorString()),
                {}};
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty())
            return Error{u"ca_file"_s,
                         QCoreApplication::translate(
                             "smec::sync", "The trusted CA file %1 holds no PEM certificate.")
                             .arg(options.caFile),
                         {}};
        d->tls.addCaCertificates(certificates);
    }
    // Redirects are never followed: the API does not use them, and following one could carry
    // the bearer token to another host.
    d->manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return std::unique_ptr<NetworkTransport>(new NetworkTransport(std::move(d)));
}

std::unique_ptr<Transport> NetworkTransport::clone(const std::atomic_bool *cancel) const
{
    TransportOptions options = d->options;
    options.cancel = cancel;
    auto copy = create(options);
    return copy ? std::move(*copy) : nullptr;
}

HttpResponse NetworkTransport::send(const HttpRequest &request)
{
    domain::GuiThread::expectOff("NetworkTransport::send");
    HttpResponse response;
    const std::atomic_bool *cancel = d->options.cancel;
    if (cancel && cancel->load()) {
        response.error = {u"cancelled"_s,
                          QCoreApplication::translate("smec::sync", "The sync was cancelled."),
                          {}};
        return response;
    }

    QUrl url = d->options.serverUrl;
    url.setPath(url.path(QUrl::FullyDecoded).chopped(url.path().endsWith(u'/') ? 1 : 0) +
                request.path);
    if (!request.query.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(request.query);
        url.setQuery(query);
    }
    QNetworkRequest req(url);
    req.setSslConfiguration(d->tls);
    req.setTransferTimeout(d->options.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!request.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    if (!request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    QNetworkReply *reply = d->manager.sendCustomRequest(req, request.method, request.body);
    response.bytesSent = request.body.size();
    QStringList tlsProblems;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            tlsProblems << e.errorString();
        // Not ignored: the reply fails with SslHandshakeFailedError.
    });
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > protocol::limits::maxResponseBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    bool cancelled = false;
    if (cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (cancel->load() && !cancelled) {
                cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start(50);
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    bool lengthOk = false;
    const qint64 wireLength = reply->rawHeader("Content-Length").toLongLong(&lengthOk);
    response.bytesReceived = lengthOk ? wireLength : response.body.size();
    if (reply->hasRawHeader("Retry-After")) {
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            response.retryAfterSeconds = seconds;
    }
    if (reply->hasRawHeader("X-Changes-Remaining")) {
        bool ok = false;
        const qint64 remaining = reply->rawHeader("X-Changes-Remaining").toLongLong(&ok);
        if (ok && remaining >= 0)
            response.remaining = remaining;
    }
    if (reply->hasRawHeader("X-Changes-Cursor") && reply->hasRawHeader("X-Changes-More")) {
        const QByteArray more = reply->rawHeader("X-Changes-More").trimmed();
        if (more == "true" || more == "false") {
            response.changesCursor =
                QString::fromLatin1(reply->rawHeader("X-Changes-Cursor").trimmed());
            response.changesMore = more == "true" ? 1 : 0;
        }
    }
    const QNetworkReply::NetworkError netError = reply->error();
    const QString errorString = reply->errorString();
    reply->deleteLater();

    if (cancelled) {
        response.status = 0;
        response.error = {u"cancelled"_s,
                          QCoreApplication::translate("smec::sync", "The sync was cancelled."),
                          {}};
    } else if (tooLarge) {
        response.status = 0;
        response.error = {
            u"too_large"_s,
            QCoreApplication::translate("smec::sync",
                                        "The server's answer is larger than the client accepts."),
            {}};
    } else if (!tlsProblems.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        response.status = 0;
        response.error = {u"tls"_s,
                          QCoreApplication::translate(
                              "smec::sync", "The server's certificate could not be verified: %1")
                              .arg(tlsProblems.isEmpty() ? errorString : tlsProblems.join(u"; "_s)),
                          {}};
    } else if (response.status == 0 || (netError != QNetworkReply::NoError &&
                                        response.body.isEmpty() && response.status < 400)) {
        // No status line, or the connection broke during the body of a success.
        response.status = 0;
        const bool timedOut = netError == QNetworkReply::OperationCanceledError ||
                              netError == QNetworkReply::TimeoutError;
        response.error = {timedOut ? u"timeout"_s : u"network"_s,
                          QCoreApplication::translate("smec::sync", "Cannot reach the server: %1")
                              .arg(errorString),
                          {}};
    } else if (netError != QNetworkReply::NoError && response.status < 400) {
        // A success status whose body was cut off (connection dropped mid-response).
        response.status = 0;
        response.error = {
            u"network"_s,
            QCoreApplication::translate("smec::sync", "The connection to the server broke: %1")
                .arg(errorString),
            {}};
    }
    return response;
}

} // namespace smec::sync
