// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// list, search, show, create, edit, submit, withdraw: the replica, offline.
#include "commands.h"

#include "domain/accesspolicy.h"
#include "domain/fieldschema.h"
#include "domain/initiative.h"
#include "domain/practicestatus.h"
#include "domain/referencedata.h"
#include "domain/revisionfields.h"
#include "domain/user.h"
#include "domain/validator.h"
#include "replica/replica.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::cli {

std::optional<domain::Kind> kindArgument(const QString &name)
{
    const auto kind = domain::kindFromName(name);
    if (!kind) {
        QStringList names;
        for (domain::Kind k : domain::allKinds)
            names.append(domain::kindName(k));
        Context::message(
            Cli::tr("Unknown kind \"%1\"; use one of %2.").arg(name, names.join(u", "_s)));
    }
    return kind;
}

namespace {

/// The record `id` (not deleted), or nullopt after saying why; `code` receives the exit code.
std::optional<domain::Record> findRecord(replica::Replica &replica, const QString &id, int &code)
{
    auto record = replica.records().get(id);
    if (!record) {
        code = fail(Cli::tr("Cannot read the local database"), record.error());
        return std::nullopt;
    }
    if (!record->has_value() || (*record)->deleted) {
        Context::message(
            Cli::tr("No record with id %1 in this profile; \"list\" and \"search\" show "
                    "ids, \"sync\" fetches new records.")
                .arg(id));
        code = ExitInvalid;
        return std::nullopt;
    }
    return **record;
}

/// The record `id` when it is one of `kind`, opening the profile's replica; nullopt after
/// saying why (`wrongKind` says what the command is for, with %1 the id and %2 the record's
/// kind), with the exit code in `code`. The prologue of the commands made for one kind.
std::optional<domain::Record> findRecordOfKind(Context &context, const QString &id,
                                               domain::Kind kind, const QString &wrongKind,
                                               int &code)
{
    replica::Replica *replica = context.replica();
    if (!replica) {
        code = ExitFailure;
        return std::nullopt;
    }
    auto record = findRecord(*replica, id, code);
    if (!record)
        return std::nullopt;
    if (record->kind != kind) {
        Context::message(wrongKind.arg(id, domain::kindName(record->kind)));
        code = ExitInvalid;
        return std::nullopt;
    }
    return record;
}

QJsonObject recordJson(const domain::Record &record, replica::RecordState state)
{
    return {{u"id"_s, record.id},
            {u"kind"_s, domain::kindName(record.kind)},
            {u"rev"_s, record.rev},
            {u"fields"_s, record.fields},
            {u"state"_s, replica::recordStateName(state)}};
}

/// Field names the kind does not know, as a message; empty when all are known. Fields unknown
/// to this version are kept when a server sends them, but a name typed here is a typo.
bool checkFieldNames(domain::Kind kind, const QJsonObject &fields)
{
    QStringList unknown;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!domain::FieldSchema::field(kind, it.key()))
            unknown.append(it.key());
    if (unknown.isEmpty())
        return true;
    QStringList known;
    for (const domain::FieldSpec &spec : domain::FieldSchema::fields(kind))
        known.append(spec.name);
    Context::message(Cli::tr("A %1 has no field %2. Its fields are: %3.")
                         .arg(domain::kindName(kind), u"\""_s + unknown.join(u"\", \""_s) + u"\""_s,
                              known.join(u", "_s)));
    return false;
}

/// Validates and checks permissions for writing `updated` over `current`, then saves it as a
/// local edit. Returns the exit code.
int saveEdit(Context &context, replica::Replica &replica,
             const std::optional<domain::Record> &current, const domain::Record &updated,
             domain::ValidationMode mode, domain::Record *saved)
{
    const domain::Validator validator;
    const QList<domain::FieldIssue> issues = validator.validate(updated.kind, updated.fields, mode);
    if (!issues.isEmpty()) {
        for (const domain::FieldIssue &issue : issues)
            Context::message(issue.field.isEmpty() ? issue.message
                                                   : u"%1: %2"_s.arg(issue.field, issue.message));
        Context::message(Cli::tr("Nothing was saved; correct the fields above."));
        return ExitInvalid;
    }
    if (context.signedIn()) {
        const domain::Decision decision =
            domain::AccessPolicy::canWrite(context.user(), current, updated);
        if (!decision) {
            Context::message(Cli::tr("Not allowed: %1").arg(decision.reason));
            return ExitInvalid;
        }
    }
    auto result = replica.records().saveDraft(updated);
    if (!result)
        return fail(Cli::tr("Cannot save"), result.error());
    if (saved)
        *saved = *result;
    return ExitOk;
}

