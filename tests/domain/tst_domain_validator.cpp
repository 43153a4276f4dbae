// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/referencedata.h"
#include "domain/validator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::domain;

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

// Issues as "field:code" in order, for compact expectations.
QStringList summary(const QList<FieldIssue> &issues)
{
    QStringList result;
    for (const FieldIssue &issue : issues)
        result.append(issue.field + u':' + issue.code);
    return result;
}

// A practice that passes strict validation; rows change one thing.
QJsonObject completePractice()
{
    return object(R"({
        "title": "Kenya SME e-commerce vouchers",
        "summary": "Vouchers for micro and small firms to start selling online.",
        "body": "The ministry ran a **voucher** scheme...",
        "results": "12,000 firms onboarded.",
        "country": "KEN",
        "pillars": ["digital"],
        "instrument": "grant",
        "implementing_org": "Kenya Micro and Small Enterprises Authority",
        "start_year": 2021,
        "status": "submitted"
    })"_ba);
}

QJsonObject withField(QJsonObject fields, const QString &name, const QJsonValue &value)
{
    fields.insert(name, value);
    return fields;
}

QJsonValue json(const QByteArray &text)
{
    return object("{\"v\":" + text + '}').value(u"v"_s);
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void practice_fieldValues_data();
    void practice_fieldValues();
    void messages_sayWhatToDo();
    void unknownFields_areKept();
    void modeFor_data();
    void modeFor();
    void record_tombstoneIsValid();
    void issue_toError();
    void countries_checkedAgainstGivenReference();
};

