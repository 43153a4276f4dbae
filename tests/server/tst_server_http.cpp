// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Talks HTTP to the real smecommunity-server executable (plain HTTP on loopback).
#include "serverprocess.h"

#include "testsupport.h"

#include "protocol/codec.h"
#include "server/contentcoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using smec::test::HttpResponse;
using smec::test::rawRequest;
using smec::test::request;
using smec::test::ServerProcess;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject upsert(const QString &id, const QString &kind, qint64 baseRev,
                   const QJsonObject &fields, const QString &mutationId = newId())
{
    return QJsonObject{
        {u"mutation_id"_s, mutationId}, {u"op"_s, u"upsert"_s}, {u"id"_s, id}, {u"kind"_s, kind},
        {u"base_rev"_s, baseRev},       {u"fields"_s, fields}};
}

QByteArray batch(const QJsonArray &mutations)
{
    return QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact);
}

// Size of the complete response at the start of `data` (header section and Content-Length
// body), or 0 while it is incomplete.
qsizetype completeResponse(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const QByteArray field = line.trimmed().toLower();
        if (field.startsWith("content-length:"))
            length = field.mid(15).trimmed().toLongLong();
    }
    return data.size() >= end + 4 + length ? end + 4 + length : 0;
}

int statusOf(const QByteArray &response)
{
    return response.mid(9, 3).toInt(); // "HTTP/1.x NNN"
}

} // namespace

class TestServerHttp final : public QObject
{
    Q_OBJECT

private:
    QString databaseUrl() const;
    HttpResponse post(const QByteArray &path, const QByteArray &token, const QByteArray &body);
    HttpResponse get(const QByteArray &path, const QByteArray &token);
    QJsonObject mutate(const QByteArray &token, const QJsonObject &mutation);
    QList<QJsonObject> pullAll(const QByteArray &token, int limit, int *pages = nullptr);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QByteArray m_ken; // delegate of Kenya
    QByteArray m_fra; // delegate of France
    QByteArray m_sec; // secretariat

private Q_SLOTS:
    void initTestCase();
    void health_answersWithoutToken();
    void unknownRoute_isJson404();
    void wrongMethod_isJson405();
    void login_answerIsWhatTheClientDecodes();
    void login_wrongPassword_is401();
    void login_repeatedFailures_areThrottledWith429();
    void login_passwordChecks_doNotStallOtherRequests();
    void login_pipelinedAfterLogin_answersInOrder();
    void login_clientGoneBeforeAnswer_serverCarriesOn();
    void changes_withoutToken_is401();
    void session_delete_revokesToken();
    void reference_listsCountriesAndUsers();
    void mutations_applied_setsRevAndAuthor();
    void mutations_staleBaseRev_isConflictWithCurrentRecord();
    void mutations_invalidOrForbidden_isRejectedIndependently();
    void mutations_replayedId_returnsFirstResultAndWritesNothing();
    void mutations_submit_assignsRefCode();
    void mutations_moreThan100_is413();
    void changes_pagesInAscendingRevUntilMoreIsFalse();
    void changes_delegateSeesOtherCountrysDraftAsTombstone();
    void changes_foreignCursor_is410();
    void changes_gzipWhenAsked();
    void changes_zstdPreferredWhenAsked();
    void body_malformedJson_is400();
    void body_invalidUtf8_is400();
    void body_wrongContentType_is415();
    void gate_oversizedContentLength_is413WithoutReadingBody();
    void gate_modestlyOversizedBody_isDrainedAnd413();
    void gate_oversizedChunkedBody_is413();
    void gate_chunkedBodyWithinLimit_isServed();
    void gate_hugeHeaderSection_is431();
    void gate_garbage_is400();
    void gate_keepAlive_servesSeveralRequests();
    void gate_idleConnection_isClosed();
    void gate_tricklingRequest_gets408();
    void sigterm_finishesInFlightRequestAndExitsZero();
    void cleanupTestCase();
};

QString TestServerHttp::databaseUrl() const
{
#ifdef SMEC_TEST_USE_POSTGRES
    return smec::test::postgresUrl();
#else
    return u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
#endif
}

