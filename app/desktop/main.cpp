#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
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
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.process(app);

    smec::desktop::MainWindow window;
    window.show();
    return app.exec();
}
