// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace smec::desktop {

class Workspace;

/// Above an initiative's details: where the signed-in delegate's country stands (invited,
/// joined, lead) and the buttons the rules allow it: Join, Decline, Leave. An invitation not
/// answered yet is shown as a banner (property `invitation`), with Join as the default button. Each
/// is a local edit of the partner list, checked by AccessPolicy::canWrite like any other, saved at
/// once and announced through changed() so that the application refreshes and syncs.
class InitiativeActionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InitiativeActionBar)

public:
    explicit InitiativeActionBar(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the actions for `id` (read from the replica); an empty id hides the bar.
    void setRecordId(const QString &id);

Q_SIGNALS:
    void changed(const QString &id);

private:
    enum class Action { Join, Decline, Leave };
    void update();
    void apply(Action action);

    Workspace &m_workspace;
    std::optional<domain::Record> m_record;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_state;
    QPushButton *m_join;
    QPushButton *m_decline;
    QPushButton *m_leave;
};

} // namespace smec::desktop
