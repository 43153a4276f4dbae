// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::domain::Country;
using smec::domain::ReferenceData;
using smec::domain::Role;
using smec::domain::User;

class TestReferenceData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embedded_loads();
    void countries_are195UnMembersAndObservers();
    void countries_haveUniqueWellFormedCodes();
    void countries_haveM49RegionAndSubRegion();
    void countries_spotChecks_data();
    void countries_spotChecks();
    void regions_andSubRegions();
    void pillars_areTheThreePillars();
    void lookups_unknownCodes();
    void json_roundTripWithUsers();
    void json_rejectsMalformed_data();
    void json_rejectsMalformed();
    void json_rejectsInvalidBytes();
};

void TestReferenceData::embedded_loads()
{
    const smec::Result<ReferenceData> loaded = ReferenceData::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(*loaded, ReferenceData::embedded());
    QVERIFY(loaded->users().isEmpty());
}

void TestReferenceData::countries_are195UnMembersAndObservers()
{
    const ReferenceData &data = ReferenceData::embedded();
    QCOMPARE(data.countries().size(), 195);
    // The two observer states.
    QVERIFY(data.isCountry(u"VAT"));
    QVERIFY(data.isCountry(u"PSE"));
    // Not UN members: territories and partially recognised states stay out.
    for (const QString &code : {u"TWN"_s, u"XKX"_s, u"HKG"_s, u"PRI"_s, u"GRL"_s, u"ESH"_s})
        QVERIFY2(!data.isCountry(code), qPrintable(code));
}

void TestReferenceData::countries_haveUniqueWellFormedCodes()
{
    QSet<QString> alpha3;
    QSet<QString> alpha2;
    QSet<QString> names;
    for (const Country &country : ReferenceData::embedded().countries()) {
        QCOMPARE(country.alpha3.size(), 3);
        QCOMPARE(country.alpha2.size(), 2);
        QCOMPARE(country.alpha3, country.alpha3.toUpper());
        QCOMPARE(country.alpha2, country.alpha2.toUpper());
        QVERIFY(!country.name.isEmpty());
        alpha3.insert(country.alpha3);
        alpha2.insert(country.alpha2);
        names.insert(country.name);
    }
    QCOMPARE(alpha3.size(), 195);
    QCOMPARE(alpha2.size(), 195);
    QCOMPARE(names.size(), 195);
}

void TestReferenceData::countries_haveM49RegionAndSubRegion()
{
    // The UN M49 regions and the sub-regions of each (Africa and the Americas at the level
    // M49 uses for its sub-regions: Sub-Saharan Africa, Latin America and the Caribbean).
    const QHash<QString, QStringList> m49{
        {u"Africa"_s, {u"Northern Africa"_s, u"Sub-Saharan Africa"_s}},
        {u"Americas"_s, {u"Latin America and the Caribbean"_s, u"Northern America"_s}},
        {u"Asia"_s,
         {u"Central Asia"_s, u"Eastern Asia"_s, u"South-eastern Asia"_s, u"Southern Asia"_s,
          u"Western Asia"_s}},
        {u"Europe"_s,
         {u"Eastern Europe"_s, u"Northern Europe"_s, u"Southern Europe"_s, u"Western Europe"_s}},
        {u"Oceania"_s,
         {u"Australia and New Zealand"_s, u"Melanesia"_s, u"Micronesia"_s, u"Polynesia"_s}},
    };
    QHash<QString, int> perRegion;
    for (const Country &country : ReferenceData::embedded().countries()) {
        QVERIFY2(m49.contains(country.region), qPrintable(country.alpha3));
        QVERIFY2(m49.value(country.region).contains(country.subRegion),
                 qPrintable(country.alpha3 + u' ' + country.subRegion));
        ++perRegion[country.region];
    }
    // 54 African, 35 American, 47 Asian + Palestine, 43 European + Holy See, 14 Oceanian.
    QCOMPARE(perRegion.value(u"Africa"_s), 54);
    QCOMPARE(perRegion.value(u"Americas"_s), 35);
    QCOMPARE(perRegion.value(u"Asia"_s), 48);
    QCOMPARE(perRegion.value(u"Europe"_s), 44);
    QCOMPARE(perRegion.value(u"Oceania"_s), 14);
}

