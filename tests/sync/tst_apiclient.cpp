// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ApiClient over a scripted transport: which answers are retried and how often, what error
// ends a call, and that a success whose body is cut short is never taken for a result.
#include "protocol/codec.h"
#include "sync/apiclient.h"

#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {

/// Answers requests from a script, in order; records what it was asked.
class ScriptedTransport final : public Transport
{
public:
    std::deque<HttpResponse> script;
    QList<QByteArray> methods;

    HttpResponse send(const HttpRequest &request) override
    {
        methods << request.method;
        if (script.empty())
            return {0, {}, -1, 0, 0, -1, {u"network"_s, u"script exhausted"_s, {}}, {}, -1};
        HttpResponse next = script.front();
        script.pop_front();
        return next;
    }
};

HttpResponse ok(const QByteArray &body)
{
    HttpResponse r;
    r.status = 200;
    r.body = body;
    return r;
}

HttpResponse status(int code, int retryAfter = -1)
{
    HttpResponse r;
    r.status = code;
    r.body = R"({"error":{"code":"unavailable","message":"busy"}})";
    r.retryAfterSeconds = retryAfter;
    return r;
}

const QString serverId = u"6a1f3c9e-8d0e-4a55-9d0c-0123456789ab"_s;
const QByteArray health = protocol::encodeHealth({u"ok"_s, serverId, u"0.1.0"_s});

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    /// An ApiClient that records its waits instead of sleeping.
    std::unique_ptr<ApiClient> client(ScriptedTransport &t, int maxAttempts = 4)
    {
        RetryPolicy retry;
        retry.maxAttempts = maxAttempts;
        auto api = std::make_unique<ApiClient>(t, retry);
        api->setSleeper([this](int ms) { m_waits << ms; });
        api->setSeed(7);
        return api;
    }
    QList<int> m_waits;

private Q_SLOTS:
    void init() { m_waits.clear(); }

    void cutSuccessBody_isRetried_thenDecoded()
    {
        ScriptedTransport t;
        // Qt reports some bodies cut by a dropped connection as complete successes.
        t.script = {ok(health.left(20)), ok(health.left(health.size() - 1)), ok(health)};
        auto api = client(t);
        auto h = api->health();
        QVERIFY(h.ok());
        QCOMPARE(h->serverId, serverId);
        QCOMPARE(t.methods.size(), 3);
        QCOMPARE(api->stats().retries, 2);
        QCOMPARE(m_waits.size(), 2);
    }

    void cutSuccessBody_everyTime_endsAsInvalidResponse()
    {
        ScriptedTransport t;
        for (int i = 0; i < 10; ++i)
            t.script.push_back(ok(health.left(30)));
        auto api = client(t, 3);
        auto h = api->health();
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, u"invalid_response"_s);
        QVERIFY2(h.error().message.contains(u"health answer is not valid"_s),
                 qPrintable(h.error().message));
        QCOMPARE(t.methods.size(), 3); // bounded by the policy, then the user is told
    }

    void transientStatuses_areRetried_honouringRetryAfter()
    {
        ScriptedTransport t;
        t.script = {status(503, 2), status(429, 1), status(500), ok(health)};
        auto api = client(t, 6);
        QVERIFY(api->health().ok());
        QCOMPARE(t.methods.size(), 4);
        QCOMPARE(m_waits.size(), 3);
        QVERIFY(m_waits.at(0) >= 2000); // Retry-After: 2
        QVERIFY(m_waits.at(1) >= 1000);
    }

    void refusals_areNotRetried()
    {
        ScriptedTransport t;
        HttpResponse forbidden;
        forbidden.status = 403;
        forbidden.body = R"({"error":{"code":"forbidden","message":"Not yours."}})";
        t.script = {forbidden, ok(health)};
        auto api = client(t);
        auto h = api->health();
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, u"forbidden"_s);
        QCOMPARE(h.error().message, u"Not yours."_s);
        QCOMPARE(t.methods.size(), 1);
        QVERIFY(m_waits.isEmpty());
    }

    void login_retriesServerErrors_notRefusalsOrThrottling()
    {
        protocol::SessionResponse session;
        session.token = u"tok-123"_s;
        session.expiresAt = QDateTime::fromString(u"2026-12-31T00:00:00Z"_s, Qt::ISODate);
        session.user = {u"6a1f3c9e-8d0e-4a55-9d0c-00000000000a"_s, u"amani"_s, u"Amani"_s, u"KEN"_s,
                        u"delegate"_s};
        const QByteArray accepted = protocol::encodeSessionResponse(session);
        HttpResponse badGateway; // nginx while an upstream restarts: not an API error body
        badGateway.status = 502;
        badGateway.body = "<html>502 Bad Gateway</html>";
        {
            ScriptedTransport t;
            t.script = {badGateway, status(503), ok(accepted.left(25)), ok(accepted)};
            auto api = client(t, 5);
            auto signedIn = api->login(u"amani"_s, u"secret"_s);
            QVERIFY2(signedIn.ok(), signedIn ? "" : qPrintable(signedIn.error().message));
            QCOMPARE(api->token(), QByteArray("tok-123"));
            QCOMPARE(t.methods.size(), 4);
            QCOMPARE(api->stats().retries, 3);
        }
        HttpResponse refused;
        refused.status = 401;
        refused.body = R"({"error":{"code":"unauthenticated","message":"Wrong password."}})";
        HttpResponse throttled;
        throttled.status = 429;
        throttled.retryAfterSeconds = 30;
        throttled.body = R"({"error":{"code":"rate_limited","message":"Too many attempts."}})";
        for (const HttpResponse &answer : {refused, throttled}) {
            ScriptedTransport t;
            t.script = {answer, ok(accepted)};
            auto api = client(t, 5);
            auto signedIn = api->login(u"amani"_s, u"wrong"_s);
            QVERIFY(!signedIn.ok());
            QCOMPARE(signedIn.error().code,
                     answer.status == 401 ? u"unauthenticated"_s : u"rate_limited"_s);
            QCOMPARE(t.methods.size(), 1); // straight back to the user, nothing waited
            QVERIFY(api->token().isEmpty());
        }
        QCOMPARE(m_waits.size(), 3);
    }

    void mutationResults_cutShort_replayTheSameBatch()
    {
        protocol::MutationBatch batch;
        protocol::Mutation m;
        m.mutationId = u"3f0c1c9e-8d0e-4a55-9d0c-111111111111"_s;
        m.id = u"3f0c1c9e-8d0e-4a55-9d0c-222222222222"_s;
        m.fields = {{u"title"_s, u"T"_s}};
        batch.mutations.append(m);
        protocol::MutationResult refused;
        refused.mutationId = m.mutationId;
        refused.status = protocol::MutationStatus::Rejected;
        refused.error = {u"forbidden"_s, u"Not yours."_s, {}};
        const QByteArray full = protocol::encodeMutationResults({{refused}});
        ScriptedTransport t;
        t.script = {ok(full.left(40)), ok(full)};
        auto api = client(t);
        auto results = api->mutate(batch);
        QVERIFY2(results.ok(), results.ok() ? "" : qPrintable(results.error().message));
        QCOMPARE(t.methods, (QList<QByteArray>{"POST", "POST"}));
        QCOMPARE(results->results.size(), 1);
        QCOMPARE(results->results.at(0).error.message, u"Not yours."_s);
    }
};

} // namespace smec::sync

QTEST_GUILESS_MAIN(smec::sync::TestApiClient)
#include "tst_apiclient.moc"
