// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datagen/demodata.h"
#include "domain/initiative.h"
#include "domain/referencedata.h"
#include "domain/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::datagen::DemoData;
using smec::domain::Kind;
using smec::domain::Record;
using smec::domain::Role;
using smec::domain::ValidationMode;
using smec::domain::Validator;

namespace {

QString describe(const QList<smec::domain::FieldIssue> &issues)
{
    QStringList parts;
    for (const auto &issue : issues)
        parts.append(issue.field + u": "_s + issue.code + u" ("_s + issue.message + u')');
    return parts.join(u"; "_s);
}

QSet<QString> idsOf(const QList<Record> &records)
{
    QSet<QString> ids;
    for (const Record &record : records)
        ids.insert(record.id);
    return ids;
}

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.insert(item.toString());
    return result;
}

DemoData loadDemo()
{
    auto loaded = DemoData::load();
    if (!loaded.ok())
        qFatal("demo data does not load: %s", qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

QByteArray minimalSet(const QJsonObject &post, const QJsonObject &thread = {})
{
    QJsonObject root{{u"practices"_s, QJsonArray{}},
                     {u"threads"_s, QJsonArray{}},
                     {u"posts"_s, QJsonArray{}},
                     {u"meetings"_s, QJsonArray{}},
                     {u"commitments"_s, QJsonArray{}}};
    if (!thread.isEmpty())
        root.insert(u"threads"_s, QJsonArray{thread});
    if (!post.isEmpty())
        root.insert(u"posts"_s, QJsonArray{post});
    return QJsonDocument(root).toJson();
}

const QString threadId = u"11111111-2222-5333-8444-555555555555"_s;
const QString postId = u"11111111-2222-5333-8444-66666666abcd"_s;

} // namespace

class TestDemoData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_givesTheCuratedSet();
    void ids_areCanonicalUniqueAndStable();
    void practices_coverCountriesPillarsAndLanguages();
    void practices_areMarkedIllustrative();
    void practices_passValidationForTheirState();
    void otherRecords_passStrictValidation();
    void demoDelegate_hasWorkInProgressInKenya();
    void references_pointIntoTheSet();
    void commitments_haveVariedStatuses();
    void initiatives_haveSeveralPartnersAndInviteTheDemoDelegates();
    void users_coverEveryRoleWithStableIds();
    void authors_areDemoUsersWritingForTheirCountry();
    void fromJson_rejectsBrokenSets_data();
    void fromJson_rejectsBrokenSets();
};

void TestDemoData::load_givesTheCuratedSet()
{
    const DemoData demo = loadDemo();
    QVERIFY(demo.practices().size() >= 20);
    QVERIFY(demo.threads().size() >= 6);
    QVERIFY(demo.posts().size() >= 25);
    QCOMPARE(demo.meetings().size(), 4);
    QVERIFY(demo.commitments().size() >= 10);
    QCOMPARE(demo.initiatives().size(), 4);
    QCOMPARE(demo.records().size(), demo.practices().size() + demo.threads().size() +
                                        demo.posts().size() + demo.meetings().size() +
                                        demo.commitments().size() + demo.initiatives().size());
    for (const Record &record : demo.records()) {
        QCOMPARE(record.rev, 0);
        QVERIFY(!record.deleted);
    }
    QCOMPARE(demo.records().first().kind, Kind::Meeting); // referenced records come first
}

void TestDemoData::ids_areCanonicalUniqueAndStable()
{
    const DemoData demo = loadDemo();
    QSet<QString> ids;
    for (const Record &record : demo.records()) {
        QVERIFY2(smec::domain::isCanonicalId(record.id), qPrintable(record.id));
        ids.insert(record.id);
    }
    QCOMPARE(ids.size(), demo.records().size());
    // Ids are part of the file: seeding twice, or on two servers, gives the same records.
    QCOMPARE(loadDemo().records(), demo.records());
    QVERIFY(ids.contains(u"fe1258d6-3037-553a-89a6-f8c1338d73d2"_s)); // Kenyan vouchers
}

