// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "countriespage.h"

#include "comparepage.h"
#include "countryprofilepage.h"

#include <QEvent>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace smec::desktop {

CountriesPage::CountriesPage(Workspace &workspace, QWidget *parent)
    : QTabWidget(parent)
    , m_profile(new CountryProfilePage(workspace, this))
    , m_compare(new ComparePage(workspace, this))
{
    setObjectName(u"countriesPage"_s);
    setDocumentMode(true);
    addTab(m_profile, QString());
    addTab(m_compare, QString());
    connect(this, &QTabWidget::currentChanged, this, &CountriesPage::reload);
    retranslate();
}

bool CountriesPage::showCountry(const QString &alpha3)
{
    if (!m_profile->showCountry(alpha3))
        return false;
    setCurrentWidget(m_profile);
    return true;
}

bool CountriesPage::compare(const QStringList &codes)
{
    const QSignalBlocker blocker(this); // compare() reads once
    if (!m_compare->compare(codes))
        return false;
    setCurrentWidget(m_compare);
    return true;
}

void CountriesPage::reload()
{
    if (currentWidget() == m_compare)
        m_compare->reload();
    else
        m_profile->reload();
}

void CountriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void CountriesPage::retranslate()
{
    setTabText(0, tr("Country profile"));
    setTabText(1, tr("Compare countries"));
    setAccessibleName(tr("Countries"));
}

} // namespace smec::desktop