int transition(Context &context, const QCommandLineParser &args, domain::PracticeStatus target)
{
    const QString id = args.positionalArguments().constFirst();
    int code = ExitOk;
    const auto current =
        findRecordOfKind(context, id, domain::Kind::Practice,
                         Cli::tr("%1 is a %2; only practices are submitted and withdrawn."), code);
    if (!current)
        return code;
    replica::Replica *replica = context.replica();
    const auto from = domain::practiceStatusOf(current->fields);
    if (from == target) {
        Context::message(
            Cli::tr("%1 is already %2.").arg(id, domain::practiceStatusLabel(target).toLower()));
        return ExitOk;
    }
    const domain::Decision decision =
        domain::AccessPolicy::canTransition(context.user(), *current, target);
    if (!decision) {
        Context::message(Cli::tr("Cannot move %1 from %2 to %3: %4")
                             .arg(id, from ? domain::practiceStatusLabel(*from).toLower() : u"?"_s,
                                  domain::practiceStatusLabel(target).toLower(), decision.reason));
        return ExitInvalid;
    }
    domain::Record updated = *current;
    updated.fields.insert(u"status"_s, domain::practiceStatusName(target));
    // Submitting checks everything a submission needs; a withdrawn draft only its minimum.
    const auto mode = target == domain::PracticeStatus::Draft ? domain::ValidationMode::Lenient
                                                              : domain::ValidationMode::Strict;
    if (const int saved = saveEdit(context, *replica, current, updated, mode, nullptr);
        saved != ExitOk)
        return saved;
    Context::message(
        target == domain::PracticeStatus::Submitted
            ? Cli::tr("Submitted %1; the next sync sends it for review.").arg(id)
            : Cli::tr("Withdrew %1 to draft; the next sync sends the change.").arg(id));
    return ExitOk;
}

} // namespace

int applyFilterOptions(const QCommandLineParser &args, replica::ListFilter &filter)
{
    // Only the options the command has and the user gave (isSet() warns about unknown names).
    const QStringList given = args.optionNames();
    if (given.contains(u"pillar"_s)) {
        const QString pillar = args.value(u"pillar"_s).toLower();
        if (!domain::FieldSchema::pillarIds().contains(pillar)) {
            Context::message(Cli::tr("Unknown pillar \"%1\"; use one of %2.")
                                 .arg(pillar, domain::FieldSchema::pillarIds().join(u", "_s)));
            return ExitInvalid;
        }
        filter.facets.insert(u"pillar"_s, {pillar});
    }
    if (given.contains(u"country"_s)) {
        const QString country = args.value(u"country"_s).toUpper();
        if (!domain::ReferenceData::embedded().isCountry(country)) {
            Context::message(
                Cli::tr("Unknown country code \"%1\"; use an ISO 3166-1 alpha-3 code such as KEN.")
                    .arg(args.value(u"country"_s)));
            return ExitInvalid;
        }
        // An initiative is a country's when it leads it or is one of its partners.
        filter.facets.insert(filter.kind == domain::Kind::Initiative ? u"involves"_s : u"country"_s,
                             {country});
    }
    if (given.contains(u"status"_s)) {
        const QString status = args.value(u"status"_s).toLower();
        // A typo would list nothing and look like an answer: name the statuses instead.
        const domain::FieldSpec *spec = domain::FieldSchema::field(filter.kind, u"status");
        const QStringList statuses = spec ? spec->allowedValues() : QStringList();
        if (!statuses.contains(status)) {
            Context::message(
                statuses.isEmpty()
                    ? Cli::tr("A %1 has no status to filter on.").arg(domain::kindName(filter.kind))
                    : Cli::tr("Unknown status \"%1\" for a %2; use one of %3.")
                          .arg(args.value(u"status"_s), domain::kindName(filter.kind),
                               statuses.join(u", "_s)));
            return ExitInvalid;
        }
        filter.facets.insert(u"status"_s, {status});
    }
    return ExitOk;
}

