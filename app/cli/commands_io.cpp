// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// export and import: files in and out of the replica.
#include "commands.h"
#include "csvreader.h"

#include "domain/accesspolicy.h"
#include "domain/fieldschema.h"
#include "domain/practicestatus.h"
#include "domain/referencedata.h"
#include "domain/user.h"
#include "domain/validator.h"
#include "export/recordexporter.h"
#include "replica/replica.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

#include <variant>

using namespace Qt::StringLiterals;

namespace smec::cli {

namespace {

/// One CSV cell as the JSON value of field `spec`, or an error message.
std::variant<QJsonValue, QString> cellValue(const domain::FieldSpec &spec, const QString &raw)
{
    using domain::FieldType;
    const QString cell = raw.trimmed();
    auto items = [&cell] {
        QStringList list;
        for (const QString &item : cell.split(u';', Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                list.append(item.trimmed());
        return list;
    };
    switch (spec.type) {
    case FieldType::Int: {
        bool ok = false;
        const qlonglong n = cell.toLongLong(&ok);
        if (!ok)
            return Cli::tr("\"%1\" is not a whole number.").arg(cell);
        return QJsonValue(n);
    }
    case FieldType::Number: {
        bool ok = false;
        const double n = cell.toDouble(&ok);
        if (!ok)
            return Cli::tr("\"%1\" is not a number.").arg(cell);
        return QJsonValue(n);
    }
    case FieldType::Bool: {
        const QString v = cell.toLower();
        if (v == u"true"_s || v == u"yes"_s || v == u"1"_s)
            return QJsonValue(true);
        if (v == u"false"_s || v == u"no"_s || v == u"0"_s)
            return QJsonValue(false);
        return Cli::tr("\"%1\" is not true or false.").arg(cell);
    }
    case FieldType::EnumSet:
    case FieldType::StringList:
    case FieldType::IdList:
    case FieldType::CountryList:
        return QJsonValue(QJsonArray::fromStringList(items()));
    case FieldType::Sources: {
        // "Title | https://..." or just the address, separated by ";".
        QJsonArray sources;
        for (const QString &item : items()) {
            const qsizetype bar = item.lastIndexOf(u'|');
            const QString url = (bar >= 0 ? item.mid(bar + 1) : item).trimmed();
            const QString title = bar >= 0 ? item.left(bar).trimmed() : url;
            sources.append(QJsonObject{{u"title"_s, title}, {u"url"_s, url}});
        }
        return QJsonValue(sources);
    }
    case FieldType::Country:
        return QJsonValue(cell.toUpper());
    default:
        return QJsonValue(cell);
    }
}

struct RowIssue
{
    int row = 0;
    int line = 0;
    QString field;
    QString message;
};

} // namespace

QList<QCommandLineOption> exportOptions()
{
    return {
        {u"format"_s, Cli::tr("csv, md (Markdown) or pdf."), u"csv|md|pdf"_s},
        {u"out"_s, Cli::tr("The file to write."), u"FILE"_s},
        {u"pillar"_s, Cli::tr("Only practices of pillar P."), u"P"_s},
        {u"country"_s, Cli::tr("Only practices of country ISO3."), u"ISO3"_s},
        {u"kind"_s,
         Cli::tr("The kind to export: practice (default), thread, post, meeting, commitment, "
                 "initiative."),
         u"KIND"_s},
    };
}

int runExport(Context &context, const QCommandLineParser &args)
{
    if (!args.isSet(u"format"_s) || !args.isSet(u"out"_s)) {
        Context::message(Cli::tr("export needs --format csv|md|pdf and --out FILE."));
        return ExitUsage;
    }
    using Format = exporting::RecordExporter::Format;
    const QString formatName = args.value(u"format"_s).toLower();
    Format format = Format::Csv;
    if (formatName == u"pdf"_s)
        format = Format::Pdf;
    else if (formatName == u"md"_s || formatName == u"markdown"_s)
        format = Format::Markdown;
    else if (formatName != u"csv"_s) {
        Context::message(
            Cli::tr("Unknown export format \"%1\"; use csv, md or pdf.").arg(formatName));
        return ExitUsage;
    }
    replica::ListFilter filter;
    filter.kind = domain::Kind::Practice;
    if (args.isSet(u"kind"_s)) {
        const auto kind = kindArgument(args.value(u"kind"_s));
        if (!kind)
            return ExitUsage;
        filter.kind = *kind;
    }
    if (const int code = applyFilterOptions(args, filter); code != ExitOk)
        return code;
    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    exporting::RecordExporter exporter(*replica, domain::ReferenceData::embedded());
    const QString out = args.value(u"out"_s);
    auto written = exporter.exportTo(format, out, filter);
    if (!written)
        return fail(Cli::tr("Export failed"), written.error());
    if (filter.kind == domain::Kind::Practice)
        Context::message(Cli::tr("Exported %1 practice(s) to %2.").arg(*written).arg(out));
    else
        Context::message(Cli::tr("Exported %1 record(s) of kind %2 to %3.")
                             .arg(*written)
                             .arg(domain::kindName(filter.kind), out));
    return ExitOk;
}

QList<QCommandLineOption> importOptions()
{
    return {
        {u"file"_s, Cli::tr("The CSV file: a header row of field names, one practice per row."),
         u"PRACTICES.csv"_s},
        {u"dry-run"_s, Cli::tr("Check every row and report; write nothing.")},
    };
}

int runImport(Context &context, const QCommandLineParser &args)
{
    if (!args.isSet(u"file"_s)) {
        Context::message(Cli::tr("import needs --file PRACTICES.csv."));
        return ExitUsage;
    }
    const QString path = args.value(u"file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Context::message(Cli::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return ExitInvalid;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        Context::message(Cli::tr("%1 is not UTF-8 text; save it as CSV UTF-8.").arg(path));
        return ExitInvalid;
    }
    QString parseError;
    const QList<CsvReader::Row> rows = CsvReader::parse(text, &parseError);
    if (!parseError.isEmpty()) {
        Context::message(u"%1: %2"_s.arg(path, parseError));
        return ExitInvalid;
    }
    if (rows.isEmpty()) {
        Context::message(Cli::tr("%1 is empty: it needs a header row of field names (title, "
                                 "summary, country, pillars...) and one practice per row.")
                             .arg(path));
        return ExitInvalid;
    }

    // Header: known practice fields, plus `id` (as exported; left empty for new practices).
    const domain::Kind kind = domain::Kind::Practice;
    const QStringList header = rows.first().cells;
    QList<const domain::FieldSpec *> specs;
    int idColumn = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name == u"id"_s) {
            idColumn = int(i);
            specs.append(nullptr);
            continue;
        }
        const domain::FieldSpec *spec = domain::FieldSchema::field(kind, name);
        if (!spec || spec->serverAssigned) {
            Context::message(
                Cli::tr("%1, line %2: column %3 \"%4\" is not a practice field that can "
                        "be imported. Use the field names of the practice schema "
                        "(title, summary, body, country, pillars, instrument...).")
                    .arg(path)
                    .arg(rows.first().line)
                    .arg(i + 1)
                    .arg(name));
            return ExitInvalid;
        }
        if (header.indexOf(header.at(i)) != i) {
            Context::message(Cli::tr("%1: column \"%2\" appears twice.").arg(path, name));
            return ExitInvalid;
        }
        specs.append(spec);
    }