HttpResponse TestServerHttp::post(const QByteArray &path, const QByteArray &token,
                                  const QByteArray &body)
{
    return rawRequest(m_server.port(), request("POST", path, token, body));
}

HttpResponse TestServerHttp::get(const QByteArray &path, const QByteArray &token)
{
    return rawRequest(m_server.port(), request("GET", path, token));
}

QJsonObject TestServerHttp::mutate(const QByteArray &token, const QJsonObject &mutation)
{
    const HttpResponse r = post("/api/v1/mutations", token, batch({mutation}));
    if (r.status != 200)
        qWarning() << "mutation answered" << r.status << r.body;
    else if (auto decoded = smec::protocol::decodeMutationResults(r.body); !decoded)
        qWarning() << "client codec refuses the results:" << decoded.error().message
                   << decoded.error().path << r.body;
    return r.json().value("results"_L1).toArray().at(0).toObject();
}

QList<QJsonObject> TestServerHttp::pullAll(const QByteArray &token, int limit, int *pages)
{
    QList<QJsonObject> records;
    QString cursor;
    int count = 0;
    for (;;) {
        QByteArray path = "/api/v1/changes?limit=" + QByteArray::number(limit);
        if (!cursor.isEmpty())
            path += "&since=" + QUrl::toPercentEncoding(cursor);
        const HttpResponse r = get(path, token);
        if (r.status != 200)
            return {};
        if (auto decoded = smec::protocol::decodeChangePage(r.body); !decoded) {
            qWarning() << "client codec refuses the page:" << decoded.error().message
                       << decoded.error().path;
            return {};
        }
        ++count;
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value("changes"_L1).toArray())
            records << v.toObject();
        cursor = page.value("cursor"_L1).toString();
        if (!page.value("more"_L1).toBool())
            break;
    }
    if (pages)
        *pages = count;
    return records;
}

void TestServerHttp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = databaseUrl();
    if (db.isEmpty())
        QSKIP("no PostgreSQL (SMEC_TEST_PG_URL) for this test");
    QVERIFY(ServerProcess::addUser(db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"fra"_s, u"delegate"_s, u"FRA"_s, u"fra-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"victim"_s, u"analyst"_s, {}, u"right-password"_s));
    QVERIFY2(m_server.start(db, {u"--idle-timeout"_s, u"2"_s, u"--request-timeout"_s, u"3"_s}),
             m_server.standardError().constData());
    m_ken = m_server.login(u"ken"_s, u"ken-password"_s);
    m_fra = m_server.login(u"fra"_s, u"fra-password"_s);
    m_sec = m_server.login(u"sec"_s, u"sec-password"_s);
    QVERIFY(!m_ken.isEmpty() && !m_fra.isEmpty() && !m_sec.isEmpty());
}

void TestServerHttp::health_answersWithoutToken()
{
    const HttpResponse r = get("/api/v1/health", {});
    QCOMPARE(r.status, 200);
    const QJsonObject health = r.json();
    QCOMPARE(health.value("status"_L1).toString(), u"ok"_s);
    QVERIFY(!QUuid::fromString(health.value("server_id"_L1).toString()).isNull());
    QCOMPARE(health.value("version"_L1).toString(), QStringLiteral(SMEC_VERSION));
    QVERIFY(smec::protocol::decodeHealth(r.body));
}

void TestServerHttp::unknownRoute_isJson404()
{
    const HttpResponse r = get("/api/v1/nothing-here", m_ken);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), u"not_found"_s);
}

