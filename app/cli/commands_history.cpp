// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// history, diff: a record's revisions from the server (kept in the replica for offline use)
// and their word-level differences. restore lives with the other edits (commands_records.cpp).
#include "commands.h"

#include "domain/revisionfields.h"
#include "domain/user.h"
#include "domain/worddiff.h"
#include "protocol/errorcodes.h"
#include "replica/replica.h"
#include "sync/historyloader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smec::cli {

std::optional<sync::HistoryLoader::History> loadHistory(Context &context, const QString &id,
                                                        int &code)
{
    replica::Replica *replica = context.replica();
    if (!replica) {
        code = ExitFailure;
        return std::nullopt;
    }
    std::optional<sync::ServerConnection> connection;
    if (context.signedIn()) {
        if (const int opened = openConnection(context, connection, 15000); opened != ExitOk) {
            code = opened;
            return std::nullopt;
        }
        // Offline is a normal state here: a short retry budget, then the cache.
        connection->api().setRetryPolicy(sync::RetryPolicy{2, 200, 1000});
    }
    auto history =
        sync::HistoryLoader::load(*replica, connection ? &connection->api() : nullptr, id);
    if (!history) {
        const Error &e = history.error();
        if (e.code == u"history_unavailable"_s) {
            Context::message(e.message);
            code = ExitUnreachable;
        } else if (e.code == protocol::codes::notFound) {
            Context::message(Cli::tr("The server has no record %1 that you may see.").arg(id));
            code = ExitInvalid;
        } else if (e.code == u"database_error"_s || e.code.startsWith(u"migration"_s)) {
            code = fail(Cli::tr("Cannot read the local database"), e);
        } else {
            code = serverFailure(context, e);
        }
        return std::nullopt;
    }
    if (history->fromCache)
        Context::message(
            connection ? Cli::tr("Offline: the server could not be reached (%1); showing the "
                                 "history kept here from an earlier fetch, which may lack the "
                                 "newest revisions.")
                             .arg(history->serverError.message)
                       : Cli::tr("Offline: not signed in; showing the history kept here from an "
                                 "earlier fetch, which may lack the newest revisions."));
    return std::move(*history);
}

namespace {

domain::Kind kindOf(Context &context, const QString &id)
{
    if (replica::Replica *replica = context.replica()) {
        auto record = replica->records().get(id);
        if (record && record->has_value())
            return (*record)->kind;
    }
    return domain::Kind::Practice;
}

const protocol::Revision *findRevision(const QList<protocol::Revision> &revisions, qint64 rev)
{
    for (const protocol::Revision &r : revisions)
        if (r.rev == rev)
            return &r;
    return nullptr;
}

std::optional<qint64> revArgument(const QCommandLineParser &args, const QString &name)
{
    bool ok = false;
    const qint64 rev = args.value(name).toLongLong(&ok);
    if (!ok || rev <= 0) {
        Context::message(Cli::tr("--%1 needs a revision number (see \"history\"), not \"%2\".")
                             .arg(name, args.value(name)));
        return std::nullopt;
    }
    return rev;
}

} // namespace

int runHistory(Context &context, const QCommandLineParser &args)
{
    const QString id = args.positionalArguments().constFirst();
    int code = ExitOk;
    const auto history = loadHistory(context, id, code);
    if (!history)
        return code;
    const domain::Kind kind = kindOf(context, id);
    const QString me = context.signedIn() ? context.user().id : QString();
    QJsonArray list;
    for (qsizetype i = 0; i < history->revisions.size(); ++i) {
        const protocol::Revision &r = history->revisions.at(i);
        const bool oldest = i + 1 == history->revisions.size();
        const QJsonObject older = oldest ? QJsonObject() : history->revisions.at(i + 1).fields;
        const QStringList changed =
            r.deleted ? QStringList() : domain::RevisionFields::changed(kind, older, r.fields);
        if (args.isSet(u"json"_s)) {
            list.append(QJsonObject{{u"rev"_s, r.rev},
                                    {u"updated_by"_s, r.updatedBy},
                                    {u"updated_at"_s, r.updatedAt.toString(Qt::ISODateWithMs)},
                                    {u"deleted"_s, r.deleted},
                                    {u"changed"_s, QJsonArray::fromStringList(changed)}});
            continue;
        }
        const QString who = r.updatedBy == me ? Cli::tr("you") : r.updatedBy;
        QString what;
        if (r.deleted)
            what = Cli::tr("deleted");
        else if (changed.isEmpty())
            what = Cli::tr("no field changed");
        else
            what = (oldest ? Cli::tr("first listed: %1") : Cli::tr("changed: %1"))
                       .arg(changed.join(u", "_s));
        Context::out(u"rev %1  %2  %3  %4"_s.arg(r.rev).arg(
            r.updatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), who, what));
    }
    if (args.isSet(u"json"_s))
        Context::printJson(QJsonObject{
            {u"id"_s, id}, {u"from_cache"_s, history->fromCache}, {u"revisions"_s, list}});
    else if (history->revisions.isEmpty())
        Context::message(Cli::tr("No revision of %1 is visible to you.").arg(id));
    return ExitOk;
}

