// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datagen/syntheticgenerator.h"
#include "domain/initiative.h"
#include "domain/record.h"
#include "domain/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::datagen::SyntheticGenerator;
using smec::domain::Kind;
using smec::domain::Record;
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

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.insert(item.toString());
    return result;
}

} // namespace

class TestSyntheticGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedAndIndex_giveSameRecord();
    void differentSeed_givesDifferentRecords();
    void recordId_isCanonicalUniqueAndMatchesRecord();
    void practice_hasEnvelopeOfANewRecord();
    void practice_fillsEveryField();
    void practice_passesStrictValidation();
    void otherKinds_passStrictValidation();
    void practices_coverPillarsLanguagesAndStatuses();
    void practices_averageAboutThreePointFourKilobytes();
    void practices_carryAccentedAndArabicVocabulary();
    void post_referencesThreadAndReply();
    void referenceCounts_linkThreadsAndCommitments();
    void conversationPost_spreadsPostsOverThreadsWithReplies();
    void practicesSlice_matchesSinglePractices();
    void initiatives_haveSeveralPartnersAndStableMilestones();
};

void TestSyntheticGenerator::initiatives_haveSeveralPartnersAndStableMilestones()
{
    const SyntheticGenerator generator(11);
    QSet<QString> statuses;
    int joined = 0;
    int invited = 0;
    for (int i = 0; i < 200; ++i) {
        const Record initiative = generator.initiative(i);
        const auto partners = smec::domain::Initiative::partners(initiative.fields);
        QVERIFY(partners.size() >= 2 && partners.size() <= 5);
        for (const auto &partner : partners) {
            QVERIFY(partner.country !=
                    initiative.fields.value(u"lead_country"_s).toString()); // never its own
            joined += partner.state == smec::domain::Initiative::joined;
            invited += partner.state == smec::domain::Initiative::invited;
        }
        statuses.insert(smec::domain::Initiative::status(initiative.fields));
        // Milestone ids are derived from the record: the same on every regeneration.
        QCOMPARE(initiative.fields.value(u"milestones"_s),
                 generator.initiative(i).fields.value(u"milestones"_s));
        QVERIFY(initiative.fields.value(u"milestones"_s).toArray().size() >= 2);
    }
    QCOMPARE(statuses.size(), 5);
    QVERIFY(joined > invited && invited > 0);
}

void TestSyntheticGenerator::sameSeedAndIndex_giveSameRecord()
{
    const SyntheticGenerator a(7);
    const SyntheticGenerator b(7);
    for (int i : {0, 1, 2, 99, 4242}) {
        QCOMPARE(a.practice(i), b.practice(i));
        QCOMPARE(a.thread(i), b.thread(i));
        QCOMPARE(a.post(i, a.thread(0).id), b.post(i, b.thread(0).id));
        QCOMPARE(a.meeting(i), b.meeting(i));
        QCOMPARE(a.commitment(i), b.commitment(i));
        QCOMPARE(a.initiative(i), b.initiative(i));
    }
    // Order does not matter: each record has its own random stream.
    const Record later = a.practice(10);
    (void)a.practice(3);
    QCOMPARE(a.practice(10), later);
}

void TestSyntheticGenerator::differentSeed_givesDifferentRecords()
{
    const SyntheticGenerator a(1);
    const SyntheticGenerator b(2);
    QVERIFY(a.practice(0).id != b.practice(0).id);
    int sameBody = 0;
    for (int i = 0; i < 50; ++i)
        sameBody += a.practice(i).fields.value(u"body"_s) == b.practice(i).fields.value(u"body"_s);
    QVERIFY2(sameBody < 5, qPrintable(QString::number(sameBody)));
}

