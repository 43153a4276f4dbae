// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cliio.h"
#include "replica/listfilter.h"
#include "sync/historyloader.h"
#include "sync/serverconnection.h"

#include <optional>

/// The commands of smecommunity-cli, one group per source file; main.cpp holds the table.
namespace smec::cli {

/// The translation context of the CLI's messages ("cli", like the command table's
/// QT_TRANSLATE_NOOP entries): write Cli::tr("...") so lupdate and the runtime agree.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// commands_session.cpp: signing in and out, syncing, the state of the profile, conflicts.
/// The profile's signed-in connection, or the exit code after saying what to do.
int openConnection(Context &context, std::optional<sync::ServerConnection> &connection,
                   int timeoutMs = 60000);
/// Explains a failed exchange with the server the way a user can act on it.
int serverFailure(Context &context, const Error &error);
QList<QCommandLineOption> loginOptions();
int runLogin(Context &context, const QCommandLineParser &args);
int runLogout(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> jsonOption();
int runSync(Context &context, const QCommandLineParser &args);
int runStatus(Context &context, const QCommandLineParser &args);
int runConflicts(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> resolveOptions();
int runResolve(Context &context, const QCommandLineParser &args);

// commands_records.cpp: reading and editing records in the replica.
/// The filter options --pillar, --country and --status, as list, stats and export take them, so
/// that all three select the same rows; ExitOk, or the exit code after saying what is wrong.
int applyFilterOptions(const QCommandLineParser &args, replica::ListFilter &filter);
/// The kind called `name`, or nullopt after naming the kinds there are (exit code 2).
std::optional<domain::Kind> kindArgument(const QString &name);
QList<QCommandLineOption> listOptions();
int runList(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> statsOptions();
int runStats(Context &context, const QCommandLineParser &args);
int runSearch(Context &context, const QCommandLineParser &args);
int runShow(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> fileOption();
int runCreate(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> editOptions();
int runEdit(Context &context, const QCommandLineParser &args);
int runSubmit(Context &context, const QCommandLineParser &args);
int runWithdraw(Context &context, const QCommandLineParser &args);
int runJoin(Context &context, const QCommandLineParser &args);
int runDecline(Context &context, const QCommandLineParser &args);
int runLeave(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> restoreOptions();
int runRestore(Context &context, const QCommandLineParser &args);

// commands_history.cpp: a record's revisions and their differences.
/// The history of `id`: from the server when signed in and reachable (kept in the replica), else
/// what the replica kept, saying so on stderr; nullopt with `code` set after saying why not.
std::optional<sync::HistoryLoader::History> loadHistory(Context &context, const QString &id,
                                                        int &code);
int runHistory(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> diffOptions();
int runDiff(Context &context, const QCommandLineParser &args);

// commands_io.cpp: export and CSV import.
QList<QCommandLineOption> exportOptions();
int runExport(Context &context, const QCommandLineParser &args);
QList<QCommandLineOption> importOptions();
int runImport(Context &context, const QCommandLineParser &args);

QList<QCommandLineOption> noOptions();

} // namespace smec::cli
