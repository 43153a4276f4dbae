// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace smec::domain {

/// One partner country of an initiative and where it stands.
struct InitiativePartner
{
    QString country; ///< ISO 3166-1 alpha-3
    QString state;   ///< `invited` or `joined`

    friend bool operator==(const InitiativePartner &, const InitiativePartner &) = default;
};

/// Reads and changes the parts of an initiative's fields that the access rules and the
/// join/decline/leave actions look at, so that server, CLI and desktop agree on them.
///
/// An initiative without a `status` is `proposed`. While proposed it is visible only to the lead
/// country's delegates, the delegates of the countries listed as partners (invited or joined) and
/// the secretariat; from `active` on, to everyone signed in.
class Initiative final
{
public:
    Initiative() = delete;

    static inline const QString invited = QStringLiteral("invited");
    static inline const QString joined = QStringLiteral("joined");
    static inline const QString proposed = QStringLiteral("proposed");
    static inline const QString ended = QStringLiteral("ended");

    /// The `status` field, `proposed` when unset.
    static QString status(const QJsonObject &fields);
    /// True while the initiative is visible only to its countries and the secretariat.
    static bool isRestricted(const QJsonObject &fields);
    /// The partners in list order; malformed entries are skipped (the validator reports them).
    static QList<InitiativePartner> partners(const QJsonObject &fields);
    /// The state of `country` (`invited`, `joined`), empty when it is not a partner.
    static QString partnerState(const QJsonObject &fields, QStringView country);
    /// Every partner country, invited or joined: with the lead country, the countries whose
    /// delegates see a proposed initiative.
    static QStringList partnerCountries(const QJsonObject &fields);

    /// `fields` with `country` set to `state` (added at the end when absent).
    static QJsonObject withPartner(const QJsonObject &fields, const QString &country,
                                   const QString &state);
    /// `fields` without `country` among the partners (declining or leaving).
    static QJsonObject withoutPartner(const QJsonObject &fields, QStringView country);
    /// `fields` with a new id given to every milestone object that has none, so that a milestone
    /// typed without one (CLI, editor) is merged by a stable key from its first save on.
    static QJsonObject withMilestoneIds(const QJsonObject &fields);
};

} // namespace smec::domain