namespace {

enum class PartnerAction { Join, Decline, Leave };

// join, decline, leave: the signed-in delegate's country and one initiative.
int partnerAction(Context &context, const QCommandLineParser &args, PartnerAction action)
{
    const QString id = args.positionalArguments().constFirst();
    if (!context.signedIn()) {
        Context::message(Cli::tr("Sign in first (\"login\"): joining, declining and leaving "
                                 "are done for your country."));
        return ExitAuth;
    }
    const domain::User &user = context.user();
    if (user.role != domain::Role::Delegate || user.country.isEmpty()) {
        Context::message(Cli::tr("Only a country's delegates join, decline or leave initiatives "
                                 "for it; you are signed in as %1.")
                             .arg(domain::roleLabel(user.role)));
        return ExitInvalid;
    }
    int code = ExitOk;
    const auto current = findRecordOfKind(
        context, id, domain::Kind::Initiative,
        Cli::tr("%1 is a %2; countries join, decline and leave initiatives."), code);
    if (!current)
        return code;
    replica::Replica *replica = context.replica();
    const QString country = domain::ReferenceData::embedded().countryName(user.country);
    const QString state = domain::Initiative::partnerState(current->fields, user.country);
    domain::Record updated = *current;
    QString done;
    switch (action) {
    case PartnerAction::Join:
        if (state == domain::Initiative::joined) {
            Context::message(Cli::tr("%1 has already joined %2.").arg(country, id));
            return ExitOk;
        }
        if (state != domain::Initiative::invited) {
            Context::message(Cli::tr("%1 is not invited to %2; its lead country or the "
                                     "secretariat invites partners.")
                                 .arg(country, id));
            return ExitInvalid;
        }
        updated.fields = domain::Initiative::withPartner(current->fields, user.country,
                                                         domain::Initiative::joined);
        done = Cli::tr("%1 joined %2; the next sync sends it.").arg(country, id);
        break;
    case PartnerAction::Decline:
        if (state != domain::Initiative::invited) {
            Context::message(
                state == domain::Initiative::joined
                    ? Cli::tr("%1 has joined %2; use \"leave\" to take it out.").arg(country, id)
                    : Cli::tr("%1 is not invited to %2.").arg(country, id));
            return ExitInvalid;
        }
        updated.fields = domain::Initiative::withoutPartner(current->fields, user.country);
        done = Cli::tr("%1 declined %2; the next sync sends it.").arg(country, id);
        break;
    case PartnerAction::Leave:
        if (state != domain::Initiative::joined) {
            Context::message(state == domain::Initiative::invited
                                 ? Cli::tr("%1 has not joined %2; use \"decline\" to refuse "
                                           "the invitation.")
                                       .arg(country, id)
                                 : Cli::tr("%1 is not a partner of %2.").arg(country, id));
            return ExitInvalid;
        }
        updated.fields = domain::Initiative::withoutPartner(current->fields, user.country);
        done = Cli::tr("%1 left %2; the next sync sends it.").arg(country, id);
        break;
    }
    if (const int saved = saveEdit(context, *replica, current, updated,
                                   domain::Validator::modeFor(updated), nullptr);
        saved != ExitOk)
        return saved;
    Context::message(done);
    return ExitOk;
}

} // namespace

QList<QCommandLineOption> listOptions()
{
    return {
        {u"pillar"_s, Cli::tr("Only records of pillar P (digital, finance, green)."), u"P"_s},
        {u"country"_s, Cli::tr("Only records of country ISO3 (alpha-3 code, e.g. KEN)."),
         u"ISO3"_s},
        {u"status"_s, Cli::tr("Only records in status S (draft, submitted, published...)."),
         u"S"_s},
        {u"json"_s, Cli::tr("Print one JSON document on standard output.")},
    };
}

int runList(Context &context, const QCommandLineParser &args)
{
    const auto kind = kindArgument(args.positionalArguments().constFirst());
    if (!kind)
        return ExitUsage;
    replica::ListFilter filter;
    filter.kind = *kind;
    filter.withFields = true;
    filter.limit = 500;
    if (const int code = applyFilterOptions(args, filter); code != ExitOk)
        return code;
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    const bool json = args.isSet(u"json"_s);
    QJsonArray array;
    for (;;) {
        auto rows = replica->lists().list(filter);
        if (!rows)
            return fail({}, rows.error());
        for (const replica::ListRow &row : std::as_const(*rows)) {
            if (json) {
                array.append(QJsonObject{{u"id"_s, row.id},
                                         {u"kind"_s, domain::kindName(row.kind)},
                                         {u"rev"_s, row.rev},
                                         {u"fields"_s, row.fields},
                                         {u"state"_s, replica::recordStateName(row.state)}});
                continue;
            }
            QString title = row.fields.value(u"title"_s).toString();
            if (title.isEmpty())
                title = row.fields.value(u"body"_s).toString().left(80).replace(u'\n', u' ');
            Context::out(u"%1  %2  %3  %4  %5"_s.arg(
                row.id, replica::recordStateName(row.state).leftJustified(8),
                row.fields.value(u"status"_s).toString().leftJustified(17),
                row.fields
                    .value(row.kind == domain::Kind::Initiative ? u"lead_country"_s : u"country"_s)
                    .toString()
                    .leftJustified(3),
                title));
        }
        if (rows->size() < filter.limit)
            break;
        filter.offset += filter.limit;
    }
    if (json)
        Context::printJson(array);
    return ExitOk;
}

