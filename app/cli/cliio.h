// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace smec::replica {
class Replica;
}
namespace smec::sync {
class Profile;
}
namespace smec::domain {
struct User;
}

namespace smec::cli {

/// Exit codes of DESIGN.md section 6 (a script's contract: never renumber).
enum Exit : int {
    ExitOk = 0,
    ExitFailure = 1, ///< something local failed (database, file system)
    ExitUsage = 2,
    ExitInvalid = 3, ///< not found, or invalid input
    ExitUnreachable = 4,
    ExitAuth = 5,
    ExitUnresolved = 6, ///< sync done but conflicts or rejections remain
};

/// What every command gets: the profile folder, the replica opened on demand and output helpers.
/// Messages go to stderr, documents (--json, ids, lists) to stdout.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(smec::cli::Context)

public:
    explicit Context(const QString &profileDir);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    sync::Profile &profile();
    /// The profile's replica, opened on first use; nullptr after printing why it failed.
    replica::Replica *replica();
    /// The signed-in user for the permission checks; a local author when never signed in.
    domain::User user();
    /// True when the profile knows a server and a user.
    bool signedIn();

    static void message(const QString &text);
    static void out(const QString &text);
    static void printJson(const QJsonValue &document);
    static bool stderrIsTerminal();
    static bool stdoutIsTerminal();

private:
    QString m_dir;
    std::unique_ptr<sync::Profile> m_profile;
    std::unique_ptr<replica::Replica> m_replica;
};

/// One command of the table in main.cpp.
struct Command
{
    const char *name;
    const char *synopsis;    ///< arguments after the command name, as in DESIGN.md
    const char *description; ///< one paragraph, untranslated (translated when shown)
    QList<QCommandLineOption> (*options)();
    QStringList positionals; ///< names of the required positional arguments
    int (*run)(Context &context, const QCommandLineParser &args);
    bool needsGui = false; ///< PDF export lays out text: needs QGuiApplication
};

/// Prints `error` after `what` and returns the exit code its code calls for.
int fail(const QString &what, const Error &error);
/// The exit code for an error code (`network` -> 4, `unauthenticated` -> 5, `not_found` -> 3...).
int exitCodeFor(const QString &errorCode);

/// `--set` and `--value` values: JSON when they parse as JSON, strings otherwise.
QJsonValue parseLooseValue(const QString &text);
/// Reads a JSON object from `path` (`-` = stdin); prints why not and returns nullopt.
std::optional<QJsonObject> readFieldsFile(const QString &path);
/// A JSON value as one line of text for people.
QString displayValue(const QJsonValue &value);

} // namespace smec::cli