void TestDemoData::practices_coverCountriesPillarsAndLanguages()
{
    const DemoData demo = loadDemo();
    QSet<QString> countries;
    QSet<QString> pillars;
    QSet<QString> languages;
    QSet<QString> instruments;
    for (const Record &practice : demo.practices()) {
        const QString country = practice.fields.value(u"country"_s).toString();
        QVERIFY2(smec::domain::ReferenceData::embedded().isCountry(country), qPrintable(country));
        countries.insert(country);
        pillars.unite(stringSet(practice.fields.value(u"pillars"_s)));
        languages.insert(practice.fields.value(u"language"_s).toString());
        instruments.insert(practice.fields.value(u"instrument"_s).toString());
    }
    QVERIFY2(countries.size() >= 18, qPrintable(QString::number(countries.size())));
    QCOMPARE(pillars, (QSet<QString>{u"digital"_s, u"finance"_s, u"green"_s}));
    QCOMPARE(languages, (QSet<QString>{u"en"_s, u"fr"_s, u"es"_s, u"ar"_s, u"zh"_s, u"ru"_s}));
    QVERIFY(instruments.size() >= 8);
}

void TestDemoData::practices_areMarkedIllustrative()
{
    const QStringList markers{u"Illustrative example"_s,
                              u"Exemple illustratif"_s,
                              u"Ejemplo ilustrativo"_s,
                              u"مثال توضيحي"_s,
                              u"示例说明"_s,
                              u"Иллюстративный пример"_s};
    const DemoData demo = loadDemo();
    for (const Record &practice : demo.practices()) {
        const QString summary = practice.fields.value(u"summary"_s).toString();
        const bool marked = std::any_of(markers.begin(), markers.end(),
                                        [&](const QString &m) { return summary.contains(m); });
        QVERIFY2(marked, qPrintable(practice.fields.value(u"title"_s).toString()));
    }
}

void TestDemoData::practices_passValidationForTheirState()
{
    const Validator validator;
    const DemoData demo = loadDemo();
    const QStringList submitFields{u"title"_s,      u"summary"_s,          u"body"_s,
                                   u"results"_s,    u"country"_s,          u"pillars"_s,
                                   u"instrument"_s, u"implementing_org"_s, u"start_year"_s};
    for (const Record &practice : demo.practices()) {
        const QString title = practice.fields.value(u"title"_s).toString();
        const bool draft = practice.fields.value(u"status"_s).toString() == u"draft"_s;
        const auto mode = draft ? ValidationMode::Lenient : ValidationMode::Strict;
        const auto issues = validator.validate(Kind::Practice, practice.fields, mode);
        QVERIFY2(issues.isEmpty(), qPrintable(title + u": "_s + describe(issues)));
        QCOMPARE(validator.validate(practice), issues);
        if (draft)
            continue;
        for (const QString &field : submitFields)
            QVERIFY2(practice.fields.contains(field), qPrintable(title + u": "_s + field));
        QVERIFY(!practice.fields.value(u"pillars"_s).toArray().isEmpty());
        QVERIFY(practice.fields.value(u"body"_s).toString().contains(u"\n## "_s));
        QVERIFY(practice.fields.value(u"lessons"_s).toString().startsWith(u"## "_s));
    }
}

void TestDemoData::otherRecords_passStrictValidation()
{
    const Validator validator;
    const DemoData demo = loadDemo();
    for (const Record &record : demo.records()) {
        if (record.kind == Kind::Practice)
            continue;
        const auto issues = validator.validate(record.kind, record.fields, ValidationMode::Strict);
        QVERIFY2(issues.isEmpty(), qPrintable(smec::domain::kindName(record.kind) + u" "_s +
                                              record.id + u": "_s + describe(issues)));
    }
}

