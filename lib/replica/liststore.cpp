// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "liststore.h"

#include "ftsquerybuilder.h"
#include "kindtables.h"
#include "replicadatabase.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

const QString stateExpression =
    u"CASE WHEN EXISTS (SELECT 1 FROM conflicts c WHERE c.record_id = r.id) THEN 3"
    " WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = r.id AND o.state = 'rejected')"
    " THEN 2 WHEN r.local = 1 THEN 1 ELSE 0 END"_s;

RecordState stateFrom(int value)
{
    switch (value) {
    case 1:
        return RecordState::Pending;
    case 2:
        return RecordState::Rejected;
    case 3:
        return RecordState::Conflict;
    default:
        return RecordState::Synced;
    }
}

Error invalidFilter(const QString &message)
{
    return Error{u"invalid_filter"_s, message, {}};
}

/// An ORDER BY list with every term's direction turned round.
QString mirrored(const QString &order)
{
    QStringList terms = order.split(u", "_s);
    for (QString &term : terms)
        term = term.endsWith(u" DESC"_s) ? term.chopped(5) : term + u" DESC"_s;
    return terms.join(u", "_s);
}

QString likePattern(const QString &text)
{
    QString key = TextNormalizer::sortKey(text.simplified());
    key.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + key + u'%';
}

} // namespace

ListStore::ListStore(ReplicaDatabase &db)
    : m_db(db)
{}

Result<ListStore::Where> ListStore::where(const ListFilter &filter, const KindTable &table,
                                          const QString &withoutFacet)
{
    QStringList clauses;
    qsizetype maskClauses = 0;
    Where w;
    for (auto it = filter.facets.cbegin(); it != filter.facets.cend(); ++it) {
        if (it.value().isEmpty() || it.key() == withoutFacet)
            continue;
        const TypedColumn *column = table.facetColumn(it.key());
        if (!column)
            return invalidFilter(
                u"A %1 list has no facet \"%2\"."_s.arg(domain::kindName(table.kind), it.key()));
        if (column->source == ColumnSource::Mask) {
            clauses.append(u"(t.%1 & ?) != 0"_s.arg(column->name));
            ++maskClauses;
            w.binds.append(
                KindTables::mask(QJsonValue::fromVariant(it.value()), column->vocabulary));
        } else if (column->source == ColumnSource::CountryCodes) {
            QStringList any;
            for (const QString &value : it.value()) {
                any.append(u"instr(t.%1, ?) > 0"_s.arg(column->name));
                w.binds.append(QString(u" "_s + value.trimmed() + u" "_s));
            }
            clauses.append(u"("_s + any.join(u" OR "_s) + u")"_s);
        } else {
            QStringList marks;
            for (const QString &value : it.value()) {
                marks.append(u"?"_s);
                w.binds.append(value);
            }
            clauses.append(u"t.%1 IN (%2)"_s.arg(column->name, marks.join(u", "_s)));
        }
    }
    if ((filter.yearFrom || filter.yearTo) && withoutFacet != u"start_year"_s) {
        if (table.yearFromColumn.isEmpty())
            return invalidFilter(
                QCoreApplication::translate("smec::replica", "A %1 list has no year range.")
                    .arg(domain::kindName(table.kind)));
        if (filter.yearFrom) {
            clauses.append(u"COALESCE(t.%1, 9999) >= ?"_s.arg(table.yearToColumn));
            w.binds.append(*filter.yearFrom);
        }
        if (filter.yearTo) {
            clauses.append(u"t.%1 <= ?"_s.arg(table.yearFromColumn));
            w.binds.append(*filter.yearTo);
        }
    }
    if (!filter.text.trimmed().isEmpty()) {
        if (!table.ftsTable.isEmpty()) {
            const QString match = FtsQueryBuilder::build(filter.text);
            if (match.isEmpty()) {
                clauses.append(u"0"_s); // only separators typed: nothing can match
            } else {
                clauses.append(
                    u"t.rid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)"_s.arg(table.ftsTable));
                w.binds.append(match);
            }
        } else if (table.column(u"title_key"_s)) {
            clauses.append(u"t.title_key LIKE ? ESCAPE '\\'"_s);
            w.binds.append(likePattern(filter.text));
        }
    }
    if (!filter.threadId.isEmpty()) {
        if (!table.column(u"thread_id"_s))
            return invalidFilter(
                QCoreApplication::translate("smec::replica", "Only posts belong to a thread."));
        clauses.append(u"t.thread_id = ?"_s);
        w.binds.append(filter.threadId);
    }
    if (!filter.meetingId.isEmpty()) {
        if (!table.column(u"meeting_id"_s))
            return invalidFilter(
                QCoreApplication::translate("smec::replica", "A %1 list has no meeting filter.")
                    .arg(domain::kindName(table.kind)));
        clauses.append(u"t.meeting_id = ?"_s);
        w.binds.append(filter.meetingId);
    }
    if (filter.localEditsOnly)
        clauses.append(u"t.rid IN (SELECT rid FROM records WHERE local = 1)"_s);
    if (!filter.invitedCountry.isEmpty()) {
        if (!table.column(u"partners"_s))
            return invalidFilter(
                QCoreApplication::translate("smec::replica", "Only initiatives invite countries."));
        // The partner column narrows to the initiatives that list the country at all; its state
        // is read from the fields of those few.
        clauses.append(u"instr(t.partners, ?) > 0 AND EXISTS (SELECT 1 FROM records ir,"
                       " json_each(ir.fields, '$.partners') p WHERE ir.rid = t.rid"
                       " AND p.type = 'object' AND json_extract(p.value, '$.country') = ?"
                       " AND json_extract(p.value, '$.state') = 'invited')"_s);
        w.binds.append(QString(u" "_s + filter.invitedCountry + u" "_s));
        w.binds.append(filter.invitedCountry);
    }
    if (!clauses.isEmpty())
        w.sql = u" WHERE "_s + clauses.join(u" AND "_s);
    w.masksOnly = !clauses.isEmpty() && maskClauses == clauses.size();
    return w;
}

