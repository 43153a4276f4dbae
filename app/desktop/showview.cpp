// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "showview.h"

#include "domain/referencedata.h"

using namespace Qt::StringLiterals;

namespace smec::desktop {

std::optional<ShowView> ShowView::parse(const QString &view, const domain::ReferenceData &reference,
                                        QString *error)
{
    using Navigation = models::NavigationModel;
    ShowView shown;
    const QString v = view.trimmed();
    if (v.startsWith(u"country:"_s, Qt::CaseInsensitive)) {
        shown.country = v.mid(8).trimmed().toUpper();
        if (!reference.isCountry(shown.country)) {
            *error = tr("Unknown country \"%1\"; give an ISO 3166-1 alpha-3 code such as KEN.")
                         .arg(shown.country);
            return std::nullopt;
        }
        shown.section = Navigation::Section::Countries;
        return shown;
    }
    if (v.startsWith(u"compare:"_s, Qt::CaseInsensitive)) {
        QStringList unknown;
        for (const QString &part : v.mid(8).split(u',', Qt::SkipEmptyParts)) {
            const QString code = part.trimmed().toUpper();
            if (!reference.isCountry(code))
                unknown.append(code);
            else if (!shown.compare.contains(code))
                shown.compare.append(code);
        }
        if (!unknown.isEmpty()) {
            *error = tr("Unknown countries: %1; give ISO 3166-1 alpha-3 codes such as KEN.")
                         .arg(unknown.join(u", "_s));
            return std::nullopt;
        }
        if (shown.compare.size() < 2 || shown.compare.size() > 4) {
            *error = tr("Compare two to four different countries, e.g. compare:KEN,RWA.");
            return std::nullopt;
        }
        shown.section = Navigation::Section::Countries;
        return shown;
    }
    const auto section = Navigation::sectionNamed(v);
    if (!section) {
        *error = tr("Unknown view \"%1\"; use one of %2, country:ISO3 or compare:ISO3,ISO3.")
                     .arg(view, Navigation::names().join(u", "_s));
        return std::nullopt;
    }
    shown.section = *section;
    return shown;
}

} // namespace smec::desktop
