// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "countryprofilepage.h"

#include "countrycombo.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "models/backgroundreader.h"
#include "models/displaytext.h"
#include "models/facetmodel.h"
#include "replica/replica.h"
#include "statusstyle.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

using Profile = models::CountryProfile;

QString dateText(const QString &iso)
{
    if (iso.contains(u'T'))
        return models::DisplayText::dateTime(iso);
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

} // namespace

CountryProfilePage::CountryProfilePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"countryProfilePage"_s);
    m_countryLabel = new QLabel(this);
    auto *country = new CountryCombo(m_workspace.reference(), false, this);
    country->setObjectName(u"profileCountry"_s);
    m_country = country;
    m_countryLabel->setBuddy(m_country);
    m_title = new QLabel(this);
    m_title->setObjectName(u"profileTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"profileFigures"_s);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"profileTabs"_s);
    m_practices = addList(u"profilePractices"_s);
    m_commitments = addList(u"profileCommitments"_s);
    m_meetings = addList(u"profileMeetings"_s);
    m_dialogue = addList(u"profileDialogue"_s);
    m_initiatives = addList(u"profileInitiatives"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_countryLabel);
    top->addWidget(m_country);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);

    // A delegate starts on their own country.
    country->setCountry(m_workspace.user().country);
    connect(m_country, &QComboBox::currentIndexChanged, this, &CountryProfilePage::reload);
    retranslate();
}

QTableWidget *CountryProfilePage::addList(const QString &name)
{
    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        Q_EMIT openRequested(domain::Kind(item->data(Qt::UserRole + 1).toInt()),
                             item->data(Qt::UserRole).toString());
    });
    m_tabs->addTab(table, QString());
    return table;
}

QString CountryProfilePage::country() const
{
    return m_country->currentData().toString();
}

bool CountryProfilePage::showCountry(const QString &alpha3)
{
    auto *combo = static_cast<CountryCombo *>(m_country);
    if (combo->findData(alpha3.toUpper()) < 0)
        return false;
    if (combo->country() == alpha3.toUpper())
        reload();
    else
        combo->setCountry(alpha3); // reloads
    return true;
}

void CountryProfilePage::reload()
{
    const QString code = country();
    if (code.isEmpty())
        return;
    QStringList delegates;
    for (const domain::User &user : m_workspace.reference().users()) {
        if (user.country == code && user.role == domain::Role::Delegate)
            delegates.append(user.id);
    }
    m_workspace.reader().run<Profile>(
        this,
        [code, delegates](replica::Replica &replica) {
            return Profile::read(replica, code, delegates);
        },
        [this](const Result<Profile> &profile) {
            if (!profile) {
                m_figures->setText(
                    tr("Cannot read the country: %1").arg(profile.error().message.toHtmlEscaped()));
                return;
            }
            show(*profile);
        });
}

QString CountryProfilePage::breakdown(domain::Kind kind, const QString &figure) const
{
    const QMap<QString, int> counts = m_profile.figures.value(figure);
    QList<std::pair<QString, int>> entries;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            entries.append({it.key(), it.value()});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    const QString facet = figure.endsWith(u"_status"_s) ? u"status"_s : figure;
    for (const auto &[value, n] : entries) {
        QString label =
            value.isEmpty()
                ? tr("not given")
                : models::FacetModel::valueLabel(kind, &m_workspace.reference(), facet, value);
        if (kind == domain::Kind::Commitment && facet == u"status"_s)
            label = StatusStyle::symbol(value) + u' ' + label;
        parts.append(tr("%1 %2").arg(label.toHtmlEscaped(), QLocale().toString(n)));
    }
    return parts.isEmpty() ? tr("none") : parts.join(u", "_s);
}