QList<QCommandLineOption> statsOptions()
{
    QList<QCommandLineOption> options = listOptions();
    using Lists = replica::ListStore;
    options.insert(0, {u"by"_s,
                       Cli::tr("Count by B: %1 (practices); %2 (commitments).")
                           .arg(Lists::countDimensions(domain::Kind::Practice).join(u", "_s),
                                Lists::countDimensions(domain::Kind::Commitment).join(u", "_s)),
                       u"B"_s});
    options.insert(options.size() - 1,
                   {u"meeting"_s, Cli::tr("Only commitments or threads of meeting ID."), u"ID"_s});
    return options;
}

int runStats(Context &context, const QCommandLineParser &args)
{
    // "practices" as in the help, or the kind's own name as `list` takes it.
    QString kindName = args.positionalArguments().constFirst().toLower();
    if (!domain::kindFromName(kindName) && kindName.endsWith(u's'))
        kindName.chop(1);
    const auto kind = kindArgument(kindName);
    if (!kind)
        return ExitUsage;
    if (!args.isSet(u"by"_s)) {
        Context::message(Cli::tr("Say what to count by with --by, e.g. --by pillar."));
        return ExitUsage;
    }
    const QString by = args.value(u"by"_s).toLower();
    replica::ListFilter filter;
    filter.kind = *kind;
    if (const int code = applyFilterOptions(args, filter); code != ExitOk)
        return code;
    if (args.isSet(u"meeting"_s))
        filter.meetingId = args.value(u"meeting"_s).toLower();
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    auto counts = replica->lists().countBy(filter, by);
    if (!counts)
        return fail(Cli::tr("Cannot count"), counts.error());
    auto total = replica->lists().count(filter);
    if (!total)
        return fail(Cli::tr("Cannot count"), total.error());
    const QList<replica::ValueCount> entries = replica::ListStore::ordered(*counts, by);
    if (args.isSet(u"json"_s)) {
        QJsonArray list;
        for (const replica::ValueCount &e : entries)
            list.append(QJsonObject{{u"value"_s, e.value.isEmpty() ? QJsonValue() : e.value},
                                    {u"count"_s, e.count}});
        Context::printJson(QJsonObject{{u"kind"_s, domain::kindName(*kind)},
                                       {u"by"_s, by},
                                       {u"total"_s, *total},
                                       {u"counts"_s, list}});
        return ExitOk;
    }
    qsizetype width = 0;
    for (const replica::ValueCount &e : entries)
        width = std::max(width, e.value.size());
    const QString none = Cli::tr("(none)");
    width = std::max(width, none.size());
    for (const replica::ValueCount &e : entries)
        Context::out(u"%1  %2"_s.arg((e.value.isEmpty() ? none : e.value).leftJustified(width))
                         .arg(e.count, 7));
    Context::out(
        Cli::tr("%1 record(s) in all; one with several values counts under each.").arg(*total));
    return ExitOk;
}

int runSearch(Context &context, const QCommandLineParser &args)
{
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    const QString text = args.positionalArguments().constFirst();
    // Records written while indexing was deferred become searchable now.
    (void)replica->search().catchUpAll();
    auto hits = replica->search().search(text);
    if (!hits)
        return fail(Cli::tr("Search failed"), hits.error());
    const bool json = args.isSet(u"json"_s);
    const bool bold = !json && Context::stdoutIsTerminal();
    QJsonArray array;
    for (const replica::SearchHit &hit : std::as_const(*hits)) {
        QString snippet = hit.snippet;
        snippet.replace(replica::highlightStart, bold ? u"\033[1m"_s : QString());
        snippet.replace(replica::highlightEnd, bold ? u"\033[0m"_s : QString());
        if (json) {
            array.append(QJsonObject{{u"id"_s, hit.id},
                                     {u"kind"_s, domain::kindName(hit.kind)},
                                     {u"title"_s, hit.title},
                                     {u"snippet"_s, snippet}});
            continue;
        }
        Context::out(
            u"%1  %2  %3"_s.arg(hit.id, domain::kindName(hit.kind).leftJustified(8), hit.title));
        Context::out(u"    "_s + snippet.simplified());
    }
    if (json)
        Context::printJson(array);
    else if (hits->isEmpty())
        Context::message(Cli::tr("Nothing matches \"%1\".").arg(text));
    return ExitOk;
}

