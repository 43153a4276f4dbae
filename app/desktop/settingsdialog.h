// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace smec::desktop {

class Settings;

/// Preferences: server address, sync interval, language and theme. Writes Settings on accept;
/// the theme applies at once, the language at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    Settings &m_settings;
    QLineEdit *m_server;
    QSpinBox *m_interval;
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace smec::desktop
