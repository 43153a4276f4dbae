#include "apiclient.h"

#include "protocol/codec.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {
bool isCancelled(const std::atomic_bool *flag)
{
    return flag && flag->load();
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

Error ApiClient::errorFrom(const HttpResponse &response)
{
    if (response.status == 0)
        return response.error;
    if (auto api = protocol::decodeApiError(response.body))
        return api->toError();
    return {response.status >= 500 ? u"internal"_s : u"invalid_response"_s,
            u"The server answered %1 with a body that is not an API error."_s.arg(response.status),
            {}};
}

Result<HttpResponse> ApiClient::call(const HttpRequest &request, bool retry)
{
    for (int attempt = 1;; ++attempt) {
        if (isCancelled(m_cancel))
            return Error{u"cancelled"_s, u"The sync was cancelled."_s, {}};
        HttpResponse response = m_transport.send(request);
        ++m_stats.requests;
        m_stats.bytesReceived += response.bytesReceived;
        m_stats.bytesSent += response.bytesSent;
        if (response.status >= 200 && response.status < 300)
            return response;
        const bool transient = response.status == 0 ? (response.error.code == u"network"_s ||
                                                       response.error.code == u"timeout"_s)
                                                    : RetryPolicy::isRetryable(response.status);
        if (!retry || !transient || attempt >= m_retry.maxAttempts)
            return errorFrom(response);
        ++m_stats.retries;
        m_sleep(m_retry.delayMs(attempt, response.retryAfterSeconds, m_rng));
    }
}

Result<protocol::Health> ApiClient::health()
{
    auto response = call({"GET", u"/api/v1/health"_s, {}, {}, {}});
    if (!response)
        return response.error();
    auto health = protocol::decodeHealth(response->body);
    if (!health)
        return Error{u"invalid_response"_s,
                     u"The server's health answer is not valid: %1"_s.arg(health.error().message),
                     {}};
    return health;
}

Result<protocol::SessionResponse> ApiClient::login(const QString &username, const QString &password)
{
    HttpRequest request{
        "POST", u"/api/v1/session"_s, {}, protocol::encodeSessionRequest({username, password}), {}};
    // Network failures are retried; a refusal or throttling goes straight back to the user.
    Result<HttpResponse> response = Error{};
    for (int attempt = 1;; ++attempt) {
        response = call(request, false);
        if (response || attempt >= m_retry.maxAttempts ||
            (response.error().code != u"network"_s && response.error().code != u"timeout"_s &&
             response.error().code != u"unavailable"_s))
            break;
        ++m_stats.retries;
        m_sleep(m_retry.delayMs(attempt, -1, m_rng));
    }
    if (!response)
        return response.error();
    auto session = protocol::decodeSessionResponse(response->body);
    if (!session)
        return Error{u"invalid_response"_s,
                     u"The server's sign-in answer is not valid: %1"_s.arg(session.error().message),
                     {}};
    m_token = session->token.toUtf8();
    return session;
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
    auto response = call({"GET", u"/api/v1/reference"_s, {}, {}, m_token});
    if (!response)
        return response.error();
    auto reference = protocol::decodeReference(response->body);
    if (!reference)
        return Error{
            u"invalid_response"_s,
            u"The server's reference data is not valid: %1"_s.arg(reference.error().message),
            {}};
    return reference;
}

Result<protocol::ChangePage> ApiClient::changes(const QString &since, int limit, qint64 *remaining)
{
    HttpRequest request{"GET", u"/api/v1/changes"_s, {}, {}, m_token};
    if (!since.isEmpty())
        request.query.append({u"since"_s, since});
    request.query.append({u"limit"_s, QString::number(limit)});
    auto response = call(request);
    if (!response)
        return response.error();
    auto page = protocol::decodeChangePage(response->body);
    if (!page)
        return Error{u"invalid_response"_s,
                     u"A change page from the server is not valid (%1 at %2)."_s.arg(
                         page.error().message, page.error().path),
                     {}};
    if (remaining)
        *remaining = response->remaining;
    return page;
}

Result<protocol::MutationResults> ApiClient::mutate(const protocol::MutationBatch &batch)
{
    auto response =
        call({"POST", u"/api/v1/mutations"_s, {}, protocol::encodeMutationBatch(batch), m_token});
    if (!response)
        return response.error();
    auto results = protocol::decodeMutationResults(response->body);
    if (!results)
        return Error{
            u"invalid_response"_s,
            u"The server's mutation results are not valid: %1"_s.arg(results.error().message),
            {}};
    if (results->results.size() != batch.mutations.size())
        return Error{
            u"invalid_response"_s,
            u"The server answered %1 results for %2 mutations."_s.arg(results->results.size())
                .arg(batch.mutations.size()),
            {}};
    return results;
}

} // namespace smec::sync
