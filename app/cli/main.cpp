// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smecommunity-cli: the command-line client, the same engine as the desktop app, headless.
// This file holds only the command table, the global options and help; each command group
// lives in its own commands_*.cpp.
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace smec::cli;

namespace {

// The contract of DESIGN.md section 6; add to it, never change it.
const Command commands[] = {
    {"login",
     "--server URL --username U --password-stdin [--ca-cert FILE] [--token-file]",
     QT_TRANSLATE_NOOP("cli",
                       "Signs in and remembers the server and user in the profile. The password "
                       "is read from standard input. The token is kept in the system keychain, or "
                       "with --token-file in a file only you can read (mode 0600) in the profile."),
     loginOptions,
     {},
     runLogin},
    {"logout",
     "",
     QT_TRANSLATE_NOOP("cli", "Signs out: revokes the token on the server when it can be reached "
                              "and always forgets it locally. Local records stay."),
     noOptions,
     {},
     runLogout},
    {"sync",
     "[--json]",
     QT_TRANSLATE_NOOP("cli", "Sends local edits to the server and fetches what changed there. "
                              "Exits with 6 when conflicts or rejected edits remain."),
     jsonOption,
     {},
     runSync},
    {"status",
     "[--json]",
     QT_TRANSLATE_NOOP("cli", "Shows pending edits, conflicts, rejected edits, the last sync "
                              "and the server."),
     jsonOption,
     {},
     runStatus},
    {"list",
     "KIND [--pillar P] [--country ISO3] [--status S] [--json]",
     QT_TRANSLATE_NOOP("cli", "Lists records of one kind (practice, thread, post, meeting, "
                              "commitment, initiative), newest first, optionally filtered. For "
                              "initiatives, --country matches the lead and the partner countries."),
     listOptions,
     {u"KIND"_s},
     runList},
    {"stats",
     "KIND --by B [--pillar P] [--country ISO3] [--status S] [--meeting ID] [--json]",
     QT_TRANSLATE_NOOP("cli",
                       "Counts records of one kind (practices, commitments...) by pillar, "
                       "region, country, status, instrument, target group, evidence level, start "
                       "year or meeting; the same filters give the same records as \"list\"."),
     statsOptions,
     {u"KIND"_s},
     runStats},
    {"search",
     "TEXT [--json]",
     QT_TRANSLATE_NOOP("cli", "Full-text search over practices and posts, best match first."),
     jsonOption,
     {u"TEXT"_s},
     runSearch},
    {"show",
     "ID [--json]",
     QT_TRANSLATE_NOOP("cli", "Shows one record with all its fields."),
     jsonOption,
     {u"ID"_s},
     runShow},
    {"create",
     "KIND --file FIELDS.json",
     QT_TRANSLATE_NOOP("cli", "Creates a record from a JSON object of fields (\"-\" reads "
                              "standard input) and prints its id. Sent by the next sync."),
     fileOption,
     {u"KIND"_s},
     runCreate},
    {"edit",
     "ID (--set FIELD=VALUE ... | --file FIELDS.json)",
     QT_TRANSLATE_NOOP("cli",
                       "Changes fields of a record. --set values are JSON when they parse as JSON "
                       "(--set 'pillars=[\"green\"]', --set start_year=2020) and text otherwise; "
                       "--file replaces the fields it names. Sent by the next sync."),
     editOptions,
     {u"ID"_s},
     runEdit},
    {"submit",
     "ID",
     QT_TRANSLATE_NOOP("cli", "Submits a practice for review, after checking every field a "
                              "submission needs. Sent by the next sync."),
     noOptions,
     {u"ID"_s},
     runSubmit},
    {"withdraw",
     "ID",
     QT_TRANSLATE_NOOP("cli", "Takes a submitted practice back to draft. Sent by the next sync."),
     noOptions,
     {u"ID"_s},
     runWithdraw},
    {"join",
     "ID",
     QT_TRANSLATE_NOOP("cli", "Accepts the invitation of your country to a joint initiative: "
                              "your country becomes a partner and its delegates can edit the "
                              "initiative. Sent by the next sync."),
     noOptions,
     {u"ID"_s},
     runJoin},
    {"decline",
     "ID",
     QT_TRANSLATE_NOOP("cli", "Declines the invitation of your country to a joint initiative. "
                              "Sent by the next sync."),
     noOptions,
     {u"ID"_s},
     runDecline},
    {"leave",
     "ID",
     QT_TRANSLATE_NOOP("cli", "Takes your country out of a joint initiative it joined. Sent by "
                              "the next sync."),
     noOptions,
     {u"ID"_s},
     runLeave},
    {"history",
     "ID [--json]",
     QT_TRANSLATE_NOOP("cli",
                       "Lists the revisions of a record you may see, newest first: rev, who, "
                       "when, which fields changed. Asks the server and keeps the answer; "
                       "offline, shows what was kept and says so."),
     jsonOption,
     {u"ID"_s},
     runHistory},
    {"diff",
     "ID --from REV --to REV [--json]",
     QT_TRANSLATE_NOOP("cli", "Shows what changed between two revisions of a record, field by "
                              "field and word by word: [-deleted-] and {+inserted+}."),
     diffOptions,
     {u"ID"_s},
     runDiff},
    {"restore",
     "ID --rev REV",
     QT_TRANSLATE_NOOP("cli",
                       "Makes the content of an earlier revision the record's content again, as "
                       "an ordinary local edit (its status and other workflow fields are kept). "
                       "Sent by the next sync."),
     restoreOptions,
     {u"ID"_s},
     runRestore},
    {"export",
     "--format csv|md|pdf --out FILE [--pillar P] [--country ISO3] [--kind KIND]",
     QT_TRANSLATE_NOOP("cli", "Exports practices (or the records of another kind, --kind) to "
                              "CSV, Markdown or PDF."),
     exportOptions,
     {},
     runExport,
     true},
    {"import",
     "--file PRACTICES.csv [--dry-run]",
     QT_TRANSLATE_NOOP("cli",
                       "Creates draft practices from a CSV file: a header row of field names "
                       "(title, summary, country, pillars...), then one practice per row; list "
                       "values are separated by \";\". Every row is checked first and each problem "
                       "reported with its row and field; then all valid rows are saved in one "
                       "transaction. --dry-run only checks."),
     importOptions,
     {},
     runImport},
    {"conflicts",
     "[--json]",
     QT_TRANSLATE_NOOP("cli", "Lists records changed both here and on the server, field by field."),
     jsonOption,
     {},
     runConflicts},
    {"resolve",
     "ID (--take mine|theirs | --field F --value V [--field F --value V ...] | --field F "
     "--hunk N --take mine|theirs|both)",
     QT_TRANSLATE_NOOP("cli",
                       "Resolves a conflict: keep your version, take the server's, or give the "
                       "value of named fields (JSON when it parses, text otherwise) and keep "
                       "yours for the rest, or settle one hunk of a text field. Sent by the next "
                       "sync."),
     resolveOptions,
     {u"ID"_s},
     runResolve},
};

void print(const QString &text, bool toStdout)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), toStdout ? stdout : stderr);
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands)
        if (name == QLatin1StringView(command.name))
            return &command;
    return nullptr;
}