Result<QList<ListRow>> ListStore::list(const ListFilter &filter)
{
    const KindTable &table = KindTables::of(filter.kind);
    auto w = where(filter, table, {});
    if (!w)
        return w.error();

    QString order;
    QString join;
    QVariantList binds;
    const QString desc = filter.sortOrder == Qt::DescendingOrder ? u" DESC"_s : QString();
    if (!filter.sortColumn.isEmpty()) {
        const TypedColumn *column = table.column(filter.sortColumn);
        if (!column || column->source == ColumnSource::Mask)
            return invalidFilter(u"A %1 list cannot be sorted by \"%2\"."_s.arg(
                domain::kindName(table.kind), filter.sortColumn));
        const QString name = column->name == u"title"_s && table.column(u"title_key"_s)
                                 ? u"title_key"_s
                                 : column->name;
        order = u"t.%1%2, t.rid%2"_s.arg(name, desc);
    } else if (!filter.text.trimmed().isEmpty() && !table.ftsTable.isEmpty() &&
               !FtsQueryBuilder::build(filter.text).isEmpty()) {
        join = u" JOIN (SELECT rowid AS frid, rank AS frank FROM %1 WHERE %1 MATCH ?) f"
               " ON f.frid = t.rid"_s.arg(table.ftsTable);
        binds.append(FtsQueryBuilder::build(filter.text));
        order = u"f.frank, t.rid"_s;
    } else if (filter.kind == domain::Kind::Post) {
        order = u"t.created_at, t.rid"_s;
    } else {
        order = u"t.updated_at DESC, t.rid DESC"_s;
    }

    QStringList columns;
    for (const TypedColumn &c : table.columns)
        columns.append(u"t."_s + c.name);
    // The page is chosen on the typed table alone (its indexes cover the sort), then joined to
    // the records: a deep OFFSET must not visit the records rows it skips. Counted from the end,
    // the page walks the mirrored order (every term has the rid tie-breaker, and NULLs, first
    // ascending, come last descending), and the outer query puts it back in the list's order.
    const QString page = u"SELECT t.rid AS rid"_s + (join.isEmpty() ? QString() : u", f.frank"_s) +
                         u" FROM "_s + table.table + u" t"_s + join + w->sql + u" ORDER BY "_s +
                         (filter.fromEnd ? mirrored(order) : order) + u" LIMIT ? OFFSET ?"_s;
    QString outerOrder = order;
    outerOrder.replace(u"f.frank"_s, u"pg.frank"_s);
    const QString sql = u"SELECT r.id, r.rev, "_s + stateExpression + u", r.created_by, "_s +
                        columns.join(u", "_s) + (filter.withFields ? u", r.fields"_s : QString()) +
                        u" FROM ("_s + page + u") pg JOIN "_s + table.table +
                        u" t ON t.rid = pg.rid"
                        " JOIN records r ON r.rid = pg.rid ORDER BY "_s +
                        outerOrder;
    binds.append(w->binds);
    binds.append(filter.limit < 0 ? -1 : filter.limit);
    binds.append(std::max(0, filter.offset));
    auto q = m_db.runUncached(sql, binds);
    if (!q)
        return q.error();
    QList<ListRow> rows;
    const int first = 4;
    while (q->next()) {
        QSqlQuery &s = *q;
        ListRow row;
        row.id = s.value(0).toString();
        row.kind = filter.kind;
        row.rev = s.value(1).toLongLong();
        row.state = stateFrom(s.value(2).toInt());
        row.createdBy = s.value(3).toString();
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const TypedColumn &c = table.columns.at(i);
            const QVariant value = s.value(int(first + i));
            row.columns.insert(c.name,
                               c.source == ColumnSource::Mask
                                   ? QVariant(KindTables::unmask(value.toLongLong(), c.vocabulary))
                                   : value);
        }
        if (filter.withFields)
            row.fields = QJsonDocument::fromJson(
                             s.value(int(first + table.columns.size())).toString().toUtf8())
                             .object();
        rows.append(row);
    }
    q->finish();
    return rows;
}

