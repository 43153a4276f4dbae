// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/fieldschema.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::domain;

class TestFieldSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_matchDesign_data();
    void fields_matchDesign();
    void fields_haveLabelsAndUniqueNames();
    void practice_requirements();
    void otherKinds_minimum();
    void enums_matchDesign_data();
    void enums_matchDesign();
    void practice_types();
    void lookups();
};

void TestFieldSchema::fields_matchDesign_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("names");
    // DESIGN.md section 2, in its order.
    QTest::newRow("practice") << Kind::Practice
                              << QStringList{u"title"_s,          u"summary"_s,
                                             u"body"_s,           u"results"_s,
                                             u"lessons"_s,        u"country"_s,
                                             u"pillars"_s,        u"instrument"_s,
                                             u"target_groups"_s,  u"implementing_org"_s,
                                             u"start_year"_s,     u"end_year"_s,
                                             u"budget_usd"_s,     u"beneficiaries"_s,
                                             u"evidence_level"_s, u"sources"_s,
                                             u"tags"_s,           u"language"_s,
                                             u"status"_s,         u"review_note"_s,
                                             u"ref_code"_s};
    QTest::newRow("thread") << Kind::Thread
                            << QStringList{u"title"_s,        u"kind"_s,       u"pillars"_s,
                                           u"practice_ids"_s, u"meeting_id"_s, u"status"_s};
    QTest::newRow("post") << Kind::Post
                          << QStringList{u"thread_id"_s, u"body"_s, u"reply_to"_s, u"hidden"_s,
                                         u"hidden_reason"_s};
    QTest::newRow("meeting") << Kind::Meeting
                             << QStringList{u"title"_s,   u"kind"_s,         u"starts_on"_s,
                                            u"ends_on"_s, u"host_country"_s, u"city"_s,
                                            u"mode"_s,    u"pillars"_s,      u"participants"_s,
                                            u"agenda"_s,  u"outcomes"_s};
    QTest::newRow("commitment") << Kind::Commitment
                                << QStringList{u"country"_s,      u"pillar"_s,
                                               u"title"_s,        u"description"_s,
                                               u"target"_s,       u"deadline"_s,
                                               u"status"_s,       u"meeting_id"_s,
                                               u"practice_ids"_s, u"progress_note"_s};
    QTest::newRow("initiative") << Kind::Initiative
                                << QStringList{u"title"_s,
                                               u"summary"_s,
                                               u"description"_s,
                                               u"lead_country"_s,
                                               u"partners"_s,
                                               u"pillars"_s,
                                               u"kind"_s,
                                               u"status"_s,
                                               u"starts_on"_s,
                                               u"ends_on"_s,
                                               u"launched_at_meeting"_s,
                                               u"commitment_ids"_s,
                                               u"practice_ids"_s,
                                               u"milestones"_s,
                                               u"outcomes"_s};
}

void TestFieldSchema::fields_matchDesign()
{
    QFETCH(Kind, kind);
    QFETCH(QStringList, names);
    QStringList actual;
    for (const FieldSpec &spec : FieldSchema::fields(kind))
        actual.append(spec.name);
    QCOMPARE(actual, names);
}

void TestFieldSchema::fields_haveLabelsAndUniqueNames()
{
    for (Kind kind : allKinds) {
        QSet<QString> names;
        for (const FieldSpec &spec : FieldSchema::fields(kind)) {
            QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
            names.insert(spec.name);
            QVERIFY2(spec.label, qPrintable(spec.name));
            QVERIFY(!spec.displayLabel().isEmpty());
            if (spec.requirement != Requirement::Optional)
                QVERIFY2(spec.missingMessage, qPrintable(spec.name));
            // A partner's state is one of the options of the partners field.
            const bool hasOptions = spec.type == FieldType::Enum ||
                                    spec.type == FieldType::EnumSet ||
                                    spec.type == FieldType::Partners;
            QCOMPARE(!spec.options.isEmpty(), hasOptions);
            QCOMPARE(spec.isList(),
                     spec.type == FieldType::EnumSet || spec.type == FieldType::StringList ||
                         spec.type == FieldType::Sources || spec.type == FieldType::IdList ||
                         spec.type == FieldType::CountryList || spec.type == FieldType::Partners ||
                         spec.type == FieldType::Milestones);
            // Only the keyed lists merge item by item.
            QCOMPARE(spec.itemKey().isEmpty(),
                     spec.type != FieldType::Partners && spec.type != FieldType::Milestones);
            for (const FieldOption &option : spec.options)
                QVERIFY(!option.displayLabel().isEmpty());
            QVERIFY(!FieldSchema::typeName(spec.type).isEmpty());
        }
    }
}

