// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordmarkdown.h"

#include "domain/initiative.h"

#include "displaytext.h"
#include "domain/referencedata.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace smec::models {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    if (value.isString())
        out.append(value.toString());
    return out;
}

QString number(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QLocale().toString(qint64(value.toDouble()));
}

/// One "| label | value |" row; skipped when the value is empty.
void row(QString &out, const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    out += u"| "_s + RecordMarkdown::escape(label) + u" | "_s + value + u" |\n"_s;
}

void section(QString &out, const QString &h, const QString &title, const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return;
    out += u"\n"_s + h + u"# "_s + RecordMarkdown::escape(title) + u"\n\n"_s + markdown.trimmed() +
           u"\n"_s;
}

QString tableHead()
{
    return u"\n| "_s + RecordMarkdown::escape(RecordMarkdown::tr("About")) + u" | |\n|---|---|\n"_s;
}

QString year(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : QString();
}

} // namespace

int RecordMarkdown::markdownFeatures()
{
    return int(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
}

void RecordMarkdown::setDocumentMarkdown(QTextDocument &document, const QString &markdown)
{
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(markdownFeatures()));
    // Collect first: changing a fragment's format while iterating invalidates the iterator.
    QList<std::pair<int, int>> toItalic;
    QList<std::pair<int, int>> toUpright;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const bool underlined = format.fontUnderline() && !format.isAnchor();
            if (!underlined && !format.fontItalic())
                continue;
            const std::pair range{fragment.position(), fragment.length()};
            if (isRightToLeftScript(fragment.text()))
                toUpright.append(range);
            else if (underlined)
                toItalic.append(range);
        }
    }
    const auto merge = [&document](const QList<std::pair<int, int>> &ranges, bool italic) {
        QTextCharFormat format;
        format.setFontUnderline(false);
        format.setFontItalic(italic);
        for (const auto &[position, length] : ranges) {
            QTextCursor cursor(&document);
            cursor.setPosition(position);
            cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    };
    merge(toItalic, true);
    // Arabic (and Hebrew) typography has no italics, and fonts rarely carry slanted Arabic
    // glyphs: an italic Arabic summary came out as empty boxes. Emphasis there stays upright.
    merge(toUpright, false);
}

bool RecordMarkdown::isRightToLeftScript(QStringView text)
{
    for (const QChar c : text) {
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            return true;
    }
    return false;
}