Result<qint64> ListStore::count(const ListFilter &filter)
{
    const KindTable &table = KindTables::of(filter.kind);
    auto w = where(filter, table, {});
    if (!w)
        return w.error();
    auto q =
        m_db.runUncached(u"SELECT count(*) FROM "_s + table.table + u" t"_s + w->sql, w->binds);
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

Result<QMap<QString, int>> ListStore::countBy(const ListFilter &filter, const QString &by)
{
    const KindTable &table = KindTables::of(filter.kind);
    const TypedColumn *column = table.facetColumn(by);
    if (!column && by != u"title_key"_s) {
        const TypedColumn *named = table.column(by == u"meeting"_s ? u"meeting_id"_s : by);
        if (named && named->source == ColumnSource::Field)
            column = named;
    }
    if (!column)
        return invalidFilter(
            QCoreApplication::translate("smec::replica", "A %1 list cannot be counted by \"%2\".")
                .arg(domain::kindName(table.kind), by));
    auto w = where(filter, table, {});
    if (!w)
        return w.error();
    const QString sql =
        u"SELECT t.%1, count(*) FROM %2 t%3 GROUP BY t.%1"_s.arg(column->name, table.table, w->sql);
    auto q = m_db.runUncached(sql, w->binds);
    if (!q)
        return q.error();
    QMap<QString, int> counts;
    if (column->source == ColumnSource::Mask) {
        for (const QString &value : column->vocabulary)
            counts.insert(value, 0);
    }
    while (q->next()) {
        const int n = q->value(1).toInt();
        if (column->source == ColumnSource::CountryCodes) {
            // " RWA UGA ": each code counts the row once.
            const QStringList codes = q->value(0).toString().split(u' ', Qt::SkipEmptyParts);
            if (codes.isEmpty())
                counts[QString()] += n;
            for (const QString &code : codes)
                counts[code] += n;
            continue;
        }
        if (column->source != ColumnSource::Mask) {
            counts[q->value(0).isNull() ? QString() : q->value(0).toString()] += n;
            continue;
        }
        const qint64 bits = q->value(0).toLongLong();
        if (bits == 0)
            counts[QString()] += n;
        for (qsizetype i = 0; i < column->vocabulary.size(); ++i) {
            if (bits & (qint64(1) << i))
                counts[column->vocabulary.at(i)] += n;
        }
    }
    q->finish();
    return counts;
}

QStringList ListStore::countDimensions(domain::Kind kind)
{
    switch (kind) {
    case domain::Kind::Practice:
        return {u"pillar"_s,     u"region"_s,       u"country"_s,        u"status"_s,
                u"instrument"_s, u"target_group"_s, u"evidence_level"_s, u"start_year"_s};
    case domain::Kind::Commitment:
        return {u"status"_s, u"pillar"_s, u"country"_s, u"region"_s, u"meeting"_s};
    default:
        return {};
    }
}

QList<ValueCount> ListStore::ordered(const QMap<QString, int> &counts, const QString &by)
{
    QList<ValueCount> entries;
    entries.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.append({it.key(), it.value()});
    // The map is in value order already, so a stable sort keeps ties that way.
    if (by != u"start_year"_s) {
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const ValueCount &a, const ValueCount &b) { return a.count > b.count; });
    }
    return entries;
}