int runShow(Context &context, const QCommandLineParser &args)
{
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    const QString id = args.positionalArguments().constFirst();
    int code = ExitOk;
    const auto record = findRecord(*replica, id, code);
    if (!record)
        return code;
    auto state = replica->state(id);
    if (!state)
        return fail(Cli::tr("Cannot read the local database"), state.error());
    if (args.isSet(u"json"_s)) {
        Context::printJson(recordJson(*record, *state));
        return ExitOk;
    }
    Context::out(Cli::tr("id:       %1").arg(record->id));
    Context::out(Cli::tr("kind:     %1").arg(domain::kindName(record->kind)));
    Context::out(Cli::tr("rev:      %1").arg(record->rev));
    Context::out(Cli::tr("state:    %1").arg(replica::recordStateName(*state)));
    if (record->updatedAt.isValid())
        Context::out(Cli::tr("updated:  %1").arg(record->updatedAt.toString(Qt::ISODate)));
    if (*state == replica::RecordState::Rejected) {
        auto entries = replica->outbox().forRecord(id);
        if (entries)
            for (const replica::OutboxEntry &e : std::as_const(*entries))
                if (e.state == replica::OutboxState::Rejected)
                    Context::out(Cli::tr("rejected: %1 (%2)").arg(e.errorMessage, e.errorCode));
    }
    // Known fields in form order, then any a newer server sent.
    QStringList names;
    for (const domain::FieldSpec &spec : domain::FieldSchema::fields(record->kind))
        if (record->fields.contains(spec.name))
            names.append(spec.name);
    for (auto it = record->fields.begin(); it != record->fields.end(); ++it)
        if (!names.contains(it.key()))
            names.append(it.key());
    for (const QString &name : std::as_const(names)) {
        const QString value = displayValue(record->fields.value(name));
        if (value.contains(u'\n')) {
            Context::out(name + u':');
            for (const QString &line : value.split(u'\n'))
                Context::out(line.isEmpty() ? line : u"  "_s + line);
        } else
            Context::out(u"%1: %2"_s.arg(name, value));
    }
    return ExitOk;
}

QList<QCommandLineOption> fileOption()
{
    return {{u"file"_s, Cli::tr("JSON object of fields (\"-\" reads standard input)."),
             u"FIELDS.json"_s}};
}

int runCreate(Context &context, const QCommandLineParser &args)
{
    const auto kind = kindArgument(args.positionalArguments().constFirst());
    if (!kind)
        return ExitUsage;
    if (!args.isSet(u"file"_s)) {
        Context::message(Cli::tr("create needs --file FIELDS.json."));
        return ExitUsage;
    }
    const auto fields = readFieldsFile(args.value(u"file"_s));
    if (!fields)
        return ExitInvalid;
    if (!checkFieldNames(*kind, *fields))
        return ExitInvalid;
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    domain::Record record;
    record.kind = *kind;
    record.fields =
        *kind == domain::Kind::Initiative ? domain::Initiative::withMilestoneIds(*fields) : *fields;
    domain::Record saved;
    if (const int code = saveEdit(context, *replica, std::nullopt, record,
                                  domain::Validator::modeFor(record), &saved);
        code != ExitOk)
        return code;
    Context::out(saved.id);
    return ExitOk;
}

QList<QCommandLineOption> editOptions()
{
    return {
        {u"set"_s, Cli::tr("Set FIELD to VALUE (JSON when it parses, else text); repeatable."),
         u"FIELD=VALUE"_s},
        {u"file"_s, Cli::tr("JSON object of the fields to replace (\"-\" reads standard input)."),
         u"FIELDS.json"_s},
    };
}

