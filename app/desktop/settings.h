// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace smec::desktop {

/// The preferences of one profile (DIR/settings.ini, shared with the CLI): server, user name,
/// trusted CA file, sync interval, language, theme, and the signed-in user's public directory
/// entry. Never a secret: tokens live in the keychain. Keys and defaults are one table
/// (settings.cpp); `version` lets a later release migrate old files. Window geometry is kept
/// apart (WindowState), so copying a profile does not copy a screen layout.
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(smec::desktop::Settings)

public:
    enum class Key {
        Version,
        ServerUrl,
        Username,
        CaCertificate,
        SyncIntervalMinutes,
        Language,
        Theme,
        OfflineMode,
        UserId,
        UserDisplayName,
        UserCountry,
        UserRole,
    };

    static constexpr int currentVersion = 1;

    /// The profile in `profileDir` (created when missing).
    explicit Settings(const QString &profileDir);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// The default profile folder (QStandardPaths::AppDataLocation).
    static QString defaultProfileDir();

    QString profileDir() const { return m_dir; }
    QString replicaPath() const;
    QString settingsPath() const;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString serverUrl() const { return value(Key::ServerUrl).toString(); }
    QString username() const { return value(Key::Username).toString(); }
    int syncIntervalMinutes() const { return value(Key::SyncIntervalMinutes).toInt(); }
    QString language() const { return value(Key::Language).toString(); }
    QString theme() const { return value(Key::Theme).toString(); } ///< `system`, `light`, `dark`
    /// True once the user signed in or chose to work offline: later starts skip the dialog.
    bool isConfigured() const;

    void sync();

private:
    void migrate();

    QString m_dir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace smec::desktop
