// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "referencedata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

Error invalid(const QString &path, const QString &message)
{
    return Error{u"invalid_reference"_s, message, path};
}

bool isUpperAscii(const QString &code, qsizetype length)
{
    if (code.size() != length)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

// Reads a required, non-empty string member; sets `error` and returns an empty string otherwise.
QString requiredString(const QJsonObject &object, QLatin1StringView key, const QString &path,
                       std::optional<Error> &error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        if (!error)
            error = invalid(path + u'.' + key,
                            ReferenceData::tr("\"%1\" must be a non-empty string.").arg(key));
        return {};
    }
    return value.toString();
}

Result<QJsonArray> readEmbeddedArray(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"internal"_s,
                     ReferenceData::tr("The built-in reference file %1 is missing.").arg(resource),
                     resource};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return Error{
            u"internal"_s,
            ReferenceData::tr("The built-in reference file %1 is not a JSON array.").arg(resource),
            resource};
    return document.array();
}

} // namespace

QJsonObject Country::toJson() const
{
    return QJsonObject{
        {u"alpha3"_s, alpha3}, {u"alpha2"_s, alpha2},        {u"name"_s, name},
        {u"region"_s, region}, {u"sub_region"_s, subRegion},
    };
}

QJsonObject Pillar::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"label"_s, label}, {u"description"_s, description}};
}

const ReferenceData &ReferenceData::embedded()
{
    static const ReferenceData data = [] {
        Result<ReferenceData> loaded = loadEmbedded();
        // The embedded files are part of the build and checked by tst_domain_referencedata.
        Q_ASSERT_X(loaded.ok(), "ReferenceData::embedded", "broken embedded reference data");
        return loaded.ok() ? std::move(loaded).value() : ReferenceData();
    }();
    return data;
}

Result<ReferenceData> ReferenceData::loadEmbedded()
{
    const Result<QJsonArray> countries = readEmbeddedArray(u":/reference/countries.json"_s);
    if (!countries)
        return countries.error();
    const Result<QJsonArray> pillars = readEmbeddedArray(u":/reference/pillars.json"_s);
    if (!pillars)
        return pillars.error();
    return fromJson(QJsonObject{{u"countries"_s, *countries}, {u"pillars"_s, *pillars}});
}

Result<ReferenceData> ReferenceData::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"invalid_json"_s,
                     tr("The reference data is not valid JSON: %1.").arg(parseError.errorString()),
                     {}};
    if (!document.isObject())
        return invalid({}, tr("The reference data must be a JSON object."));
    return fromJson(document.object());
}

Result<ReferenceData> ReferenceData::fromJson(const QJsonObject &json)
{
    const QJsonValue countries = json.value(u"countries"_s);
    const QJsonValue pillars = json.value(u"pillars"_s);
    const QJsonValue users = json.value(u"users"_s);
    if (!countries.isArray())
        return invalid(u"countries"_s, tr("\"countries\" must be an array."));
    if (!pillars.isArray())
        return invalid(u"pillars"_s, tr("\"pillars\" must be an array."));
    if (!users.isUndefined() && !users.isNull() && !users.isArray())
        return invalid(u"users"_s, tr("\"users\" must be an array."));

    Result<QList<Country>> parsedCountries = countriesFromJson(countries.toArray());
    if (!parsedCountries)
        return parsedCountries.error();
    Result<QList<Pillar>> parsedPillars = pillarsFromJson(pillars.toArray());
    if (!parsedPillars)
        return parsedPillars.error();
    Result<QList<User>> parsedUsers = usersFromJson(users.toArray());
    if (!parsedUsers)
        return parsedUsers.error();

    ReferenceData data;
    data.m_countries = std::move(parsedCountries).value();
    data.m_pillars = std::move(parsedPillars).value();
    data.m_users = std::move(parsedUsers).value();
    data.rebuildIndexes();
    return data;
}

Result<QList<Country>> ReferenceData::countriesFromJson(const QJsonArray &array)
{
    QList<Country> countries;
    countries.reserve(array.size());
    QSet<QString> alpha3s;
    QSet<QString> alpha2s;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"countries[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return invalid(path, tr("Each country must be a JSON object."));
        const QJsonObject object = array.at(i).toObject();
        std::optional<Error> error;
        Country country;
        country.alpha3 = requiredString(object, "alpha3"_L1, path, error);
        country.alpha2 = requiredString(object, "alpha2"_L1, path, error);
        country.name = requiredString(object, "name"_L1, path, error);
        country.region = requiredString(object, "region"_L1, path, error);
        country.subRegion = requiredString(object, "sub_region"_L1, path, error);
        if (error)
            return *error;
        if (!isUpperAscii(country.alpha3, 3))
            return invalid(path + u".alpha3"_s,
                           tr("\"%1\" is not an upper-case alpha-3 code.").arg(country.alpha3));
        if (!isUpperAscii(country.alpha2, 2))
            return invalid(path + u".alpha2"_s,
                           tr("\"%1\" is not an upper-case alpha-2 code.").arg(country.alpha2));
        if (alpha3s.contains(country.alpha3))
            return invalid(path + u".alpha3"_s,
                           tr("The country code %1 appears twice.").arg(country.alpha3));
        if (alpha2s.contains(country.alpha2))
            return invalid(path + u".alpha2"_s,
                           tr("The country code %1 appears twice.").arg(country.alpha2));
        alpha3s.insert(country.alpha3);
        alpha2s.insert(country.alpha2);
        countries.append(std::move(country));
    }
    return countries;
}