void TestSyntheticGenerator::recordId_isCanonicalUniqueAndMatchesRecord()
{
    const SyntheticGenerator generator(3);
    QSet<QString> ids;
    for (Kind kind : smec::domain::allKinds) {
        for (int i = 0; i < 1000; ++i) {
            const QString id = generator.recordId(kind, i);
            QVERIFY2(smec::domain::isCanonicalId(id), qPrintable(id));
            ids.insert(id);
        }
    }
    QCOMPARE(ids.size(), 1000 * qsizetype(smec::domain::allKinds.size()));
    QCOMPARE(generator.practice(5).id, generator.recordId(Kind::Practice, 5));
    QCOMPARE(generator.thread(5).id, generator.recordId(Kind::Thread, 5));
    QCOMPARE(generator.post(5, generator.thread(0).id).id, generator.recordId(Kind::Post, 5));
    QCOMPARE(generator.meeting(5).id, generator.recordId(Kind::Meeting, 5));
    QCOMPARE(generator.commitment(5).id, generator.recordId(Kind::Commitment, 5));
    QCOMPARE(generator.initiative(5).id, generator.recordId(Kind::Initiative, 5));
    // Stable across versions and platforms: benchmarks and fixtures may rely on it.
    QCOMPARE(SyntheticGenerator(1).recordId(Kind::Practice, 0),
             SyntheticGenerator(1).recordId(Kind::Practice, 0));
}

void TestSyntheticGenerator::practice_hasEnvelopeOfANewRecord()
{
    const Record record = SyntheticGenerator(1).practice(0);
    QCOMPARE(record.kind, Kind::Practice);
    QCOMPARE(record.rev, 0);
    QVERIFY(!record.deleted);
    QVERIFY(record.createdBy.isEmpty());
    QVERIFY(!record.createdAt.isValid());
}

void TestSyntheticGenerator::practice_fillsEveryField()
{
    const QStringList always{
        u"title"_s,      u"summary"_s,  u"body"_s,       u"results"_s,       u"lessons"_s,
        u"country"_s,    u"pillars"_s,  u"instrument"_s, u"target_groups"_s, u"implementing_org"_s,
        u"start_year"_s, u"end_year"_s, u"budget_usd"_s, u"beneficiaries"_s, u"evidence_level"_s,
        u"sources"_s,    u"tags"_s,     u"language"_s,   u"status"_s};
    const QStringList countries = SyntheticGenerator::countryCodes();
    const SyntheticGenerator generator(11);
    for (int i = 0; i < 500; ++i) {
        const QJsonObject f = generator.practice(i).fields;
        for (const QString &name : always)
            QVERIFY2(f.contains(name), qPrintable(name));
        QVERIFY(countries.contains(f.value(u"country"_s).toString()));
        QVERIFY(f.value(u"start_year"_s).toInt() <= f.value(u"end_year"_s).toInt());
        QVERIFY(f.value(u"body"_s).toString().startsWith(u"## "_s));
        QVERIFY(f.value(u"body"_s).toString().contains(u"\n- "_s));
        QVERIFY(f.value(u"results"_s).toString().startsWith(u"## "_s));
        QVERIFY(f.value(u"lessons"_s).toString().startsWith(u"## "_s));
        const QJsonArray sources = f.value(u"sources"_s).toArray();
        QVERIFY(!sources.isEmpty());
        for (const QJsonValue &source : sources) {
            const QString url = source[u"url"_s].toString();
            QVERIFY2(url.startsWith(u"https://example.org/"_s) ||
                         url.startsWith(u"http://example.org/"_s),
                     qPrintable(url));
        }
        const QString status = f.value(u"status"_s).toString();
        QCOMPARE(f.contains(u"review_note"_s), status == u"changes_requested"_s);
        QCOMPARE(f.contains(u"ref_code"_s), status != u"draft"_s);
    }
}

void TestSyntheticGenerator::practice_passesStrictValidation()
{
    const Validator validator;
    const SyntheticGenerator generator(5);
    for (int i = 0; i < 1000; ++i) {
        const Record record = generator.practice(i);
        const auto issues =
            validator.validate(Kind::Practice, record.fields, ValidationMode::Strict);
        QVERIFY2(issues.isEmpty(), qPrintable(u"practice %1: "_s.arg(i) + describe(issues)));
    }
}

void TestSyntheticGenerator::otherKinds_passStrictValidation()
{
    const Validator validator;
    SyntheticGenerator generator(5);
    generator.setReferenceCounts(100, 10);
    for (int i = 0; i < 300; ++i) {
        const Record thread = generator.thread(i);
        const Record meeting = generator.meeting(i);
        const Record post =
            generator.post(i, thread.id, i % 2 ? generator.recordId(Kind::Post, i - 1) : QString());
        const Record commitment = generator.commitment(i, i % 3 ? meeting.id : QString());
        const Record initiative = generator.initiative(i, i % 3 ? meeting.id : QString(), 50);
        for (const Record &record : {thread, meeting, post, commitment, initiative}) {
            const auto issues =
                validator.validate(record.kind, record.fields, ValidationMode::Strict);
            QVERIFY2(issues.isEmpty(), qPrintable(smec::domain::kindName(record.kind) +
                                                  u" %1: "_s.arg(i) + describe(issues)));
        }
    }
}

