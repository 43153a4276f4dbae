#include "apiroutes.h"

#include "authservice.h"
#include "changefeed.h"
#include "gzip.h"
#include "httpreply.h"
#include "mutationservice.h"
#include "serverlog.h"
#include "storage.h"

#include "domain/referencedata.h"
#include "protocol/limits.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

constexpr qsizetype gzipThreshold = 1024;

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

ApiRoutes::ApiRoutes(Storage &storage, AuthService &auth, QString version)
    : m_storage(storage)
    , m_auth(auth)
    , m_version(std::move(version))
    , m_feed(std::make_unique<ChangeFeed>(storage))
    , m_mutations(std::make_unique<MutationService>(storage))
{}

ApiRoutes::~ApiRoutes() = default;

void ApiRoutes::install(QHttpServer &server)
{
    // `<arg>` of type QUrl matches the rest of the path, slashes included (".*").
    server.route(u"/<arg>"_s, [this](const QUrl &, const QHttpServerRequest &request) {
        return handle(request);
    });
}

QHttpServerResponse ApiRoutes::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    struct Route
    {
        const char *path;
        M method;
        QHttpServerResponse (ApiRoutes::*handler)(const QHttpServerRequest &);
    };
    static const Route routes[] = {
        {"/api/v1/health", M::Get, &ApiRoutes::health},
        {"/api/v1/session", M::Post, &ApiRoutes::createSession},
        {"/api/v1/session", M::Delete, &ApiRoutes::deleteSession},
        {"/api/v1/reference", M::Get, &ApiRoutes::reference},
        {"/api/v1/changes", M::Get, &ApiRoutes::changes},
        {"/api/v1/mutations", M::Post, &ApiRoutes::mutations},
    };
    QByteArrayList allowed;
    for (const Route &route : routes) {
        if (path != QLatin1StringView(route.path))
            continue;
        if (route.method == method)
            return (this->*route.handler)(request);
        allowed << methodName(route.method).toLatin1();
    }
    if (!allowed.isEmpty())
        return error(request,
                     Error{u"method_not_allowed"_s,
                           u"%1 is not allowed on %2"_s.arg(methodName(method), path),
                           {}},
                     {{"Allow", allowed.join(", ")}});
    return error(request, Error{u"not_found"_s, u"no such endpoint: %1"_s.arg(path), {}});
}

int ApiRoutes::statusFor(const QString &code)
{
    static const QHash<QString, int> statuses{
        {u"unauthenticated"_s, 401},   {u"forbidden"_s, 403},
        {u"not_found"_s, 404},         {u"method_not_allowed"_s, 405},
        {u"conflict"_s, 409},          {u"resync_required"_s, 410},
        {u"payload_too_large"_s, 413}, {u"unsupported_media_type"_s, 415},
        {u"rate_limited"_s, 429},      {u"internal"_s, 500},
        {u"unavailable"_s, 503},
    };
    return statuses.value(code, 400);
}

QHttpServerResponse ApiRoutes::json(const QHttpServerRequest &request, int status, QByteArray body,
                                    const Headers &headers) const
{
    bool gzipped = false;
    if (body.size() >= gzipThreshold && Gzip::accepted(request.value("accept-encoding"))) {
        QByteArray packed = Gzip::compress(body, 1);
        if (!packed.isEmpty()) {
            body = std::move(packed);
            gzipped = true;
        }
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), std::move(body),
                                 QHttpServerResponse::StatusCode(status));
    Headers all = headers;
    all.emplaceBack(QByteArray("Cache-Control"), QByteArray("no-store"));
    all.emplaceBack(QByteArray("Vary"), QByteArray("Accept-Encoding"));
    if (gzipped)
        all.emplaceBack(QByteArray("Content-Encoding"), QByteArray("gzip"));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders h = response.headers();
    for (const auto &[name, value] : std::as_const(all))
        h.append(name, value);
    response.setHeaders(std::move(h));
#else
    for (const auto &[name, value] : std::as_const(all))
        response.addHeader(name, value);
#endif
    return response;
}

