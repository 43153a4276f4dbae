// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// login, logout, sync, status, conflicts, resolve: the profile's link to the server.
#include "commands.h"

#include "domain/fieldschema.h"
#include "domain/recordmerge.h"
#include "domain/validator.h"
#include "protocol/errorcodes.h"
#include "replica/replica.h"
#include "sync/profile.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace smec::cli {

namespace {

/// The password on standard input, without the line end `echo` or a here-string adds.
QString readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

int openConnection(Context &context, std::optional<sync::ServerConnection> &connection,
                   int timeoutMs)
{
    sync::Profile &profile = context.profile();
    sync::ConnectionOptions options;
    options.timeoutMs = timeoutMs;
    auto opened = sync::ServerConnection::open(profile, options);
    if (opened) {
        connection.emplace(std::move(*opened));
        return ExitOk;
    }
    const Error &e = opened.error();
    if (e.code == u"not_signed_in"_s) {
        Context::message(
            Cli::tr("Not signed in. Sign in first: smecommunity-cli --profile %1 login "
                    "--server URL --username NAME --password-stdin")
                .arg(profile.dir()));
        return ExitAuth;
    }
    if (e.code == u"invalid_server_url"_s)
        return fail(Cli::tr("The server address of this profile cannot be used"), e);
    if (e.code == u"token_unavailable"_s) {
        Context::message(Cli::tr("Not signed in: %1 Sign in again with login.").arg(e.message));
        return ExitAuth;
    }
    return fail(Cli::tr("Cannot use the trusted CA file of this profile"), e);
}

int serverFailure(Context &context, const Error &error)
{
    const QString server = context.profile().serverUrl();
    const int code = exitCodeFor(error.code);
    if (error.code == protocol::codes::unauthenticated)
        Context::message(Cli::tr("The server %1 no longer accepts this sign-in (%2). Sign in again "
                                 "with login.")
                             .arg(server, error.message));
    else if (error.code == u"tls"_s)
        Context::message(
            Cli::tr("The secure connection to %1 failed (%2). If the server uses a "
                    "private certificate authority, sign in again with --ca-cert FILE.")
                .arg(server, error.message));
    else if (code == ExitUnreachable)
        Context::message(Cli::tr("%2 (%1). Your local edits are kept; run sync again later.")
                             .arg(server, error.message));
    else
        Context::message(Cli::tr("The sync with %1 failed: %2").arg(server, error.message));
    return code == ExitFailure ? ExitUnreachable : code;
}

namespace {

QJsonValue orNull(const QJsonObject &object, const QString &name)
{
    return object.contains(name) ? object.value(name) : QJsonValue(QJsonValue::Null);
}

domain::RecordMergeResult mergeOf(const replica::Conflict &conflict)
{
    return domain::mergeFields(conflict.kind, conflict.base, conflict.mine, conflict.theirs);
}

/// The fields the user must decide on: those changed on both sides to different values, less
/// text fields whose hunks are all resolved (or, when one side deleted the record, every field
/// that differs), sorted.
QStringList conflictingFields(const replica::Conflict &conflict)
{
    if (!conflict.mineDeleted && !conflict.theirsDeleted) {
        const domain::RecordMergeResult merge = mergeOf(conflict);
        QStringList open;
        for (const QString &name : merge.conflicts) {
            const auto text = merge.texts.constFind(name);
            const QJsonObject chosen = conflict.hunkChoices.value(name).toObject();
            bool settled = text != merge.texts.constEnd();
            for (qsizetype i = 0; settled && i < text->hunks.size(); ++i)
                settled = chosen.value(QString::number(i)).isString();
            if (!settled)
                open.append(name);
        }
        return open;
    }
    QSet<QString> names;
    for (const QJsonObject *o : {&conflict.base, &conflict.mine, &conflict.theirs})
        for (auto it = o->begin(); it != o->end(); ++it)
            names.insert(it.key());
    QStringList result;
    for (const QString &name : std::as_const(names))
        if (orNull(conflict.mine, name) != orNull(conflict.theirs, name))
            result.append(name);
    result.sort();
    return result;
}

/// "Mine": my values for the conflicting fields, and what changed only on the server merged in,
/// so that taking mine never silently drops the server's other changes. In text fields only the
/// open hunks take mine; those already resolved keep their choice.
QJsonObject mineMerged(const replica::Conflict &conflict)
{
    if (conflict.mineDeleted || conflict.theirsDeleted)
        return conflict.mine;
    return mergeOf(conflict).resolved(conflict.hunkChoices);
}

/// The open hunks of a text field, `{index, base, mine, theirs}` each, and the field's merged
/// text so far (open hunks as mine); nullopt for a field that is not merged line by line.
std::optional<std::pair<QJsonArray, QString>> openHunks(const replica::Conflict &conflict,
                                                        const domain::RecordMergeResult &merge,
                                                        const QString &name)
{
    const auto text = merge.texts.constFind(name);
    if (text == merge.texts.constEnd())
        return std::nullopt;
    const QJsonObject chosen = conflict.hunkChoices.value(name).toObject();
    QJsonArray hunks;
    for (qsizetype i = 0; i < text->hunks.size(); ++i) {
        if (chosen.value(QString::number(i)).isString())
            continue;
        const domain::TextHunk &h = text->hunks.at(i);
        hunks.append(QJsonObject{{u"index"_s, int(i)},
                                 {u"base"_s, h.base},
                                 {u"mine"_s, h.mine},
                                 {u"theirs"_s, h.theirs}});
    }
    return std::pair{hunks, merge.resolved(conflict.hunkChoices).value(name).toString()};
}

} // namespace

QList<QCommandLineOption> noOptions()
{
    return {};
}

QList<QCommandLineOption> jsonOption()
{
    return {{u"json"_s, Cli::tr("Print one JSON document on standard output.")}};
}

QList<QCommandLineOption> loginOptions()
{
    return {
        {u"server"_s, Cli::tr("Server address (https://..., or http:// on this computer only)."),
         u"URL"_s},
        {u"username"_s, Cli::tr("User name."), u"U"_s},
        {u"password-stdin"_s, Cli::tr("Read the password from standard input.")},
        {u"ca-cert"_s, Cli::tr("Also trust the certificate authorities in FILE (PEM)."), u"FILE"_s},
        {u"token-file"_s,
         Cli::tr("Keep the token in DIR/token (mode 0600) instead of the keychain.")},
    };
}

int runLogin(Context &context, const QCommandLineParser &args)
{
    if (!args.isSet(u"server"_s) || !args.isSet(u"username"_s)) {
        Context::message(Cli::tr("login needs --server URL and --username U."));
        return ExitUsage;
    }
    if (!args.isSet(u"password-stdin"_s)) {
        Context::message(
            Cli::tr("login reads the password from standard input only, so that it never "
                    "shows in the process list: pass --password-stdin, for example "
                    "printf '%s' \"$PASSWORD\" | smecommunity-cli login ... "
                    "--password-stdin"));
        return ExitUsage;
    }
    QString caFile;
    if (args.isSet(u"ca-cert"_s)) {
        const QFileInfo info(args.value(u"ca-cert"_s));
        if (!info.isFile() || !info.isReadable()) {
            Context::message(
                Cli::tr("Cannot read the CA certificate file %1.").arg(info.filePath()));
            return ExitInvalid;
        }
        caFile = info.absoluteFilePath();
    }
    const QString password = readPassword();
    if (password.isEmpty()) {
        Context::message(Cli::tr("No password on standard input."));
        return ExitUsage;
    }
    const auto storage = args.isSet(u"token-file"_s) ? sync::Profile::TokenStorage::File
                                                     : sync::Profile::TokenStorage::Keychain;
    sync::Profile &profile = context.profile();
    const QString username = args.value(u"username"_s);
    auto session =
        sync::signIn(profile, args.value(u"server"_s), caFile, username, password, storage);
    if (!session) {
        const Error &e = session.error();
        if (e.code == protocol::codes::unauthenticated) {
            Context::message(
                Cli::tr("The server refused the user name or password for \"%1\". Check "
                        "them and try again.")
                    .arg(username));
            return ExitAuth;
        }
        if (e.code == protocol::codes::rateLimited) {
            Context::message(
                Cli::tr("Too many failed sign-ins for \"%1\": %2 Wait a little and try "
                        "again.")
                    .arg(username, e.message));
            return ExitAuth;
        }
        if (e.code.startsWith(u"keychain"_s)) {
            Context::message(
                Cli::tr("The server accepted the sign-in, but the token cannot be kept "
                        "in the system keychain: %1\nNot signed in. To keep the token in "
                        "a file only you can read (mode 0600) in the profile instead, "
                        "sign in again with --token-file.")
                    .arg(e.message));
            return ExitAuth;
        }
        if (e.code == u"invalid_server_url"_s)
            return fail(
                Cli::tr("Cannot use the server address \"%1\"").arg(args.value(u"server"_s)), e);
        const int code = exitCodeFor(e.code);
        if (code == ExitUnreachable || code == ExitFailure) {
            Context::message(
                Cli::tr("Cannot sign in at %1: %2").arg(args.value(u"server"_s), e.message));
            return e.code == u"io_error"_s ? ExitFailure : ExitUnreachable;
        }
        return fail(Cli::tr("Sign-in failed"), e);
    }
    if (storage == sync::Profile::TokenStorage::Keychain)
        QFile::remove(profile.tokenFilePath()); // never leave an older token file behind
    const protocol::UserInfo &user = session->user;
    const QString who = user.displayName.isEmpty() ? user.username : user.displayName;
    const QString role =
        user.country.isEmpty() ? user.role : u"%1, %2"_s.arg(user.role, user.country);
    Context::message(
        Cli::tr("Signed in to %1 as %2 (%3, %4). The token is kept %5.")
            .arg(profile.serverUrl(), who, user.username, role,
                 storage == sync::Profile::TokenStorage::File
                     ? Cli::tr("in %1 (readable by you only)").arg(profile.tokenFilePath())
                     : Cli::tr("in the system keychain")));
    return ExitOk;
}

int runLogout(Context &context, const QCommandLineParser &)
{
    sync::Profile &profile = context.profile();
    if (!profile.hasServer()) {
        (void)sync::tokens::remove(profile);
        Context::message(Cli::tr("Not signed in; nothing to do."));
        return ExitOk;
    }
    const QString server = profile.serverUrl();
    std::optional<sync::ServerConnection> connection;
    if (openConnection(context, connection, 10000) == ExitOk) {
        if (auto revoked = connection->api().logout(); !revoked)
            Context::message(
                Cli::tr("Could not revoke the token on %1 (%2); it is forgotten here and "
                        "expires on the server by itself.")
                    .arg(server, revoked.error().message));
    }
    auto removed = sync::tokens::remove(profile);
    profile.clearSignIn();
    if (auto saved = profile.sync(); !saved)
        return fail(Cli::tr("Cannot save the profile"), saved.error());
    if (!removed)
        Context::message(
            Cli::tr("Signed out, but the token could not be removed from the keychain: "
                    "%1")
                .arg(removed.error().message));
    else
        Context::message(
            Cli::tr("Signed out of %1. Local records stay in the profile.").arg(server));
    return ExitOk;
}

int runSync(Context &context, const QCommandLineParser &args)
{
    std::optional<sync::ServerConnection> connection;
    if (const int code = openConnection(context, connection); code != ExitOk)
        return code;
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    sync::SyncEngine engine(*replica, connection->api());
    const bool showProgress = Context::stderrIsTerminal();
    QElapsedTimer throttle;
    throttle.start();
    bool progressShown = false;
    if (showProgress) {
        engine.setProgressHandler([&throttle, &progressShown](const sync::SyncProgress &p) {
            if (throttle.elapsed() < 200)
                return;
            throttle.restart();
            QString line;
            if (p.phase == sync::SyncProgress::Phase::Pushing)
                line = Cli::tr("Sending local edits: %1 of %2").arg(p.pushed).arg(p.pushTotal);
            else if (p.pullEstimate > 0)
                line =
                    Cli::tr("Receiving changes: %1 of about %2").arg(p.pulled).arg(p.pullEstimate);
            else
                line = Cli::tr("Receiving changes: %1").arg(p.pulled);
            const QByteArray bytes = "\r\033[K" + line.toLocal8Bit();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
            progressShown = true;
        });
    }
    auto report = engine.sync();
    if (progressShown) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    if (!report)
        return serverFailure(context, report.error());
    if (args.isSet(u"json"_s))
        Context::printJson(QJsonObject{{u"pulled"_s, report->pulled},
                                       {u"pushed"_s, report->pushed},
                                       {u"conflicts"_s, report->conflicts},
                                       {u"rejected"_s, report->rejected}});
    Context::message(Cli::tr("Synced with %1: %2 received, %3 sent.")
                         .arg(context.profile().serverUrl())
                         .arg(report->pulled)
                         .arg(report->pushed));
    if (report->conflicts > 0)
        Context::message(
            Cli::tr("%1 record(s) changed both here and on the server: see them with "
                    "\"conflicts\" and settle each with \"resolve ID --take mine|theirs\".")
                .arg(report->conflicts));
    if (report->rejected > 0)
        Context::message(Cli::tr("The server rejected %1 edit(s); \"status\" and \"show ID\" tell "
                                 "why. Edit the record again to send a corrected version.")
                             .arg(report->rejected));
    return report->conflicts > 0 || report->rejected > 0 ? ExitUnresolved : ExitOk;
}

int runStatus(Context &context, const QCommandLineParser &args)
{
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    auto pending = replica->outbox().pendingCount();
    auto rejected = replica->outbox().rejectedCount();
    auto conflicts = replica->conflicts().count();
    auto state = replica->syncState().state();
    for (const Error *e :
         {pending ? nullptr : &pending.error(), rejected ? nullptr : &rejected.error(),
          conflicts ? nullptr : &conflicts.error(), state ? nullptr : &state.error()})
        if (e)
            return fail(Cli::tr("Cannot read the local database"), *e);
    sync::Profile &profile = context.profile();
    const QString lastSync =
        state->lastSync.isValid() ? state->lastSync.toUTC().toString(Qt::ISODate) : QString();
    if (args.isSet(u"json"_s)) {
        Context::printJson(QJsonObject{
            {u"pending"_s, *pending},
            {u"conflicts"_s, *conflicts},
            {u"rejected"_s, *rejected},
            {u"last_sync"_s, lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
            {u"server"_s, profile.hasServer() ? QJsonValue(profile.serverUrl()) : QJsonValue()},
        });
        return ExitOk;
    }
    if (profile.hasServer())
        Context::out(Cli::tr("Server:     %1 (signed in as %2)")
                         .arg(profile.serverUrl(), profile.username()));
    else
        Context::out(Cli::tr("Server:     none (not signed in)"));
    Context::out(Cli::tr("Last sync:  %1").arg(lastSync.isEmpty() ? Cli::tr("never") : lastSync));
    Context::out(Cli::tr("Pending:    %1").arg(*pending));
    Context::out(Cli::tr("Conflicts:  %1").arg(*conflicts));
    Context::out(Cli::tr("Rejected:   %1").arg(*rejected));
    if (*rejected > 0) {
        auto entries = replica->outbox().list(replica::OutboxState::Rejected);
        if (entries)
            for (const replica::OutboxEntry &e : std::as_const(*entries))
                Context::out(Cli::tr("  %1: %2 (%3)").arg(e.recordId, e.errorMessage, e.errorCode));
    }
    return ExitOk;
}

int runConflicts(Context &context, const QCommandLineParser &args)
{
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    auto conflicts = replica->conflicts().list();
    if (!conflicts)
        return fail(Cli::tr("Cannot read the local database"), conflicts.error());
    if (args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const replica::Conflict &c : std::as_const(*conflicts)) {
            QJsonArray fields;
            const bool merging = !c.mineDeleted && !c.theirsDeleted;
            const domain::RecordMergeResult merge =
                merging ? mergeOf(c) : domain::RecordMergeResult{};
            for (const QString &name : conflictingFields(c)) {
                QJsonObject field{{u"name"_s, name},
                                  {u"base"_s, orNull(c.base, name)},
                                  {u"mine"_s, orNull(c.mine, name)},
                                  {u"theirs"_s, orNull(c.theirs, name)}};
                if (const auto hunks = openHunks(c, merge, name)) {
                    field.insert(u"hunks"_s, hunks->first);
                    field.insert(u"merged"_s, hunks->second);
                }
                fields.append(field);
            }
            array.append(QJsonObject{{u"id"_s, c.recordId},
                                     {u"kind"_s, domain::kindName(c.kind)},
                                     {u"fields"_s, fields},
                                     {u"mine_deleted"_s, c.mineDeleted},
                                     {u"theirs_deleted"_s, c.theirsDeleted}});
        }
        Context::printJson(array);
        return ExitOk;
    }
    if (conflicts->isEmpty()) {
        Context::message(Cli::tr("No conflicts."));
        return ExitOk;
    }
    for (const replica::Conflict &c : std::as_const(*conflicts)) {
        Context::out(u"%1 %2 \"%3\""_s.arg(domain::kindName(c.kind), c.recordId,
                                           c.mine.value(u"title"_s).toString()));
        if (c.mineDeleted)
            Context::out(Cli::tr("  deleted here, changed on the server"));
        if (c.theirsDeleted)
            Context::out(Cli::tr("  deleted on the server, changed here"));
        const bool merging = !c.mineDeleted && !c.theirsDeleted;
        const domain::RecordMergeResult merge = merging ? mergeOf(c) : domain::RecordMergeResult{};
        for (const QString &name : conflictingFields(c)) {
            Context::out(u"  %1:"_s.arg(name));
            if (const auto hunks = openHunks(c, merge, name)) {
                for (const QJsonValue &v : std::as_const(hunks->first)) {
                    const QJsonObject h = v.toObject();
                    Context::out(Cli::tr("    hunk %1").arg(h.value(u"index"_s).toInt()));
                    Context::out(Cli::tr("      base:   %1").arg(displayValue(h.value(u"base"_s))));
                    Context::out(Cli::tr("      mine:   %1").arg(displayValue(h.value(u"mine"_s))));
                    Context::out(
                        Cli::tr("      theirs: %1").arg(displayValue(h.value(u"theirs"_s))));
                }
                continue;
            }
            Context::out(Cli::tr("    base:   %1").arg(displayValue(c.base.value(name))));
            Context::out(Cli::tr("    mine:   %1").arg(displayValue(c.mine.value(name))));
            Context::out(Cli::tr("    theirs: %1").arg(displayValue(c.theirs.value(name))));
        }
    }
    return ExitOk;
}

QList<QCommandLineOption> resolveOptions()
{
    return {
        {u"take"_s,
         Cli::tr(
             "mine: your values for the conflicting fields (changes made only on the server are "
             "kept); theirs: the server's version as it is."),
         u"mine|theirs"_s},
        {u"field"_s, Cli::tr("A field to give a value of your own (repeatable)."), u"F"_s},
        {u"hunk"_s,
         Cli::tr("With one --field and --take mine|theirs|both: resolves only hunk N of that "
                 "text field (both: mine, then theirs). The record leaves the conflict state "
                 "with its last hunk."),
         u"N"_s},
        {u"value"_s,
         Cli::tr("The value of the matching --field: JSON when it parses, else text. "
                 "Other fields are resolved as with --take mine."),
         u"V"_s},
    };
}

namespace {

/// The conflict of `id` in the profile's replica; without one, `replica` is null and `exit`
/// says why (the message is written).
struct OpenConflict
{
    replica::Replica *replica = nullptr;
    replica::Conflict conflict;
    int exit = ExitOk;
};

OpenConflict openConflict(Context &context, const QString &id)
{
    replica::Replica *replica = context.replica();
    if (!replica)
        return {nullptr, {}, ExitFailure};
    auto conflict = replica->conflicts().get(id);
    if (!conflict)
        return {nullptr, {}, fail(Cli::tr("Cannot read the local database"), conflict.error())};
    if (!conflict->has_value()) {
        Context::message(Cli::tr("No conflict for %1; \"conflicts\" lists them.").arg(id));
        return {nullptr, {}, ExitInvalid};
    }
    return {replica, **conflict, ExitOk};
}

int resolveHunk(Context &context, const QCommandLineParser &args)
{
    const QString id = args.positionalArguments().constFirst();
    const QStringList fieldNames = args.values(u"field"_s);
    const QString which = args.value(u"take"_s);
    bool numeric = false;
    const int hunk = args.value(u"hunk"_s).toInt(&numeric);
    if (fieldNames.size() != 1 || args.isSet(u"value"_s) || !numeric ||
        (which != u"mine"_s && which != u"theirs"_s && which != u"both"_s)) {
        Context::message(Cli::tr("resolve --hunk needs one --field F, a hunk number N and --take "
                                 "mine|theirs|both."));
        return ExitUsage;
    }
    const QString &field = fieldNames.constFirst();
    const OpenConflict open = openConflict(context, id);
    if (!open.replica)
        return open.exit;
    replica::Replica *replica = open.replica;
    const replica::Conflict &c = open.conflict;
    const domain::RecordMergeResult merge =
        c.mineDeleted || c.theirsDeleted ? domain::RecordMergeResult{} : mergeOf(c);
    const auto text = merge.texts.constFind(field);
    if (text == merge.texts.constEnd() || hunk < 0 || hunk >= text->hunks.size()) {
        Context::message(Cli::tr("%1 has no hunk %2 in field \"%3\"; \"conflicts\" lists them.")
                             .arg(id)
                             .arg(hunk)
                             .arg(field));
        return ExitInvalid;
    }
    const domain::TextHunk &h = text->hunks.at(hunk);
    const QString chosen = which == u"mine"_s     ? h.mine
                           : which == u"theirs"_s ? h.theirs
                                                  : h.mine + h.theirs;
    auto left = replica->resolveConflictHunk(id, field, hunk, chosen);
    if (!left)
        return fail(Cli::tr("Cannot resolve the conflict"), left.error());
    if (*left == 0)
        Context::message(
            Cli::tr("Resolved the last hunk of %1; it is sent by the next sync.").arg(id));
    else
        Context::message(Cli::tr("Resolved hunk %1 of %2; %n left to resolve.", nullptr, *left)
                             .arg(hunk)
                             .arg(field));
    return ExitOk;
}

} // namespace

int runResolve(Context &context, const QCommandLineParser &args)
{
    const QString id = args.positionalArguments().constFirst();
    const QStringList fieldNames = args.values(u"field"_s);
    const QStringList values = args.values(u"value"_s);
    const bool take = args.isSet(u"take"_s);
    if (args.isSet(u"hunk"_s))
        return resolveHunk(context, args);
    if (take == !fieldNames.isEmpty()) {
        Context::message(
            Cli::tr("resolve needs either --take mine|theirs or --field F --value V."));
        return ExitUsage;
    }
    if (fieldNames.size() != values.size()) {
        Context::message(Cli::tr("Give one --value for each --field."));
        return ExitUsage;
    }
    const QString which = args.value(u"take"_s);
    if (take && which != u"mine"_s && which != u"theirs"_s) {
        Context::message(Cli::tr("--take is either mine or theirs, not \"%1\".").arg(which));
        return ExitUsage;
    }
    const OpenConflict open = openConflict(context, id);
    if (!open.replica)
        return open.exit;
    replica::Replica *replica = open.replica;
    const replica::Conflict &c = open.conflict;
    if (which == u"theirs"_s) {
        if (auto done = replica->resolveConflictTakeTheirs(id); !done)
            return fail(Cli::tr("Cannot resolve the conflict"), done.error());
        Context::message(Cli::tr("Took the server's version of %1; your edit is dropped.").arg(id));
        return ExitOk;
    }
    if (take && c.mineDeleted) {
        // Keeping a local deletion: delete again on top of the server's version.
        if (auto done = replica->resolveConflictTakeTheirs(id); !done)
            return fail(Cli::tr("Cannot resolve the conflict"), done.error());
        if (auto done = replica->records().remove(id); !done)
            return fail(Cli::tr("Cannot delete %1").arg(id), done.error());
        Context::message(Cli::tr("Kept your deletion of %1; it is sent by the next sync.").arg(id));
        return ExitOk;
    }
    QJsonObject fields = mineMerged(c);
    for (qsizetype i = 0; i < fieldNames.size(); ++i) {
        if (!domain::FieldSchema::field(c.kind, fieldNames.at(i))) {
            Context::message(Cli::tr("A %1 has no field \"%2\".")
                                 .arg(domain::kindName(c.kind), fieldNames.at(i)));
            return ExitInvalid;
        }
        fields.insert(fieldNames.at(i), parseLooseValue(values.at(i)));
    }
    const domain::Validator validator;
    const QList<domain::FieldIssue> issues =
        validator.validate(c.kind, fields, domain::Validator::modeFor(c.kind, fields));
    if (!issues.isEmpty()) {
        for (const domain::FieldIssue &issue : issues)
            Context::message(u"%1: %2"_s.arg(issue.field, issue.message));
        Context::message(Cli::tr("The conflict is not resolved; fix the values above."));
        return ExitInvalid;
    }
    if (auto done = replica->resolveConflictKeep(id, fields); !done)
        return fail(Cli::tr("Cannot resolve the conflict"), done.error());
    Context::message(
        take ? Cli::tr("Kept your version of %1; it is sent by the next sync.").arg(id)
             : Cli::tr("Resolved %1 with your values; it is sent by the next sync.").arg(id));
    return ExitOk;
}

} // namespace smec::cli
