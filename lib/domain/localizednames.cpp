// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localizednames.h"

#include <QFile>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

// Marked for lupdate: the M49 regions and sub-regions of countries.json.
[[maybe_unused]] constexpr const char *kRegions[] = {
    QT_TRANSLATE_NOOP("smec::domain::Region", "Africa"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Americas"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Asia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Europe"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Oceania"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Australia and New Zealand"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Central Asia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Eastern Asia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Eastern Europe"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Latin America and the Caribbean"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Melanesia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Micronesia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Northern Africa"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Northern America"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Northern Europe"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Polynesia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "South-eastern Asia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Southern Asia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Southern Europe"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Sub-Saharan Africa"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Western Asia"),
    QT_TRANSLATE_NOOP("smec::domain::Region", "Western Europe"),
};

const QStringList &languages()
{
    static const QStringList list{u"fr"_s, u"es"_s, u"ar"_s, u"zh"_s, u"ru"_s};
    return list;
}

// alpha3 -> names in the order of languages().
const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> names = [] {
        QHash<QString, QStringList> result;
        QFile file(u":/reference/countrynames.tsv"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return result; // English names are shown; tst_i18n_countrynames guards the table
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList columns = line.split(u'\t');
            if (columns.size() != languages().size() + 1)
                continue;
            const QString code = columns.takeFirst();
            result.insert(code, columns);
        }
        return result;
    }();
    return names;
}

} // namespace

QStringList LocalizedNames::countryLanguages()
{
    return languages();
}

QString LocalizedNames::country(QStringView alpha3, const QString &englishName,
                                const QLocale &locale)
{
    const qsizetype column = languages().indexOf(QLocale::languageToCode(locale.language()));
    if (column < 0)
        return englishName;
    const auto it = table().constFind(alpha3.toString());
    if (it == table().constEnd() || it->value(column).isEmpty())
        return englishName;
    return it->value(column);
}

bool LocalizedNames::hasCountry(QStringView alpha3, QStringView language)
{
    const qsizetype column = languages().indexOf(language.toString());
    const auto it = table().constFind(alpha3.toString());
    return column >= 0 && it != table().constEnd() && !it->value(column).isEmpty();
}

QString LocalizedNames::region(const QString &englishName)
{
    return QCoreApplication::translate("smec::domain::Region", englishName.toUtf8().constData());
}

} // namespace smec::domain
