// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "user.h"

#include <QCoreApplication>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace smec::domain {

QString roleName(Role role)
{
    switch (role) {
    case Role::Analyst:
        return u"analyst"_s;
    case Role::Delegate:
        return u"delegate"_s;
    case Role::Secretariat:
        return u"secretariat"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : allRoles) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Analyst:
        return QCoreApplication::translate("smec::domain::User", "Analyst");
    case Role::Delegate:
        return QCoreApplication::translate("smec::domain::User", "Delegate");
    case Role::Secretariat:
        return QCoreApplication::translate("smec::domain::User", "Secretariat");
    case Role::Admin:
        return QCoreApplication::translate("smec::domain::User", "Administrator");
    }
    Q_UNREACHABLE();
    return {};
}

bool User::isDelegateOf(QStringView alpha3) const
{
    return role == Role::Delegate && !alpha3.isEmpty() && alpha3 == country;
}

QJsonObject User::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"username"_s, username},
        {u"display_name"_s, displayName},
        {u"country"_s, country.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(country)},
        {u"role"_s, roleName(role)},
    };
}

std::optional<User> User::fromJson(const QJsonObject &json)
{
    const QJsonValue id = json.value(u"id"_s);
    const std::optional<Role> role = roleFromName(json.value(u"role"_s).toString());
    if (!id.isString() || id.toString().isEmpty() || !role)
        return std::nullopt;
    for (QLatin1StringView key : {"username"_L1, "display_name"_L1, "country"_L1}) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return std::nullopt;
    }
    User user;
    user.id = id.toString();
    user.username = json.value(u"username"_s).toString();
    user.displayName = json.value(u"display_name"_s).toString();
    user.country = json.value(u"country"_s).toString();
    user.role = *role;
    return user;
}

} // namespace smec::domain
