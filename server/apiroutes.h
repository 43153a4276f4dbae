#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace smec::server {

class AuthService;
class ChangeFeed;
class MutationService;
class Storage;

/// The `/api/v1` endpoints of DESIGN.md section 4. One catch-all QHttpServer route hands every
/// request to handle(), which dispatches on path and method itself: that keeps 404 and 405 as
/// JSON errors and uses only the part of the QHttpServer API common to Qt 6.4 and 6.8.
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

    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse createSession(const QHttpServerRequest &request);
    QHttpServerResponse deleteSession(const QHttpServerRequest &request);
    QHttpServerResponse reference(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);
    QHttpServerResponse mutations(const QHttpServerRequest &request);

    Result<QJsonObject> jsonBody(const QHttpServerRequest &request) const;
    /// The signed-in user, or an error response (401, or 500 when storage fails).
    Result<domain::User> requireUser(const QHttpServerRequest &request);

    QHttpServerResponse json(const QHttpServerRequest &request, int status, QByteArray body,
                             const Headers &headers = {}) const;
    QHttpServerResponse json(const QHttpServerRequest &request, const QJsonObject &body,
                             int status = 200) const;
    QHttpServerResponse error(const QHttpServerRequest &request, const Error &error,
                              const Headers &headers = {}) const;
    static int statusFor(const QString &code);

    Storage &m_storage;
    AuthService &m_auth;
    QString m_version;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<MutationService> m_mutations;
};

} // namespace smec::server
