// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "initiativeactionbar.h"

#include "workspace.h"

#include "domain/accesspolicy.h"
#include "domain/initiative.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "replica/recordstore.h"
#include "replica/replica.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace smec::desktop {

InitiativeActionBar::InitiativeActionBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_state(new QLabel)
    , m_join(new QPushButton(tr("&Join")))
    , m_decline(new QPushButton(tr("&Decline")))
    , m_leave(new QPushButton(tr("&Leave")))
{
    setObjectName(u"initiativeActions"_s);
    // An invitation is the one state that asks the delegate to act: shown as a banner (light
    // background and dark text, readable in the dark palette too), see update().
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#initiativeActions[invitation=\"true\"] { background: #e3effb;"
                  " border: 1px solid #6f9fd8; border-radius: 4px; }"
                  " #initiativeActions[invitation=\"true\"] QLabel { color: #0d2f57; }"_s);
    m_state->setObjectName(u"initiativeState"_s);
    m_state->setWordWrap(true);
    m_join->setObjectName(u"initiativeJoin"_s);
    m_join->setAccessibleName(tr("Join this initiative"));
    m_decline->setObjectName(u"initiativeDecline"_s);
    m_decline->setAccessibleName(tr("Decline the invitation"));
    m_leave->setObjectName(u"initiativeLeave"_s);
    m_leave->setAccessibleName(tr("Leave this initiative"));
    m_layout = new QHBoxLayout(this);
    QHBoxLayout *layout = m_layout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_join);
    layout->addWidget(m_decline);
    layout->addWidget(m_leave);
    connect(m_join, &QPushButton::clicked, this, [this] { apply(Action::Join); });
    connect(m_decline, &QPushButton::clicked, this, [this] { apply(Action::Decline); });
    connect(m_leave, &QPushButton::clicked, this, [this] { apply(Action::Leave); });
    setVisible(false);
}

void InitiativeActionBar::setRecordId(const QString &id)
{
    m_record.reset();
    if (!id.isEmpty()) {
        auto stored = m_workspace.replica().records().get(id);
        if (stored && stored->has_value() && !(*stored)->deleted &&
            (*stored)->kind == domain::Kind::Initiative)
            m_record = **stored;
    }
    update();
}

void InitiativeActionBar::update()
{
    const domain::User &user = m_workspace.user();
    const bool delegate = user.role == domain::Role::Delegate && !user.country.isEmpty();
    if (!m_record || !delegate) {
        setVisible(false);
        return;
    }
    const QJsonObject &fields = m_record->fields;
    const QString country = domain::LocalizedNames::country(
        user.country, m_workspace.reference().countryName(user.country));
    const QString state = domain::Initiative::partnerState(fields, user.country);
    const bool lead = fields.value(u"lead_country"_s).toString() == user.country;
    const bool invitation = !lead && state == domain::Initiative::invited;
    setProperty("invitation", invitation);
    // Re-polished so that the style sheet's [invitation] rule follows the property.
    style()->unpolish(this);
    style()->polish(this);
    m_layout->setContentsMargins(invitation ? QMargins(10, 8, 10, 8) : QMargins());
    QFont font = m_state->font();
    font.setBold(invitation);
    m_state->setFont(font);
    m_join->setDefault(invitation);
    setAccessibleName(invitation ? tr("Invitation to %1").arg(country) : QString());
    if (lead)
        m_state->setText(tr("%1 leads this initiative.").arg(country));
    else if (invitation)
        m_state->setText(tr("%1 is invited to join this initiative. Join to take part in it, "
                            "or decline the invitation.")
                             .arg(country));
    else if (state == domain::Initiative::joined)
        m_state->setText(tr("%1 is a partner of this initiative.").arg(country));
    else
        m_state->setText(tr("%1 is not part of this initiative.").arg(country));
    m_join->setVisible(state == domain::Initiative::invited);
    m_decline->setVisible(state == domain::Initiative::invited);
    m_leave->setVisible(state == domain::Initiative::joined);
    setVisible(true);
}

void InitiativeActionBar::apply(Action action)
{
    if (!m_record)
        return;
    const domain::User &user = m_workspace.user();
    domain::Record updated = *m_record;
    updated.fields = action == Action::Join
                         ? domain::Initiative::withPartner(m_record->fields, user.country,
                                                           domain::Initiative::joined)
                         : domain::Initiative::withoutPartner(m_record->fields, user.country);
    const domain::Decision may = domain::AccessPolicy::canWrite(user, m_record, updated);
    if (!may.allowed) {
        m_state->setText(may.reason);
        return;
    }
    auto saved = m_workspace.replica().records().saveDraft(updated);
    if (!saved) {
        m_state->setText(saved.error().message);
        return;
    }
    m_record = *saved;
    update();
    Q_EMIT changed(m_record->id);
}

} // namespace smec::desktop