void TestValidator::validate_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<ValidationMode>("mode");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QStringList>("expected");
    const auto L = ValidationMode::Lenient;
    const auto S = ValidationMode::Strict;

    // practice
    QTest::newRow("practice draft: title only")
        << Kind::Practice << L << R"({"title":"A"})"_ba << QStringList{};
    QTest::newRow("practice draft: nothing")
        << Kind::Practice << L << "{}"_ba << QStringList{u"title:required"_s};
    QTest::newRow("practice draft: blank title")
        << Kind::Practice << L << R"({"title":"   "})"_ba << QStringList{u"title:required"_s};
    QTest::newRow("practice draft: empty optional values are unset")
        << Kind::Practice << L
        << R"({"title":"A","instrument":"","country":"","pillars":[],"start_year":null})"_ba
        << QStringList{};
    QTest::newRow("practice draft: bad values still reported")
        << Kind::Practice << L << R"({"title":"A","instrument":"bribe","country":"XXX"})"_ba
        << QStringList{u"country:unknown_country"_s, u"instrument:not_allowed"_s};
    QTest::newRow("practice submit: title only")
        << Kind::Practice << S << R"({"title":"A"})"_ba
        << QStringList{u"summary:required"_s,          u"body:required"_s,
                       u"results:required"_s,          u"country:required"_s,
                       u"pillars:required"_s,          u"instrument:required"_s,
                       u"implementing_org:required"_s, u"start_year:required"_s};
    QTest::newRow("practice submit: complete")
        << Kind::Practice << S << QJsonDocument(completePractice()).toJson() << QStringList{};
    QTest::newRow("practice: changes requested needs a note")
        << Kind::Practice << L << R"({"title":"A","status":"changes_requested"})"_ba
        << QStringList{u"review_note:required"_s};
    QTest::newRow("practice: changes requested with note")
        << Kind::Practice << L
        << R"({"title":"A","status":"changes_requested","review_note":"Add figures."})"_ba
        << QStringList{};
    QTest::newRow("practice: end before start")
        << Kind::Practice << L << R"({"title":"A","start_year":2022,"end_year":2020})"_ba
        << QStringList{u"end_year:invalid_range"_s};
    QTest::newRow("practice: same start and end")
        << Kind::Practice << L << R"({"title":"A","start_year":2022,"end_year":2022})"_ba
        << QStringList{};
    QTest::newRow("practice: title not text")
        << Kind::Practice << L << R"({"title":42})"_ba << QStringList{u"title:wrong_type"_s};

    // thread
    QTest::newRow("thread: title") << Kind::Thread << S << R"({"title":"Q"})"_ba << QStringList{};
    QTest::newRow("thread: no title")
        << Kind::Thread << L << R"({"kind":"question"})"_ba << QStringList{u"title:required"_s};
    QTest::newRow("thread: full")
        << Kind::Thread << S << R"({"title":"Q","kind":"consultation","pillars":["green","finance"],
               "practice_ids":["3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f"],
               "meeting_id":"0a1b2c3d-8d4a-4c1b-9e2f-3f2b6c1e4e5f","status":"closed"})"_ba
        << QStringList{};
    QTest::newRow("thread: bad values")
        << Kind::Thread << S << R"({"title":"Q","kind":"rant","meeting_id":"42","status":"locked",
               "practice_ids":["3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f",
                               "3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f"]})"_ba
        << QStringList{u"kind:not_allowed"_s, u"practice_ids:duplicate"_s,
                       u"meeting_id:invalid_id"_s, u"status:not_allowed"_s};

    // post
    QTest::newRow("post: minimal")
        << Kind::Post << S
        << R"({"thread_id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f","body":"Hi","reply_to":null})"_ba
        << QStringList{};
    QTest::newRow("post: empty") << Kind::Post << L << "{}"_ba
                                 << QStringList{u"thread_id:required"_s, u"body:required"_s};
    QTest::newRow("post: bad hidden and reply")
        << Kind::Post << S << R"({"thread_id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f","body":"Hi",
               "reply_to":"post-1","hidden":"yes"})"_ba
        << QStringList{u"reply_to:invalid_id"_s, u"hidden:wrong_type"_s};

    // meeting
    QTest::newRow("meeting lenient: title only")
        << Kind::Meeting << L << R"({"title":"M"})"_ba << QStringList{};
    QTest::newRow("meeting strict: title only")
        << Kind::Meeting << S << R"({"title":"M"})"_ba
        << QStringList{u"kind:required"_s, u"starts_on:required"_s};
    QTest::newRow("meeting: full")
        << Kind::Meeting << S
        << R"({"title":"M","kind":"global_ministerial","starts_on":"2026-06-01",
               "ends_on":"2026-06-03","host_country":"ITA","city":"Rome","mode":"hybrid",
               "pillars":["digital"],"participants":["KEN","FRA","PSE"],
               "agenda":"# Day 1","outcomes":""})"_ba
        << QStringList{};
    QTest::newRow("meeting: bad dates and countries")
        << Kind::Meeting << S
        << R"({"title":"M","kind":"regional","starts_on":"2026-02-30","ends_on":"01/06/2026",
               "host_country":"Italy","mode":"zoom","participants":["KEN","XXX"]})"_ba
        << QStringList{u"starts_on:invalid_date"_s, u"ends_on:invalid_date"_s,
                       u"host_country:unknown_country"_s, u"mode:not_allowed"_s,
                       u"participants:unknown_country"_s};
    QTest::newRow("meeting: ends before it starts")
        << Kind::Meeting << S
        << R"({"title":"M","kind":"thematic","starts_on":"2026-06-03","ends_on":"2026-06-01"})"_ba
        << QStringList{u"ends_on:invalid_range"_s};
    QTest::newRow("meeting: duplicate participant")
        << Kind::Meeting << S << R"({"title":"M","kind":"thematic","starts_on":"2026-06-03",
               "participants":["KEN","KEN"]})"_ba
        << QStringList{u"participants:duplicate"_s};

    // commitment
    QTest::newRow("commitment lenient: country and title")
        << Kind::Commitment << L << R"({"country":"KEN","title":"C"})"_ba << QStringList{};
    QTest::newRow("commitment lenient: empty")
        << Kind::Commitment << L << "{}"_ba
        << QStringList{u"country:required"_s, u"title:required"_s};
    QTest::newRow("commitment strict: needs pillar")
        << Kind::Commitment << S << R"({"country":"KEN","title":"C"})"_ba
        << QStringList{u"pillar:required"_s};
    QTest::newRow("commitment: full")
        << Kind::Commitment << S
        << R"({"country":"KEN","pillar":"finance","title":"C","description":"D",
               "target":"10,000 loans","deadline":"2027-12-31","status":"partially_achieved",
               "meeting_id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f","practice_ids":[],
               "progress_note":"On track."})"_ba
        << QStringList{};
    QTest::newRow("commitment: bad values")
        << Kind::Commitment << S
        << R"({"country":"KEN","pillar":["finance"],"title":"C","deadline":"2027",
               "status":"done"})"_ba
        << QStringList{u"pillar:wrong_type"_s, u"deadline:invalid_date"_s, u"status:not_allowed"_s};

    // initiative: partners keyed by country, milestones by a stable id
    QTest::newRow("initiative: minimum")
        << Kind::Initiative << S << R"({"title":"I","lead_country":"KEN"})"_ba << QStringList{};
    QTest::newRow("initiative: empty")
        << Kind::Initiative << S << "{}"_ba
        << QStringList{u"title:required"_s, u"lead_country:required"_s};
    QTest::newRow("initiative: full")
        << Kind::Initiative << S
        << R"({"title":"I","summary":"S","description":"D","lead_country":"KEN",
               "partners":[{"country":"RWA","state":"joined"},{"country":"UGA","state":"invited"}],
               "pillars":["digital"],"kind":"twinning","status":"active",
               "starts_on":"2026-01-01","ends_on":"2027-01-01",
               "launched_at_meeting":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f",
               "commitment_ids":[],"practice_ids":[],
               "milestones":[{"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e50","title":"Launch",
                              "due":"2026-03-01","done":true},
                             {"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e51","title":"Review",
                              "due":null,"done":false}],
               "outcomes":"O"})"_ba
        << QStringList{};
    QTest::newRow("initiative: partner shapes")
        << Kind::Initiative << S << R"({"title":"I","lead_country":"KEN","partners":["RWA"]})"_ba
        << QStringList{u"partners:wrong_type"_s};
    QTest::newRow("initiative: partner state")
        << Kind::Initiative << S
        << R"({"title":"I","lead_country":"KEN","partners":[{"country":"RWA","state":"maybe"}]})"_ba
        << QStringList{u"partners:not_allowed"_s};
    QTest::newRow("initiative: partner country")
        << Kind::Initiative << S
        << R"({"title":"I","lead_country":"KEN","partners":[{"country":"XXX","state":"invited"}]})"_ba
        << QStringList{u"partners:unknown_country"_s};
    QTest::newRow("initiative: partner twice")
        << Kind::Initiative << S
        << R"({"title":"I","lead_country":"KEN","partners":[{"country":"RWA","state":"invited"},
               {"country":"RWA","state":"joined"}]})"_ba
        << QStringList{u"partners:duplicate"_s};
    QTest::newRow("initiative: lead is partner")
        << Kind::Initiative << S
        << R"({"title":"I","lead_country":"KEN","partners":[{"country":"KEN","state":"invited"}]})"_ba
        << QStringList{u"partners:lead_is_partner"_s};
    QTest::newRow("initiative: milestone without id")
        << Kind::Initiative << S
        << R"({"title":"I","lead_country":"KEN","milestones":[{"title":"M","done":false}]})"_ba
        << QStringList{u"milestones:invalid_id"_s};
    QTest::newRow("initiative: milestone without title")
        << Kind::Initiative << S << R"({"title":"I","lead_country":"KEN",
               "milestones":[{"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e50","title":" "}]})"_ba
        << QStringList{u"milestones:required"_s};
    QTest::newRow("initiative: milestone bad due and done") << Kind::Initiative << S
                                                            << R"({"title":"I","lead_country":"KEN",
               "milestones":[{"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e50","title":"M",
                              "due":"soon"}]})"_ba << QStringList{u"milestones:invalid_date"_s};
    QTest::newRow("initiative: milestone done not a flag") << Kind::Initiative << S
                                                           << R"({"title":"I","lead_country":"KEN",
               "milestones":[{"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e50","title":"M",
                              "done":"yes"}]})"_ba << QStringList{u"milestones:wrong_type"_s};
    QTest::newRow("initiative: milestone id twice")
        << Kind::Initiative << S << R"({"title":"I","lead_country":"KEN",
               "milestones":[{"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e50","title":"A"},
                             {"id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e50","title":"B"}]})"_ba
        << QStringList{u"milestones:duplicate"_s};
    QTest::newRow("initiative: ends before it starts")
        << Kind::Initiative << S
        << R"({"title":"I","lead_country":"KEN","starts_on":"2027-01-01","ends_on":"2026-01-01",
               "kind":"peer", "status":"open"})"_ba
        << QStringList{u"kind:not_allowed"_s, u"status:not_allowed"_s, u"ends_on:invalid_range"_s};
}

