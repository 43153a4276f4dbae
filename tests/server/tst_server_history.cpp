// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Record history (issue 19) as the real server serves it over HTTP, on SQLite and
// (tst_server_history_pg) PostgreSQL: every accepted write is a revision, listed newest first
// and paged; and history leaks nothing: another country's delegate gets 404 for a draft, a
// practice's drafts stay with its country and the secretariat after it is published, a hidden
// post's revisions with the secretariat and its author, a proposed initiative's with its lead,
// invitees and the secretariat.
#include "serverprocess.h"

#include "testsupport.h"

#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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

QJsonObject draft(const QString &title)
{
    return {{u"title"_s, title}, {u"country"_s, u"KEN"_s}, {u"status"_s, u"draft"_s}};
}

QJsonObject complete(QJsonObject fields, const QString &status)
{
    fields.insert(u"summary"_s, u"Mobile-money loans for micro-enterprises"_s);
    fields.insert(u"body"_s, u"The ministry guarantees half of each loan."_s);
    fields.insert(u"results"_s, u"12,000 loans in the first year."_s);
    fields.insert(u"pillars"_s, QJsonArray{u"finance"_s});
    fields.insert(u"instrument"_s, u"guarantee"_s);
    fields.insert(u"implementing_org"_s, u"Ministry of Trade"_s);
    fields.insert(u"start_year"_s, 2024);
    fields.insert(u"status"_s, status);
    return fields;
}

} // namespace

class TestServerHistory final : public QObject
{
    Q_OBJECT

private:
    struct Account
    {
        QByteArray token;
        QString id;
    };
    QString databaseUrl() const;
    Account signIn(const QString &username, const QString &password);
    // Writes `fields` over the record at `baseRev`; the new rev, or -1 when not applied.
    qint64 write(const QByteArray &token, const QString &kind, const QString &id, qint64 baseRev,
                 const QJsonObject &fields);
    HttpResponse history(const QByteArray &token, const QString &id, const QByteArray &query = {});
    // Every revision `token` may see, following the pages of `limit`, decoded by the client
    // codec; empty (and `status` set) when the first page is not a 200.
    QList<smec::protocol::Revision> allRevisions(const QByteArray &token, const QString &id,
                                                 int limit = 50, int *status = nullptr);
    static QList<qint64> revs(const QList<smec::protocol::Revision> &revisions)
    {
        QList<qint64> list;
        for (const auto &r : revisions)
            list << r.rev;
        return list;
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    Account m_ken, m_ken2, m_rwa, m_fra, m_sec, m_analyst;

private Q_SLOTS:
    void initTestCase();
    void revisions_everyWriteNewestFirstWithWriterAndFields();
    void revisions_pagesCoverEveryRevisionOnce();
    void draft_otherCountryAndAnalyst_get404LikeAnUnknownId();
    void publishedPractice_draftsStayWithCountryAndSecretariat();
    void hiddenPost_revisionsOnlyForSecretariatAndAuthor();
    void proposedInitiative_leadInviteesAndSecretariatOnly();
    void malformedRequests_areClearErrors();
    void cleanupTestCase();
};

QString TestServerHistory::databaseUrl() const
{
#ifdef SMEC_TEST_USE_POSTGRES
    return smec::test::postgresUrl();
#else
    return u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
#endif
}

TestServerHistory::Account TestServerHistory::signIn(const QString &username,
                                                     const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}})
            .toJson(QJsonDocument::Compact);
    const HttpResponse r =
        rawRequest(m_server.port(), request("POST", "/api/v1/session", {}, body));
    const QJsonObject answer = r.json();
    return {answer.value("token"_L1).toString().toUtf8(),
            answer.value("user"_L1).toObject().value("id"_L1).toString()};
}

qint64 TestServerHistory::write(const QByteArray &token, const QString &kind, const QString &id,
                                qint64 baseRev, const QJsonObject &fields)
{
    const QJsonObject mutation{
        {u"mutation_id"_s, newId()}, {u"op"_s, u"upsert"_s},   {u"id"_s, id},
        {u"kind"_s, kind},           {u"base_rev"_s, baseRev}, {u"fields"_s, fields}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{mutation}}}).toJson();
    const HttpResponse r =
        rawRequest(m_server.port(), request("POST", "/api/v1/mutations", token, body));
    const QJsonObject result = r.json().value("results"_L1).toArray().at(0).toObject();
    if (result.value("status"_L1).toString() != "applied"_L1) {
        qWarning() << "mutation answered" << r.status << r.body;
        return -1;
    }
    return result.value("record"_L1).toObject().value("rev"_L1).toInteger();
}

