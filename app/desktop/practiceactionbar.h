// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/practicestatus.h"
#include "domain/record.h"
#include "domain/user.h"

#include <QHash>
#include <QWidget>

class QPushButton;

namespace smec::desktop {

/// The editor's action bar: save, submit, withdraw, start review, request changes, publish,
/// archive. Each curation button is enabled by domain::AccessPolicy for the user and the
/// practice as it stands, and says in its tooltip why it is unavailable.
class PracticeActionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeActionBar)

public:
    explicit PracticeActionBar(QWidget *parent = nullptr);

    /// Re-evaluates every button for `user` and `practice`.
    void update(const domain::User &user, const domain::Record &practice);
    QPushButton *button(domain::PracticeStatus target) const { return m_buttons.value(target); }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *changesSinceRequestButton() const { return m_sinceRequest; }

Q_SIGNALS:
    void saveRequested();
    void transitionRequested(domain::PracticeStatus target);
    /// The reviewer asks what the country changed since changes were requested.
    void changesSinceRequestRequested();

private:
    QPushButton *m_save;
    QPushButton *m_sinceRequest;
    QHash<domain::PracticeStatus, QPushButton *> m_buttons;
};

} // namespace smec::desktop
