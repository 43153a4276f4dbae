// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "replica/replicatypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smec::domain {
class ReferenceData;
}

namespace smec::models {

/// Human, translated text for stored values: country names, pillar and enum labels, record
/// states and dates, shared by the lists, the facets and the detail views.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(smec::models::DisplayText)

public:
    DisplayText() = delete;

    /// The country's name from `reference`, or the code when unknown or without reference data.
    static QString country(const domain::ReferenceData *reference, const QString &alpha3);
    /// The label of an enum value of `field` (`instrument`, `status`, `pillars`...).
    static QString option(domain::Kind kind, const QString &field, const QString &value);
    /// Labels of several values, joined for a table cell.
    static QString options(domain::Kind kind, const QString &field, const QStringList &values);
    static QString recordState(replica::RecordState state);
    /// A stored UTC ISO-8601 time in the user's locale, short format.
    static QString dateTime(const QString &isoUtc);
};

} // namespace smec::models