void TestDemoData::demoDelegate_hasWorkInProgressInKenya()
{
    const DemoData demo = loadDemo();
    QSet<QString> kenyanStates;
    for (const Record &practice : demo.practices()) {
        const QString status = practice.fields.value(u"status"_s).toString();
        if (practice.fields.value(u"country"_s).toString() == u"KEN"_s)
            kenyanStates.insert(status);
    }
    for (const QString &state :
         {u"draft"_s, u"submitted"_s, u"in_review"_s, u"changes_requested"_s, u"published"_s})
        QVERIFY2(kenyanStates.contains(state), qPrintable(state));
}

void TestDemoData::references_pointIntoTheSet()
{
    const DemoData demo = loadDemo();
    const QSet<QString> practices = idsOf(demo.practices());
    const QSet<QString> meetings = idsOf(demo.meetings());
    const QSet<QString> threads = idsOf(demo.threads());
    QHash<QString, QString> threadOfPost;
    for (const Record &post : demo.posts()) {
        const QString thread = post.fields.value(u"thread_id"_s).toString();
        QVERIFY(threads.contains(thread));
        const QJsonValue replyTo = post.fields.value(u"reply_to"_s);
        if (!replyTo.isNull())
            QCOMPARE(threadOfPost.value(replyTo.toString()), thread); // same conversation
        threadOfPost.insert(post.id, thread);
    }
    QSet<QString> threadsWithPosts(threadOfPost.cbegin(), threadOfPost.cend());
    QCOMPARE(threadsWithPosts, threads);
    for (const Record &record : demo.threads() + demo.commitments()) {
        QVERIFY(practices.contains(stringSet(record.fields.value(u"practice_ids"_s))));
        if (record.fields.contains(u"meeting_id"_s))
            QVERIFY(meetings.contains(record.fields.value(u"meeting_id"_s).toString()));
    }
}

void TestDemoData::commitments_haveVariedStatuses()
{
    const DemoData demo = loadDemo();
    QSet<QString> statuses;
    for (const Record &commitment : demo.commitments())
        statuses.insert(commitment.fields.value(u"status"_s).toString());
    QVERIFY2(statuses.size() >= 5, qPrintable(QStringList(statuses.values()).join(u',')));

    QSet<QString> meetingKinds;
    for (const Record &meeting : demo.meetings())
        meetingKinds.insert(meeting.fields.value(u"kind"_s).toString());
    QVERIFY(meetingKinds.contains(u"global_ministerial"_s));
    QVERIFY(meetingKinds.contains(u"regional"_s));
    QVERIFY(meetingKinds.contains(u"thematic"_s));
}

void TestDemoData::users_coverEveryRoleWithStableIds()
{
    const auto users = DemoData::users();
    QSet<Role> roles;
    QSet<QString> ids;
    for (const auto &demo : users) {
        QVERIFY(smec::domain::isCanonicalId(demo.user.id));
        QCOMPARE(demo.user.id, DemoData::userId(demo.user.username));
        QVERIFY(!demo.password.isEmpty());
        QVERIFY(!demo.user.displayName.isEmpty());
        if (demo.user.role == Role::Delegate)
            QVERIFY(smec::domain::ReferenceData::embedded().isCountry(demo.user.country));
        roles.insert(demo.user.role);
        ids.insert(demo.user.id);
    }
    QCOMPARE(ids.size(), users.size());
    QCOMPARE(roles.size(), 4);
    const auto amani = std::find_if(users.begin(), users.end(),
                                    [](const auto &u) { return u.user.username == u"amani"_s; });
    QVERIFY(amani != users.end());
    QCOMPARE(amani->user.role, Role::Delegate);
    QCOMPARE(amani->user.country, u"KEN"_s);
    QVERIFY(DemoData::userId(u"nobody").isEmpty());
}

void TestDemoData::authors_areDemoUsersWritingForTheirCountry()
{
    QHash<QString, smec::domain::User> byId;
    for (const auto &demo : DemoData::users())
        byId.insert(demo.user.id, demo.user);
    const DemoData demo = loadDemo();
    for (const Record &record : demo.records()) {
        QVERIFY2(byId.contains(record.createdBy), qPrintable(record.id));
        const smec::domain::User author = byId.value(record.createdBy);
        if (record.kind == Kind::Practice || record.kind == Kind::Commitment) {
            // Delegates write for their own country; the secretariat for anyone.
            QVERIFY(author.role != Role::Analyst);
            if (author.role == Role::Delegate)
                QCOMPARE(record.fields.value(u"country"_s).toString(), author.country);
        }
        if (record.kind == Kind::Meeting)
            QVERIFY(author.isCurator());
        if (record.kind == Kind::Initiative && author.role == Role::Delegate)
            QCOMPARE(record.fields.value(u"lead_country"_s).toString(), author.country);
    }
}