HttpResponse TestServerHistory::history(const QByteArray &token, const QString &id,
                                        const QByteArray &query)
{
    QByteArray path = "/api/v1/records/" + id.toLatin1() + "/revisions";
    if (!query.isEmpty())
        path += '?' + query;
    return rawRequest(m_server.port(), request("GET", path, token));
}

QList<smec::protocol::Revision>
TestServerHistory::allRevisions(const QByteArray &token, const QString &id, int limit, int *status)
{
    QList<smec::protocol::Revision> all;
    qint64 before = 0;
    for (int pages = 0; pages < 100; ++pages) {
        QByteArray query = "limit=" + QByteArray::number(limit);
        if (before > 0)
            query += "&before=" + QByteArray::number(before);
        const HttpResponse r = history(token, id, query);
        if (status)
            *status = r.status;
        if (r.status != 200)
            return all;
        auto page = smec::protocol::decodeRevisionPage(r.body);
        if (!page) {
            qWarning() << "client codec refuses the page:" << page.error().message << r.body;
            return {};
        }
        if (page->id != id)
            return {};
        all += page->revisions;
        if (!page->more)
            return all;
        if (page->revisions.isEmpty()) {
            qWarning() << "more without revisions";
            return {};
        }
        before = page->revisions.constLast().rev;
    }
    qWarning() << "history does not end";
    return {};
}

void TestServerHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = databaseUrl();
    if (db.isEmpty())
        QSKIP("no PostgreSQL (SMEC_TEST_PG_URL) for this test");
    QVERIFY(ServerProcess::addUser(db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"ken2"_s, u"delegate"_s, u"KEN"_s, u"ken2-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"rwa"_s, u"delegate"_s, u"RWA"_s, u"rwa-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"fra"_s, u"delegate"_s, u"FRA"_s, u"fra-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"ana"_s, u"analyst"_s, {}, u"ana-password"_s));
    QVERIFY2(m_server.start(db), m_server.standardError().constData());
    m_ken = signIn(u"ken"_s, u"ken-password"_s);
    m_ken2 = signIn(u"ken2"_s, u"ken2-password"_s);
    m_rwa = signIn(u"rwa"_s, u"rwa-password"_s);
    m_fra = signIn(u"fra"_s, u"fra-password"_s);
    m_sec = signIn(u"sec"_s, u"sec-password"_s);
    m_analyst = signIn(u"ana"_s, u"ana-password"_s);
    for (const Account *a : {&m_ken, &m_ken2, &m_rwa, &m_fra, &m_sec, &m_analyst})
        QVERIFY(!a->token.isEmpty() && !a->id.isEmpty());
}

void TestServerHistory::revisions_everyWriteNewestFirstWithWriterAndFields()
{
    const QString id = newId();
    QList<QJsonObject> written;
    QList<qint64> writtenRevs;
    QJsonObject fields = draft(u"Credit guarantees"_s);
    qint64 rev = write(m_ken.token, u"practice"_s, id, 0, fields);
    QVERIFY(rev > 0);
    written << fields;
    writtenRevs << rev;
    // Another delegate of the country edits, then the author again: each write is a revision.
    fields.insert(u"summary"_s, u"Loans guaranteed by the state"_s);
    rev = write(m_ken2.token, u"practice"_s, id, rev, fields);
    QVERIFY(rev > 0);
    written << fields;
    writtenRevs << rev;
    fields.insert(u"title"_s, u"Credit guarantees for micro-enterprises"_s);
    rev = write(m_ken.token, u"practice"_s, id, rev, fields);
    QVERIFY(rev > 0);
    written << fields;
    writtenRevs << rev;

    const auto revisions = allRevisions(m_ken.token, id);
    QCOMPARE(revisions.size(), 3);
    const QStringList writers{m_ken.id, m_ken2.id, m_ken.id};
    for (int i = 0; i < 3; ++i) {
        const auto &r = revisions.at(2 - i); // newest first
        QCOMPARE(r.rev, writtenRevs.at(i));
        QCOMPARE(r.updatedBy, writers.at(i));
        QVERIFY(r.updatedAt.isValid());
        QVERIFY(!r.deleted);
        QCOMPARE(r.fields, written.at(i));
    }
    QVERIFY(revisions.at(0).updatedAt >= revisions.at(2).updatedAt);
}

void TestServerHistory::revisions_pagesCoverEveryRevisionOnce()
{
    const QString id = newId();
    QJsonObject fields = draft(u"Export vouchers"_s);
    qint64 rev = 0;
    QList<qint64> expected;
    for (int i = 0; i < 7; ++i) {
        fields.insert(u"summary"_s, u"Edit %1"_s.arg(i));
        rev = write(m_ken.token, u"practice"_s, id, rev, fields);
        QVERIFY(rev > 0);
        expected.prepend(rev);
    }
    for (int limit : {1, 2, 3, 7, 50}) {
        QCOMPARE(revs(allRevisions(m_sec.token, id, limit)), expected);
    }
    const HttpResponse first = history(m_sec.token, id, "limit=3");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value("more"_L1).toBool(), true);
    QCOMPARE(first.json().value("revisions"_L1).toArray().size(), 3);
}

