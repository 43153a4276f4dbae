// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "practiceactionbar.h"

#include "domain/accesspolicy.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
struct ActionText
{
    domain::PracticeStatus target;
    const char16_t *name;
};
} // namespace

PracticeActionBar::PracticeActionBar(QWidget *parent)
    : QWidget(parent)
    , m_save(new QPushButton(tr("&Save")))
    , m_sinceRequest(new QPushButton(tr("Changes since &request")))
{
    setObjectName(u"practiceActionBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_save->setObjectName(u"actionSave"_s);
    m_save->setAccessibleName(tr("Save the draft now"));
    m_save->setToolTip(tr("Drafts are also saved automatically as you type."));
    layout->addWidget(m_save);
    m_sinceRequest->setObjectName(u"actionChangesSinceRequest"_s);
    m_sinceRequest->setToolTip(
        tr("Compare the practice as it was when changes were requested with the practice now."));
    m_sinceRequest->setVisible(false);
    layout->addWidget(m_sinceRequest);
    connect(m_sinceRequest, &QPushButton::clicked, this,
            &PracticeActionBar::changesSinceRequestRequested);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &PracticeActionBar::saveRequested);

    using S = domain::PracticeStatus;
    const QList<std::pair<S, QString>> actions{
        {S::Submitted, tr("S&ubmit")},      {S::Draft, tr("&Withdraw")},
        {S::InReview, tr("Start &review")}, {S::ChangesRequested, tr("Request &changes…")},
        {S::Published, tr("&Publish")},     {S::Archived, tr("&Archive")},
    };
    const QHash<S, QString> names{
        {S::Submitted, u"actionSubmit"_s},     {S::Draft, u"actionWithdraw"_s},
        {S::InReview, u"actionStartReview"_s}, {S::ChangesRequested, u"actionRequestChanges"_s},
        {S::Published, u"actionPublish"_s},    {S::Archived, u"actionArchive"_s},
    };
    for (const auto &[target, text] : actions) {
        auto *button = new QPushButton(text);
        button->setObjectName(names.value(target));
        QString accessible = text;
        accessible.remove(u'&');
        button->setAccessibleName(accessible);
        m_buttons.insert(target, button);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, t = target] { Q_EMIT transitionRequested(t); });
    }
}

void PracticeActionBar::update(const domain::User &user, const domain::Record &practice)
{
    const domain::Decision edit = practice.rev == 0 && practice.fields.isEmpty()
                                      ? domain::AccessPolicy::canCreate(user, practice.kind)
                                      : domain::AccessPolicy::canEdit(user, practice);
    m_save->setEnabled(edit.allowed);
    m_save->setToolTip(edit.allowed ? tr("Drafts are also saved automatically as you type.")
                                    : edit.reason);
    const auto current = domain::practiceStatusOf(practice.fields);
    // Back with the secretariat after a request for changes (the review note stays): one click
    // shows what the country changed since.
    m_sinceRequest->setVisible(
        user.isCurator() && practice.rev > 0 &&
        (current == domain::PracticeStatus::Submitted ||
         current == domain::PracticeStatus::InReview) &&
        !practice.fields.value(QLatin1StringView("review_note")).toString().isEmpty());
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const domain::PracticeStatus target = it.key();
        QPushButton *button = it.value();
        // Withdraw only makes sense for a submitted practice; hide the noise otherwise.
        if (target == domain::PracticeStatus::Draft)
            button->setVisible(current == domain::PracticeStatus::Submitted);
        const domain::Decision d = domain::AccessPolicy::canTransition(user, practice, target);
        button->setEnabled(d.allowed);
        button->setToolTip(d.allowed ? QString() : d.reason);
    }
}

} // namespace smec::desktop
