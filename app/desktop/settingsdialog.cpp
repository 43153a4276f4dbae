// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsdialog.h"

#include "apptheme.h"
#include "languages.h"
#include "settings.h"
#include "sync/serverurlpolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_server(new QLineEdit(settings.serverUrl()))
    , m_interval(new QSpinBox)
    , m_language(new QComboBox)
    , m_theme(new QComboBox)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_server->setObjectName(u"settingsServer"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_interval->setObjectName(u"settingsInterval"_s);
    m_interval->setAccessibleName(tr("Sync interval in minutes"));
    m_interval->setRange(1, 240);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings.syncIntervalMinutes());
    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language under its own name, so a user can find theirs whatever is shown now.
    for (const Languages::Language &l : Languages::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_theme->setObjectName(u"settingsTheme"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.theme())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("S&ync every:"), m_interval);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    auto *hint = new QLabel(tr("A new language applies the next time SME Community starts."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        auto url = sync::ServerUrlPolicy::normalise(server);
        if (!url) {
            QMessageBox::warning(this, tr("Settings"), url.error().message);
            return;
        }
        m_settings.profile().setValue(sync::Profile::Key::ServerUrl, url->toString());
    } else {
        m_settings.profile().setValue(sync::Profile::Key::ServerUrl, QString());
    }
    m_settings.setValue(Settings::Key::SyncIntervalMinutes, m_interval->value());
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(Settings::Key::Theme, m_theme->currentData().toString());
    m_settings.sync();
    AppTheme::apply(m_theme->currentData().toString());
    QDialog::accept();
}

} // namespace smec::desktop