Result<void> ListStore::countValues(const QString &sql, const QVariantList &binds,
                                    QMap<QString, int> &into)
{
    auto q = m_db.runUncached(sql, binds);
    if (!q)
        return q.error();
    while (q->next())
        into.insert(q->value(0).toString(), q->value(1).toInt());
    q->finish();
    return {};
}

Result<FacetCounts> ListStore::facetCounts(const ListFilter &filter)
{
    const KindTable &table = KindTables::of(filter.kind);
    FacetCounts counts;
    // The total and the bitmask facets are counted from one GROUP BY over the mask columns
    // (a few hundred combinations, read from the covering index <table>_masks of schema v3)
    // whose bits are summed here, instead of one full scan per facet. Facets sharing the same
    // WHERE (a facet without a selection of its own sees the same rows as the total) share
    // that query.
    struct Scan
    {
        Where where;
        QList<const TypedColumn *> columns;
    };
    QList<Scan> scans;
    auto scanFor = [&scans](const Where &w) -> Scan & {
        for (Scan &scan : scans) {
            if (scan.where.sql == w.sql && scan.where.binds == w.binds)
                return scan;
        }
        scans.append(Scan{w, {}});
        return scans.last();
    };
    auto all = where(filter, table, {});
    if (!all)
        return all.error();
    scanFor(*all);
    for (const TypedColumn &column : table.columns) {
        if (column.facet.isEmpty() || column.source != ColumnSource::Mask)
            continue;
        auto w = where(filter, table, column.facet);
        if (!w)
            return w.error();
        scanFor(*w).columns.append(&column);
        QMap<QString, int> &values = counts.facets[column.facet];
        for (const QString &value : column.vocabulary)
            values.insert(value, 0);
    }
    for (qsizetype s = 0; s < scans.size(); ++s) {
        const Scan &scan = scans.at(s);
        QStringList names;
        for (const TypedColumn *column : scan.columns)
            names.append(u"t."_s + column->name);
        const QString sql = u"SELECT "_s + names.join(u", "_s) +
                            (names.isEmpty() ? QString() : u", "_s) + u"count(*) FROM "_s +
                            table.table + u" t"_s + scan.where.sql +
                            (names.isEmpty() ? QString() : u" GROUP BY "_s + names.join(u", "_s));
        auto q = m_db.runUncached(sql, scan.where.binds);
        if (!q)
            return q.error();
        const int countIndex = int(scan.columns.size());
        while (q->next()) {
            const int n = q->value(countIndex).toInt();
            if (s == 0)
                counts.total += n;
            for (qsizetype c = 0; c < scan.columns.size(); ++c) {
                const TypedColumn *column = scan.columns.at(c);
                const qint64 bits = q->value(int(c)).toLongLong();
                QMap<QString, int> &values = counts.facets[column->facet];
                for (qsizetype i = 0; i < column->vocabulary.size(); ++i) {
                    if (bits & (qint64(1) << i))
                        values[column->vocabulary.at(i)] += n;
                }
            }
        }
        q->finish();
    }
    // The other facets, and start_year without the year range. Each is a GROUP BY over its
    // covering index; but when a filter narrows the rows (facet selections, text), the facets
    // that see exactly the filtered rows are counted in one pass over those rows instead of
    // re-evaluating the filter (and its full-text match) once per facet.
    struct Plain
    {
        QString facet;
        QString column;
        Where where;
    };
    QList<Plain> plain;
    for (const TypedColumn &column : table.columns) {
        if (column.facet.isEmpty() || column.source == ColumnSource::Mask)
            continue;
        auto w = where(filter, table, column.facet);
        if (!w)
            return w.error();
        plain.append(Plain{column.facet, column.name, *w});
    }
    if (!table.yearFromColumn.isEmpty()) {
        auto w = where(filter, table, u"start_year"_s);
        if (!w)
            return w.error();
        plain.append(Plain{u"start_year"_s, table.yearFromColumn, *w});
    }
    QList<const Plain *> shared;
    if (!all->sql.isEmpty()) {
        for (const Plain &p : plain) {
            const TypedColumn *column = table.column(p.column);
            if (p.where.sql == all->sql && p.where.binds == all->binds &&
                !(column && column->source == ColumnSource::CountryCodes))
                shared.append(&p);
        }
        if (shared.size() < 2)
            shared.clear();
    }
    if (!shared.isEmpty()) {
        QStringList names;
        for (const Plain *p : shared)
            names.append(u"t."_s + p->column);
        auto q = m_db.runUncached(u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + table.table +
                                      u" t"_s + all->sql,
                                  all->binds);
        if (!q)
            return q.error();
        QList<QHash<QString, int>> tallies(shared.size());
        while (q->next()) {
            for (qsizetype i = 0; i < shared.size(); ++i) {
                const QVariant value = q->value(int(i));
                if (!value.isNull())
                    ++tallies[i][value.toString()];
            }
        }
        q->finish();
        for (qsizetype i = 0; i < shared.size(); ++i) {
            QMap<QString, int> &values = counts.facets[shared.at(i)->facet];
            for (auto it = tallies.at(i).cbegin(); it != tallies.at(i).cend(); ++it)
                values.insert(it.key(), it.value());
        }
    }
    for (const Plain &p : plain) {
        if (shared.contains(&p))
            continue;
        // With only bitmask conditions every row must be read anyway: one sequential scan of
        // the table beats walking the facet's index and fetching each row from it (twice as
        // fast at 100,000 practices).
        const QString sql = u"SELECT t.%1, count(*) FROM %2 t"_s.arg(p.column, table.table) +
                            (p.where.masksOnly ? u" NOT INDEXED"_s : QString()) + p.where.sql +
                            (p.where.sql.isEmpty() ? u" WHERE "_s : u" AND "_s) +
                            u"t.%1 IS NOT NULL GROUP BY t.%1"_s.arg(p.column);
        const TypedColumn *column = table.column(p.column);
        if (column && column->source == ColumnSource::CountryCodes) {
            // Each stored value lists several codes: count each code once per row.
            QMap<QString, int> lists;
            if (auto r = countValues(sql, p.where.binds, lists); !r)
                return r.error();
            QMap<QString, int> &values = counts.facets[p.facet];
            for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
                const QStringList codes = it.key().split(u' ', Qt::SkipEmptyParts);
                for (const QString &code : codes)
                    values[code] += it.value();
            }
            continue;
        }
        if (auto r = countValues(sql, p.where.binds, counts.facets[p.facet]); !r)
            return r.error();
    }
    return counts;
}

} // namespace smec::replica
