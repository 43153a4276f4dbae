// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "protocol/messages.h"
#include "retrypolicy.h"
#include "transport.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <random>

namespace smec::sync {

/// Counters of what went over the wire, for progress, `--json` output and benchmarks.
struct TrafficStats
{
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;

    TrafficStats &operator+=(const TrafficStats &other)
    {
        requests += other.requests;
        retries += other.retries;
        bytesReceived += other.bytesReceived;
        bytesSent += other.bytesSent;
        return *this;
    }
    friend TrafficStats operator+(TrafficStats a, const TrafficStats &b) { return a += b; }
};

/// The wire protocol of DESIGN.md section 4 on top of a Transport: builds requests with the
/// shared codec, decodes answers strictly, maps HTTP errors to smec::Error (the server's code
/// and message; client-side codes `network`, `timeout`, `tls`, `cancelled`, `invalid_response`)
/// and retries network failures, 5xx, 429 and 503 with backoff and jitter, honouring
/// `Retry-After`. Not thread-safe: one ApiClient per thread, like its transport.
class ApiClient final
{
public:
    /// Waits `ms` milliseconds, or less when cancelled; replaceable so tests need not sleep.
    using Sleeper = std::function<void(int ms)>;
    /// Decodes a success body into the caller's value; returns the problem when it cannot.
    using BodyDecoder = std::function<std::optional<QString>(const QByteArray &body)>;

    ApiClient(Transport &transport, RetryPolicy retry = {});

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setSleeper(Sleeper sleeper) { m_sleep = std::move(sleeper); }
    void setSeed(quint32 seed) { m_rng.seed(seed); }
    const TrafficStats &stats() const { return m_stats; }
    /// Adds what another client working for this one (a page prefetcher) sent and received.
    void addStats(const TrafficStats &other);
    RetryPolicy retryPolicy() const { return m_retry; }
    void setRetryPolicy(RetryPolicy retry) { m_retry = retry; }
    /// A new transport like this client's, for another thread (see Transport::clone()).
    std::unique_ptr<Transport> cloneTransport(const std::atomic_bool *cancel) const
    {
        return m_transport.clone(cancel);
    }

    Result<protocol::Health> health();
    /// Signs in; a refused password is `unauthenticated`, throttling is `rate_limited` (both
    /// returned at once, not retried; network failures and 5xx are). Stores the token for the
    /// calls below.
    Result<protocol::SessionResponse> login(const QString &username, const QString &password);
    /// Revokes the token on the server (204).
    Result<void> logout();
    Result<protocol::Reference> reference();
    /// One page of the change feed; `since` empty = from the beginning. `resync_required` (410)
    /// is returned as an error with that code. `remaining` receives the server's estimate of the
    /// records after this page, or -1 when it gives none. `fieldsText`, when given, receives
    /// each record's fields as they came (see protocol::decodeChangePageKeepingFields()).
    Result<protocol::ChangePage> changes(const QString &since, int limit,
                                         qint64 *remaining = nullptr,
                                         QList<QByteArray> *fieldsText = nullptr);
    Result<protocol::MutationResults> mutate(const protocol::MutationBatch &batch);
    /// One page of a record's revisions, newest first, older than `before` (0: from the
    /// newest). A record the user may not see is `not_found`, like one that does not exist.
    Result<protocol::RevisionPage> revisions(const QString &recordId, qint64 before, int limit);
    /// Every revision of a record the user may see, newest first, following the pages.
    Result<QList<protocol::Revision>> allRevisions(const QString &recordId);
    /// One change page as it came, not decoded (retried like changes() on failures, but not on
    /// a body that does not parse: the caller decodes it, and asks again with changes() if it
    /// must). For pipelining with the `X-Changes-Cursor` header.
    Result<HttpResponse> changesUndecoded(const QString &since, int limit);

private:
    /// Which answers call() tries again (within the policy's attempts).
    enum class Retry {
        /// Network failures, timeouts, 429 and 5xx (honouring Retry-After).
        Transient,
        /// The same except 429: throttling goes straight back to the user (sign-in).
        TransientNotThrottled,
    };
    /// Sends with retries; returns the final response or the error that ended it. A success
    /// whose body `decode` refuses is retried like a network failure (it is almost always a
    /// transfer cut short that the HTTP stack did not notice), then reported as
    /// `invalid_response` with `what` and the decoder's message.
    Result<HttpResponse> call(const HttpRequest &request, Retry retry = Retry::Transient,
                              const BodyDecoder &decode = {}, const QString &what = {});
    static Error errorFrom(const HttpResponse &response);
    HttpRequest changesRequest(const QString &since, int limit) const;

    Transport &m_transport;
    RetryPolicy m_retry;
    QByteArray m_token;
    const std::atomic_bool *m_cancel = nullptr;
    Sleeper m_sleep;
    std::mt19937 m_rng;
    TrafficStats m_stats;
};

} // namespace smec::sync