void TestServerHttp::wrongMethod_isJson405()
{
    const HttpResponse r = rawRequest(m_server.port(), request("PUT", "/api/v1/health"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("GET"));
    QVERIFY(r.json().value("error"_L1).toObject().contains("message"_L1));
}

void TestServerHttp::login_answerIsWhatTheClientDecodes()
{
    const HttpResponse r =
        post("/api/v1/session", {}, R"({"username":"fra","password":"fra-password"})");
    QCOMPARE(r.status, 200);
    const auto decoded = smec::protocol::decodeSessionResponse(r.body);
    QVERIFY2(decoded, qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->user.country, u"FRA"_s);
    QCOMPARE(decoded->user.role, u"delegate"_s);
    QVERIFY(decoded->expiresAt > QDateTime::currentDateTimeUtc().addDays(29));
    const HttpResponse ref = get("/api/v1/reference", m_fra);
    const auto reference = smec::protocol::decodeReference(ref.body);
    QVERIFY2(reference, qPrintable(reference.ok() ? QString() : reference.error().message));
}

void TestServerHttp::login_wrongPassword_is401()
{
    const HttpResponse r = post("/api/v1/session", {}, R"({"username":"ken","password":"nope"})");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"unauthenticated"_s);
    // A good sign-in clears the failure count.
    QVERIFY(!m_server.login(u"ken"_s, u"ken-password"_s).isEmpty());
}

void TestServerHttp::login_repeatedFailures_areThrottledWith429()
{
    const QByteArray wrong = R"({"username":"victim","password":"wrong"})";
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post("/api/v1/session", {}, wrong).status, 401);
    const HttpResponse throttled = post("/api/v1/session", {}, wrong);
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.header("retry-after").toInt() > 0);
    QCOMPARE(throttled.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"rate_limited"_s);
    // Even the right password waits until the lock expires.
    QCOMPARE(
        post("/api/v1/session", {}, R"({"username":"victim","password":"right-password"})").status,
        429);
}

void TestServerHttp::login_passwordChecks_doNotStallOtherRequests()
{
    // Each sign-in costs an Argon2id check (tens of ms of CPU by design). Run many at once; a
    // health request sent after them must not wait for all of them: the checks run off the
    // event loop. (Ordering, not timing: with the checks on the event loop, the health answer
    // comes after every sign-in answer.)
    constexpr int logins = 12;
    const QByteArray body = R"({"username":"fra","password":"fra-password"})";
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < logins; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket->waitForConnected(5000));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets) {
        socket->write(request("POST", "/api/v1/session", {}, body));
        QVERIFY(socket->waitForBytesWritten(5000));
    }
    QTcpSocket health;
    health.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(health.waitForConnected(5000));
    health.write(request("GET", "/api/v1/health"));

    QList<QByteArray> answers(logins);
    QByteArray healthAnswer;
    int loginsBeforeHealth = -1;
    auto answered = [&] {
        int n = 0;
        for (int i = 0; i < logins; ++i) {
            answers[i] += sockets[i]->readAll();
            n += completeResponse(answers[i]) > 0 ? 1 : 0;
        }
        return n;
    };
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int n = answered();
            healthAnswer += health.readAll();
            if (loginsBeforeHealth < 0 && completeResponse(healthAnswer) > 0)
                loginsBeforeHealth = n;
            return loginsBeforeHealth >= 0 && answered() == logins;
        },
        120000));
    QCOMPARE(statusOf(healthAnswer), 200);
    QVERIFY2(loginsBeforeHealth < logins,
             "the health answer waited for every sign-in: password checks block the event loop");
    for (const QByteArray &answer : std::as_const(answers)) {
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains("\"token\""));
    }
}

void TestServerHttp::login_pipelinedAfterLogin_answersInOrder()
{
    // A request behind a sign-in on the same connection is answered after it, not before.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        request("POST", "/api/v1/session", {}, R"({"username":"fra","password":"fra-password"})") +
        request("GET", "/api/v1/health"));
    QByteArray in;
    QVERIFY(QTest::qWaitFor(
        [&] {
            in += socket.readAll();
            const qsizetype first = completeResponse(in);
            return first > 0 && completeResponse(in.mid(first)) > 0;
        },
        30000));
    const qsizetype first = completeResponse(in);
    QCOMPARE(statusOf(in), 200);
    QVERIFY2(in.left(first).contains("\"token\""), in.constData());
    QVERIFY2(in.mid(first).contains("\"server_id\""), in.constData());
}

void TestServerHttp::login_clientGoneBeforeAnswer_serverCarriesOn()
{
    for (int i = 0; i < 4; ++i) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request("POST", "/api/v1/session", {},
                             R"({"username":"fra","password":"fra-password"})"));
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.abort();
    }
    QCOMPARE(get("/api/v1/health", {}).status, 200);
    QVERIFY(!m_server.login(u"fra"_s, u"fra-password"_s).isEmpty());
    QCOMPARE(m_server.process().state(), QProcess::Running);
}