QString optionsText(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u" "_s + option.valueName();
        rows.append({left, option.description()});
    }
    rows.append(
        {u"--profile DIR"_s, Cli::tr("Use the profile in DIR (default: the desktop app's).")});
    rows.append({u"-h, --help"_s, Cli::tr("Show this help.")});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : std::as_const(rows))
        text += u"  "_s + row.first.leftJustified(width + 2) + row.second + u"\n"_s;
    return text;
}

/// `text` broken into lines of at most `width` characters, each after `indent`.
QString wrap(const QString &text, qsizetype width = 78, const QString &indent = {})
{
    QString result;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            result += indent + line + u"\n"_s;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        result += indent + line + u"\n"_s;
    return result;
}

QString commandHelp(const Command &command)
{
    QString text = Cli::tr("Usage: smecommunity-cli [--profile DIR] %1 %2\n\n")
                       .arg(QLatin1StringView(command.name), QLatin1StringView(command.synopsis));
    text += wrap(Cli::tr(command.description)) + u"\n"_s;
    text += Cli::tr("Options:\n") + optionsText(command.options());
    return text;
}

QString generalHelp()
{
    QString text = Cli::tr("Usage: smecommunity-cli [--profile DIR] COMMAND [options]\n\n");
    text +=
        wrap(Cli::tr("Command-line client of the Global SME Ministerial Community Platform. It "
                     "works on the same profile as the desktop app (replica, settings, sign-in) "
                     "and offline for everything but login, logout and sync."));
    text += Cli::tr("\nCommands:\n");
    for (const Command &command : commands)
        text +=
            (u"  %1 %2"_s.arg(QLatin1StringView(command.name), QLatin1StringView(command.synopsis)))
                .trimmed()
                .prepend(u"  "_s) +
            u"\n"_s;
    text += Cli::tr("\nGlobal options:\n"
                    "  --profile DIR   Use the profile in DIR (default: %1)\n"
                    "  -h, --help      Show this help; \"help COMMAND\" or \"COMMAND --help\" for "
                    "one command.\n"
                    "  --version       Show the version.\n\n")
                .arg(QDir::toNativeSeparators(
                    QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                    u"/smecommunity/smecommunity"_s));
    text +=
        wrap(Cli::tr("Exit codes: 0 success, 2 usage, 3 not found or invalid input, 4 server "
                     "unreachable or unavailable, 5 not signed in or credentials refused, 6 sync "
                     "done but conflicts or rejections remain."));
    return text;
}

