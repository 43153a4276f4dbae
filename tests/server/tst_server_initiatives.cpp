// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The joint-initiative rules (issue 25) as the real server enforces them over HTTP, for each
// role, on SQLite and (tst_server_initiatives_pg) PostgreSQL: consent to join, who edits, who
// invites and ends, and visibility of a proposed initiative in the change feed, including a
// record that leaves a user's feed when their country declines.
#include "serverprocess.h"

#include "testsupport.h"

#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
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

const QString milestoneA = u"11111111-1111-4111-8111-111111111111"_s;
const QString milestoneB = u"22222222-2222-4222-8222-222222222222"_s;

QJsonObject partner(const QString &country, const QString &state)
{
    return {{u"country"_s, country}, {u"state"_s, state}};
}

QJsonObject milestone(const QString &id, const QString &title, bool done)
{
    return {{u"id"_s, id}, {u"title"_s, title}, {u"done"_s, done}};
}

// A Kenyan-led proposal inviting `partners`.
QJsonObject proposal(const QJsonArray &partners)
{
    return {{u"title"_s, u"East African e-invoicing"_s},
            {u"lead_country"_s, u"KEN"_s},
            {u"kind"_s, u"joint_programme"_s},
            {u"status"_s, u"proposed"_s},
            {u"partners"_s, partners},
            {u"milestones"_s, QJsonArray{milestone(milestoneA, u"Pilot"_s, false),
                                         milestone(milestoneB, u"Scale up"_s, false)}}};
}

QJsonObject tickFirst(QJsonObject fields)
{
    QJsonArray milestones = fields.value("milestones"_L1).toArray();
    QJsonObject first = milestones.at(0).toObject();
    first.insert(u"done"_s, true);
    milestones.replace(0, first);
    fields.insert(u"milestones"_s, milestones);
    return fields;
}

QJsonObject withPartners(QJsonObject fields, const QJsonArray &partners)
{
    fields.insert(u"partners"_s, partners);
    return fields;
}

} // namespace

class TestServerInitiatives final : public QObject
{
    Q_OBJECT

private:
    QString databaseUrl() const;
    // Writes `fields` over the record at `baseRev`; the result object.
    QJsonObject write(const QByteArray &token, const QString &id, qint64 baseRev,
                      const QJsonObject &fields);
    // The record `id` as `token`'s change feed delivers it from `cursor` (updated), or an empty
    // object when the feed does not mention it.
    QJsonObject pulled(const QByteArray &token, const QString &id, QString *cursor = nullptr);
    static QString status(const QJsonObject &result)
    {
        return result.value("status"_L1).toString();
    }
    static qint64 rev(const QJsonObject &result)
    {
        return result.value("record"_L1).toObject().value("rev"_L1).toInteger();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QByteArray m_ken, m_rwa, m_fra, m_sec, m_analyst;

private Q_SLOTS:
    void initTestCase();
    void create_listingJoinedWithoutConsent_isRefusedForEveryRole();
    void create_onlyLeadDelegatesAndSecretariat();
    void invitedDelegate_joinsAndCanThenEdit();
    void otherDelegate_cannotJoinEditOrInvite();
    void leadDelegate_cannotJoinForAPartnerNorEnd();
    void secretariat_curatesAndEnds();
    void proposed_visibleToLeadInvitedAndSecretariatOnly();
    void feed_declinedInitiativeLeavesAndActivatedOneArrives();
    void malformed_partnersAndMilestones_areRejected();
    void cleanupTestCase();
};

QString TestServerInitiatives::databaseUrl() const
{
#ifdef SMEC_TEST_USE_POSTGRES
    return smec::test::postgresUrl();
#else
    return u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
#endif
}

QJsonObject TestServerInitiatives::write(const QByteArray &token, const QString &id, qint64 baseRev,
                                         const QJsonObject &fields)
{
    const QJsonObject mutation{
        {u"mutation_id"_s, newId()},  {u"op"_s, u"upsert"_s},   {u"id"_s, id},
        {u"kind"_s, u"initiative"_s}, {u"base_rev"_s, baseRev}, {u"fields"_s, fields}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{mutation}}}).toJson();
    const HttpResponse r =
        rawRequest(m_server.port(), request("POST", "/api/v1/mutations", token, body));
    if (r.status != 200) {
        qWarning() << "mutation answered" << r.status << r.body;
        return {};
    }
    if (auto decoded = smec::protocol::decodeMutationResults(r.body); !decoded)
        qWarning() << "client codec refuses the results:" << decoded.error().message;
    return r.json().value("results"_L1).toArray().at(0).toObject();
}

