// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordexporter.h"

#include "csvwriter.h"
#include "domain/fieldschema.h"
#include "models/recordmarkdown.h"
#include "pdfexporter.h"
#include "replica/replica.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace smec::exporting {

RecordExporter::RecordExporter(replica::Replica &replica, const domain::ReferenceData &reference)
    : m_replica(replica)
    , m_reference(reference)
{}

QString RecordExporter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Markdown:
        return u"md"_s;
    case Format::Csv:
        return u"csv"_s;
    }
    return {};
}

Result<QList<domain::Record>> RecordExporter::collect(const replica::ListFilter &filter,
                                                      const QStringList &ids)
{
    QList<domain::Record> records;
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            auto r = m_replica.records().get(id);
            if (!r)
                return r.error();
            if (r->has_value() && !(*r)->deleted)
                records.append(**r);
        }
        return records;
    }
    replica::ListFilter page = filter;
    page.limit = 500;
    page.offset = 0;
    for (;;) {
        auto rows = m_replica.lists().list(page);
        if (!rows)
            return rows.error();
        for (const replica::ListRow &row : std::as_const(*rows)) {
            auto r = m_replica.records().get(row.id);
            if (r && r->has_value())
                records.append(**r);
        }
        if (rows->size() < page.limit)
            break;
        page.offset += page.limit;
    }
    return records;
}

namespace {
// The cover title of a PDF of records of `kind`.
QString pdfTitle(domain::Kind kind)
{
    switch (kind) {
    case domain::Kind::Practice:
        return RecordExporter::tr("SME policy practices");
    case domain::Kind::Thread:
        return RecordExporter::tr("Discussions");
    case domain::Kind::Post:
        return RecordExporter::tr("Discussion posts");
    case domain::Kind::Meeting:
        return RecordExporter::tr("Meetings");
    case domain::Kind::Commitment:
        return RecordExporter::tr("Commitments");
    case domain::Kind::Initiative:
        return RecordExporter::tr("Joint initiatives");
    }
    return {};
}

PdfExporter pdfFor(const QList<domain::Record> &records, const domain::ReferenceData &reference,
                   QDate date, domain::Kind kind)
{
    PdfExporter pdf;
    pdf.setDate(date);
    pdf.setTitle(pdfTitle(records.isEmpty() ? kind : records.first().kind));
    pdf.setSubtitle(
        RecordExporter::tr("%Ln record(s) from the Global SME Ministerial Community Platform",
                           nullptr, int(records.size())));
    for (const domain::Record &r : records) {
        QString body = models::RecordMarkdown::render(r, &reference, 2);
        // The exporter numbers and titles the section itself: drop the record's own heading.
        const qsizetype firstBreak = body.indexOf(u'\n');
        body = firstBreak >= 0 ? body.mid(firstBreak + 1) : QString();
        pdf.addSection({r.fields.value(u"title"_s).toString(), body});
    }
    return pdf;
}
} // namespace

Result<QString> RecordExporter::pdfHtml(const replica::ListFilter &filter, const QStringList &ids)
{
    auto collected = collect(filter, ids);
    if (!collected)
        return collected.error();
    return pdfFor(*collected, m_reference, m_exportDate, filter.kind).html();
}

namespace {

// One item of a list field in a CSV cell: a source by its address, an initiative's partner as
// `RWA:joined`, a milestone as `[x] Title (2026-06-30)`.
QString csvItem(const domain::FieldSpec &spec, const QJsonValue &item)
{
    if (!item.isObject())
        return item.toVariant().toString();
    const QJsonObject o = item.toObject();
    if (spec.type == domain::FieldType::Partners)
        return o.value(u"country"_s).toString() + u':' + o.value(u"state"_s).toString();
    if (spec.type == domain::FieldType::Milestones) {
        const QString due = o.value(u"due"_s).toString();
        return (o.value(u"done"_s).toBool() ? u"[x] "_s : u"[ ] "_s) +
               o.value(u"title"_s).toString() +
               (due.isEmpty() ? QString() : u" ("_s + due + u")"_s);
    }
    return o.value(u"url"_s).toString();
}

} // namespace

Result<int> RecordExporter::exportTo(Format format, const QString &path,
                                     const replica::ListFilter &filter, const QStringList &ids)
{
    auto collected = collect(filter, ids);
    if (!collected)
        return collected.error();
    const QList<domain::Record> &records = *collected;
    const domain::Kind kind = records.isEmpty() ? filter.kind : records.first().kind;

    if (format == Format::Pdf) {
        const PdfExporter pdf = pdfFor(records, m_reference, m_exportDate, kind);
        if (auto w = pdf.write(path); !w)
            return w.error();
        return int(records.size());
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            u"write_failed"_s, tr("Could not write %1: %2").arg(path, file.errorString()), {}};
    if (format == Format::Markdown) {
        QString text;
        for (const domain::Record &r : records)
            text += models::RecordMarkdown::render(r, &m_reference, 1) + u"\n---\n\n"_s;
        file.write(text.toUtf8());
    } else {
        CsvWriter csv(&file);
        QStringList header{u"id"_s};
        const QList<domain::FieldSpec> &specs = domain::FieldSchema::fields(kind);
        for (const domain::FieldSpec &spec : specs)
            header.append(spec.name);
        csv.writeRow(header);
        for (const domain::Record &r : records) {
            QStringList cells{r.id};
            for (const domain::FieldSpec &spec : specs) {
                const QJsonValue v = r.fields.value(spec.name);
                if (v.isArray()) {
                    QStringList items;
                    const QJsonArray array = v.toArray();
                    for (const QJsonValue &item : array)
                        items.append(csvItem(spec, item));
                    cells.append(items.join(u"; "_s));
                } else if (v.isDouble()) {
                    cells.append(QString::number(v.toDouble(), 'g', 15));
                } else {
                    cells.append(v.toVariant().toString());
                }
            }
            if (!csv.writeRow(cells))
                return Error{u"write_failed"_s,
                             tr("Could not write %1: %2").arg(path, file.errorString()),
                             {}};
        }
    }
    if (!file.commit())
        return Error{
            u"write_failed"_s, tr("Could not write %1: %2").arg(path, file.errorString()), {}};
    return int(records.size());
}

} // namespace smec::exporting