void TestServerHttp::changes_withoutToken_is401()
{
    QCOMPARE(get("/api/v1/changes", {}).status, 401);
    QCOMPARE(get("/api/v1/changes", "not-a-token").status, 401);
    QCOMPARE(post("/api/v1/mutations", {}, batch({})).status, 401);
}

void TestServerHttp::session_delete_revokesToken()
{
    const QByteArray token = m_server.login(u"sec"_s, u"sec-password"_s);
    QCOMPARE(get("/api/v1/changes?limit=1", token).status, 200);
    QCOMPARE(rawRequest(m_server.port(), request("DELETE", "/api/v1/session", token)).status, 204);
    QCOMPARE(get("/api/v1/changes?limit=1", token).status, 401);
}

void TestServerHttp::reference_listsCountriesAndUsers()
{
    const HttpResponse r = get("/api/v1/reference", m_fra);
    QCOMPARE(r.status, 200);
    const QJsonObject ref = r.json();
    QVERIFY(ref.value("countries"_L1).toArray().size() > 100);
    QCOMPARE(ref.value("pillars"_L1).toArray().size(), 3);
    bool foundKen = false;
    for (const QJsonValue &u : ref.value("users"_L1).toArray()) {
        QVERIFY(!u.toObject().contains("password_hash"_L1));
        if (u.toObject().value("country"_L1).toString() == "KEN"_L1)
            foundKen = true;
    }
    QVERIFY(foundKen);
}

void TestServerHttp::mutations_applied_setsRevAndAuthor()
{
    const QString id = newId();
    const QJsonObject result =
        mutate(m_ken, upsert(id, u"practice"_s, 0,
                             {{u"title"_s, u"Mobile money for SMEs"_s}, {u"country"_s, u"KEN"_s}}));
    QCOMPARE(result.value("status"_L1).toString(), u"applied"_s);
    const QJsonObject record = result.value("record"_L1).toObject();
    QCOMPARE(record.value("id"_L1).toString(), id);
    QVERIFY(record.value("rev"_L1).toInteger() > 0);
    QVERIFY(!record.value("created_by"_L1).toString().isEmpty());
    QCOMPARE(record.value("created_by"_L1), record.value("updated_by"_L1));
    QVERIFY(record.value("updated_at"_L1).toString().endsWith(u'Z'));
    QCOMPARE(record.value("fields"_L1).toObject().value("title"_L1).toString(),
             u"Mobile money for SMEs"_s);
}

void TestServerHttp::mutations_staleBaseRev_isConflictWithCurrentRecord()
{
    const QString id = newId();
    const QJsonObject fields{{u"title"_s, u"Green credit line"_s}, {u"country"_s, u"KEN"_s}};
    const QJsonObject first = mutate(m_ken, upsert(id, u"practice"_s, 0, fields));
    const qint64 rev = first.value("record"_L1).toObject().value("rev"_L1).toInteger();
    QJsonObject edited = fields;
    edited.insert(u"summary"_s, u"second edit"_s);
    QCOMPARE(mutate(m_ken, upsert(id, u"practice"_s, rev, edited)).value("status"_L1).toString(),
             u"applied"_s);
    // Another edit from the first rev: the server's newer record comes back, nothing is written.
    QJsonObject stale = fields;
    stale.insert(u"summary"_s, u"stale edit"_s);
    const QJsonObject conflict = mutate(m_ken, upsert(id, u"practice"_s, rev, stale));
    QCOMPARE(conflict.value("status"_L1).toString(), u"conflict"_s);
    const QJsonObject current = conflict.value("record"_L1).toObject();
    QVERIFY(current.value("rev"_L1).toInteger() > rev);
    QCOMPARE(current.value("fields"_L1).toObject().value("summary"_L1).toString(),
             u"second edit"_s);
}

