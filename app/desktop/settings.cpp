// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"

#include <QSettings>
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

const std::array<Entry, 3> &table()
{
    using K = Settings::Key;
    static const std::array<Entry, 3> entries{{
        {K::SyncIntervalMinutes, u"sync/interval_minutes", 5},
        {K::Language, u"ui/language", QString()},
        {K::Theme, u"ui/theme", u"system"_s},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    const Entry &e = table().at(size_t(key));
    Q_ASSERT(e.key == key);
    return e;
}
} // namespace

Settings::Settings(const QString &profileDir)
    : m_profile(profileDir)
{
    m_profile.migrate();
}

Settings::~Settings() = default;

QString Settings::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
    QVariant v = m_profile.settings().value(keyName(key), e.defaultValue);
    if (e.defaultValue.isValid() && v.typeId() != e.defaultValue.typeId())
        v.convert(e.defaultValue.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_profile.settings().setValue(keyName(key), value);
}

bool Settings::isConfigured() const
{
    return m_profile.isOffline() || !serverUrl().isEmpty();
}

void Settings::sync()
{
    // As QSettings itself: a write error leaves the preferences in memory for this session.
    (void)m_profile.sync();
}

} // namespace smec::desktop