    replica::Replica *replica = context.replica();
    if (!replica)
        return ExitFailure;
    const domain::Validator validator;
    const bool signedIn = context.signedIn();
    const domain::User user = context.user();
    QList<RowIssue> issues;
    QList<domain::Record> valid;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvReader::Row &row = rows.at(r);
        const int rowNumber = int(r);
        const qsizetype before = issues.size();
        if (row.cells.size() > header.size()) {
            issues.append({rowNumber,
                           row.line,
                           {},
                           Cli::tr("%1 cells, but the header has %2 columns.")
                               .arg(row.cells.size())
                               .arg(header.size())});
            continue;
        }
        domain::Record record;
        record.kind = kind;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const QString cell = row.cells.at(c);
            if (int(c) == idColumn) {
                const QString id = cell.trimmed().toLower();
                if (id.isEmpty())
                    continue;
                auto existing = replica->records().get(id);
                if (!domain::isCanonicalId(id))
                    issues.append(
                        {rowNumber, row.line, u"id"_s,
                         Cli::tr("\"%1\" is not a record id; leave it empty.").arg(cell)});
                else if (!existing || existing->has_value())
                    issues.append({rowNumber, row.line, u"id"_s,
                                   Cli::tr("a record with this id already exists; change it with "
                                           "\"edit\" or leave the id empty.")});
                else
                    record.id = id;
                continue;
            }
            if (cell.trimmed().isEmpty())
                continue;
            const domain::FieldSpec &spec = *specs.at(c);
            const auto value = cellValue(spec, cell);
            if (const auto *message = std::get_if<QString>(&value))
                issues.append({rowNumber, row.line, spec.name, *message});
            else
                record.fields.insert(spec.name, std::get<QJsonValue>(value));
        }
        // Imports are drafts; the status column may only say so.
        const QJsonValue status = record.fields.value(u"status"_s);
        if (!status.isUndefined() && status.toString() != u"draft"_s)
            issues.append({rowNumber, row.line, u"status"_s,
                           Cli::tr("imported practices are drafts; leave the status empty or "
                                   "write draft, and submit them afterwards.")});
        record.fields.insert(u"status"_s, u"draft"_s);
        for (const domain::FieldIssue &issue :
             validator.validate(kind, record.fields, domain::ValidationMode::Lenient))
            issues.append({rowNumber, row.line, issue.field, issue.message});
        if (signedIn && issues.size() == before) {
            const domain::Decision decision =
                domain::AccessPolicy::canWrite(user, std::nullopt, record);
            if (!decision)
                issues.append({rowNumber, row.line,
                               record.fields.contains(u"country"_s) ? u"country"_s : QString(),
                               decision.reason});
        }
        if (issues.size() == before)
            valid.append(record);
    }

    for (const RowIssue &issue : std::as_const(issues)) {
        if (issue.field.isEmpty())
            Context::message(Cli::tr("%1, row %2 (line %3): %4")
                                 .arg(path)
                                 .arg(issue.row)
                                 .arg(issue.line)
                                 .arg(issue.message));
        else
            Context::message(Cli::tr("%1, row %2 (line %3), field %4: %5")
                                 .arg(path)
                                 .arg(issue.row)
                                 .arg(issue.line)
                                 .arg(issue.field, issue.message));
    }
    const qsizetype total = rows.size() - 1;
    const qsizetype invalid = total - valid.size();
    if (args.isSet(u"dry-run"_s)) {
        Context::message(Cli::tr("Dry run: %1 of %2 row(s) valid, %3 with problems; nothing was "
                                 "written.")
                             .arg(valid.size())
                             .arg(total)
                             .arg(invalid));
        return invalid > 0 ? ExitInvalid : ExitOk;
    }

    QStringList ids;
    {
        replica::Transaction tx(replica->database());
        if (!tx.started())
            return fail(Cli::tr("Cannot write the local database"), tx.started().error());
        for (const domain::Record &record : std::as_const(valid)) {
            auto saved = replica->records().saveDraft(record);
            if (!saved)
                return fail(Cli::tr("Nothing was imported; the local database refused a row"),
                            saved.error());
            ids.append(saved->id);
        }
        if (auto committed = tx.commit(); !committed)
            return fail(Cli::tr("Nothing was imported"), committed.error());
    }
    for (const QString &id : std::as_const(ids))
        Context::out(id);
    if (invalid > 0)
        Context::message(Cli::tr("Imported %1 of %2 row(s) as drafts; %3 row(s) with problems were "
                                 "skipped (see above). The next sync sends the drafts.")
                             .arg(valid.size())
                             .arg(total)
                             .arg(invalid));
    else
        Context::message(Cli::tr("Imported %1 practice(s) as drafts; the next sync sends them.")
                             .arg(valid.size()));
    return invalid > 0 ? ExitInvalid : ExitOk;
}

} // namespace smec::cli
