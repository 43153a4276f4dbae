// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "apptheme.h"
#include "domain/referencedata.h"
#include "languages.h"
#include "settings.h"
#include "showview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    smec::desktop::Application::configureProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"smecommunity"_s);
    QApplication::setApplicationDisplayName(u"SME Community"_s);
    QApplication::setOrganizationName(u"smecommunity"_s);
    QApplication::setApplicationVersion(QStringLiteral(SMEC_VERSION));
    QApplication::setDesktopFileName(u"org.smecommunity.SMECommunity"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client of the Global SME Ministerial Community "
                                        "Platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main", "Use the profile in DIR (replica, settings, sign-in)."),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "Override the user interface language."),
        QApplication::translate("main", "CODE"));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Fill an empty profile with demo content and "
                                                   "work offline."));
    using Navigation = smec::models::NavigationModel;
    const QCommandLineOption showOption(
        u"show"_s,
        QApplication::translate("main", "Open the window on VIEW: %1, country:ISO3 (a country's "
                                        "profile) or compare:ISO3,ISO3[,...] (two to four "
                                        "countries side by side).")
            .arg(Navigation::names().join(u", "_s)),
        QApplication::translate("main", "VIEW"));
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.addOption(showOption);
    parser.process(app);
    std::optional<smec::desktop::ShowView> shown;
    if (parser.isSet(showOption)) {
        QString error;
        shown = smec::desktop::ShowView::parse(parser.value(showOption),
                                               smec::domain::ReferenceData::embedded(), &error);
        if (!shown) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 2;
        }
    }

    smec::desktop::Settings settings(parser.isSet(profileOption)
                                         ? parser.value(profileOption)
                                         : smec::desktop::Settings::defaultProfileDir());
    if (parser.isSet(demoOption) && !settings.isConfigured()) {
        // The demo profile works offline as a secretariat member, so every flow can be shown.
        using Key = smec::sync::Profile::Key;
        smec::sync::Profile &profile = settings.profile();
        profile.setValue(Key::OfflineMode, true);
        profile.setValue(Key::UserId, u"demo-secretariat"_s);
        profile.setValue(Key::UserDisplayName, QApplication::translate("main", "Demo secretariat"));
        profile.setValue(Key::UserRole, u"secretariat"_s);
        settings.sync();
    }

    const QString language =
        parser.isSet(langOption) ? parser.value(langOption) : settings.language();
    // Translators, default locale and layout direction (right to left for Arabic).
    smec::desktop::Languages::install(language);

    smec::desktop::AppTheme::apply(settings.theme());

    smec::desktop::Application::Options options;
    options.demoData = parser.isSet(demoOption);
    if (shown) {
        options.section = shown->section;
        options.country = shown->country;
        options.compare = shown->compare;
    }
    smec::desktop::Application application(settings, options);
    // A first start opens the window only after the sign-in dialog; giving up there ends the
    // process with 1, whatever closing the last window made the event loop return.
    bool failed = false;
    QObject::connect(
        &application, &smec::desktop::Application::startFailed, &app,
        [&failed](const QString &error) {
            failed = true;
            if (error.isEmpty()) { // the user cancelled: nothing to explain
                QCoreApplication::exit(1);
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Critical,
                                        QApplication::translate("main", "SME Community"), error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
            box->open();
        });
    QString error;
    if (!application.start(&error)) {
        if (!error.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "SME Community"), error);
        return 1;
    }
    const int code = app.exec();
    return failed ? 1 : code;
}