void TestFieldSchema::practice_requirements()
{
    QStringList always;
    QStringList submit;
    for (const FieldSpec &spec : FieldSchema::fields(Kind::Practice)) {
        if (spec.requirement == Requirement::Always)
            always.append(spec.name);
        else if (spec.requirement == Requirement::Submit)
            submit.append(spec.name);
    }
    QCOMPARE(always, QStringList{u"title"_s});
    QCOMPARE(submit, (QStringList{u"summary"_s, u"body"_s, u"results"_s, u"country"_s, u"pillars"_s,
                                  u"instrument"_s, u"implementing_org"_s, u"start_year"_s}));
    const FieldSpec *title = FieldSchema::field(Kind::Practice, u"title");
    const FieldSpec *summary = FieldSchema::field(Kind::Practice, u"summary");
    const FieldSpec *lessons = FieldSchema::field(Kind::Practice, u"lessons");
    QVERIFY(title->isRequired(ValidationMode::Lenient));
    QVERIFY(title->isRequired(ValidationMode::Strict));
    QVERIFY(!summary->isRequired(ValidationMode::Lenient));
    QVERIFY(summary->isRequired(ValidationMode::Strict));
    QVERIFY(!lessons->isRequired(ValidationMode::Strict));
    QCOMPARE(FieldSchema::field(Kind::Practice, u"summary")->displayMissingMessage(),
             u"Add a summary of the practice before submitting."_s);
}

void TestFieldSchema::otherKinds_minimum()
{
    const auto required = [](Kind kind, Requirement requirement) {
        QStringList names;
        for (const FieldSpec &spec : FieldSchema::fields(kind)) {
            if (spec.requirement == requirement)
                names.append(spec.name);
        }
        return names;
    };
    QCOMPARE(required(Kind::Thread, Requirement::Always), QStringList{u"title"_s});
    QCOMPARE(required(Kind::Post, Requirement::Always), (QStringList{u"thread_id"_s, u"body"_s}));
    QCOMPARE(required(Kind::Meeting, Requirement::Always), QStringList{u"title"_s});
    QCOMPARE(required(Kind::Meeting, Requirement::Submit),
             (QStringList{u"kind"_s, u"starts_on"_s}));
    QCOMPARE(required(Kind::Commitment, Requirement::Always),
             (QStringList{u"country"_s, u"title"_s}));
    QCOMPARE(required(Kind::Commitment, Requirement::Submit), QStringList{u"pillar"_s});
    QCOMPARE(required(Kind::Initiative, Requirement::Always),
             (QStringList{u"title"_s, u"lead_country"_s}));
    QCOMPARE(required(Kind::Initiative, Requirement::Submit), QStringList{});
}

void TestFieldSchema::enums_matchDesign_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("values");
    const QStringList pillars{u"digital"_s, u"finance"_s, u"green"_s};
    QTest::newRow("practice.pillars") << Kind::Practice << u"pillars"_s << pillars;
    QTest::newRow("practice.instrument")
        << Kind::Practice << u"instrument"_s
        << QStringList{u"grant"_s,    u"loan"_s,          u"guarantee"_s,
                       u"equity"_s,   u"tax_incentive"_s, u"regulation"_s,
                       u"training"_s, u"advisory"_s,      u"digital_service"_s,
                       u"platform"_s, u"procurement"_s,   u"network"_s,
                       u"other"_s};
    QTest::newRow("practice.target_groups")
        << Kind::Practice << u"target_groups"_s
        << QStringList{u"micro"_s,     u"small"_s,     u"medium"_s,   u"startups"_s, u"women_led"_s,
                       u"youth_led"_s, u"exporters"_s, u"informal"_s, u"rural"_s};
    QTest::newRow("practice.evidence_level")
        << Kind::Practice << u"evidence_level"_s
        << QStringList{u"emerging"_s, u"promising"_s, u"proven"_s};
    QTest::newRow("practice.status")
        << Kind::Practice << u"status"_s
        << QStringList{u"draft"_s,     u"submitted"_s, u"in_review"_s, u"changes_requested"_s,
                       u"published"_s, u"archived"_s};
    QTest::newRow("thread.kind") << Kind::Thread << u"kind"_s
                                 << QStringList{u"question"_s, u"discussion"_s, u"consultation"_s};
    QTest::newRow("thread.pillars") << Kind::Thread << u"pillars"_s << pillars;
    QTest::newRow("thread.status")
        << Kind::Thread << u"status"_s << QStringList{u"open"_s, u"closed"_s};
    QTest::newRow("meeting.kind") << Kind::Meeting << u"kind"_s
                                  << QStringList{u"global_ministerial"_s, u"regional"_s,
                                                 u"thematic"_s, u"consultation"_s, u"technical"_s};
    QTest::newRow("meeting.mode") << Kind::Meeting << u"mode"_s
                                  << QStringList{u"in_person"_s, u"virtual"_s, u"hybrid"_s};
    QTest::newRow("meeting.pillars") << Kind::Meeting << u"pillars"_s << pillars;
    QTest::newRow("commitment.pillar") << Kind::Commitment << u"pillar"_s << pillars;
    QTest::newRow("commitment.status")
        << Kind::Commitment << u"status"_s
        << QStringList{u"announced"_s,          u"in_progress"_s,  u"achieved"_s,
                       u"partially_achieved"_s, u"not_achieved"_s, u"withdrawn"_s};
    QTest::newRow("initiative.kind")
        << Kind::Initiative << u"kind"_s
        << QStringList{u"joint_programme"_s,   u"peer_review"_s,        u"twinning"_s,
                       u"regional_facility"_s, u"coordinated_policy"_s, u"other"_s};
    QTest::newRow("initiative.status")
        << Kind::Initiative << u"status"_s
        << QStringList{u"proposed"_s, u"active"_s, u"completed"_s, u"paused"_s, u"ended"_s};
    QTest::newRow("initiative.partners (states)")
        << Kind::Initiative << u"partners"_s << QStringList{u"invited"_s, u"joined"_s};
    QTest::newRow("initiative.pillars") << Kind::Initiative << u"pillars"_s << pillars;
}

