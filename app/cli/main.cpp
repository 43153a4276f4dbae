#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Exit codes of DESIGN.md section 6.
constexpr int ExitUsage = 2;
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"smecommunity-cli"_s);
    QCoreApplication::setOrganizationName(u"smecommunity"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMEC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Command-line client of the Global SME Ministerial Community Platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"profile"_s, QCoreApplication::translate("cli", "Profile folder."),
                      QCoreApplication::translate("cli", "DIR")});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "Command to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << QCoreApplication::translate("cli", "No command given. Try --help.") << Qt::endl;
        return ExitUsage;
    }
    err << QCoreApplication::translate("cli", "Unknown command \"%1\". Try --help.").arg(args.first())
        << Qt::endl;
    return ExitUsage;
}
