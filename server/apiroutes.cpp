// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiroutes.h"

#include "authservice.h"
#include "changefeed.h"
#include "contentcoding.h"
#include "gateconnection.h"
#include "mutationservice.h"
#include "recordhistory.h"
#include "serverlog.h"
#include "storage.h"

#include "domain/referencedata.h"
#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QFutureInterface>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <QUrlQuery>

#include <memory>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

constexpr qsizetype compressThreshold = 1024;

/// A paged endpoint's `limit` parameter: `fallback` when absent, else a positive integer.
Result<int> pageLimit(const QUrlQuery &query, int fallback)
{
    if (!query.hasQueryItem(u"limit"_s))
        return fallback;
    bool ok = false;
    const int limit = query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return Error{u"bad_request"_s, u"limit must be a positive integer"_s, u"limit"_s};
    return limit;
}

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

protocol::UserInfo userInfo(const domain::User &user)
{
    return protocol::UserInfo{user.id, user.username, user.displayName, user.country,
                              domain::roleName(user.role)};
}

// Futures of QHttpServerResponse are made from a QFutureInterface, not a QPromise: QtHttpServer
// 6.4 takes the (move-only) result in its continuation, which resets the future's state, and a
// QPromise destroyed afterwards then runs that continuation a second time and crashes.
using AnswerInterface = QFutureInterface<QHttpServerResponse>;

void deliver(AnswerInterface &answer, QHttpServerResponse &&response)
{
    answer.reportAndMoveResult(std::move(response));
    answer.reportFinished();
}

QFuture<QHttpServerResponse> readyFuture(QHttpServerResponse &&response)
{
    AnswerInterface answer;
    answer.reportStarted();
    QFuture<QHttpServerResponse> future = answer.future();
    deliver(answer, std::move(response));
    return future;
}

} // namespace