QJsonObject TestServerInitiatives::pulled(const QByteArray &token, const QString &id,
                                          QString *cursor)
{
    QJsonObject found;
    QString since = cursor ? *cursor : QString();
    for (;;) {
        QByteArray path = "/api/v1/changes?limit=1000";
        if (!since.isEmpty())
            path += "&since=" + QUrl::toPercentEncoding(since);
        const HttpResponse r = rawRequest(m_server.port(), request("GET", path, token));
        if (r.status != 200)
            return {};
        if (auto decoded = smec::protocol::decodeChangePage(r.body); !decoded) {
            qWarning() << "client codec refuses the page:" << decoded.error().message;
            return {};
        }
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value("changes"_L1).toArray()) {
            if (v.toObject().value("id"_L1).toString() == id)
                found = v.toObject();
        }
        since = page.value("cursor"_L1).toString();
        if (!page.value("more"_L1).toBool())
            break;
    }
    if (cursor)
        *cursor = since;
    return found;
}

void TestServerInitiatives::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = databaseUrl();
    if (db.isEmpty())
        QSKIP("no PostgreSQL (SMEC_TEST_PG_URL) for this test");
    QVERIFY(ServerProcess::addUser(db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"rwa"_s, u"delegate"_s, u"RWA"_s, u"rwa-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"fra"_s, u"delegate"_s, u"FRA"_s, u"fra-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
    QVERIFY(ServerProcess::addUser(db, u"ana"_s, u"analyst"_s, {}, u"ana-password"_s));
    QVERIFY2(m_server.start(db), m_server.standardError().constData());
    m_ken = m_server.login(u"ken"_s, u"ken-password"_s);
    m_rwa = m_server.login(u"rwa"_s, u"rwa-password"_s);
    m_fra = m_server.login(u"fra"_s, u"fra-password"_s);
    m_sec = m_server.login(u"sec"_s, u"sec-password"_s);
    m_analyst = m_server.login(u"ana"_s, u"ana-password"_s);
    QVERIFY(!m_ken.isEmpty() && !m_rwa.isEmpty() && !m_fra.isEmpty() && !m_sec.isEmpty() &&
            !m_analyst.isEmpty());
}

void TestServerInitiatives::create_listingJoinedWithoutConsent_isRefusedForEveryRole()
{
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"joined"_s)});
    for (const QByteArray &token : {m_ken, m_sec}) {
        const QJsonObject result = write(token, newId(), 0, fields);
        QCOMPARE(status(result), u"rejected"_s);
        QCOMPARE(result.value("error"_L1).toObject().value("code"_L1).toString(), u"forbidden"_s);
        QVERIFY(result.value("error"_L1)
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .contains(u"Rwanda"_s));
    }
}

void TestServerInitiatives::create_onlyLeadDelegatesAndSecretariat()
{
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"invited"_s)});
    QCOMPARE(status(write(m_ken, newId(), 0, fields)), u"applied"_s);
    QCOMPARE(status(write(m_sec, newId(), 0, fields)), u"applied"_s);
    QCOMPARE(status(write(m_rwa, newId(), 0, fields)), u"rejected"_s); // not led by Rwanda
    QCOMPARE(status(write(m_fra, newId(), 0, fields)), u"rejected"_s);
    QCOMPARE(status(write(m_analyst, newId(), 0, fields)), u"rejected"_s);
}