QHttpServerResponse ApiRoutes::json(const QHttpServerRequest &request, const QJsonObject &body,
                                    int status) const
{
    return json(request, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse ApiRoutes::error(const QHttpServerRequest &request, const Error &e,
                                     const Headers &headers) const
{
    const int status = statusFor(e.code);
    if (status >= 500)
        qCWarning(lcServer, "%s %s: %s", qPrintable(methodName(request.method())),
                  qPrintable(request.url().path()), qPrintable(e.message));
    // Internal details stay in the log.
    const QString message = status == 500 ? u"internal server error; try again later"_s : e.message;
    Headers all = headers;
    if (status == 503)
        all.emplaceBack(QByteArray("Retry-After"), QByteArray("5"));
    return json(request, status, HttpReply::errorJson(e.code, message, e.path), all);
}

Result<QJsonObject> ApiRoutes::jsonBody(const QHttpServerRequest &request) const
{
    const QByteArray type = request.value("content-type").toLower();
    if (!type.startsWith("application/json"))
        return Error{u"unsupported_media_type"_s, u"send the body as application/json"_s, {}};
    if (!request.value("content-encoding").isEmpty())
        return Error{
            u"unsupported_media_type"_s, u"compressed request bodies are not accepted"_s, {}};
    const QByteArray body = request.body();
    if (body.size() > protocol::limits::maxRequestBytes)
        return Error{u"payload_too_large"_s, u"the request body is larger than 4 MiB"_s, {}};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"invalid_json"_s,
                     u"the body is not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    if (!doc.isObject())
        return Error{u"invalid_json"_s, u"the body must be a JSON object"_s, {}};
    return doc.object();
}

Result<domain::User> ApiRoutes::requireUser(const QHttpServerRequest &request)
{
    auto user = m_auth.authenticate(request.value("authorization"));
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error{
            u"unauthenticated"_s, u"sign in first: this call needs a valid bearer token"_s, {}};
    return user->value();
}

QHttpServerResponse ApiRoutes::health(const QHttpServerRequest &request)
{
    return json(request, QJsonObject{{u"status"_s, u"ok"_s},
                                     {u"server_id"_s, m_storage.serverId()},
                                     {u"version"_s, m_version}});
}

QHttpServerResponse ApiRoutes::createSession(const QHttpServerRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return error(request, body.error());
    const QJsonValue username = body->value("username"_L1);
    const QJsonValue password = body->value("password"_L1);
    if (!username.isString() || username.toString().isEmpty() ||
        username.toString().size() > protocol::limits::maxUsernameChars)
        return error(request, Error{u"bad_request"_s, u"username must be a non-empty string"_s,
                                    u"username"_s});
    if (!password.isString() || password.toString().isEmpty() ||
        password.toString().toUtf8().size() > protocol::limits::maxPasswordBytes)
        return error(request, Error{u"bad_request"_s,
                                    u"password must be a non-empty string of at most 1024 bytes"_s,
                                    u"password"_s});
    const QString name = username.toString();
    auto login = m_auth.login(name, password.toString());
    if (!login)
        return error(request, login.error());
    const QString peer = request.remoteAddress().toString();
    switch (login->status) {
    case AuthService::Login::Status::Throttled:
        qCInfo(lcServer, "sign-in of %s from %s throttled", qPrintable(name), qPrintable(peer));
        return error(request,
                     Error{u"rate_limited"_s,
                           u"too many failed sign-ins for this user; try again in %1 seconds"_s.arg(
                               login->retryAfterSeconds),
                           {}},
                     {{"Retry-After", QByteArray::number(login->retryAfterSeconds)}});
    case AuthService::Login::Status::BadCredentials:
        qCInfo(lcServer, "sign-in of %s from %s refused", qPrintable(name), qPrintable(peer));
        return error(request, Error{u"unauthenticated"_s, u"wrong user name or password"_s, {}});
    case AuthService::Login::Status::Ok:
        break;
    }
    qCInfo(lcServer, "user %s signed in from %s", qPrintable(name), qPrintable(peer));
    const domain::User &u = login->user;
    return json(request,
                QJsonObject{{u"token"_s, login->token},
                            {u"expires_at"_s, login->expiresAt.toString(Qt::ISODateWithMs)},
                            {u"user"_s, QJsonObject{{u"id"_s, u.id},
                                                    {u"username"_s, u.username},
                                                    {u"display_name"_s, u.displayName},
                                                    {u"country"_s, nullIfEmpty(u.country)},
                                                    {u"role"_s, domain::roleName(u.role)}}}});
}

QHttpServerResponse ApiRoutes::deleteSession(const QHttpServerRequest &request)
{
    auto user = requireUser(request);
    if (!user)
        return error(request, user.error());
    if (auto r = m_auth.logout(request.value("authorization")); !r)
        return error(request, r.error());
    qCInfo(lcServer, "user %s signed out", qPrintable(user->username));
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

QHttpServerResponse ApiRoutes::reference(const QHttpServerRequest &request)
{
    auto user = requireUser(request);
    if (!user)
        return error(request, user.error());
    auto users = m_storage.users();
    if (!users)
        return error(request, users.error());
    const QJsonObject embedded = domain::ReferenceData::embedded().toJson();
    QJsonArray directory;
    for (const domain::User &u : std::as_const(users.value()))
        directory.append(QJsonObject{{u"id"_s, u.id},
                                     {u"display_name"_s, u.displayName},
                                     {u"country"_s, nullIfEmpty(u.country)},
                                     {u"role"_s, domain::roleName(u.role)}});
    return json(request, QJsonObject{{u"countries"_s, embedded.value("countries"_L1)},
                                     {u"pillars"_s, embedded.value("pillars"_L1)},
                                     {u"users"_s, directory}});
}

QHttpServerResponse ApiRoutes::changes(const QHttpServerRequest &request)
{
    auto user = requireUser(request);
    if (!user)
        return error(request, user.error());
    const QUrlQuery query = request.query();
    int limit = ChangeFeed::defaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return error(request, Error{u"bad_request"_s, u"limit must be a positive integer"_s,
                                        u"limit"_s});
    }
    auto page =
        m_feed->page(user.value(), query.queryItemValue(u"since"_s, QUrl::FullyDecoded), limit);
    if (!page)
        return error(request, page.error());
    return json(request, 200, std::move(page.value()));
}

QHttpServerResponse ApiRoutes::mutations(const QHttpServerRequest &request)
{
    auto user = requireUser(request);
    if (!user)
        return error(request, user.error());
    auto body = jsonBody(request);
    if (!body)
        return error(request, body.error());
    auto results = m_mutations->apply(user.value(), body.value());
    if (!results)
        return error(request, results.error());
    return json(request, results.value());
}

} // namespace smec::server