void TestSyntheticGenerator::practices_coverPillarsLanguagesAndStatuses()
{
    const SyntheticGenerator generator(42);
    const int n = 4000;
    QHash<QString, int> languages;
    QHash<QString, int> statuses;
    QSet<QString> pillars;
    QSet<QString> instruments;
    QSet<QString> groups;
    QSet<QString> countries;
    for (int i = 0; i < n; ++i) {
        const QJsonObject f = generator.practice(i).fields;
        ++languages[f.value(u"language"_s).toString()];
        ++statuses[f.value(u"status"_s).toString()];
        pillars.unite(stringSet(f.value(u"pillars"_s)));
        groups.unite(stringSet(f.value(u"target_groups"_s)));
        instruments.insert(f.value(u"instrument"_s).toString());
        countries.insert(f.value(u"country"_s).toString());
    }
    QCOMPARE(pillars, (QSet<QString>{u"digital"_s, u"finance"_s, u"green"_s}));
    QCOMPARE(instruments.size(), 13);
    QCOMPARE(groups.size(), 9);
    QVERIFY2(countries.size() >= 60, qPrintable(QString::number(countries.size())));
    QCOMPARE(languages.size(), 6);
    // Roughly 55/15/15/15 %, then 3 % each become Chinese and Russian.
    for (const QString &language : {u"zh"_s, u"ru"_s})
        QVERIFY2(languages.value(language) > n * 1 / 100 && languages.value(language) < n * 6 / 100,
                 qPrintable(language));
    QVERIFY(languages.value(u"en"_s) > n * 45 / 100 && languages.value(u"en"_s) < n * 65 / 100);
    for (const QString &language : {u"fr"_s, u"es"_s, u"ar"_s})
        QVERIFY2(languages.value(language) > n * 10 / 100 &&
                     languages.value(language) < n * 20 / 100,
                 qPrintable(language));
    for (const QString &status : {u"published"_s, u"draft"_s, u"submitted"_s, u"in_review"_s,
                                  u"changes_requested"_s, u"archived"_s})
        QVERIFY2(statuses.value(status) > 0, qPrintable(status));
    QVERIFY(statuses.value(u"published"_s) > n * 70 / 100);
}

void TestSyntheticGenerator::practices_averageAboutThreePointFourKilobytes()
{
    const SyntheticGenerator generator(42);
    const int n = 2000;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i)
        bytes += QJsonDocument(generator.practice(i).fields).toJson(QJsonDocument::Compact).size();
    const qint64 average = bytes / n;
    qInfo("average practice: %lld bytes of JSON", average);
    QVERIFY2(average >= 3000 && average <= 4000, qPrintable(QString::number(average)));
}

void TestSyntheticGenerator::practices_carryAccentedAndArabicVocabulary()
{
    const SyntheticGenerator generator(42);
    QString all;
    for (int i = 0; i < 400; ++i) {
        const QJsonObject f = generator.practice(i).fields;
        all += f.value(u"title"_s).toString() + f.value(u"summary"_s).toString() +
               f.value(u"body"_s).toString();
    }
    QVERIFY(all.contains(u"numérique"_s));
    QVERIFY(all.contains(u"financiación"_s));
    QVERIFY(all.contains(u"é"_s));
    static const QRegularExpression arabic(u"[\\x{0600}-\\x{06FF}]{3,}"_s);
    QVERIFY(arabic.match(all).hasMatch());
    QVERIFY(all.contains(u"中小企业"_s) || all.contains(u"企业"_s));
    QVERIFY(all.contains(u"предприятий"_s));
    // A Chinese practice is written from a Chinese-speaking country, a Russian one likewise.
    for (int i = 0; i < 400; ++i) {
        const QJsonObject f = generator.practice(i).fields;
        const QString language = f.value(u"language"_s).toString();
        const QString country = f.value(u"country"_s).toString();
        if (language == u"zh"_s)
            QVERIFY2(country == u"CHN"_s || country == u"SGP"_s, qPrintable(country));
        if (language == u"ru"_s)
            QVERIFY2(QStringList({u"RUS"_s, u"KAZ"_s, u"KGZ"_s, u"BLR"_s}).contains(country),
                     qPrintable(country));
    }
}

