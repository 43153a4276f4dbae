// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "authservice.h"
#include "contentcoding.h"

#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QFuture>
#include <QHttpServerRequest>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerResponse;

namespace smec::server {

class ChangeFeed;
class MutationService;
class RecordHistory;
class Storage;

/// The `/api/v1` endpoints of DESIGN.md section 4. One catch-all QHttpServer route hands every
/// request to handle(), which dispatches on path and method itself: that keeps 404 and 405 as
/// JSON errors and uses only the part of the QHttpServer API common to Qt 6.4 and 6.8. The one
/// exception is `POST /api/v1/session`: its own route returns a QFuture (supported by both), so
/// the deliberately slow Argon2id check runs on a worker thread, never on the event loop.
class ApiRoutes final
{
public:
    ApiRoutes(Storage &storage, AuthService &auth, QString version);
    ~ApiRoutes();
    Q_DISABLE_COPY_MOVE(ApiRoutes)

    void install(QHttpServer &server);
    QHttpServerResponse handle(const QHttpServerRequest &request);

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// What an answer needs from its request, kept apart so that an answer computed after the
    /// route returned (a sign-in) does not touch the request again.
    struct ReplyTo
    {
        QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
        QString path;
        ContentCoding coding = ContentCoding::Identity;
    };
    static ReplyTo replyTo(const QHttpServerRequest &request);

    QHttpServerResponse health(const QHttpServerRequest &request);
    QFuture<QHttpServerResponse> createSession(const QHttpServerRequest &request);
    QHttpServerResponse sessionAnswer(const ReplyTo &to, const QString &peer,
                                      const QString &username,
                                      const Result<AuthService::Login> &login) const;
    QHttpServerResponse deleteSession(const QHttpServerRequest &request);
    QHttpServerResponse reference(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);
    QHttpServerResponse mutations(const QHttpServerRequest &request);
    QHttpServerResponse revisions(const QHttpServerRequest &request, const QString &id);

    /// The body of a JSON request (content type and encoding checked), to hand to a decoder.
    Result<QByteArray> jsonBody(const QHttpServerRequest &request) const;
    /// The signed-in user, or an error response (401, or 500 when storage fails).
    Result<domain::User> requireUser(const QHttpServerRequest &request);

    QHttpServerResponse json(const ReplyTo &to, int status, QByteArray body,
                             const Headers &headers = {}) const;
    QHttpServerResponse error(const ReplyTo &to, const Error &error,
                              const Headers &headers = {}) const;
    QHttpServerResponse json(const QHttpServerRequest &request, int status, QByteArray body,
                             const Headers &headers = {}) const;
    QHttpServerResponse error(const QHttpServerRequest &request, const Error &error,
                              const Headers &headers = {}) const;
    static int statusFor(const QString &code);

    Storage &m_storage;
    AuthService &m_auth;
    QString m_version;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<MutationService> m_mutations;
    std::unique_ptr<RecordHistory> m_history;
    QThreadPool m_passwordPool; ///< Argon2id checks, off the event loop
    QObject m_mainThread;       ///< context for continuations back on the event loop
};

} // namespace smec::server