void TestReferenceData::countries_spotChecks_data()
{
    QTest::addColumn<QString>("alpha3");
    QTest::addColumn<QString>("alpha2");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("subRegion");
    const auto row = [](const char *a3, const char *a2, const char *name, const char *region,
                        const char *sub) {
        QTest::newRow(a3) << QString::fromUtf8(a3) << QString::fromUtf8(a2)
                          << QString::fromUtf8(name) << QString::fromUtf8(region)
                          << QString::fromUtf8(sub);
    };
    row("FRA", "FR", "France", "Europe", "Western Europe");
    row("KEN", "KE", "Kenya", "Africa", "Sub-Saharan Africa");
    row("EGY", "EG", "Egypt", "Africa", "Northern Africa");
    row("USA", "US", "United States of America", "Americas", "Northern America");
    row("BRA", "BR", "Brazil", "Americas", "Latin America and the Caribbean");
    row("JPN", "JP", "Japan", "Asia", "Eastern Asia");
    row("VNM", "VN", "Viet Nam", "Asia", "South-eastern Asia");
    row("IND", "IN", "India", "Asia", "Southern Asia");
    row("KAZ", "KZ", "Kazakhstan", "Asia", "Central Asia");
    row("TUR", "TR", "Türkiye", "Asia", "Western Asia");
    row("CIV", "CI", "Côte d'Ivoire", "Africa", "Sub-Saharan Africa");
    row("GBR", "GB", "United Kingdom of Great Britain and Northern Ireland", "Europe",
        "Northern Europe");
    row("RUS", "RU", "Russian Federation", "Europe", "Eastern Europe");
    row("AUS", "AU", "Australia", "Oceania", "Australia and New Zealand");
    row("FJI", "FJ", "Fiji", "Oceania", "Melanesia");
    row("FSM", "FM", "Micronesia (Federated States of)", "Oceania", "Micronesia");
    row("WSM", "WS", "Samoa", "Oceania", "Polynesia");
    row("VAT", "VA", "Holy See", "Europe", "Southern Europe");
    row("PSE", "PS", "State of Palestine", "Asia", "Western Asia");
    row("SSD", "SS", "South Sudan", "Africa", "Sub-Saharan Africa");
}

void TestReferenceData::countries_spotChecks()
{
    QFETCH(QString, alpha3);
    QFETCH(QString, alpha2);
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(QString, subRegion);
    const ReferenceData &data = ReferenceData::embedded();
    const Country *country = data.countryByAlpha3(alpha3);
    QVERIFY(country);
    QCOMPARE(country->alpha2, alpha2);
    QCOMPARE(country->name, name);
    QCOMPARE(country->region, region);
    QCOMPARE(country->subRegion, subRegion);
    QCOMPARE(data.countryByAlpha2(alpha2), country);
    QCOMPARE(data.countryName(alpha3), name);
    QCOMPARE(data.regionOf(alpha3), region);
}

void TestReferenceData::regions_andSubRegions()
{
    const ReferenceData &data = ReferenceData::embedded();
    QCOMPARE(data.regions(),
             QStringList({u"Africa"_s, u"Americas"_s, u"Asia"_s, u"Europe"_s, u"Oceania"_s}));
    QCOMPARE(data.subRegions().size(), 17);
    QCOMPARE(data.subRegions(u"Europe"), QStringList({u"Eastern Europe"_s, u"Northern Europe"_s,
                                                      u"Southern Europe"_s, u"Western Europe"_s}));
    QCOMPARE(data.countriesInRegion(u"Oceania").size(), 14);
    QCOMPARE(data.countriesInSubRegion(u"Northern America").size(), 2);
    QCOMPARE(data.countriesInSubRegion(u"Sub-Saharan Africa").size(), 48);
    QVERIFY(data.countriesInRegion(u"Atlantis").isEmpty());
}

void TestReferenceData::pillars_areTheThreePillars()
{
    const ReferenceData &data = ReferenceData::embedded();
    QCOMPARE(data.pillars().size(), 3);
    QStringList ids;
    for (const auto &pillar : data.pillars()) {
        ids.append(pillar.id);
        QVERIFY(!pillar.label.isEmpty());
        QVERIFY(!pillar.description.isEmpty());
    }
    QCOMPARE(ids, QStringList({u"digital"_s, u"finance"_s, u"green"_s}));
    QCOMPARE(data.pillar(u"green")->label, u"Green transition"_s);
    QVERIFY(!data.pillar(u"space"));
}

