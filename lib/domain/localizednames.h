// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace smec::domain {

/// Names of reference data in the interface language: countries from the table embedded at
/// `:/reference/countrynames.tsv` (French, Spanish, Arabic, Chinese, Russian, keyed by ISO 3166-1
/// alpha-3), M49 regions and sub-regions through the translators (context `smec::domain::Region`).
/// The wire and the server keep the English names of ReferenceData.
class LocalizedNames final
{
    Q_DECLARE_TR_FUNCTIONS(smec::domain::LocalizedNames)

public:
    /// The languages the country table covers.
    static QStringList countryLanguages();
    /// The name of `alpha3` in `locale`'s language; `englishName` for English, for another
    /// language or an unknown code.
    static QString country(QStringView alpha3, const QString &englishName,
                           const QLocale &locale = QLocale());
    /// True if the table has a name for `alpha3` in `language` (`fr`, `es`, `ar`, `zh`, `ru`).
    static bool hasCountry(QStringView alpha3, QStringView language);
    /// An M49 region or sub-region name (`Western Asia`) in the interface language.
    static QString region(const QString &englishName);
};

} // namespace smec::domain
