// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sync/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace smec::desktop {

/// The desktop's preferences of one profile: sync interval, language and theme, kept in the
/// profile's settings.ini beside the keys of sync::Profile (server, user name, CA file, offline
/// mode, the signed-in user's public directory entry), through the same QSettings object, so
/// what a sign-in records is seen here at once. Never a secret: tokens live in the keychain.
/// The UI keys and their defaults are one table (settings.cpp); the profile's keys are
/// sync::Profile's table. Window geometry is kept apart (WindowState), so copying a profile does
/// not copy a screen layout.
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(smec::desktop::Settings)

public:
    /// The desktop's own keys; the profile's are sync::Profile::Key.
    enum class Key {
        SyncIntervalMinutes,
        Language,
        Theme,
    };

    /// The profile in `profileDir` (created when missing).
    explicit Settings(const QString &profileDir);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// The default profile folder (QStandardPaths::AppDataLocation).
    static QString defaultProfileDir();

    sync::Profile &profile() { return m_profile; }
    const sync::Profile &profile() const { return m_profile; }
    QString profileDir() const { return m_profile.dir(); }
    QString replicaPath() const { return m_profile.replicaPath(); }
    QString settingsPath() const { return m_profile.settingsPath(); }

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString serverUrl() const { return m_profile.serverUrl(); }
    QString username() const { return m_profile.username(); }
    int syncIntervalMinutes() const { return value(Key::SyncIntervalMinutes).toInt(); }
    QString language() const { return value(Key::Language).toString(); }
    QString theme() const { return value(Key::Theme).toString(); } ///< `system`, `light`, `dark`
    /// True once the user signed in or chose to work offline: later starts skip the dialog.
    bool isConfigured() const;

    /// Writes pending changes to settings.ini (where another process, or the sync thread's own
    /// Profile, reads them).
    void sync();

private:
    sync::Profile m_profile;
};

} // namespace smec::desktop
