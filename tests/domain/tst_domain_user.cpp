// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/practicestatus.h"
#include "domain/record.h"
#include "domain/user.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::domain;

class TestUser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles_roundTripNames();
    void user_jsonRoundTrip();
    void user_fromJsonRejects_data();
    void user_fromJsonRejects();
    void user_predicates();
    void practiceStatus_names();
    void practiceStatus_ofFields();
    void practiceRefCode_format();
    void kinds_andIds();
};

void TestUser::roles_roundTripNames()
{
    for (Role role : allRoles) {
        QCOMPARE(roleFromName(roleName(role)), role);
        QVERIFY(!roleLabel(role).isEmpty());
    }
    QCOMPARE(roleName(Role::Secretariat), u"secretariat"_s);
    QVERIFY(!roleFromName(u"Admin"));
    QVERIFY(!roleFromName(u""));
}

void TestUser::user_jsonRoundTrip()
{
    const User user{u"u-7"_s, u"amina"_s, u"Amina Njoroge"_s, u"KEN"_s, Role::Delegate};
    const QJsonObject json = user.toJson();
    QCOMPARE(json.value(u"display_name"_s).toString(), u"Amina Njoroge"_s);
    QCOMPARE(json.value(u"role"_s).toString(), u"delegate"_s);
    QCOMPARE(User::fromJson(json), user);

    const User staff{u"u-8"_s, u"sam"_s, u"Sam"_s, {}, Role::Admin};
    QVERIFY(staff.toJson().value(u"country"_s).isNull());
    QCOMPARE(User::fromJson(staff.toJson()), staff);
}

void TestUser::user_fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << R"({"role":"analyst"})"_ba;
    QTest::newRow("empty id") << R"({"id":"","role":"analyst"})"_ba;
    QTest::newRow("numeric id") << R"({"id":5,"role":"analyst"})"_ba;
    QTest::newRow("no role") << R"({"id":"u"})"_ba;
    QTest::newRow("bad role") << R"({"id":"u","role":"emperor"})"_ba;
    QTest::newRow("country not string") << R"({"id":"u","role":"analyst","country":3})"_ba;
}

void TestUser::user_fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QVERIFY(!User::fromJson(QJsonDocument::fromJson(json).object()));
}

void TestUser::user_predicates()
{
    User user{u"u"_s, {}, {}, u"KEN"_s, Role::Delegate};
    QVERIFY(user.isValid());
    QVERIFY(user.isDelegateOf(u"KEN"));
    QVERIFY(!user.isDelegateOf(u"FRA"));
    QVERIFY(!user.isDelegateOf(u""));
    QVERIFY(!user.isCurator());
    user.role = Role::Secretariat;
    QVERIFY(user.isCurator());
    QVERIFY(!user.isDelegateOf(u"KEN"));
    user.role = Role::Admin;
    QVERIFY(user.isCurator());
    QVERIFY(!User{}.isValid());
}

void TestUser::practiceStatus_names()
{
    for (PracticeStatus status : allPracticeStatuses) {
        QCOMPARE(practiceStatusFromName(practiceStatusName(status)), status);
        QVERIFY(!practiceStatusLabel(status).isEmpty());
    }
    QCOMPARE(practiceStatusName(PracticeStatus::ChangesRequested), u"changes_requested"_s);
    QVERIFY(!practiceStatusFromName(u"Draft"));
}

void TestUser::practiceStatus_ofFields()
{
    QCOMPARE(practiceStatusOf({}), PracticeStatus::Draft);
    QCOMPARE(practiceStatusOf({{u"status"_s, QJsonValue::Null}}), PracticeStatus::Draft);
    QCOMPARE(practiceStatusOf({{u"status"_s, u"in_review"_s}}), PracticeStatus::InReview);
    QVERIFY(!practiceStatusOf({{u"status"_s, u"rejected"_s}}));
    QVERIFY(!practiceStatusOf({{u"status"_s, 3}}));
}

void TestUser::practiceRefCode_format()
{
    QCOMPARE(practiceRefCode(2026, 142), u"PRA-2026-0142"_s);
    QCOMPARE(practiceRefCode(2026, 1), u"PRA-2026-0001"_s);
    QCOMPARE(practiceRefCode(2027, 12345), u"PRA-2027-12345"_s);
    QVERIFY(isPracticeRefCode(u"PRA-2026-0142"));
    QVERIFY(isPracticeRefCode(practiceRefCode(2030, 99999)));
    QVERIFY(!isPracticeRefCode(u"PRA-26-0142"));
    QVERIFY(!isPracticeRefCode(u"pra-2026-0142"));
    QVERIFY(!isPracticeRefCode(u"PRA-2026-142"));
    QVERIFY(!isPracticeRefCode(u""));
}

void TestUser::kinds_andIds()
{
    for (Kind kind : allKinds)
        QCOMPARE(kindFromName(kindName(kind)), kind);
    QVERIFY(!kindFromName(u"Practice"));
    const QString id = newRecordId();
    QVERIFY(isCanonicalId(id));
    QVERIFY(isCanonicalId(u"3f2b6c1e-8d4a-4c1b-9e2f-0a1b2c3d4e5f"));
    QVERIFY(!isCanonicalId(u"3F2B6C1E-8D4A-4C1B-9E2F-0A1B2C3D4E5F"));
    QVERIFY(!isCanonicalId(u"3f2b6c1e8d4a4c1b9e2f0a1b2c3d4e5f"));
    QVERIFY(!isCanonicalId(QString(u'{' + id + u'}')));
}

QTEST_GUILESS_MAIN(TestUser)
#include "tst_domain_user.moc"