Result<QList<Pillar>> ReferenceData::pillarsFromJson(const QJsonArray &array)
{
    QList<Pillar> pillars;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"pillars[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return invalid(path, tr("Each pillar must be a JSON object."));
        const QJsonObject object = array.at(i).toObject();
        std::optional<Error> error;
        Pillar pillar;
        pillar.id = requiredString(object, "id"_L1, path, error);
        pillar.label = requiredString(object, "label"_L1, path, error);
        if (error)
            return *error;
        const QJsonValue description = object.value(u"description"_s);
        if (!description.isUndefined() && !description.isNull() && !description.isString())
            return invalid(path + u".description"_s, tr("\"description\" must be a string."));
        pillar.description = description.toString();
        if (ids.contains(pillar.id))
            return invalid(path + u".id"_s, tr("The pillar %1 appears twice.").arg(pillar.id));
        ids.insert(pillar.id);
        pillars.append(std::move(pillar));
    }
    return pillars;
}

Result<QList<User>> ReferenceData::usersFromJson(const QJsonArray &array)
{
    QList<User> users;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"users[%1]"_s.arg(i);
        const std::optional<User> user =
            array.at(i).isObject() ? User::fromJson(array.at(i).toObject()) : std::nullopt;
        if (!user)
            return invalid(path, tr("Each user needs an \"id\" and a known \"role\"."));
        if (ids.contains(user->id))
            return invalid(path + u".id"_s, tr("The user %1 appears twice.").arg(user->id));
        ids.insert(user->id);
        users.append(*user);
    }
    return users;
}

QJsonObject ReferenceData::toJson() const
{
    QJsonArray countries;
    for (const Country &country : m_countries)
        countries.append(country.toJson());
    QJsonArray pillars;
    for (const Pillar &pillar : m_pillars)
        pillars.append(pillar.toJson());
    QJsonArray users;
    for (const User &user : m_users)
        users.append(user.toJson());
    return QJsonObject{{u"countries"_s, countries}, {u"pillars"_s, pillars}, {u"users"_s, users}};
}

void ReferenceData::setUsers(QList<User> users)
{
    m_users = std::move(users);
    rebuildIndexes();
}

void ReferenceData::rebuildIndexes()
{
    m_byAlpha3.clear();
    m_byAlpha2.clear();
    m_usersById.clear();
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        m_byAlpha3.insert(m_countries.at(i).alpha3, i);
        m_byAlpha2.insert(m_countries.at(i).alpha2, i);
    }
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_usersById.insert(m_users.at(i).id, i);
}

const Country *ReferenceData::countryByAlpha3(QStringView alpha3) const
{
    const auto it = m_byAlpha3.constFind(alpha3.toString());
    return it == m_byAlpha3.cend() ? nullptr : &m_countries.at(*it);
}

const Country *ReferenceData::countryByAlpha2(QStringView alpha2) const
{
    const auto it = m_byAlpha2.constFind(alpha2.toString());
    return it == m_byAlpha2.cend() ? nullptr : &m_countries.at(*it);
}

QString ReferenceData::countryName(QStringView alpha3) const
{
    const Country *country = countryByAlpha3(alpha3);
    return country ? country->name : alpha3.toString();
}

QStringList ReferenceData::regions() const
{
    QStringList result;
    for (const Country &country : m_countries) {
        if (!result.contains(country.region))
            result.append(country.region);
    }
    result.sort();
    return result;
}

QStringList ReferenceData::subRegions(QStringView region) const
{
    QStringList result;
    for (const Country &country : m_countries) {
        if ((region.isEmpty() || country.region == region) && !result.contains(country.subRegion))
            result.append(country.subRegion);
    }
    result.sort();
    return result;
}

QString ReferenceData::regionOf(QStringView alpha3) const
{
    const Country *country = countryByAlpha3(alpha3);
    return country ? country->region : QString();
}

QList<Country> ReferenceData::countriesInRegion(QStringView region) const
{
    QList<Country> result;
    for (const Country &country : m_countries) {
        if (country.region == region)
            result.append(country);
    }
    return result;
}

QList<Country> ReferenceData::countriesInSubRegion(QStringView subRegion) const
{
    QList<Country> result;
    for (const Country &country : m_countries) {
        if (country.subRegion == subRegion)
            result.append(country);
    }
    return result;
}

const Pillar *ReferenceData::pillar(QStringView id) const
{
    for (const Pillar &p : m_pillars) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const User *ReferenceData::userById(QStringView id) const
{
    const auto it = m_usersById.constFind(id.toString());
    return it == m_usersById.cend() ? nullptr : &m_users.at(*it);
}

QString ReferenceData::userDisplayName(QStringView id) const
{
    const User *user = userById(id);
    return user && !user->displayName.isEmpty() ? user->displayName : id.toString();
}

} // namespace smec::domain