void TestServerHttp::mutations_invalidOrForbidden_isRejectedIndependently()
{
    const QJsonArray mutations{
        upsert(newId(), u"practice"_s, 0, {{u"country"_s, u"KEN"_s}}), // no title
        upsert(newId(), u"practice"_s, 0,
               {{u"title"_s, u"x"_s}, {u"country"_s, u"FRA"_s}}), // not Kenya's
        upsert(newId(), u"thread"_s, 0,
               {{u"title"_s, u"Open question"_s}, {u"kind"_s, u"question"_s}}),
    };
    const HttpResponse r = post("/api/v1/mutations", m_ken, batch(mutations));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json().value("results"_L1).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(results.at(0).toObject().value("error"_L1).toObject().value("code"_L1).toString(),
             u"invalid_field"_s);
    QCOMPARE(results.at(1).toObject().value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(results.at(1).toObject().value("error"_L1).toObject().value("code"_L1).toString(),
             u"forbidden"_s);
    QCOMPARE(results.at(2).toObject().value("status"_L1).toString(), u"applied"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(results.at(i).toObject().value("mutation_id"_L1),
                 mutations.at(i).toObject().value("mutation_id"_L1));
}

void TestServerHttp::mutations_replayedId_returnsFirstResultAndWritesNothing()
{
    const QString id = newId();
    const QString mutationId = newId();
    const QJsonObject m =
        upsert(id, u"thread"_s, 0, {{u"title"_s, u"Replay me"_s}, {u"kind"_s, u"discussion"_s}},
               mutationId);
    const QJsonObject first = mutate(m_fra, m);
    QCOMPARE(first.value("status"_L1).toString(), u"applied"_s);
    const QJsonObject second = mutate(m_fra, m);
    QCOMPARE(second, first);
    // The record was written once: a create from rev 0 again would otherwise conflict.
    const QJsonObject probe = mutate(m_fra, upsert(id, u"thread"_s, 0, {{u"title"_s, u"again"_s}}));
    QCOMPARE(probe.value("status"_L1).toString(), u"conflict"_s);
    QCOMPARE(probe.value("record"_L1).toObject().value("rev"_L1),
             first.value("record"_L1).toObject().value("rev"_L1));
}

void TestServerHttp::mutations_submit_assignsRefCode()
{
    const QString id = newId();
    QJsonObject fields{{u"title"_s, u"Export credit guarantees"_s},
                       {u"summary"_s, u"Guarantees for first-time exporters."_s},
                       {u"body"_s, u"How it works."_s},
                       {u"results"_s, u"1,200 firms exported."_s},
                       {u"country"_s, u"KEN"_s},
                       {u"pillars"_s, QJsonArray{u"finance"_s}},
                       {u"instrument"_s, u"guarantee"_s},
                       {u"implementing_org"_s, u"Export Agency"_s},
                       {u"start_year"_s, 2019},
                       {u"status"_s, u"draft"_s}};
    const QJsonObject draft = mutate(m_ken, upsert(id, u"practice"_s, 0, fields));
    QCOMPARE(draft.value("status"_L1).toString(), u"applied"_s);
    QVERIFY(
        !draft.value("record"_L1).toObject().value("fields"_L1).toObject().contains("ref_code"_L1));
    fields.insert(u"status"_s, u"submitted"_s);
    const QJsonObject submitted = mutate(
        m_ken, upsert(id, u"practice"_s,
                      draft.value("record"_L1).toObject().value("rev"_L1).toInteger(), fields));
    QCOMPARE(submitted.value("status"_L1).toString(), u"applied"_s);
    const QString ref = submitted.value("record"_L1)
                            .toObject()
                            .value("fields"_L1)
                            .toObject()
                            .value("ref_code"_L1)
                            .toString();
    QVERIFY2(QRegularExpression(u"^PRA-\\d{4}-\\d{4}$"_s).match(ref).hasMatch(), qPrintable(ref));
}

void TestServerHttp::mutations_moreThan100_is413()
{
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(upsert(newId(), u"thread"_s, 0, {{u"title"_s, u"t"_s}}));
    const HttpResponse r = post("/api/v1/mutations", m_sec, batch(many));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"payload_too_large"_s);
}

void TestServerHttp::changes_pagesInAscendingRevUntilMoreIsFalse()
{
    for (int i = 0; i < 7; ++i)
        QCOMPARE(mutate(m_sec, upsert(newId(), u"meeting"_s, 0,
                                      {{u"title"_s, u"Meeting %1"_s.arg(i)},
                                       {u"kind"_s, u"thematic"_s},
                                       {u"starts_on"_s, u"2026-03-01"_s},
                                       {u"ends_on"_s, u"2026-03-02"_s},
                                       {u"mode"_s, u"virtual"_s}}))
                     .value("status"_L1)
                     .toString(),
                 u"applied"_s);
    int pages = 0;
    const QList<QJsonObject> records = pullAll(m_sec, 3, &pages);
    QVERIFY(records.size() >= 7);
    QVERIFY(pages >= 3);
    QSet<QString> ids;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i > 0)
            QVERIFY(records.at(i).value("rev"_L1).toInteger() >
                    records.at(i - 1).value("rev"_L1).toInteger());
        ids.insert(records.at(i).value("id"_L1).toString());
    }
    QCOMPARE(ids.size(), records.size()); // each record once, in its latest state
    // An empty follow-up page keeps the cursor and says there is no more.
    const HttpResponse first = get("/api/v1/changes?limit=1000", m_sec);
    const QString cursor = first.json().value("cursor"_L1).toString();
    const HttpResponse after =
        get("/api/v1/changes?since=" + QUrl::toPercentEncoding(cursor), m_sec);
    QCOMPARE(after.status, 200);
    QVERIFY(after.json().value("changes"_L1).toArray().isEmpty());
    QCOMPARE(after.json().value("cursor"_L1).toString(), cursor);
    QCOMPARE(get("/api/v1/changes?limit=abc", m_sec).status, 400);
}

