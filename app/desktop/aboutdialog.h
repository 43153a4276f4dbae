// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace smec::desktop {

/// Help > About: the version, what the application is for, its licence (GPL-3.0-or-later) and
/// the third-party components of SME Community (desktop, CLI and server) with their licences.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// One row of the components table.
    struct Component
    {
        QString name;
        QString licence;
        QString usedFor;
    };
    /// The third-party components, in the order shown.
    static QList<Component> components();

private:
    QLabel *m_licence;
    QTableWidget *m_components;
};

} // namespace smec::desktop