void TestServerHistory::draft_otherCountryAndAnalyst_get404LikeAnUnknownId()
{
    const QString id = newId();
    QVERIFY(write(m_ken.token, u"practice"_s, id, 0, draft(u"Secret draft"_s)) > 0);
    for (const Account *a : {&m_fra, &m_rwa, &m_analyst}) {
        const HttpResponse r = history(a->token, id);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), u"not_found"_s);
        QVERIFY(!r.body.contains("Secret"));
    }
    QCOMPARE(history(m_fra.token, newId()).status, 404);
    QCOMPARE(allRevisions(m_ken2.token, id).size(), 1);
    QCOMPARE(allRevisions(m_sec.token, id).size(), 1);
}

void TestServerHistory::publishedPractice_draftsStayWithCountryAndSecretariat()
{
    const QString id = newId();
    QJsonObject fields = draft(u"Green loans, first wording"_s);
    const qint64 r1 = write(m_ken.token, u"practice"_s, id, 0, fields);
    fields = complete(fields, u"submitted"_s);
    const qint64 r2 = write(m_ken.token, u"practice"_s, id, r1, fields);
    fields.insert(u"status"_s, u"in_review"_s);
    const qint64 r3 = write(m_sec.token, u"practice"_s, id, r2, fields);
    fields.insert(u"status"_s, u"published"_s);
    fields.insert(u"title"_s, u"Green loans"_s);
    const qint64 r4 = write(m_sec.token, u"practice"_s, id, r3, fields);
    QVERIFY(r1 > 0 && r2 > 0 && r3 > 0 && r4 > 0);

    QCOMPARE(revs(allRevisions(m_ken.token, id)), (QList<qint64>{r4, r3, r2, r1}));
    QCOMPARE(revs(allRevisions(m_ken2.token, id)), (QList<qint64>{r4, r3, r2, r1}));
    QCOMPARE(revs(allRevisions(m_sec.token, id)), (QList<qint64>{r4, r3, r2, r1}));
    for (const Account *a : {&m_fra, &m_rwa, &m_analyst}) {
        const auto seen = allRevisions(a->token, id, 1);
        QCOMPARE(revs(seen), QList<qint64>{r4});
        const HttpResponse raw = history(a->token, id);
        QVERIFY(!raw.body.contains("first wording"));
    }

    // Archived later: still public, the drafts still not.
    fields.insert(u"status"_s, u"archived"_s);
    const qint64 r5 = write(m_sec.token, u"practice"_s, id, r4, fields);
    QVERIFY(r5 > 0);
    QCOMPARE(revs(allRevisions(m_analyst.token, id)), (QList<qint64>{r5, r4}));
}

