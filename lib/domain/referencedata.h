// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"
#include "user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace smec::domain {

/// A country of the reference list: a UN member or observer state.
struct Country
{
    QString alpha3;    ///< ISO 3166-1 alpha-3 (`FRA`), the code records use
    QString alpha2;    ///< ISO 3166-1 alpha-2 (`FR`)
    QString name;      ///< English short name
    QString region;    ///< UN M49 region (`Europe`)
    QString subRegion; ///< UN M49 sub-region (`Western Europe`)

    /// Wire form: `{"alpha3","alpha2","name","region","sub_region"}`.
    QJsonObject toJson() const;

    friend bool operator==(const Country &, const Country &) = default;
};

/// One of the three pillars of the Call to Action.
struct Pillar
{
    QString id;          ///< `digital`, `finance`, `green`
    QString label;       ///< English label
    QString description; ///< one or two English sentences

    /// Wire form: `{"id","label","description"}`.
    QJsonObject toJson() const;

    friend bool operator==(const Pillar &, const Pillar &) = default;
};

/// The read-only reference data: countries, pillars and the users directory. Loaded from the
/// copy embedded in the library (`:/reference/countries.json`, `:/reference/pillars.json`) for
/// the first offline start, or from what the server sends on `GET /api/v1/reference`
/// (`{"countries":[...],"pillars":[...],"users":[...]}`, the format of toJson()).
class ReferenceData final
{
    Q_DECLARE_TR_FUNCTIONS(smec::domain::ReferenceData)

public:
    ReferenceData() = default;

    /// The countries and pillars embedded in the library (no users). Parsed once; the
    /// embedded files are tested, so this never fails at run time.
    static const ReferenceData &embedded();
    /// Loads the embedded files again; fails only if they are broken.
    static Result<ReferenceData> loadEmbedded();
    /// Parses `{"countries":[...],"pillars":[...],"users":[...]}`; `users` may be absent.
    /// Strict: a malformed entry or a duplicate code is an error naming its path.
    static Result<ReferenceData> fromJson(const QJsonObject &json);
    /// As fromJson(), from bytes.
    static Result<ReferenceData> fromJsonBytes(const QByteArray &json);
    /// Parses one countries array (the format of countries.json).
    static Result<QList<Country>> countriesFromJson(const QJsonArray &array);
    /// Parses one pillars array (the format of pillars.json).
    static Result<QList<Pillar>> pillarsFromJson(const QJsonArray &array);
    /// Parses one users array.
    static Result<QList<User>> usersFromJson(const QJsonArray &array);

    QJsonObject toJson() const;

    bool isEmpty() const
    {
        return m_countries.isEmpty() && m_pillars.isEmpty() && m_users.isEmpty();
    }

    /// Countries in the order of the source (alphabetical by English name).
    const QList<Country> &countries() const { return m_countries; }
    const QList<Pillar> &pillars() const { return m_pillars; }
    const QList<User> &users() const { return m_users; }
    /// Replaces the users directory (the server fills it from its user store).
    void setUsers(QList<User> users);

    /// The country with alpha-3 code `alpha3` (exact, upper case), or nullptr.
    const Country *countryByAlpha3(QStringView alpha3) const;
    /// The country with alpha-2 code `alpha2` (exact, upper case), or nullptr.
    const Country *countryByAlpha2(QStringView alpha2) const;
    /// True if `alpha3` is a country of the list.
    bool isCountry(QStringView alpha3) const { return countryByAlpha3(alpha3) != nullptr; }
    /// The English name of `alpha3`, or the code itself when unknown (never empty for a code).
    QString countryName(QStringView alpha3) const;

    /// The distinct M49 regions, sorted.
    QStringList regions() const;
    /// The distinct M49 sub-regions, sorted; only those of `region` when it is not empty.
    QStringList subRegions(QStringView region = {}) const;
    /// The region of `alpha3`, or an empty string.
    QString regionOf(QStringView alpha3) const;
    QList<Country> countriesInRegion(QStringView region) const;
    QList<Country> countriesInSubRegion(QStringView subRegion) const;

    /// The pillar with id `id`, or nullptr.
    const Pillar *pillar(QStringView id) const;
    /// The user with id `id`, or nullptr.
    const User *userById(QStringView id) const;
    /// The display name of user `id`; the id itself when unknown.
    QString userDisplayName(QStringView id) const;

    friend bool operator==(const ReferenceData &a, const ReferenceData &b)
    {
        return a.m_countries == b.m_countries && a.m_pillars == b.m_pillars &&
               a.m_users == b.m_users;
    }

private:
    void rebuildIndexes();

    QList<Country> m_countries;
    QList<Pillar> m_pillars;
    QList<User> m_users;
    QHash<QString, qsizetype> m_byAlpha3;
    QHash<QString, qsizetype> m_byAlpha2;
    QHash<QString, qsizetype> m_usersById;
};

} // namespace smec::domain
