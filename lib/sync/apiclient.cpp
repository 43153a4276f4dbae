// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiclient.h"

#include "protocol/codec.h"
#include "protocol/errorcodes.h"
#include "synclog.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {
bool isCancelled(const std::atomic_bool *flag)
{
    return flag && flag->load();
}
/// A body decoder for ApiClient::call that keeps the decoded value in `out`.
template<typename T, typename Decode>
ApiClient::BodyDecoder decodeInto(std::optional<T> &out, Decode decode)
{
    return [&out, decode](const QByteArray &body) -> std::optional<QString> {
        auto decoded = decode(body);
        if (!decoded) {
            const Error &e = decoded.error();
            return e.path.isEmpty() ? e.message : e.message + u" at "_s + e.path;
        }
        out = std::move(*decoded);
        return std::nullopt;
    };
}

} // namespace

ApiClient::ApiClient(Transport &transport, RetryPolicy retry)
    : m_transport(transport)
    , m_retry(retry)
    , m_rng(std::random_device{}())
{
    m_sleep = [this](int ms) {
        // Sleep in slices so a cancelled sync stops within a few tens of milliseconds.
        for (int waited = 0; waited < ms && !isCancelled(m_cancel); waited += 20)
            QThread::msleep(ulong(std::min(20, ms - waited)));
    };
}

void ApiClient::addStats(const TrafficStats &other)
{
    m_stats += other;
}

Error ApiClient::errorFrom(const HttpResponse &response)
{
    if (response.status == 0)
        return response.error;
    if (auto api = protocol::decodeApiError(response.body))
        return api->toError();
    return {response.status >= 500 ? QString(protocol::codes::internal) : u"invalid_response"_s,
            QCoreApplication::translate(
                "smec::sync", "The server answered %1 with a body that is not an API error.")
                .arg(response.status),
            {}};
}

Result<HttpResponse> ApiClient::call(const HttpRequest &request, Retry retry,
                                     const BodyDecoder &decode, const QString &what)
{
    for (int attempt = 1;; ++attempt) {
        if (isCancelled(m_cancel))
            return Error{u"cancelled"_s,
                         QCoreApplication::translate("smec::sync", "The sync was cancelled."),
                         {}};
        HttpResponse response = m_transport.send(request);
        if (response.status == 0) {
            qCDebug(lcSync, "%s %s: no answer (%s)", request.method.constData(),
                    qUtf8Printable(request.path), qUtf8Printable(response.error.code));
        } else {
            qCDebug(lcSync, "%s %s: %d, %lld bytes", request.method.constData(),
                    qUtf8Printable(request.path), response.status, response.bytesReceived);
        }
        ++m_stats.requests;
        m_stats.bytesReceived += response.bytesReceived;
        m_stats.bytesSent += response.bytesSent;
        std::optional<Error> failure;
        bool transient = false;
        if (response.status >= 200 && response.status < 300) {
            const std::optional<QString> problem = decode ? decode(response.body) : std::nullopt;
            if (!problem)
                return response;
            failure = Error{u"invalid_response"_s, what.arg(*problem), {}};
            transient = true;
        } else {
            transient = response.status == 0 ? (response.error.code == u"network"_s ||
                                                response.error.code == u"timeout"_s)
                                             : RetryPolicy::isRetryable(response.status);
            if (response.status == 429 && retry == Retry::TransientNotThrottled)
                transient = false;
        }
        if (!transient || attempt >= m_retry.maxAttempts)
            return failure ? *failure : errorFrom(response);
        ++m_stats.retries;
        const int delay = m_retry.delayMs(attempt, response.retryAfterSeconds, m_rng);
        qCInfo(lcSync, "%s %s: attempt %d of %d failed, retrying in %d ms",
               request.method.constData(), qUtf8Printable(request.path), attempt,
               m_retry.maxAttempts, delay);
        m_sleep(delay);
    }
}

Result<protocol::Health> ApiClient::health()
{
    std::optional<protocol::Health> health;
    auto response = call(
        {"GET", u"/api/v1/health"_s, {}, {}, {}}, Retry::Transient,
        decodeInto(health, &protocol::decodeHealth),
        QCoreApplication::translate("smec::sync", "The server's health answer is not valid: %1"));
    if (!response)
        return response.error();
    return *health;
}

