// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "languages.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

// Owned by the application object; the pointers go null when it is destroyed.
QPointer<QTranslator> s_qtTranslator;
QPointer<QTranslator> s_appTranslator;

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QList<Languages::Language> Languages::available()
{
    return {
        {u"en"_s, u"English"_s}, {u"fr"_s, u"Français"_s},    {u"es"_s, u"Español"_s},
        {u"ar"_s, u"العربية"_s}, {u"zh_CN"_s, u"简体中文"_s}, {u"ru"_s, u"Русский"_s},
    };
}

QLocale Languages::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Languages::isTranslated(const QLocale &locale)
{
    for (const Language &l : available()) {
        if (l.code != u"en"_s && QLocale(l.code).language() == locale.language())
            return true;
    }
    return false;
}

QLocale Languages::install(const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(s_qtTranslator, qt);

    // The language's own translation, or else the English one, which holds only plural forms
    // ("1 practice", "2 practices") for the English source text.
    const bool translated = isTranslated(locale);
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(translated ? locale : QLocale(QLocale::English), u"smecommunity"_s, u"_"_s,
                   u":/i18n"_s)) {
        delete app;
        app = nullptr;
    }
    replace(s_appTranslator, app);

    // Mirror the whole interface only when the text is in that language too: an Arabic system
    // locale with English text would otherwise read backwards.
    const bool rtl = locale.textDirection() == Qt::RightToLeft && translated && app;
    QGuiApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    return locale;
}

} // namespace smec::desktop
