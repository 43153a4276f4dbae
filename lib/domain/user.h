// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace smec::domain {

/// The four roles of DESIGN.md section 3.
enum class Role {
    Analyst,     ///< reads, discusses
    Delegate,    ///< scoped to one country: drafts and submits its practices and commitments
    Secretariat, ///< curates everything
    Admin,       ///< secretariat plus user management
};

inline constexpr std::array<Role, 4> allRoles{Role::Analyst, Role::Delegate, Role::Secretariat,
                                              Role::Admin};

/// The wire name of a role: `analyst`, `delegate`, `secretariat`, `admin`.
QString roleName(Role role);
/// Parses a wire name; nullopt for anything else.
std::optional<Role> roleFromName(QStringView name);
/// The translated, human name of a role ("Secretariat").
QString roleLabel(Role role);

/// A signed-in user as the session and the users directory describe them. The permission
/// checks of AccessPolicy take one of these.
struct User
{
    QString id;          ///< server user id
    QString username;    ///< sign-in name
    QString displayName; ///< shown in the UI
    QString country;     ///< ISO 3166-1 alpha-3; empty for users not tied to a country
    Role role = Role::Analyst;

    /// True for secretariat and admin: the roles that curate everything.
    bool isCurator() const { return role == Role::Secretariat || role == Role::Admin; }
    /// True if this user is a delegate of `alpha3` (an empty code is nobody's country).
    bool isDelegateOf(QStringView alpha3) const;
    /// A user without id is nobody: every permission check refuses it.
    bool isValid() const { return !id.isEmpty(); }

    /// Wire form: `{"id","username","display_name","country","role"}` (country null when empty).
    QJsonObject toJson() const;
    /// Parses the wire form; `username` may be absent (users directory), `id` and `role` may not.
    static std::optional<User> fromJson(const QJsonObject &json);

    friend bool operator==(const User &, const User &) = default;
};

} // namespace smec::domain