Result<protocol::SessionResponse> ApiClient::login(const QString &username, const QString &password)
{
    HttpRequest request{
        "POST", u"/api/v1/session"_s, {}, protocol::encodeSessionRequest({username, password}), {}};
    // Network failures and server errors are retried; a refusal (401) or throttling (429) goes
    // straight back to the user.
    std::optional<protocol::SessionResponse> session;
    auto response = call(
        request, Retry::TransientNotThrottled,
        decodeInto(session, &protocol::decodeSessionResponse),
        QCoreApplication::translate("smec::sync", "The server's sign-in answer is not valid: %1"));
    if (!response)
        return response.error();
    m_token = session->token.toUtf8();
    return *session;
}

Result<void> ApiClient::logout()
{
    auto response = call({"DELETE", u"/api/v1/session"_s, {}, {}, m_token});
    if (!response)
        return response.error();
    m_token.clear();
    return {};
}

Result<protocol::Reference> ApiClient::reference()
{
    std::optional<protocol::Reference> reference;
    auto response = call(
        {"GET", u"/api/v1/reference"_s, {}, {}, m_token}, Retry::Transient,
        decodeInto(reference, &protocol::decodeReference),
        QCoreApplication::translate("smec::sync", "The server's reference data is not valid: %1"));
    if (!response)
        return response.error();
    return *reference;
}

Result<protocol::RevisionPage> ApiClient::revisions(const QString &recordId, qint64 before,
                                                    int limit)
{
    HttpRequest request{"GET", u"/api/v1/records/%1/revisions"_s.arg(recordId), {}, {}, m_token};
    if (before > 0)
        request.query.append({u"before"_s, QString::number(before)});
    request.query.append({u"limit"_s, QString::number(limit)});
    std::optional<protocol::RevisionPage> page;
    auto response = call(request, Retry::Transient, decodeInto(page, &protocol::decodeRevisionPage),
                         QCoreApplication::translate(
                             "smec::sync", "The server's list of revisions is not valid: %1"));
    if (!response)
        return response.error();
    return *page;
}

Result<QList<protocol::Revision>> ApiClient::allRevisions(const QString &recordId)
{
    QList<protocol::Revision> all;
    qint64 before = 0;
    for (;;) {
        auto page = revisions(recordId, before, 200);
        if (!page)
            return page.error();
        all += page->revisions;
        if (!page->more)
            return all;
        if (page->revisions.isEmpty())
            return Error{u"invalid_response"_s,
                         QCoreApplication::translate(
                             "smec::sync", "The server said more revisions follow but sent none."),
                         {}};
        before = page->revisions.constLast().rev;
    }
}

HttpRequest ApiClient::changesRequest(const QString &since, int limit) const
{
    HttpRequest request{"GET", u"/api/v1/changes"_s, {}, {}, m_token};
    if (!since.isEmpty())
        request.query.append({u"since"_s, since});
    request.query.append({u"limit"_s, QString::number(limit)});
    return request;
}

Result<protocol::ChangePage> ApiClient::changes(const QString &since, int limit, qint64 *remaining,
                                                QList<QByteArray> *fieldsText)
{
    const HttpRequest request = changesRequest(since, limit);
    std::optional<protocol::ChangePage> page;
    const auto decode = [fieldsText](const QByteArray &body) {
        return protocol::decodeChangePageKeepingFields(body, fieldsText);
    };
    auto response = call(request, Retry::Transient, decodeInto(page, decode),
                         QCoreApplication::translate(
                             "smec::sync", "A change page from the server is not valid (%1)."));
    if (!response)
        return response.error();
    if (remaining)
        *remaining = response->remaining;
    return *page;
}

Result<HttpResponse> ApiClient::changesUndecoded(const QString &since, int limit)
{
    const HttpRequest request = changesRequest(since, limit);
    return call(request, Retry::Transient);
}

Result<protocol::MutationResults> ApiClient::mutate(const protocol::MutationBatch &batch)
{
    // Replaying the batch after a lost answer is safe: the server answers a known mutation_id
    // with its first result and does not write again.
    std::optional<protocol::MutationResults> results;
    auto response =
        call({"POST", u"/api/v1/mutations"_s, {}, protocol::encodeMutationBatch(batch), m_token},
             Retry::Transient, decodeInto(results, &protocol::decodeMutationResults),
             QCoreApplication::translate("smec::sync",
                                         "The server's mutation results are not valid: %1"));
    if (!response)
        return response.error();
    if (results->results.size() != batch.mutations.size())
        return Error{u"invalid_response"_s,
                     QCoreApplication::translate("smec::sync",
                                                 "The server answered %1 results for %2 mutations.")
                         .arg(results->results.size())
                         .arg(batch.mutations.size()),
                     {}};
    return *results;
}

} // namespace smec::sync