void TestReferenceData::lookups_unknownCodes()
{
    const ReferenceData &data = ReferenceData::embedded();
    QVERIFY(!data.countryByAlpha3(u"XXX"));
    QVERIFY(!data.countryByAlpha3(u"fra"));
    QVERIFY(!data.countryByAlpha3(u""));
    QVERIFY(!data.countryByAlpha2(u"ZZ"));
    QCOMPARE(data.countryName(u"XXX"), u"XXX"_s);
    QVERIFY(data.regionOf(u"XXX").isEmpty());
    QVERIFY(!data.userById(u"nobody"));
    QCOMPARE(data.userDisplayName(u"nobody"), u"nobody"_s);
}

void TestReferenceData::json_roundTripWithUsers()
{
    ReferenceData data = ReferenceData::embedded();
    const User amina{u"u-1"_s, u"amina"_s, u"Amina Njoroge"_s, u"KEN"_s, Role::Delegate};
    const User sam{u"u-2"_s, {}, u"Sam Secretariat"_s, {}, Role::Secretariat};
    data.setUsers({amina, sam});
    QCOMPARE(data.userById(u"u-1")->displayName, u"Amina Njoroge"_s);
    QCOMPARE(data.userDisplayName(u"u-2"), u"Sam Secretariat"_s);

    // What the server sends on GET /api/v1/reference, through bytes as on the wire.
    const QByteArray wire = QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact);
    const smec::Result<ReferenceData> parsed = ReferenceData::fromJsonBytes(wire);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, data);
    QCOMPARE(parsed->countryByAlpha3(u"KEN")->name, u"Kenya"_s);
    QCOMPARE(*parsed->userById(u"u-1"), amina);
    QCOMPARE(parsed->userById(u"u-2")->role, Role::Secretariat);
    QVERIFY(parsed->userById(u"u-2")->country.isEmpty());
}

void TestReferenceData::json_rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("no countries") << R"({"pillars":[]})"_ba << u"countries"_s;
    QTest::newRow("pillars not array") << R"({"countries":[],"pillars":{}})"_ba << u"pillars"_s;
    QTest::newRow("users not array")
        << R"({"countries":[],"pillars":[],"users":"x"})"_ba << u"users"_s;
    QTest::newRow("country not object")
        << R"({"countries":[1],"pillars":[]})"_ba << u"countries[0]"_s;
    QTest::newRow("country missing name")
        << R"({"countries":[{"alpha3":"FRA","alpha2":"FR","region":"Europe","sub_region":"Western Europe"}],"pillars":[]})"_ba
        << u"countries[0].name"_s;
    QTest::newRow("lower-case code")
        << R"({"countries":[{"alpha3":"fra","alpha2":"FR","name":"France","region":"Europe","sub_region":"Western Europe"}],"pillars":[]})"_ba
        << u"countries[0].alpha3"_s;
    QTest::newRow("duplicate alpha3")
        << R"({"countries":[{"alpha3":"FRA","alpha2":"FR","name":"France","region":"Europe","sub_region":"Western Europe"},{"alpha3":"FRA","alpha2":"FX","name":"France 2","region":"Europe","sub_region":"Western Europe"}],"pillars":[]})"_ba
        << u"countries[1].alpha3"_s;
    QTest::newRow("pillar without label")
        << R"({"countries":[],"pillars":[{"id":"green"}]})"_ba << u"pillars[0].label"_s;
    QTest::newRow("duplicate pillar")
        << R"({"countries":[],"pillars":[{"id":"green","label":"G"},{"id":"green","label":"G"}]})"_ba
        << u"pillars[1].id"_s;
    QTest::newRow("user with unknown role")
        << R"({"countries":[],"pillars":[],"users":[{"id":"u1","role":"king"}]})"_ba
        << u"users[0]"_s;
    QTest::newRow("duplicate user")
        << R"({"countries":[],"pillars":[],"users":[{"id":"u1","role":"analyst"},{"id":"u1","role":"admin"}]})"_ba
        << u"users[1].id"_s;
    QTest::newRow("not an object") << "[]"_ba << QString();
}

void TestReferenceData::json_rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const smec::Result<ReferenceData> parsed = ReferenceData::fromJsonBytes(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().path, path);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(!parsed.error().code.isEmpty());
}

void TestReferenceData::json_rejectsInvalidBytes()
{
    const smec::Result<ReferenceData> parsed = ReferenceData::fromJsonBytes("{\"countries\":");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"invalid_json"_s);
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_domain_referencedata.moc"
