// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/navigationmodel.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace smec::domain {
class ReferenceData;
}

namespace smec::desktop {

/// What `smecommunity --show VIEW` opens: a section by name, `country:ISO3` (a country's
/// profile) or `compare:ISO3,ISO3[,...]` (two to four countries side by side).
struct ShowView
{
    Q_DECLARE_TR_FUNCTIONS(smec::desktop::ShowView)

public:
    models::NavigationModel::Section section = models::NavigationModel::Section::Practices;
    QString country;
    QStringList compare;

    /// Parses `view`; nullopt with `error` set (one line saying what to give) when it names no
    /// section, an unknown country, or not two to four different known countries.
    static std::optional<ShowView> parse(const QString &view,
                                         const domain::ReferenceData &reference, QString *error);
};

} // namespace smec::desktop