void TestServerHttp::changes_delegateSeesOtherCountrysDraftAsTombstone()
{
    const QString id = newId();
    QCOMPARE(mutate(m_ken, upsert(id, u"practice"_s, 0,
                                  {{u"title"_s, u"Kenyan draft"_s}, {u"country"_s, u"KEN"_s}}))
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
    auto find = [&](const QByteArray &token) {
        for (const QJsonObject &r : pullAll(token, 1000)) {
            if (r.value("id"_L1).toString() == id)
                return r;
        }
        return QJsonObject();
    };
    const QJsonObject forFrance = find(m_fra);
    QCOMPARE(forFrance.value("deleted"_L1).toBool(), true);
    QVERIFY(!forFrance.contains("fields"_L1));
    QCOMPARE(forFrance.size(), 4); // id, kind, rev, deleted
    const QJsonObject forKenya = find(m_ken);
    QCOMPARE(forKenya.value("deleted"_L1).toBool(), false);
    QCOMPARE(forKenya.value("fields"_L1).toObject().value("title"_L1).toString(),
             u"Kenyan draft"_s);
    QCOMPARE(find(m_sec).value("deleted"_L1).toBool(), false);
}

void TestServerHttp::changes_foreignCursor_is410()
{
    auto cursorFor = [](const QString &serverId, const QByteArray &rev) {
        const QByteArray raw = QByteArray("v1.") + serverId.toLatin1() + '.' + rev;
        return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const HttpResponse r =
        get("/api/v1/changes?since=" +
                cursorFor(QUuid::createUuid().toString(QUuid::WithoutBraces), "1"),
            m_ken);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"resync_required"_s);
    // Ahead of the server (a restore from backup).
    const QString serverId = get("/api/v1/health", {}).json().value("server_id"_L1).toString();
    QCOMPARE(get("/api/v1/changes?since=" + cursorFor(serverId, "99999999"), m_ken).status, 410);
    QCOMPARE(get("/api/v1/changes?since=" + cursorFor(serverId, "0"), m_ken).status, 200);
    QCOMPARE(get("/api/v1/changes?since=garbage!", m_ken).status, 400);
}

void TestServerHttp::changes_gzipWhenAsked()
{
    QByteArray req = request("GET", "/api/v1/reference", m_ken);
    req.insert(req.indexOf("\r\n\r\n") + 2, "Accept-Encoding: gzip, deflate\r\n");
    const HttpResponse r = rawRequest(m_server.port(), req);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-encoding"), QByteArray("gzip"));
    QVERIFY(r.body.startsWith("\x1f\x8b"));
    const HttpResponse plain = get("/api/v1/reference", m_ken);
    QVERIFY(plain.header("content-encoding").isEmpty());
    QVERIFY(r.body.size() < plain.body.size());
}

void TestServerHttp::changes_zstdPreferredWhenAsked()
{
    const auto withEncoding = [&](const QByteArray &accept) {
        QByteArray req = request("GET", "/api/v1/reference", m_ken);
        req.insert(req.indexOf("\r\n\r\n") + 2, "Accept-Encoding: " + accept + "\r\n");
        return rawRequest(m_server.port(), req);
    };
    const HttpResponse plain = get("/api/v1/reference", m_ken);
    // What Qt's network access asks for: zstd wins over gzip.
    const HttpResponse z = withEncoding("zstd, br, gzip, deflate");
    QCOMPARE(z.status, 200);
    QCOMPARE(z.header("content-encoding"), QByteArray("zstd"));
    QCOMPARE(z.header("vary"), QByteArray("Accept-Encoding"));
    QVERIFY(z.body.startsWith("\x28\xb5\x2f\xfd")); // zstd frame magic
    QCOMPARE(smec::server::Zstd::decompress(z.body), plain.body);
    // zstd refused (q=0), or weighed below gzip: gzip; neither: identity.
    QCOMPARE(withEncoding("gzip, zstd;q=0").header("content-encoding"), QByteArray("gzip"));
    QCOMPARE(withEncoding("zstd;q=0.5, gzip").header("content-encoding"), QByteArray("gzip"));
    const HttpResponse none = withEncoding("br;q=1, zstd;q=0, gzip;q=0");
    QCOMPARE(none.status, 200);
    QVERIFY(none.header("content-encoding").isEmpty());
    QCOMPARE(none.body, plain.body);
}

void TestServerHttp::body_malformedJson_is400()
{
    const HttpResponse r = post("/api/v1/mutations", m_ken, "{\"mutations\": [");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), u"invalid_json"_s);
    QCOMPARE(post("/api/v1/session", {}, "[1,2]").status, 400);
    QCOMPARE(post("/api/v1/mutations", m_ken, R"({"mutations":"no"})").status, 400);
}