void TestServerInitiatives::invitedDelegate_joinsAndCanThenEdit()
{
    const QString id = newId();
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"invited"_s)});
    const QJsonObject created = write(m_ken, id, 0, fields);
    QCOMPARE(status(created), u"applied"_s);
    // Invited, not yet joined: Rwanda may not edit.
    QCOMPARE(status(write(m_rwa, id, rev(created), tickFirst(fields))), u"rejected"_s);
    const QJsonObject joinedFields = withPartners(fields, {partner(u"RWA"_s, u"joined"_s)});
    const QJsonObject joined = write(m_rwa, id, rev(created), joinedFields);
    QCOMPARE(status(joined), u"applied"_s);
    const QJsonObject ticked = write(m_rwa, id, rev(joined), tickFirst(joinedFields));
    QCOMPARE(status(ticked), u"applied"_s);
    QCOMPARE(ticked.value("record"_L1)
                 .toObject()
                 .value("fields"_L1)
                 .toObject()
                 .value("milestones"_L1)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("done"_L1)
                 .toBool(),
             true);
    // And it can leave: its entry goes.
    const QJsonObject left = write(m_rwa, id, rev(ticked), withPartners(tickFirst(fields), {}));
    QCOMPARE(status(left), u"applied"_s);
}

void TestServerInitiatives::otherDelegate_cannotJoinEditOrInvite()
{
    const QString id = newId();
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"joined"_s)});
    const QJsonObject invitedFields = proposal({partner(u"RWA"_s, u"invited"_s)});
    QJsonObject created = write(m_ken, id, 0, invitedFields);
    QCOMPARE(status(created), u"applied"_s);
    created = write(m_rwa, id, rev(created), fields);
    QCOMPARE(status(created), u"applied"_s);
    // France is not a partner: no edit, no self-join, no invitation of others.
    QCOMPARE(status(write(m_fra, id, rev(created), tickFirst(fields))), u"rejected"_s);
    QCOMPARE(status(write(m_fra, id, rev(created),
                          withPartners(fields, {partner(u"RWA"_s, u"joined"_s),
                                                partner(u"FRA"_s, u"joined"_s)}))),
             u"rejected"_s);
    QCOMPARE(status(write(m_analyst, id, rev(created), tickFirst(fields))), u"rejected"_s);
    // A joined partner edits, but does not invite others: the lead country does.
    const QJsonObject withUganda =
        withPartners(fields, {partner(u"RWA"_s, u"joined"_s), partner(u"UGA"_s, u"invited"_s)});
    QCOMPARE(status(write(m_rwa, id, rev(created), withUganda)), u"rejected"_s);
    QCOMPARE(status(write(m_ken, id, rev(created), withUganda)), u"applied"_s);
}

void TestServerInitiatives::leadDelegate_cannotJoinForAPartnerNorEnd()
{
    const QString id = newId();
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"invited"_s)});
    const QJsonObject created = write(m_ken, id, 0, fields);
    QCOMPARE(status(created), u"applied"_s);
    QCOMPARE(status(write(m_ken, id, rev(created),
                          withPartners(fields, {partner(u"RWA"_s, u"joined"_s)}))),
             u"rejected"_s);
    QJsonObject ended = fields;
    ended.insert(u"status"_s, u"ended"_s);
    QCOMPARE(status(write(m_ken, id, rev(created), ended)), u"rejected"_s);
    QJsonObject active = fields;
    active.insert(u"status"_s, u"active"_s);
    QCOMPARE(status(write(m_ken, id, rev(created), active)), u"applied"_s);
}

void TestServerInitiatives::secretariat_curatesAndEnds()
{
    const QString id = newId();
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"invited"_s)});
    QJsonObject result = write(m_ken, id, 0, fields);
    QCOMPARE(status(result), u"applied"_s);
    // The secretariat does not join for Rwanda either.
    QCOMPARE(status(write(m_sec, id, rev(result),
                          withPartners(fields, {partner(u"RWA"_s, u"joined"_s)}))),
             u"rejected"_s);
    QJsonObject curated = tickFirst(fields);
    curated.insert(u"lead_country"_s, u"UGA"_s);
    curated.insert(u"status"_s, u"ended"_s);
    result = write(m_sec, id, rev(result), curated);
    QCOMPARE(status(result), u"applied"_s);
    // Once ended and handed to Uganda, the Kenyan delegate no longer edits it.
    QCOMPARE(status(write(m_ken, id, rev(result), fields)), u"rejected"_s);
}