int usage(const QString &message, const Command *command)
{
    print(message + u"\n"_s, false);
    if (command)
        print(
            Cli::tr("Try \"smecommunity-cli %1 --help\".\n").arg(QLatin1StringView(command->name)),
            false);
    else
        print(Cli::tr("Try \"smecommunity-cli --help\".\n"), false);
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only `export --format pdf` lays out text; it needs a GUI application, which runs
    // offscreen so that the CLI also works without a display.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i) {
        if (const Command *c = findCommand(QString::fromLocal8Bit(argv[i])); c) {
            needsGui = c->needsGui;
            break;
        }
    }
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = needsGui
                                                ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"smecommunity-cli"_s);
    QCoreApplication::setOrganizationName(u"smecommunity"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMEC_VERSION));
    // Messages follow the system language, like the desktop app's; --json output never does.
    // English text still needs its plural forms, so an untranslated language loads English.
    QTranslator translator;
    if (translator.load(QLocale(), u"smecommunity"_s, u"_"_s, u":/i18n"_s) ||
        translator.load(QLocale(QLocale::English), u"smecommunity"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    // The desktop app's default profile (its AppDataLocation), so both open the same one.
    QString profileDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         u"/smecommunity/smecommunity"_s;
    const Command *command = nullptr;
    bool helpWanted = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--profile"_s) {
            if (args.isEmpty())
                return usage(Cli::tr("--profile needs a folder."), nullptr);
            profileDir = args.takeFirst();
        } else if (arg.startsWith(u"--profile="_s)) {
            profileDir = arg.mid(10);
        } else if (arg == u"-h"_s || arg == u"--help"_s) {
            helpWanted = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            // The first line is the version alone, as before; the licence follows it.
            print(u"smecommunity-cli %1\n"
                  "Licence: GPL-3.0-or-later <https://www.gnu.org/licenses/gpl-3.0.html>\n"_s.arg(
                      QCoreApplication::applicationVersion()) +
                      Cli::tr("This is free software: you are free to change and redistribute it. "
                              "There is NO WARRANTY, to the extent permitted by law.") +
                      u"\n"_s,
                  true);
            return ExitOk;
        } else if (arg == u"help"_s) {
            if (args.isEmpty()) {
                print(generalHelp(), true);
                return ExitOk;
            }
            const Command *c = findCommand(args.first());
            if (!c)
                return usage(Cli::tr("Unknown command \"%1\".").arg(args.first()), nullptr);
            print(commandHelp(*c), true);
            return ExitOk;
        } else if (arg.startsWith(u'-')) {
            return usage(Cli::tr("Unknown option \"%1\" before the command.").arg(arg), nullptr);
        } else {
            command = findCommand(arg);
            if (!command)
                return usage(Cli::tr("Unknown command \"%1\".").arg(arg), nullptr);
            break;
        }
    }
    if (!command) {
        if (helpWanted) {
            print(generalHelp(), true);
            return ExitOk;
        }
        return usage(Cli::tr("No command given."), nullptr);
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption profileOption(u"profile"_s, {}, u"DIR"_s);
    parser.addOption(helpOption);
    parser.addOption(profileOption);
    parser.addOptions(command->options());
    if (!parser.parse(QStringList{u"smecommunity-cli"_s} + args))
        return usage(parser.errorText(), command);
    if (helpWanted || parser.isSet(helpOption)) {
        print(commandHelp(*command), true);
        return ExitOk;
    }
    if (parser.isSet(profileOption))
        profileDir = parser.value(profileOption);
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() < command->positionals.size())
        return usage(Cli::tr("%1 needs %2.")
                         .arg(QLatin1StringView(command->name), command->positionals.join(u" "_s)),
                     command);
    if (positionals.size() > command->positionals.size())
        return usage(Cli::tr("Unexpected argument \"%1\".")
                         .arg(positionals.value(command->positionals.size())),
                     command);
    if (profileDir.isEmpty())
        return usage(Cli::tr("--profile needs a folder."), command);

    Context context(profileDir);
    return command->run(context, parser);
}