void TestServerHttp::body_invalidUtf8_is400()
{
    const HttpResponse r =
        post("/api/v1/session", {}, "{\"username\":\"k\xff\xfe\",\"password\":\"x\"}");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), u"invalid_json"_s);
}

void TestServerHttp::body_wrongContentType_is415()
{
    const HttpResponse r =
        rawRequest(m_server.port(), request("POST", "/api/v1/session", {},
                                            R"({"username":"ken","password":"x"})", "text/plain"));
    QCOMPARE(r.status, 415);
    QVERIFY(r.json().contains("error"_L1));
}

void TestServerHttp::gate_oversizedContentLength_is413WithoutReadingBody()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    // Claims 1 GiB, sends a few bytes of it and waits for the answer.
    socket.write("POST /api/v1/mutations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_ken +
                 "\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n" +
                 QByteArray(1000, '['));
    QVERIFY(socket.waitForBytesWritten(5000));
    const HttpResponse r = smec::test::readResponse(socket, 10000);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"payload_too_large"_s);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    // The server is still fine.
    QCOMPARE(get("/api/v1/health", {}).status, 200);
}

void TestServerHttp::gate_modestlyOversizedBody_isDrainedAnd413()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body(5 * 1024 * 1024, 'x');
    // Writes the whole body before reading anything, as a naive client does.
    socket.write(request("POST", "/api/v1/mutations", m_ken, body));
    while (socket.bytesToWrite() > 0)
        QVERIFY(socket.waitForBytesWritten(10000));
    const HttpResponse r = smec::test::readResponse(socket, 10000);
    QCOMPARE(r.status, 413);
}