void TestValidator::validate()
{
    QFETCH(Kind, kind);
    QFETCH(ValidationMode, mode);
    QFETCH(QByteArray, fields);
    QFETCH(QStringList, expected);
    const QList<FieldIssue> issues = Validator().validate(kind, object(fields), mode);
    QCOMPARE(summary(issues), expected);
    for (const FieldIssue &issue : issues)
        QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.field));
}

void TestValidator::practice_fieldValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code"); // empty: valid

    const QByteArray title300 = '"' + QByteArray(300, 'x') + '"';
    const QByteArray title301 = '"' + QByteArray(301, 'x') + '"';
    QTest::newRow("title 300 chars") << u"title"_s << title300 << QString();
    QTest::newRow("title 301 chars") << u"title"_s << title301 << u"too_long"_s;
    QTest::newRow("title non-ASCII")
        << u"title"_s << R"("Programme d'appui à l'export")"_ba << QString();
    QTest::newRow("summary too long")
        << u"summary"_s << QByteArray('"' + QByteArray(2001, 'x') + '"') << u"too_long"_s;
    QTest::newRow("body not text") << u"body"_s << "[1]"_ba << u"wrong_type"_s;
    QTest::newRow("country KEN") << u"country"_s << R"("KEN")"_ba << QString();
    QTest::newRow("country lower case") << u"country"_s << R"("ken")"_ba << u"unknown_country"_s;
    QTest::newRow("country alpha-2") << u"country"_s << R"("KE")"_ba << u"unknown_country"_s;
    QTest::newRow("country unknown") << u"country"_s << R"("XXX")"_ba << u"unknown_country"_s;
    QTest::newRow("country number") << u"country"_s << "404"_ba << u"unknown_country"_s;
    QTest::newRow("pillars all") << u"pillars"_s << R"(["digital","finance","green"])"_ba
                                 << QString();
    QTest::newRow("pillars unknown")
        << u"pillars"_s << R"(["digital","space"])"_ba << u"not_allowed"_s;
    QTest::newRow("pillars duplicate")
        << u"pillars"_s << R"(["green","green"])"_ba << u"duplicate"_s;
    QTest::newRow("pillars as string") << u"pillars"_s << R"("green")"_ba << u"wrong_type"_s;
    QTest::newRow("pillars with number") << u"pillars"_s << R"([1])"_ba << u"wrong_type"_s;
    QTest::newRow("instrument valid") << u"instrument"_s << R"("tax_incentive")"_ba << QString();
    QTest::newRow("instrument unknown") << u"instrument"_s << R"("bribe")"_ba << u"not_allowed"_s;
    QTest::newRow("instrument wrong case")
        << u"instrument"_s << R"("Grant")"_ba << u"not_allowed"_s;
    QTest::newRow("target groups")
        << u"target_groups"_s << R"(["women_led","rural"])"_ba << QString();
    QTest::newRow("target groups unknown")
        << u"target_groups"_s << R"(["giants"])"_ba << u"not_allowed"_s;
    QTest::newRow("start year") << u"start_year"_s << "2019"_ba << QString();
    QTest::newRow("start year fraction") << u"start_year"_s << "2019.5"_ba << u"wrong_type"_s;
    QTest::newRow("start year string") << u"start_year"_s << R"("2019")"_ba << u"wrong_type"_s;
    QTest::newRow("start year 1800") << u"start_year"_s << "1800"_ba << u"out_of_range"_s;
    QTest::newRow("end year 3000") << u"end_year"_s << "3000"_ba << u"out_of_range"_s;
    QTest::newRow("budget") << u"budget_usd"_s << "1500000.50"_ba << QString();
    QTest::newRow("budget negative") << u"budget_usd"_s << "-5"_ba << u"out_of_range"_s;
    QTest::newRow("budget text") << u"budget_usd"_s << R"("lots")"_ba << u"wrong_type"_s;
    QTest::newRow("beneficiaries") << u"beneficiaries"_s << "12000"_ba << QString();
    QTest::newRow("beneficiaries huge") << u"beneficiaries"_s << "1e300"_ba << u"wrong_type"_s;
    QTest::newRow("beneficiaries negative") << u"beneficiaries"_s << "-1"_ba << u"out_of_range"_s;
    QTest::newRow("evidence level") << u"evidence_level"_s << R"("proven")"_ba << QString();
    QTest::newRow("evidence level unknown")
        << u"evidence_level"_s << R"("certain")"_ba << u"not_allowed"_s;
    QTest::newRow("sources https")
        << u"sources"_s << R"([{"title":"Report","url":"https://example.org/report.pdf"}])"_ba
        << QString();
    QTest::newRow("sources http without title")
        << u"sources"_s << R"([{"url":"http://example.org/"}])"_ba << QString();
    QTest::newRow("sources ftp") << u"sources"_s
                                 << R"([{"title":"F","url":"ftp://example.org/f"}])"_ba
                                 << u"invalid_url"_s;
    QTest::newRow("sources javascript")
        << u"sources"_s << R"x([{"title":"X","url":"javascript:alert(1)"}])x"_ba
        << u"invalid_url"_s;
    QTest::newRow("sources file") << u"sources"_s
                                  << R"([{"title":"X","url":"file:///etc/passwd"}])"_ba
                                  << u"invalid_url"_s;
    QTest::newRow("sources no host")
        << u"sources"_s << R"([{"url":"https://"}])"_ba << u"invalid_url"_s;
    QTest::newRow("sources missing url")
        << u"sources"_s << R"([{"title":"X"}])"_ba << u"invalid_url"_s;
    QTest::newRow("sources plain string")
        << u"sources"_s << R"(["https://example.org"])"_ba << u"wrong_type"_s;
    QTest::newRow("sources title too long") << u"sources"_s
                                            << QByteArray(R"([{"title":")" + QByteArray(301, 't') +
                                                          R"(","url":"https://example.org"}])")
                                            << u"too_long"_s;
    QTest::newRow("tags") << u"tags"_s << R"(["vouchers","e-commerce"])"_ba << QString();
    QTest::newRow("tags empty entry") << u"tags"_s << R"(["ok",""])"_ba << u"wrong_type"_s;
    QTest::newRow("tags duplicate") << u"tags"_s << R"(["a","a"])"_ba << u"duplicate"_s;
    QTest::newRow("tags too long")
        << u"tags"_s << QByteArray("[\"" + QByteArray(65, 't') + "\"]") << u"too_long"_s;
    QByteArray manyTags = "[";
    for (int i = 0; i < 101; ++i)
        manyTags += (i ? ",\"t" : "\"t") + QByteArray::number(i) + '"';
    manyTags += ']';
    QTest::newRow("tags too many") << u"tags"_s << manyTags << u"too_many"_s;
    QTest::newRow("language en") << u"language"_s << R"("en")"_ba << QString();
    QTest::newRow("language es-419") << u"language"_s << R"("es-419")"_ba << QString();
    QTest::newRow("language zh-Hant-TW") << u"language"_s << R"("zh-Hant-TW")"_ba << QString();
    QTest::newRow("language sentence")
        << u"language"_s << R"("English!")"_ba << u"invalid_language"_s;
    QTest::newRow("language underscore")
        << u"language"_s << R"("en_GB")"_ba << u"invalid_language"_s;
    QTest::newRow("status unknown") << u"status"_s << R"("rejected")"_ba << u"not_allowed"_s;
    QTest::newRow("ref code") << u"ref_code"_s << R"("PRA-2026-0142")"_ba << QString();
    QTest::newRow("ref code number") << u"ref_code"_s << "142"_ba << u"wrong_type"_s;
}

