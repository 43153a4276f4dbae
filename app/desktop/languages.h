// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace smec::desktop {

/// The user interface languages the app ships (`translations/smecommunity_<code>.ts`, compiled
/// into `:/i18n`) and the one place that switches the running app to one of them: default
/// QLocale (dates, numbers, country names), Qt's and the app's translators, and the layout
/// direction (right-to-left for Arabic).
class Languages final
{
    Q_DECLARE_TR_FUNCTIONS(smec::desktop::Languages)

public:
    struct Language
    {
        QString code;       ///< `fr`; empty for "follow the system"
        QString nativeName; ///< the language's own name (`Français`), never translated
    };

    /// English first, then the translations, in the order the settings dialog lists them.
    static QList<Language> available();
    /// The locale `code` stands for; the system locale when `code` is empty.
    static QLocale localeFor(const QString &code);
    /// Switches the application to `code` (empty: the system language; an unknown language
    /// falls back to English text with that locale's formats). Replaces the translators a
    /// previous call installed. Returns the locale now in use.
    static QLocale install(const QString &code);
    /// True if the app has its own translation for `locale` (English needs none).
    static bool isTranslated(const QLocale &locale);
};

} // namespace smec::desktop