QString RecordMarkdown::escape(const QString &plain)
{
    static const QString specials = u"\\`*_{}[]()<>#+-.!|~&"_s;
    QString out;
    out.reserve(plain.size() + 8);
    for (const QChar c : plain) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            out += u' ';
            continue;
        }
        if (specials.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString RecordMarkdown::safeLink(const QString &title, const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString text = escape(title.isEmpty() ? url : title);
    if (!u.isValid() || (u.scheme() != u"http"_s && u.scheme() != u"https"_s) || u.host().isEmpty())
        return text;
    QString encoded = QString::fromUtf8(u.toEncoded());
    encoded.replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
    return u"["_s + text + u"]("_s + encoded + u")"_s;
}

QString RecordMarkdown::render(const domain::Record &record, const domain::ReferenceData *reference,
                               int headingLevel)
{
    const QString h = QString(qBound(1, headingLevel, 4), u'#');
    if (record.deleted)
        return h + u" "_s + escape(tr("This record was deleted.")) + u"\n"_s;
    switch (record.kind) {
    case domain::Kind::Practice:
        return practice(record, reference, h);
    case domain::Kind::Thread:
        return thread(record, h);
    case domain::Kind::Post:
        return post(record, reference);
    case domain::Kind::Meeting:
        return meeting(record, reference, h);
    case domain::Kind::Commitment:
        return commitment(record, reference, h);
    case domain::Kind::Initiative:
        return initiative(record, reference, h);
    }
    return {};
}

QString RecordMarkdown::practice(const domain::Record &r, const domain::ReferenceData *ref,
                                 const QString &h)
{
    const QJsonObject &f = r.fields;
    const auto kind = domain::Kind::Practice;
    QString title = f.value(u"title"_s).toString();
    if (title.trimmed().isEmpty())
        title = tr("Untitled practice");
    QString out = h + u" "_s + escape(title) + u"\n"_s;
    const QString summary = f.value(u"summary"_s).toString();
    if (!summary.trimmed().isEmpty())
        out += u"\n*"_s + escape(summary) + u"*\n"_s;

    QString table = tableHead();
    const int before = int(table.size());
    row(table, tr("Reference"), escape(f.value(u"ref_code"_s).toString()));
    row(table, tr("Country"), escape(DisplayText::country(ref, f.value(u"country"_s).toString())));
    row(table, tr("Pillars"),
        escape(DisplayText::options(kind, u"pillars"_s, strings(f.value(u"pillars"_s)))));
    row(table, tr("Status"),
        escape(DisplayText::option(kind, u"status"_s, f.value(u"status"_s).toString(u"draft"_s))));
    row(table, tr("Instrument"),
        escape(DisplayText::option(kind, u"instrument"_s, f.value(u"instrument"_s).toString())));
    row(table, tr("Target groups"),
        escape(
            DisplayText::options(kind, u"target_groups"_s, strings(f.value(u"target_groups"_s)))));
    row(table, tr("Implementing organisation"), escape(f.value(u"implementing_org"_s).toString()));
    const QString start = year(f.value(u"start_year"_s));
    const QString end = year(f.value(u"end_year"_s));
    row(table, tr("Years"),
        start.isEmpty() ? QString()
        : end.isEmpty() ? tr("since %1").arg(start)
                        : tr("%1 to %2", "years").arg(start, end));
    const QString budget = number(f.value(u"budget_usd"_s));
    row(table, tr("Budget"), budget.isEmpty() ? QString() : escape(tr("USD %1").arg(budget)));
    row(table, tr("Beneficiaries"), number(f.value(u"beneficiaries"_s)));
    row(table, tr("Evidence"),
        escape(DisplayText::option(kind, u"evidence_level"_s,
                                   f.value(u"evidence_level"_s).toString())));
    row(table, tr("Tags"), escape(QLocale().createSeparatedList(strings(f.value(u"tags"_s)))));
    row(table, tr("Language"), escape(f.value(u"language"_s).toString()));
    if (table.size() > before)
        out += table;

    const QString note = f.value(u"review_note"_s).toString();
    if (!note.trimmed().isEmpty())
        out += u"\n> **"_s + escape(tr("Review note:")) + u"** "_s + escape(note) + u"\n"_s;

    section(out, h, tr("The policy and how it was implemented"), f.value(u"body"_s).toString());
    section(out, h, tr("Results and evidence"), f.value(u"results"_s).toString());
    section(out, h, tr("Lessons learned"), f.value(u"lessons"_s).toString());

    const QJsonArray sources = f.value(u"sources"_s).toArray();
    if (!sources.isEmpty()) {
        out += u"\n"_s + h + u"# "_s + escape(tr("Sources")) + u"\n\n"_s;
        for (const QJsonValue &s : sources) {
            const QJsonObject o = s.toObject();
            out += u"- "_s +
                   safeLink(o.value(u"title"_s).toString(), o.value(u"url"_s).toString()) + u"\n"_s;
        }
    }
    return out;
}

QString RecordMarkdown::thread(const domain::Record &r, const QString &h)
{
    const QJsonObject &f = r.fields;
    const auto kind = domain::Kind::Thread;
    QString out = h + u" "_s + escape(f.value(u"title"_s).toString()) + u"\n"_s;
    QString table = tableHead();
    row(table, tr("Type"),
        escape(DisplayText::option(kind, u"kind"_s, f.value(u"kind"_s).toString())));
    row(table, tr("Pillars"),
        escape(DisplayText::options(kind, u"pillars"_s, strings(f.value(u"pillars"_s)))));
    row(table, tr("Status"),
        escape(DisplayText::option(kind, u"status"_s, f.value(u"status"_s).toString())));
    out += table;
    return out;
}

QString RecordMarkdown::post(const domain::Record &r, const domain::ReferenceData *ref)
{
    const QJsonObject &f = r.fields;
    QString out;
    const QString author =
        r.createdBy.isEmpty() ? tr("You") : (ref ? ref->userDisplayName(r.createdBy) : r.createdBy);
    const QString when = r.createdAt.isValid()
                             ? QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("not sent yet");
    out += u"**"_s + escape(author) + u"** · "_s + escape(when) + u"\n\n"_s;
    if (f.value(u"hidden"_s).toBool()) {
        out +=
            u"> "_s +
            escape(
                tr("Hidden by the secretariat: %1").arg(f.value(u"hidden_reason"_s).toString())) +
            u"\n\n"_s;
    }
    out += f.value(u"body"_s).toString().trimmed() + u"\n"_s;
    return out;
}

QString RecordMarkdown::meeting(const domain::Record &r, const domain::ReferenceData *ref,
                                const QString &h)
{
    const QJsonObject &f = r.fields;
    const auto kind = domain::Kind::Meeting;
    QString out = h + u" "_s + escape(f.value(u"title"_s).toString()) + u"\n"_s;
    QString table = tableHead();
    row(table, tr("Type"),
        escape(DisplayText::option(kind, u"kind"_s, f.value(u"kind"_s).toString())));
    const QString starts = f.value(u"starts_on"_s).toString();
    const QString ends = f.value(u"ends_on"_s).toString();
    row(table, tr("Dates"),
        escape(ends.isEmpty() || ends == starts ? starts
                                                : tr("%1 to %2", "dates").arg(starts, ends)));
    const QString host = DisplayText::country(ref, f.value(u"host_country"_s).toString());
    const QString city = f.value(u"city"_s).toString();
    row(table, tr("Where"),
        escape(city.isEmpty() ? host : tr("%1, %2", "city, country").arg(city, host)));
    row(table, tr("Mode"),
        escape(DisplayText::option(kind, u"mode"_s, f.value(u"mode"_s).toString())));
    row(table, tr("Pillars"),
        escape(DisplayText::options(kind, u"pillars"_s, strings(f.value(u"pillars"_s)))));
    QStringList participants;
    for (const QString &c : strings(f.value(u"participants"_s)))
        participants.append(DisplayText::country(ref, c));
    row(table, tr("Participants"), escape(QLocale().createSeparatedList(participants)));
    out += table;
    section(out, h, tr("Agenda"), f.value(u"agenda"_s).toString());
    section(out, h, tr("Outcomes"), f.value(u"outcomes"_s).toString());
    return out;
}

QString RecordMarkdown::commitment(const domain::Record &r, const domain::ReferenceData *ref,
                                   const QString &h)
{
    const QJsonObject &f = r.fields;
    const auto kind = domain::Kind::Commitment;
    QString out = h + u" "_s + escape(f.value(u"title"_s).toString()) + u"\n"_s;
    QString table = tableHead();
    row(table, tr("Country"), escape(DisplayText::country(ref, f.value(u"country"_s).toString())));
    row(table, tr("Pillar"),
        escape(DisplayText::option(kind, u"pillar"_s, f.value(u"pillar"_s).toString())));
    row(table, tr("Status"),
        escape(DisplayText::option(kind, u"status"_s, f.value(u"status"_s).toString())));
    row(table, tr("Deadline"), escape(f.value(u"deadline"_s).toString()));
    row(table, tr("Target"), escape(f.value(u"target"_s).toString()));
    out += table;
    section(out, h, tr("Description"), f.value(u"description"_s).toString());
    section(out, h, tr("Progress"), f.value(u"progress_note"_s).toString());
    return out;
}

QString RecordMarkdown::initiative(const domain::Record &r, const domain::ReferenceData *ref,
                                   const QString &h)
{
    const QJsonObject &f = r.fields;
    const auto kind = domain::Kind::Initiative;
    QString out = h + u" "_s + escape(f.value(u"title"_s).toString()) + u"\n"_s;
    QString table = tableHead();
    row(table, tr("Lead country"),
        escape(DisplayText::country(ref, f.value(u"lead_country"_s).toString())));
    row(table, tr("Type"),
        escape(DisplayText::option(kind, u"kind"_s, f.value(u"kind"_s).toString())));
    row(table, tr("Status"),
        escape(DisplayText::option(kind, u"status"_s, domain::Initiative::status(f))));
    row(table, tr("Pillars"),
        escape(DisplayText::options(kind, u"pillars"_s, strings(f.value(u"pillars"_s)))));
    row(table, tr("Starts on"), escape(f.value(u"starts_on"_s).toString()));
    row(table, tr("Ends on"), escape(f.value(u"ends_on"_s).toString()));
    out += table;
    section(out, h, tr("Summary"), f.value(u"summary"_s).toString());
    const QList<domain::InitiativePartner> partners = domain::Initiative::partners(f);
    if (!partners.isEmpty()) {
        out += u"\n"_s + h + u"# "_s + escape(tr("Partners")) + u"\n\n"_s;
        for (const domain::InitiativePartner &p : partners)
            out += u"- "_s +
                   escape(tr("%1 (%2)").arg(DisplayText::country(ref, p.country),
                                            DisplayText::option(kind, u"partners"_s, p.state))) +
                   u"\n"_s;
    }
    const QJsonArray milestones = f.value(u"milestones"_s).toArray();
    if (!milestones.isEmpty()) {
        qsizetype done = 0;
        for (const QJsonValue &m : milestones)
            done += m.toObject().value(u"done"_s).toBool() ? 1 : 0;
        out += u"\n"_s + h + u"# "_s +
               escape(tr("Milestones (%1 of %2 done)").arg(done).arg(milestones.size())) +
               u"\n\n"_s;
        for (const QJsonValue &m : milestones) {
            const QJsonObject milestone = m.toObject();
            const QString due = milestone.value(u"due"_s).toString();
            QString line = escape(milestone.value(u"title"_s).toString());
            if (!due.isEmpty())
                line = tr("%1 (due %2)").arg(line, escape(due));
            out +=
                (milestone.value(u"done"_s).toBool() ? u"- [x] "_s : u"- [ ] "_s) + line + u"\n"_s;
        }
    }
    section(out, h, tr("Description"), f.value(u"description"_s).toString());
    section(out, h, tr("Outcomes"), f.value(u"outcomes"_s).toString());
    return out;
}

} // namespace smec::models