void TestValidator::practice_fieldValues()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    const QJsonObject fields = withField(completePractice(), field, json(value));
    const QList<FieldIssue> issues =
        Validator().validate(Kind::Practice, fields, ValidationMode::Strict);
    if (code.isEmpty()) {
        QCOMPARE(summary(issues), QStringList{});
    } else {
        QCOMPARE(summary(issues), QStringList{field + u':' + code});
        QVERIFY(!issues.first().message.isEmpty());
    }
}

void TestValidator::messages_sayWhatToDo()
{
    const QList<FieldIssue> issues =
        Validator().validate(Kind::Practice, object(R"({"title":"A"})"), ValidationMode::Strict);
    QCOMPARE(issues.first().field, u"summary"_s);
    QCOMPARE(issues.first().message, u"Add a summary of the practice before submitting."_s);
    const QList<FieldIssue> tooLong = Validator().validate(
        Kind::Practice, {{u"title"_s, QString(301, u'x')}}, ValidationMode::Lenient);
    QVERIFY2(tooLong.first().message.contains(u"301"_s), qPrintable(tooLong.first().message));
    QVERIFY(tooLong.first().message.contains(u"300"_s));
    const QList<FieldIssue> badUrl =
        Validator().validate(Kind::Practice,
                             withField(completePractice(), u"sources"_s,
                                       json(R"([{"url":"https://a.org"},{"url":"ftp://b.org"}])")),
                             ValidationMode::Strict);
    QVERIFY2(badUrl.first().message.contains(u"Source 2"_s), qPrintable(badUrl.first().message));
}

void TestValidator::unknownFields_areKept()
{
    QJsonObject fields = completePractice();
    fields.insert(u"impact_score"_s, 0.7);
    fields.insert(u"co_authors"_s, json(R"([{"name":"X"}])"));
    QVERIFY(Validator().validate(Kind::Practice, fields, ValidationMode::Strict).isEmpty());
    QVERIFY(Validator()
                .validate(Kind::Post, object(R"({"thread_id":"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f",
                                            "body":"x","reactions":{"+1":3}})"),
                          ValidationMode::Strict)
                .isEmpty());
}

void TestValidator::modeFor_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<ValidationMode>("mode");
    const auto L = ValidationMode::Lenient;
    const auto S = ValidationMode::Strict;
    QTest::newRow("practice without status") << Kind::Practice << "{}"_ba << L;
    QTest::newRow("draft") << Kind::Practice << R"({"status":"draft"})"_ba << L;
    QTest::newRow("changes requested")
        << Kind::Practice << R"({"status":"changes_requested"})"_ba << L;
    QTest::newRow("submitted") << Kind::Practice << R"({"status":"submitted"})"_ba << S;
    QTest::newRow("in review") << Kind::Practice << R"({"status":"in_review"})"_ba << S;
    QTest::newRow("published") << Kind::Practice << R"({"status":"published"})"_ba << S;
    QTest::newRow("archived") << Kind::Practice << R"({"status":"archived"})"_ba << S;
    QTest::newRow("thread") << Kind::Thread << "{}"_ba << S;
    QTest::newRow("meeting") << Kind::Meeting << "{}"_ba << S;
}