void TestSyntheticGenerator::post_referencesThreadAndReply()
{
    const SyntheticGenerator generator(9);
    const QString threadId = generator.recordId(Kind::Thread, 0);
    const Record first = generator.post(0, threadId);
    QCOMPARE(first.kind, Kind::Post);
    QCOMPARE(first.fields.value(u"thread_id"_s).toString(), threadId);
    QVERIFY(first.fields.value(u"reply_to"_s).isNull());
    QCOMPARE(first.fields.value(u"hidden"_s).toBool(true), false);
    QVERIFY(!first.fields.value(u"body"_s).toString().trimmed().isEmpty());

    int quoting = 0;
    for (int i = 1; i < 100; ++i) {
        const Record reply = generator.post(i, threadId, first.id);
        QCOMPARE(reply.fields.value(u"reply_to"_s).toString(), first.id);
        quoting += reply.fields.value(u"body"_s).toString().startsWith(u"> "_s);
    }
    QVERIFY(quoting > 10);
}

void TestSyntheticGenerator::referenceCounts_linkThreadsAndCommitments()
{
    SyntheticGenerator generator(4);
    for (int i = 0; i < 50; ++i) {
        QVERIFY(generator.thread(i).fields.value(u"practice_ids"_s).toArray().isEmpty());
        QVERIFY(!generator.thread(i).fields.contains(u"meeting_id"_s));
    }
    generator.setReferenceCounts(20, 3);
    QSet<QString> practiceIds;
    for (int i = 0; i < 20; ++i)
        practiceIds.insert(generator.recordId(Kind::Practice, i));
    QSet<QString> meetingIds;
    for (int i = 0; i < 3; ++i)
        meetingIds.insert(generator.recordId(Kind::Meeting, i));
    int linked = 0;
    int withMeeting = 0;
    for (int i = 0; i < 200; ++i) {
        const QJsonObject thread = generator.thread(i).fields;
        const QSet<QString> ids = stringSet(thread.value(u"practice_ids"_s));
        QVERIFY(practiceIds.contains(ids));
        linked += !ids.isEmpty();
        if (thread.contains(u"meeting_id"_s)) {
            QVERIFY(meetingIds.contains(thread.value(u"meeting_id"_s).toString()));
            ++withMeeting;
        }
        QVERIFY(practiceIds.contains(
            stringSet(generator.commitment(i).fields.value(u"practice_ids"_s))));
    }
    QVERIFY(linked > 50);
    QVERIFY(withMeeting > 10);
}

void TestSyntheticGenerator::conversationPost_spreadsPostsOverThreadsWithReplies()
{
    const SyntheticGenerator generator(6);
    const int threads = 10;
    QHash<QString, QString> threadOfPost;
    int replies = 0;
    for (int i = 0; i < 200; ++i) {
        const Record post = generator.conversationPost(i, threads);
        QCOMPARE(post.id, generator.recordId(Kind::Post, i));
        const QString thread = post.fields.value(u"thread_id"_s).toString();
        QCOMPARE(thread, generator.recordId(Kind::Thread, i % threads));
        const QJsonValue replyTo = post.fields.value(u"reply_to"_s);
        if (!replyTo.isNull()) {
            // Replies point at an earlier post of the same thread.
            QCOMPARE(threadOfPost.value(replyTo.toString()), thread);
            ++replies;
        }
        threadOfPost.insert(post.id, thread);
    }
    QVERIFY(replies > 60 && replies < 130);
    QCOMPARE(generator.conversationPost(42, threads), generator.conversationPost(42, threads));
}

void TestSyntheticGenerator::practicesSlice_matchesSinglePractices()
{
    const SyntheticGenerator generator(8);
    const QList<Record> slice = generator.practices(100, 5);
    QCOMPARE(slice.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(slice.at(i), generator.practice(100 + i));
    QVERIFY(generator.practices(0, 0).isEmpty());

    // Large slices are generated on several threads; the result is the same.
    const QList<Record> large = generator.practices(7, 5000);
    QCOMPARE(large.size(), 5000);
    for (int i : {0, 1, 1249, 1250, 2499, 2500, 3333, 4999})
        QCOMPARE(large.at(i), generator.practice(7 + i));
}

QTEST_GUILESS_MAIN(TestSyntheticGenerator)
#include "tst_syntheticgenerator.moc"