ApiRoutes::ApiRoutes(Storage &storage, AuthService &auth, QString version)
    : m_storage(storage)
    , m_auth(auth)
    , m_version(std::move(version))
    , m_feed(std::make_unique<ChangeFeed>(storage))
    , m_mutations(std::make_unique<MutationService>(storage))
    , m_history(std::make_unique<RecordHistory>(storage))
{
    // Argon2id is CPU- and memory-bound (64 MiB each): one check per core at most.
    m_passwordPool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

ApiRoutes::~ApiRoutes()
{
    m_passwordPool.waitForDone();
}

void ApiRoutes::install(QHttpServer &server)
{
    // Added first, so it wins over the catch-all for this path and method.
    server.route(u"/api/v1/session"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return createSession(request); });
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
        {"/api/v1/session", M::Post, nullptr}, // its own route, see install()
        {"/api/v1/session", M::Delete, &ApiRoutes::deleteSession},
        {"/api/v1/reference", M::Get, &ApiRoutes::reference},
        {"/api/v1/changes", M::Get, &ApiRoutes::changes},
        {"/api/v1/mutations", M::Post, &ApiRoutes::mutations},
    };
    // `/api/v1/records/{id}/revisions`: the one route with a parameter in its path.
    static const QLatin1StringView recordsPrefix("/api/v1/records/");
    static const QLatin1StringView revisionsSuffix("/revisions");
    if (path.startsWith(recordsPrefix) && path.endsWith(revisionsSuffix) &&
        path.size() > recordsPrefix.size() + revisionsSuffix.size()) {
        const QString id = path.mid(recordsPrefix.size(),
                                    path.size() - recordsPrefix.size() - revisionsSuffix.size());
        if (method != M::Get)
            return error(request,
                         Error{u"method_not_allowed"_s,
                               u"%1 is not allowed on %2"_s.arg(methodName(method), path),
                               {}},
                         {{"Allow", "GET"}});
        if (auto connected = m_storage.ensureConnected(); !connected)
            return error(request, connected.error());
        return revisions(request, id);
    }
    QByteArrayList allowed;
    for (const Route &route : routes) {
        if (path != QLatin1StringView(route.path))
            continue;
        if (route.method == method && route.handler) {
            if (route.handler != &ApiRoutes::health) {
                if (auto connected = m_storage.ensureConnected(); !connected)
                    return error(request, connected.error());
            }
            return (this->*route.handler)(request);
        }
        if (route.method == method)
            return error(request, Error{u"internal"_s, u"route not installed"_s, {}});
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

ApiRoutes::ReplyTo ApiRoutes::replyTo(const QHttpServerRequest &request)
{
    return ReplyTo{request.method(), request.url().path(),
                   negotiateCoding(request.value("accept-encoding"))};
}

QHttpServerResponse ApiRoutes::json(const QHttpServerRequest &request, int status, QByteArray body,
                                    const Headers &headers) const
{
    return json(replyTo(request), status, std::move(body), headers);
}

QHttpServerResponse ApiRoutes::error(const QHttpServerRequest &request, const Error &e,
                                     const Headers &headers) const
{
    return error(replyTo(request), e, headers);
}

QHttpServerResponse ApiRoutes::json(const ReplyTo &to, int status, QByteArray body,
                                    const Headers &headers) const
{
    QByteArray encoding;
    if (body.size() >= compressThreshold && to.coding != ContentCoding::Identity) {
        QByteArray packed = encodeBody(to.coding, body);
        if (!packed.isEmpty()) {
            body = std::move(packed);
            encoding = codingName(to.coding);
        }
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), std::move(body),
                                 QHttpServerResponse::StatusCode(status));
    Headers all = headers;
    all.emplaceBack(QByteArray("Cache-Control"), QByteArray("no-store"));
    all.emplaceBack(QByteArray("Vary"), QByteArray("Accept-Encoding"));
    if (!encoding.isEmpty())
        all.emplaceBack(QByteArray("Content-Encoding"), encoding);
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

QHttpServerResponse ApiRoutes::error(const ReplyTo &to, const Error &e,
                                     const Headers &headers) const
{
    const int status = statusFor(e.code);
    if (status >= 500)
        qCWarning(lcServer, "%s %s: %s", qPrintable(methodName(to.method)), qPrintable(to.path),
                  qPrintable(e.message));
    // Internal details stay in the log.
    const QString message = status == 500 ? u"internal server error; try again later"_s : e.message;
    Headers all = headers;
    if (status == 503)
        all.emplaceBack(QByteArray("Retry-After"), QByteArray("5"));
    return json(to, status, protocol::encodeApiError(protocol::ApiError{e.code, message, e.path}),
                all);
}

Result<QByteArray> ApiRoutes::jsonBody(const QHttpServerRequest &request) const
{
    const QByteArray type = request.value("content-type").toLower();
    if (!type.startsWith("application/json"))
        return Error{u"unsupported_media_type"_s, u"send the body as application/json"_s, {}};
    if (!request.value("content-encoding").isEmpty())
        return Error{
            u"unsupported_media_type"_s, u"compressed request bodies are not accepted"_s, {}};
    return request.body();
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
    return json(request, 200,
                protocol::encodeHealth(protocol::Health{u"ok"_s, m_storage.serverId(), m_version}));
}

QFuture<QHttpServerResponse> ApiRoutes::createSession(const QHttpServerRequest &request)
{
    const ReplyTo to = replyTo(request);
    auto body = jsonBody(request);
    if (!body)
        return readyFuture(error(to, body.error()));
    auto decoded = protocol::decodeSessionRequest(body.value());
    if (!decoded)
        return readyFuture(error(to, decoded.error()));
    const QString name = decoded->username;
    const QString peer = request.remoteAddress().toString();
    if (auto connected = m_storage.ensureConnected(); !connected)
        return readyFuture(error(to, connected.error()));
    auto attempt = m_auth.beginLogin(name);
    if (!attempt)
        return readyFuture(error(to, attempt.error()));
    if (attempt->throttled)
        return readyFuture(
            sessionAnswer(to, peer, name, m_auth.finishLogin(name, *attempt, false)));

    // The check itself (~50 ms of CPU and 64 MiB by design) runs on the pool; storage access
    // stays on this thread. The gate holds this connection's next request until the answer
    // is written, so keep-alive and pipelined requests keep their order.
    GateConnection::deferCurrentAnswer();
    auto answer = std::make_shared<AnswerInterface>();
    answer->reportStarted();
    QPointer<QObject> mainThread(&m_mainThread);
    m_passwordPool.start([=, this, hash = attempt->passwordHash, password = decoded->password,
                          attempt = attempt.value()] {
        const bool ok = AuthService::verifyPassword(hash, password);
        QMetaObject::invokeMethod(
            mainThread,
            [=, this] {
                deliver(*answer,
                        sessionAnswer(to, peer, name, m_auth.finishLogin(name, attempt, ok)));
            },
            Qt::QueuedConnection);
    });
    return answer->future();
}

QHttpServerResponse ApiRoutes::sessionAnswer(const ReplyTo &to, const QString &peer,
                                             const QString &name,
                                             const Result<AuthService::Login> &login) const
{
    if (!login)
        return error(to, login.error());
    switch (login->status) {
    case AuthService::Login::Status::Throttled:
        qCInfo(lcServer, "sign-in of %s from %s throttled", qPrintable(name), qPrintable(peer));
        return error(to,
                     Error{u"rate_limited"_s,
                           u"too many failed sign-ins for this user; try again in %1 seconds"_s.arg(
                               login->retryAfterSeconds),
                           {}},
                     {{"Retry-After", QByteArray::number(login->retryAfterSeconds)}});
    case AuthService::Login::Status::BadCredentials:
        qCInfo(lcServer, "sign-in of %s from %s refused", qPrintable(name), qPrintable(peer));
        return error(to, Error{u"unauthenticated"_s, u"wrong user name or password"_s, {}});
    case AuthService::Login::Status::Ok:
        break;
    }
    qCInfo(lcServer, "user %s signed in from %s", qPrintable(name), qPrintable(peer));
    return json(to, 200,
                protocol::encodeSessionResponse(protocol::SessionResponse{
                    login->token, login->expiresAt, userInfo(login->user)}));
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
    protocol::Reference answer{
        embedded.value("countries"_L1).toArray(), embedded.value("pillars"_L1).toArray(), {}};
    answer.users.reserve(users->size());
    for (const domain::User &u : std::as_const(users.value())) {
        protocol::UserInfo info = userInfo(u);
        info.username.clear(); // the directory does not give sign-in names away
        answer.users.append(info);
    }
    return json(request, 200, protocol::encodeReference(answer));
}

QHttpServerResponse ApiRoutes::changes(const QHttpServerRequest &request)
{
    auto user = requireUser(request);
    if (!user)
        return error(request, user.error());
    const QUrlQuery query = request.query();
    const Result<int> limit = pageLimit(query, ChangeFeed::defaultLimit);
    if (!limit)
        return error(request, limit.error());
    ChangeFeed::PageInfo info;
    auto page = m_feed->page(user.value(), query.queryItemValue(u"since"_s, QUrl::FullyDecoded),
                             *limit, &info);
    if (!page)
        return error(request, page.error());
    // The body's cursor and `more` again, so a client can ask for the next page while it parses
    // this one, and an estimate of what is left for its progress bar.
    const Headers headers{{QByteArray("X-Changes-Cursor"), info.cursor.toLatin1()},
                          {QByteArray("X-Changes-More"), info.more ? "true" : "false"},
                          {QByteArray("X-Changes-Remaining"), QByteArray::number(info.remaining)}};
    return json(request, 200, std::move(page.value()), headers);
}

QHttpServerResponse ApiRoutes::revisions(const QHttpServerRequest &request, const QString &id)
{
    auto user = requireUser(request);
    if (!user)
        return error(request, user.error());
    const QUrlQuery query = request.query();
    const Result<int> limit = pageLimit(query, RecordHistory::defaultLimit);
    if (!limit)
        return error(request, limit.error());
    qint64 before = 0;
    if (query.hasQueryItem(u"before"_s)) {
        bool ok = false;
        before = query.queryItemValue(u"before"_s).toLongLong(&ok);
        if (!ok || before <= 0)
            return error(request,
                         Error{u"bad_request"_s, u"before must be a positive revision number"_s,
                               u"before"_s});
    }
    auto page = m_history->page(user.value(), id, before, *limit);
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
    return json(request, 200, std::move(results.value()));
}

} // namespace smec::server
