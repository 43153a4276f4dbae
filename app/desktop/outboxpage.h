// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace smec::desktop {

class Workspace;

/// The local changes waiting for the server, oldest first, and those the server refused with
/// its reason (they are kept until the record is edited again).
class OutboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPage)

public:
    explicit OutboxPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void openRequested(const QString &id);

private:
    Workspace &m_workspace;
    QListWidget *m_list;
    QLabel *m_summary;
};

} // namespace smec::desktop