void TestServerHttp::gate_oversizedChunkedBody_is413()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/mutations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 5 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write("100000\r\n" + chunk + "\r\n");
        socket.waitForBytesWritten(5000);
    }
    const HttpResponse r = smec::test::readResponse(socket, 10000);
    QCOMPARE(r.status, 413);
}

void TestServerHttp::gate_chunkedBodyWithinLimit_isServed()
{
    const QByteArray body = R"({"username":"ken","password":"ken-password"})";
    const QByteArray req = "POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: "
                           "application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                           QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n" +
                           QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) +
                           "\r\n0\r\n\r\n";
    const HttpResponse r = rawRequest(m_server.port(), req);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().contains("token"_L1));
}

void TestServerHttp::gate_hugeHeaderSection_is431()
{
    const QByteArray req =
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(64 * 1024, 'a') +
        "\r\n\r\n";
    const HttpResponse r = rawRequest(m_server.port(), req);
    QCOMPARE(r.status, 431);
    QVERIFY(r.json().contains("error"_L1));
}

void TestServerHttp::gate_garbage_is400()
{
    QCOMPARE(rawRequest(m_server.port(), "this is not http\r\n\r\n").status, 400);
    QCOMPARE(rawRequest(m_server.port(), "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"
                                         "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello")
                 .status,
             400);
    QCOMPARE(rawRequest(m_server.port(), "BREW /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n").status,
             405);
    QCOMPARE(get("/api/v1/health", {}).status, 200);
}

void TestServerHttp::gate_keepAlive_servesSeveralRequests()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 0; i < 3; ++i) {
        socket.write(request("GET", "/api/v1/changes?limit=2", m_sec));
        const HttpResponse r = smec::test::readResponse(socket);
        QCOMPARE(r.status, 200);
    }
    // Two pipelined requests in one write.
    socket.write(request("GET", "/api/v1/health") + request("GET", "/api/v1/nowhere"));
    QCOMPARE(smec::test::readResponse(socket).status, 200);
    QCOMPARE(smec::test::readResponse(socket).status, 404);
}

void TestServerHttp::gate_idleConnection_isClosed()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    // --idle-timeout 2: the server hangs up on a connection that sends nothing.
    QVERIFY(socket.waitForDisconnected(15000));
}

void TestServerHttp::gate_tricklingRequest_gets408()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray partial = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n";
    // One byte a second keeps the connection busy but never finishes the header section.
    QByteArray received;
    for (int i = 0; i < partial.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(partial.mid(i, 1));
        socket.waitForBytesWritten(1000);
        if (socket.waitForReadyRead(500))
            break;
    }
    const HttpResponse r = smec::test::readResponse(socket, 10000);
    QCOMPARE(r.status, 408);
}

void TestServerHttp::sigterm_finishesInFlightRequestAndExitsZero()
{
    ServerProcess second;
    QVERIFY(second.start(databaseUrl()));
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, second.port());
    QVERIFY(socket.waitForConnected(5000));
    // An answer on this connection shows the server has accepted it (not merely the kernel), so
    // the request that follows on it is in flight when SIGTERM arrives.
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(smec::test::readResponse(socket, 10000).status, 200);
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    ::kill(pid_t(second.process().processId()), SIGTERM);
    // New connections are refused once it stops listening: probe with fresh connections until
    // one is refused, while the server still runs (the request in flight keeps it running for
    // up to its 15 s shutdown grace). A server that keeps listening after SIGTERM fails here.
    const auto refused = [&second] {
        QTcpSocket late;
        late.connectToHost(u"127.0.0.1"_s, second.port());
        if (!late.waitForConnected(5000))
            return late.error() == QAbstractSocket::ConnectionRefusedError;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refused(), 10000);
    QCOMPARE(second.process().state(), QProcess::Running);
    // ... but the request in flight is answered.
    socket.write("\r\n");
    const HttpResponse r = smec::test::readResponse(socket, 10000);
    QCOMPARE(r.status, 200);
    QVERIFY(second.process().waitForFinished(20000));
    QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.process().exitCode(), 0);
}

void TestServerHttp::cleanupTestCase()
{
    if (m_server.port() != 0)
        QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