int runEdit(Context &context, const QCommandLineParser &args)
{
    const QString id = args.positionalArguments().constFirst();
    const bool hasSet = args.isSet(u"set"_s);
    if (hasSet == args.isSet(u"file"_s)) {
        Context::message(Cli::tr("edit needs either --set FIELD=VALUE (repeatable) or --file "
                                 "FIELDS.json."));
        return ExitUsage;
    }
    QJsonObject changes;
    if (hasSet) {
        for (const QString &assignment : args.values(u"set"_s)) {
            const qsizetype eq = assignment.indexOf(u'=');
            if (eq <= 0) {
                Context::message(
                    Cli::tr(
                        "--set takes FIELD=VALUE, for example --set start_year=2020; got \"%1\".")
                        .arg(assignment));
                return ExitUsage;
            }
            changes.insert(assignment.left(eq), parseLooseValue(assignment.mid(eq + 1)));
        }
    } else {
        const auto fields = readFieldsFile(args.value(u"file"_s));
        if (!fields)
            return ExitInvalid;
        changes = *fields;
    }
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    int code = ExitOk;
    const auto current = findRecord(*replica, id, code);
    if (!current)
        return code;
    if (!checkFieldNames(current->kind, changes))
        return ExitInvalid;
    domain::Record updated = *current;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            updated.fields.remove(it.key()); // null clears a field
        else
            updated.fields.insert(it.key(), value);
    }
    if (updated.kind == domain::Kind::Initiative)
        updated.fields = domain::Initiative::withMilestoneIds(updated.fields);
    if (updated.fields == current->fields) {
        Context::message(Cli::tr("Nothing changed."));
        return ExitOk;
    }
    if (const int saved = saveEdit(context, *replica, current, updated,
                                   domain::Validator::modeFor(updated), nullptr);
        saved != ExitOk)
        return saved;
    Context::message(Cli::tr("Saved %1; the next sync sends it.").arg(id));
    return ExitOk;
}

int runSubmit(Context &context, const QCommandLineParser &args)
{
    return transition(context, args, domain::PracticeStatus::Submitted);
}

int runWithdraw(Context &context, const QCommandLineParser &args)
{
    return transition(context, args, domain::PracticeStatus::Draft);
}

int runJoin(Context &context, const QCommandLineParser &args)
{
    return partnerAction(context, args, PartnerAction::Join);
}

int runDecline(Context &context, const QCommandLineParser &args)
{
    return partnerAction(context, args, PartnerAction::Decline);
}

int runLeave(Context &context, const QCommandLineParser &args)
{
    return partnerAction(context, args, PartnerAction::Leave);
}

QList<QCommandLineOption> restoreOptions()
{
    return {{u"rev"_s, Cli::tr("The revision to restore (see \"history\")."), u"REV"_s}};
}

int runRestore(Context &context, const QCommandLineParser &args)
{
    const QString id = args.positionalArguments().constFirst();
    bool ok = false;
    const qint64 rev = args.value(u"rev"_s).toLongLong(&ok);
    if (!args.isSet(u"rev"_s) || !ok || rev <= 0) {
        Context::message(Cli::tr("restore needs --rev REV, a revision number from \"history\"."));
        return ExitUsage;
    }
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    int code = ExitOk;
    const auto current = findRecord(*replica, id, code);
    if (!current)
        return code;
    const auto history = loadHistory(context, id, code);
    if (!history)
        return code;
    const protocol::Revision *revision = nullptr;
    for (const protocol::Revision &r : history->revisions)
        if (r.rev == rev)
            revision = &r;
    if (!revision || revision->deleted) {
        Context::message(
            Cli::tr("%1 has no revision %2 with content that you may see; \"history %1\" "
                    "lists them.")
                .arg(id)
                .arg(rev));
        return ExitInvalid;
    }
    domain::Record updated = *current;
    updated.fields =
        domain::RevisionFields::restored(current->kind, current->fields, revision->fields);
    if (updated.fields == current->fields) {
        Context::message(Cli::tr("%1 already has the content of revision %2; nothing to restore.")
                             .arg(id)
                             .arg(rev));
        return ExitOk;
    }
    if (const int saved = saveEdit(context, *replica, current, updated,
                                   domain::Validator::modeFor(updated), nullptr);
        saved != ExitOk)
        return saved;
    Context::message(
        Cli::tr("Restored the content of revision %1 as a local edit of %2 (its status is kept); "
                "the next sync sends it.")
            .arg(rev)
            .arg(id));
    return ExitOk;
}

} // namespace smec::cli