void TestFieldSchema::enums_matchDesign()
{
    QFETCH(Kind, kind);
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    const FieldSpec *spec = FieldSchema::field(kind, field);
    QVERIFY(spec);
    QCOMPARE(spec->allowedValues(), values);
    for (const QString &value : values)
        QVERIFY(spec->allows(value));
    QVERIFY(!spec->allows(u"nonsense"));
}

void TestFieldSchema::practice_types()
{
    const auto type = [](const char *name) {
        return FieldSchema::field(Kind::Practice, QString::fromLatin1(name))->type;
    };
    QCOMPARE(type("title"), FieldType::String);
    QCOMPARE(type("body"), FieldType::Markdown);
    QCOMPARE(type("results"), FieldType::Markdown);
    QCOMPARE(type("country"), FieldType::Country);
    QCOMPARE(type("pillars"), FieldType::EnumSet);
    QCOMPARE(type("instrument"), FieldType::Enum);
    QCOMPARE(type("start_year"), FieldType::Int);
    QCOMPARE(type("budget_usd"), FieldType::Number);
    QCOMPARE(type("sources"), FieldType::Sources);
    QCOMPARE(type("tags"), FieldType::StringList);
    QCOMPARE(type("language"), FieldType::LanguageTag);
    QCOMPARE(FieldSchema::field(Kind::Practice, u"title")->maxLength, 300);
    QVERIFY(FieldSchema::field(Kind::Practice, u"ref_code")->serverAssigned);
    QCOMPARE(FieldSchema::field(Kind::Post, u"hidden")->type, FieldType::Bool);
    QCOMPARE(FieldSchema::field(Kind::Thread, u"practice_ids")->type, FieldType::IdList);
    QCOMPARE(FieldSchema::field(Kind::Meeting, u"starts_on")->type, FieldType::Date);
    QCOMPARE(FieldSchema::field(Kind::Meeting, u"participants")->type, FieldType::CountryList);
    QCOMPARE(FieldSchema::field(Kind::Commitment, u"meeting_id")->type, FieldType::Id);
}

void TestFieldSchema::lookups()
{
    QVERIFY(!FieldSchema::field(Kind::Practice, u"future_field"));
    QCOMPARE(FieldSchema::optionLabel(Kind::Practice, u"instrument", u"tax_incentive"),
             u"Tax incentive"_s);
    QCOMPARE(FieldSchema::optionLabel(Kind::Practice, u"instrument", u"unknown"), u"unknown"_s);
    QCOMPARE(FieldSchema::optionLabel(Kind::Practice, u"nope", u"x"), u"x"_s);
    QCOMPARE(FieldSchema::pillarIds(), (QStringList{u"digital"_s, u"finance"_s, u"green"_s}));
    QCOMPARE(FieldSchema::typeName(FieldType::EnumSet), u"enum-set"_s);
}

QTEST_GUILESS_MAIN(TestFieldSchema)
#include "tst_domain_fieldschema.moc"