void TestDemoData::initiatives_haveSeveralPartnersAndInviteTheDemoDelegates()
{
    const DemoData demo = loadDemo();
    QSet<QString> statuses;
    QSet<QString> invitedDemoCountries;
    for (const Record &initiative : demo.initiatives()) {
        const auto partners = smec::domain::Initiative::partners(initiative.fields);
        QVERIFY2(partners.size() >= 2, qPrintable(initiative.id));
        statuses.insert(smec::domain::Initiative::status(initiative.fields));
        for (const auto &partner : partners) {
            if (partner.state == smec::domain::Initiative::invited)
                invitedDemoCountries.insert(partner.country);
        }
    }
    // Proposed and running ones, and invitations the demo delegates (Kenya, Mexico) can answer.
    QVERIFY(statuses.contains(u"proposed"_s));
    QVERIFY(statuses.contains(u"active"_s));
    QVERIFY(invitedDemoCountries.contains(u"KEN"_s));
    QVERIFY(invitedDemoCountries.contains(u"MEX"_s));
}

void TestDemoData::fromJson_rejectsBrokenSets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    const QJsonObject thread{{u"id"_s, threadId},
                             {u"kind"_s, u"thread"_s},
                             {u"fields"_s, QJsonObject{{u"title"_s, u"T"_s}}}};
    const auto post = [](const QJsonValue &id, const QString &kind, const QString &thread,
                         const QJsonValue &replyTo) {
        return QJsonObject{{u"id"_s, id},
                           {u"kind"_s, kind},
                           {u"fields"_s, QJsonObject{{u"thread_id"_s, thread},
                                                     {u"body"_s, u"Hello"_s},
                                                     {u"reply_to"_s, replyTo}}}};
    };

    QTest::newRow("not json") << QByteArray("{nope") << u"invalid_json"_s << QString();
    QTest::newRow("not an object") << QByteArray("[]") << u"invalid_json"_s << QString();
    QTest::newRow("missing list") << QByteArray("{}") << u"invalid_field"_s << u"meetings"_s;
    QTest::newRow("upper-case id")
        << minimalSet(post(postId.toUpper(), u"post"_s, threadId, QJsonValue::Null), thread)
        << u"invalid_field"_s << u"posts[0].id"_s;
    QTest::newRow("wrong kind") << minimalSet(post(postId, u"thread"_s, threadId, QJsonValue::Null),
                                              thread)
                                << u"invalid_field"_s << u"posts[0].kind"_s;
    QTest::newRow("duplicate id") << minimalSet(
                                         post(threadId, u"post"_s, threadId, QJsonValue::Null),
                                         thread)
                                  << u"invalid_field"_s << u"posts[0].id"_s;
    QTest::newRow("orphan post") << minimalSet(post(postId, u"post"_s, threadId, QJsonValue::Null))
                                 << u"invalid_field"_s << u"posts[0].fields.thread_id"_s;
    QTest::newRow("reply to unknown post")
        << minimalSet(post(postId, u"post"_s, threadId, threadId), thread) << u"invalid_field"_s
        << u"posts[0].fields.reply_to"_s;
    QTest::newRow("unknown author") << [&] {
        QJsonObject withAuthor = thread;
        withAuthor.insert(u"author"_s, u"mallory"_s);
        return minimalSet({}, withAuthor);
    }() << u"invalid_field"_s << u"threads[0].author"_s;
}

void TestDemoData::fromJson_rejectsBrokenSets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, path);
    const auto result = DemoData::fromJson(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().path, path);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