void CountryProfilePage::show(const Profile &profile)
{
    m_profile = profile;
    const QString &code = profile.country;
    const QString name = models::DisplayText::country(&m_workspace.reference(), code);
    const QString region = m_workspace.reference().regionOf(code);
    m_title->setText(
        region.isEmpty() ? name : tr("%1 (%2)").arg(name, domain::LocalizedNames::region(region)));
    QLocale locale;
    const QString row = u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s;
    QString html = u"<table cellspacing=\"4\">"_s;
    html +=
        row.arg(tr("Practices"), tr("%1 &mdash; by status: %2; by pillar: %3")
                                     .arg(locale.toString(profile.practiceCount),
                                          breakdown(domain::Kind::Practice, u"practice_status"_s),
                                          breakdown(domain::Kind::Practice, u"pillar"_s)));
    html += row.arg(tr("Commitments"),
                    tr("%1 &mdash; %2")
                        .arg(locale.toString(profile.commitmentCount),
                             breakdown(domain::Kind::Commitment, u"commitment_status"_s)));
    html += row.arg(tr("Meetings"), tr("%1 hosted, %2 attended")
                                        .arg(locale.toString(profile.meetingsHosted),
                                             locale.toString(profile.meetingsAttended)));
    html += row.arg(tr("Dialogue"),
                    tr("%Ln thread(s) started by its delegates", nullptr, profile.threadsStarted));
    html += row.arg(tr("Joint initiatives"),
                    tr("%Ln led or joined", nullptr, int(profile.initiatives.size())));
    html += u"</table>"_s;
    m_figures->setText(html);

    fillList(m_practices, profile.practices);
    fillList(m_commitments, profile.commitments);
    fillList(m_meetings, profile.meetings);
    fillList(m_dialogue, profile.dialogue);
    fillList(m_initiatives, profile.initiatives);
    retranslate(); // tab titles carry the counts
    Q_EMIT updated();
}

void CountryProfilePage::fillList(QTableWidget *table, const QList<Profile::Item> &items)
{
    table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const Profile::Item &item = items.at(row);
        QString second;
        switch (item.kind) {
        case domain::Kind::Meeting:
            second = item.role == u"host"_s ? tr("Host") : tr("Participant");
            break;
        case domain::Kind::Initiative:
            second = (item.role == u"lead"_s ? tr("Lead") : tr("Partner")) + u" \u00b7 "_s +
                     models::DisplayText::option(item.kind, u"status"_s, item.status);
            break;
        case domain::Kind::Commitment:
            second = StatusStyle::label(item.status);
            break;
        default:
            second = models::DisplayText::option(item.kind, u"status"_s, item.status);
        }
        const QStringList cells{item.title, second, dateText(item.date)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, item.id);
            cell->setData(Qt::UserRole + 1, int(item.kind));
            if (column == 1 && item.kind == domain::Kind::Commitment)
                cell->setForeground(StatusStyle::color(item.status));
            table->setItem(row, column, cell);
        }
    }
}

void CountryProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        static_cast<CountryCombo *>(m_country)->retranslate();
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void CountryProfilePage::retranslate()
{
    m_countryLabel->setText(tr("C&ountry"));
    m_tabs->setAccessibleName(tr("What the country does"));
    QLocale locale;
    auto title = [&locale](const QString &text, const QTableWidget *table) {
        return text.arg(locale.toString(table->rowCount()));
    };
    m_tabs->setTabText(0, title(tr("Practices (%1)"), m_practices));
    m_tabs->setTabText(1, title(tr("Commitments (%1)"), m_commitments));
    m_tabs->setTabText(2, title(tr("Meetings (%1)"), m_meetings));
    m_tabs->setTabText(3, title(tr("Recent dialogue (%1)"), m_dialogue));
    m_tabs->setTabText(4, title(tr("Joint initiatives (%1)"), m_initiatives));
    m_practices->setHorizontalHeaderLabels({tr("Title"), tr("Status"), tr("Start year")});
    m_commitments->setHorizontalHeaderLabels({tr("Title"), tr("Status"), tr("Deadline")});
    m_meetings->setHorizontalHeaderLabels({tr("Title"), tr("Role"), tr("Starts")});
    m_dialogue->setHorizontalHeaderLabels({tr("Thread"), tr("Status"), tr("Last activity")});
    m_initiatives->setHorizontalHeaderLabels({tr("Title"), tr("Role"), tr("Starts")});
    m_practices->setAccessibleName(tr("Practices of the country"));
    m_commitments->setAccessibleName(tr("Commitments of the country"));
    m_meetings->setAccessibleName(tr("Meetings hosted or attended"));
    m_dialogue->setAccessibleName(tr("Threads started by the country's delegates"));
    m_initiatives->setAccessibleName(tr("Joint initiatives led or joined"));
}

} // namespace smec::desktop
