// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "countrycombo.h"

#include "domain/referencedata.h"
#include "models/displaytext.h"

#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

CountryCombo::CountryCombo(const domain::ReferenceData &reference, bool withNone, QWidget *parent)
    : QComboBox(parent)
    , m_reference(reference)
    , m_withNone(withNone)
{
    retranslate();
}

bool CountryCombo::setCountry(const QString &alpha3)
{
    const int index = findData(alpha3.toUpper());
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void CountryCombo::retranslate()
{
    const QString current = country();
    const QString none = m_withNone && count() > 0 ? itemText(0) : QString();
    struct Entry
    {
        QString code;
        QString name;
    };
    QList<Entry> entries;
    for (const domain::Country &c : m_reference.countries())
        entries.append({c.alpha3, models::DisplayText::country(&m_reference, c.alpha3)});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QSignalBlocker blocker(this);
    clear();
    if (m_withNone)
        addItem(none, QString());
    for (const Entry &e : std::as_const(entries))
        addItem(e.name, e.code);
    // The code finds a country too (typing "KEN" in the list).
    for (int i = m_withNone ? 1 : 0; i < count(); ++i)
        setItemData(i, u"%1 (%2)"_s.arg(itemText(i), itemData(i).toString()), Qt::ToolTipRole);
    setCurrentIndex(std::max(0, findData(current)));
}

} // namespace smec::desktop