void TestServerHistory::hiddenPost_revisionsOnlyForSecretariatAndAuthor()
{
    const QString thread = newId();
    QVERIFY(write(m_fra.token, u"thread"_s, thread, 0,
                  {{u"title"_s, u"Guarantee funds"_s},
                   {u"kind"_s, u"discussion"_s},
                   {u"status"_s, u"open"_s}}) > 0);
    const QString post = newId();
    QJsonObject fields{{u"thread_id"_s, thread}, {u"body"_s, u"First version"_s}};
    const qint64 r1 = write(m_fra.token, u"post"_s, post, 0, fields);
    fields.insert(u"body"_s, u"Insulting version"_s);
    const qint64 r2 = write(m_fra.token, u"post"_s, post, r1, fields);
    fields.insert(u"hidden"_s, true);
    fields.insert(u"hidden_reason"_s, u"Off topic"_s);
    const qint64 r3 = write(m_sec.token, u"post"_s, post, r2, fields);
    QVERIFY(r1 > 0 && r2 > 0 && r3 > 0);

    QCOMPARE(revs(allRevisions(m_fra.token, post)), (QList<qint64>{r3, r2, r1}));
    QCOMPARE(revs(allRevisions(m_sec.token, post)), (QList<qint64>{r3, r2, r1}));
    for (const Account *a : {&m_ken, &m_rwa, &m_analyst})
        QCOMPARE(history(a->token, post).status, 404);

    // Unhidden after an edit: the others see the visible revisions, never the hidden one.
    fields.insert(u"hidden"_s, false);
    fields.insert(u"hidden_reason"_s, QString());
    const qint64 r4 = write(m_sec.token, u"post"_s, post, r3, fields);
    QVERIFY(r4 > 0);
    for (const Account *a : {&m_ken, &m_analyst})
        QCOMPARE(revs(allRevisions(a->token, post)), (QList<qint64>{r4, r2, r1}));
    QCOMPARE(revs(allRevisions(m_fra.token, post)), (QList<qint64>{r4, r3, r2, r1}));
}

void TestServerHistory::proposedInitiative_leadInviteesAndSecretariatOnly()
{
    const QString id = newId();
    QJsonObject fields{{u"title"_s, u"East African e-invoicing"_s},
                       {u"lead_country"_s, u"KEN"_s},
                       {u"kind"_s, u"joint_programme"_s},
                       {u"status"_s, u"proposed"_s},
                       {u"partners"_s, QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s},
                                                              {u"state"_s, u"invited"_s}}}},
                       {u"milestones"_s, QJsonArray{}}};
    const qint64 r1 = write(m_ken.token, u"initiative"_s, id, 0, fields);
    fields.insert(u"title"_s, u"East African e-invoicing pilot"_s);
    const qint64 r2 = write(m_ken.token, u"initiative"_s, id, r1, fields);
    QVERIFY(r1 > 0 && r2 > 0);
    for (const Account *a : {&m_ken, &m_ken2, &m_rwa, &m_sec})
        QCOMPARE(revs(allRevisions(a->token, id)), (QList<qint64>{r2, r1}));
    for (const Account *a : {&m_fra, &m_analyst})
        QCOMPARE(history(a->token, id).status, 404);
}

void TestServerHistory::malformedRequests_areClearErrors()
{
    const QString id = newId();
    QVERIFY(write(m_ken.token, u"practice"_s, id, 0, draft(u"Errors"_s)) > 0);
    auto code = [](const HttpResponse &r) {
        return r.json().value("error"_L1).toObject().value("code"_L1).toString();
    };
    HttpResponse r = rawRequest(m_server.port(),
                                request("GET", "/api/v1/records/" + id.toLatin1() + "/revisions"));
    QCOMPARE(r.status, 401);
    r = history(m_ken.token, u"not-a-uuid"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"bad_request"_s);
    r = history(m_ken.token, id.toUpper());
    QCOMPARE(r.status, 400);
    for (const QByteArray query : {"limit=0", "limit=x", "limit=-3", "before=0", "before=abc"}) {
        r = history(m_ken.token, id, query);
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"bad_request"_s);
    }
    r = rawRequest(
        m_server.port(),
        request("POST", "/api/v1/records/" + id.toLatin1() + "/revisions", m_ken.token, "{}"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET"));
    // A huge limit is clamped, not refused; `before` past the newest lists from the newest.
    r = history(m_ken.token, id, "limit=100000&before=9000000000");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("revisions"_L1).toArray().size(), 1);
    // The server is still answering.
    QCOMPARE(history(m_ken.token, id).status, 200);
}

void TestServerHistory::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServerHistory)
#include "tst_server_history.moc"
