// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace smec::desktop {

class Workspace;

/// The records waiting for a decision because they changed here and on the server; opens the
/// side-by-side ConflictDialog for the chosen one.
class ConflictsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsPage)

public:
    explicit ConflictsPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    /// Opens the dialog for the conflict in `row` (the first when -1).
    void resolve(int row = -1);

Q_SIGNALS:
    void resolved();

private:
    Workspace &m_workspace;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_resolve;
};

} // namespace smec::desktop