void TestValidator::modeFor()
{
    QFETCH(Kind, kind);
    QFETCH(QByteArray, fields);
    QFETCH(ValidationMode, mode);
    QCOMPARE(Validator::modeFor(kind, object(fields)), mode);
}

void TestValidator::record_tombstoneIsValid()
{
    Record record;
    record.kind = Kind::Practice;
    record.fields = object(R"({"status":"submitted","title":"T"})");
    // Submitted, so strict: the eight fields submitting needs besides the title.
    QCOMPARE(Validator().validate(record).size(), 8);
    record.deleted = true;
    QVERIFY(Validator().validate(record).isEmpty());
}

void TestValidator::issue_toError()
{
    const FieldIssue issue{u"summary"_s, u"required"_s, u"Add a summary."_s};
    const smec::Error error = issue.toError();
    QCOMPARE(error.code, u"invalid_field"_s);
    QCOMPARE(error.path, u"fields.summary"_s);
    QCOMPARE(error.message, u"Add a summary."_s);
    QCOMPARE(FieldIssue{}.toError().path, u"fields"_s);
}

void TestValidator::countries_checkedAgainstGivenReference()
{
    // A reference from the server with just two countries.
    const smec::Result<ReferenceData> reference = ReferenceData::fromJsonBytes(
        R"({"countries":[
             {"alpha3":"KEN","alpha2":"KE","name":"Kenya","region":"Africa","sub_region":"Sub-Saharan Africa"},
             {"alpha3":"XKX","alpha2":"XK","name":"Test","region":"Europe","sub_region":"Southern Europe"}],
            "pillars":[]})");
    QVERIFY(reference.ok());
    const Validator validator(*reference);
    const auto check = [&](const char *country) {
        return summary(validator.validate(
            Kind::Practice, {{u"title"_s, u"A"_s}, {u"country"_s, QString::fromLatin1(country)}},
            ValidationMode::Lenient));
    };
    QCOMPARE(check("KEN"), QStringList{});
    QCOMPARE(check("XKX"), QStringList{});
    QCOMPARE(check("FRA"), QStringList{u"country:unknown_country"_s});

    // Without any country list, only the shape of the code can be checked.
    const ReferenceData empty;
    const Validator shapeOnly(empty);
    QVERIFY(shapeOnly
                .validate(Kind::Practice, {{u"title"_s, u"A"_s}, {u"country"_s, u"FRA"_s}},
                          ValidationMode::Lenient)
                .isEmpty());
    QCOMPARE(summary(shapeOnly.validate(Kind::Practice,
                                        {{u"title"_s, u"A"_s}, {u"country"_s, u"France"_s}},
                                        ValidationMode::Lenient)),
             QStringList{u"country:unknown_country"_s});
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_domain_validator.moc"
