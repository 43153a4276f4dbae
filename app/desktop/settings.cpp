// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"

#include <QDir>
#include <QStandardPaths>

#include <array>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
struct Entry
{
    Settings::Key key;
    const char16_t *name;
    QVariant defaultValue;
};

const std::array<Entry, 12> &table()
{
    using K = Settings::Key;
    static const std::array<Entry, 12> entries{{
        {K::Version, u"version", 0},
        {K::ServerUrl, u"server/url", QString()},
        {K::Username, u"server/username", QString()},
        {K::CaCertificate, u"server/ca_certificate", QString()},
        {K::SyncIntervalMinutes, u"sync/interval_minutes", 5},
        {K::Language, u"ui/language", QString()},
        {K::Theme, u"ui/theme", u"system"_s},
        {K::OfflineMode, u"server/offline", false},
        {K::UserId, u"user/id", QString()},
        {K::UserDisplayName, u"user/display_name", QString()},
        {K::UserCountry, u"user/country", QString()},
        {K::UserRole, u"user/role", QString()},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    return table().at(size_t(key));
}
} // namespace

Settings::Settings(const QString &profileDir)
    : m_dir(QDir(profileDir).absolutePath())
{
    QDir().mkpath(m_dir);
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    migrate();
}

Settings::~Settings() = default;

QString Settings::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Settings::replicaPath() const
{
    return QDir(m_dir).filePath(u"replica.sqlite"_s);
}

QString Settings::settingsPath() const
{
    return QDir(m_dir).filePath(u"settings.ini"_s);
}

QString Settings::keyName(Key key)
{
    return QString::fromUtf16(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant v = m_settings->value(keyName(key), e.defaultValue);
    if (e.defaultValue.isValid() && v.typeId() != e.defaultValue.typeId())
        v.convert(e.defaultValue.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

bool Settings::isConfigured() const
{
    return value(Key::OfflineMode).toBool() || !serverUrl().isEmpty();
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::migrate()
{
    const int version = value(Key::Version).toInt();
    // Version 0 is a file the CLI or an older client wrote without a version: nothing to rename
    // yet; future versions rename or convert keys here, one step per version.
    if (version < currentVersion) {
        setValue(Key::Version, currentVersion);
        m_settings->sync();
    }
}

} // namespace smec::desktop