QList<QCommandLineOption> diffOptions()
{
    return {{u"from"_s, Cli::tr("The older revision."), u"REV"_s},
            {u"to"_s, Cli::tr("The newer revision."), u"REV"_s},
            {u"json"_s, Cli::tr("Print JSON instead of text.")}};
}

int runDiff(Context &context, const QCommandLineParser &args)
{
    const QString id = args.positionalArguments().constFirst();
    if (!args.isSet(u"from"_s) || !args.isSet(u"to"_s)) {
        Context::message(Cli::tr("diff needs --from REV and --to REV (see \"history\")."));
        return ExitUsage;
    }
    const auto from = revArgument(args, u"from"_s);
    const auto to = revArgument(args, u"to"_s);
    if (!from || !to)
        return ExitUsage;
    int code = ExitOk;
    const auto history = loadHistory(context, id, code);
    if (!history)
        return code;
    const protocol::Revision *older = findRevision(history->revisions, *from);
    const protocol::Revision *newer = findRevision(history->revisions, *to);
    for (const auto &[rev, found] : {std::pair{*from, older}, std::pair{*to, newer}}) {
        if (!found) {
            Context::message(
                Cli::tr("%1 has no revision %2 that you may see; \"history %1\" lists them.")
                    .arg(id)
                    .arg(rev));
            return ExitInvalid;
        }
    }
    const domain::Kind kind = kindOf(context, id);
    const QStringList changed = domain::RevisionFields::changed(kind, older->fields, newer->fields);
    QJsonArray fields;
    for (const QString &name : changed) {
        const auto segments =
            domain::wordDiff(domain::RevisionFields::text(older->fields.value(name)),
                             domain::RevisionFields::text(newer->fields.value(name)));
        if (args.isSet(u"json"_s)) {
            QJsonArray list;
            for (const domain::WordDiffSegment &s : segments)
                list.append(
                    QJsonObject{{u"type"_s, domain::segmentTypeName(s.type)}, {u"text"_s, s.text}});
            fields.append(QJsonObject{{u"field"_s, name}, {u"segments"_s, list}});
            continue;
        }
        // Like git's word diff: [-deleted-] and {+inserted+}.
        QString line;
        for (const domain::WordDiffSegment &s : segments) {
            if (s.type == domain::WordDiffSegment::Type::Deleted)
                line += u"[-"_s + s.text + u"-]"_s;
            else if (s.type == domain::WordDiffSegment::Type::Inserted)
                line += u"{+"_s + s.text + u"+}"_s;
            else
                line += s.text;
        }
        Context::out(name + u':');
        for (const QString &l : line.split(u'\n'))
            Context::out(u"  "_s + l);
    }
    if (args.isSet(u"json"_s))
        Context::printJson(QJsonObject{{u"id"_s, id},
                                       {u"from"_s, *from},
                                       {u"to"_s, *to},
                                       {u"from_cache"_s, history->fromCache},
                                       {u"fields"_s, fields}});
    else if (changed.isEmpty())
        Context::message(
            Cli::tr("No field differs between revisions %1 and %2.").arg(*from).arg(*to));
    return ExitOk;
}

} // namespace smec::cli
