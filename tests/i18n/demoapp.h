// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The real desktop client over a demo profile in a temporary folder, in a chosen language:
// what the i18n and accessibility tests drive.
#include "application.h"
#include "languages.h"
#include "settings.h"

#include <QTemporaryDir>

#include <memory>

namespace smec::i18ntest {

class DemoApp final
{
public:
    /// Installs `language` (as --lang does) and starts the app; check started().
    explicit DemoApp(const QString &language)
    {
        using namespace Qt::StringLiterals;
        desktop::Languages::install(language);
        m_settings = std::make_unique<desktop::Settings>(m_dir.path());
        using Key = sync::Profile::Key;
        sync::Profile &profile = m_settings->profile();
        profile.setValue(Key::OfflineMode, true);
        profile.setValue(Key::UserId, u"demo-secretariat"_s);
        profile.setValue(Key::UserDisplayName, u"Demo secretariat"_s);
        profile.setValue(Key::UserRole, u"secretariat"_s);
        m_settings->setValue(desktop::Settings::Key::Language, language);
        desktop::Application::Options options;
        options.demoData = true;
        options.skipSignIn = true;
        m_app = std::make_unique<desktop::Application>(*m_settings, options);
        m_started = m_app->start(&m_error);
    }
    ~DemoApp()
    {
        m_app.reset();
        desktop::Languages::install(QStringLiteral("en"));
    }
    Q_DISABLE_COPY_MOVE(DemoApp)

    bool started() const { return m_started; }
    QString error() const { return m_error; }
    desktop::Application &app() { return *m_app; }
    desktop::Settings &settings() { return *m_settings; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<desktop::Settings> m_settings;
    std::unique_ptr<desktop::Application> m_app;
    bool m_started = false;
    QString m_error;
};

} // namespace smec::i18ntest