void TestServerInitiatives::proposed_visibleToLeadInvitedAndSecretariatOnly()
{
    const QString id = newId();
    QCOMPARE(status(write(m_ken, id, 0, proposal({partner(u"RWA"_s, u"invited"_s)}))),
             u"applied"_s);
    for (const QByteArray &token : {m_ken, m_rwa, m_sec}) {
        const QJsonObject record = pulled(token, id);
        QCOMPARE(record.value("deleted"_L1).toBool(), false);
        QCOMPARE(record.value("fields"_L1).toObject().value("title"_L1).toString(),
                 u"East African e-invoicing"_s);
    }
    for (const QByteArray &token : {m_fra, m_analyst}) {
        const QJsonObject record = pulled(token, id);
        QCOMPARE(record.value("deleted"_L1).toBool(), true);
        QVERIFY(!record.contains("fields"_L1));
    }
}

void TestServerInitiatives::feed_declinedInitiativeLeavesAndActivatedOneArrives()
{
    const QString id = newId();
    const QJsonObject fields = proposal({partner(u"RWA"_s, u"invited"_s)});
    const QJsonObject created = write(m_ken, id, 0, fields);
    QCOMPARE(status(created), u"applied"_s);
    QString rwandaCursor, franceCursor;
    QCOMPARE(pulled(m_rwa, id, &rwandaCursor).value("deleted"_L1).toBool(), false);
    QCOMPARE(pulled(m_fra, id, &franceCursor).value("deleted"_L1).toBool(), true);

    // Rwanda declines: the proposal leaves Rwanda's replica as a tombstone on the next pull.
    const QJsonObject declined = write(m_rwa, id, rev(created), withPartners(fields, {}));
    QCOMPARE(status(declined), u"applied"_s);
    QCOMPARE(declined.value("record"_L1).toObject().value("deleted"_L1).toBool(), true);
    const QJsonObject gone = pulled(m_rwa, id, &rwandaCursor);
    QCOMPARE(gone.value("deleted"_L1).toBool(), true);
    QVERIFY(!gone.contains("fields"_L1));

    // The lead activates it: it arrives for everyone signed in, Rwanda and France included.
    QJsonObject active = withPartners(fields, {});
    active.insert(u"status"_s, u"active"_s);
    QCOMPARE(status(write(m_ken, id, rev(declined), active)), u"applied"_s);
    for (QString *cursor : {&rwandaCursor, &franceCursor}) {
        const QJsonObject arrived = pulled(cursor == &rwandaCursor ? m_rwa : m_fra, id, cursor);
        QCOMPARE(arrived.value("deleted"_L1).toBool(), false);
        QCOMPARE(arrived.value("fields"_L1).toObject().value("status"_L1).toString(), u"active"_s);
    }
    QCOMPARE(pulled(m_analyst, id).value("deleted"_L1).toBool(), false);
}

void TestServerInitiatives::malformed_partnersAndMilestones_areRejected()
{
    QJsonObject bad = proposal({QJsonValue(u"RWA"_s)});
    QJsonObject result = write(m_ken, newId(), 0, bad);
    QCOMPARE(status(result), u"rejected"_s);
    QCOMPARE(result.value("error"_L1).toObject().value("code"_L1).toString(), u"invalid_field"_s);
    QCOMPARE(result.value("error"_L1).toObject().value("path"_L1).toString(), u"fields.partners"_s);
    bad = proposal({});
    bad.insert(u"milestones"_s, QJsonArray{QJsonObject{{u"title"_s, u"No id"_s}}});
    result = write(m_ken, newId(), 0, bad);
    QCOMPARE(status(result), u"rejected"_s);
    QCOMPARE(result.value("error"_L1).toObject().value("path"_L1).toString(),
             u"fields.milestones"_s);
}

void TestServerInitiatives::cleanupTestCase()
{
    if (m_server.port() != 0)
        QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestServerInitiatives)
#include "tst_server_initiatives.moc"
