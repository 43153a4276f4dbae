// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "searchindex.h"

#include "ftsquerybuilder.h"
#include "replicadatabase.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

const QStringList &practiceColumns()
{
    static const QStringList columns{u"title"_s,   u"summary"_s, u"body"_s,
                                     u"results"_s, u"lessons"_s, u"tags"_s};
    return columns;
}

QString extractExpression(const QString &column, const QString &fields)
{
    if (column == u"tags"_s)
        return u"(SELECT group_concat(value, ' ') FROM json_each(%1, '$.tags'))"_s.arg(fields);
    return u"json_extract(%1, '$.%2')"_s.arg(fields, column);
}

// An initiative's text: milestones are indexed by their titles (objects only: a malformed
// entry is skipped rather than made to fail the statement).
QString initiativeExpression(const QString &column, const QString &fields)
{
    if (column == u"milestones"_s)
        return u"(SELECT group_concat(json_extract(value, '$.title'), ' ')"
               " FROM json_each(%1, '$.milestones') WHERE type = 'object')"_s.arg(fields);
    return u"json_extract(%1, '$.%2')"_s.arg(fields, column);
}

// Every indexed record is read into six text slots by one SELECT, whatever its kind (the
// catch-up after a first sync reads them all in one statement); each kind's FTS table takes
// some slots. Practices use all six, posts the body (slot 2), initiatives title, summary,
// description, outcomes and milestone titles (slots 0-4).
constexpr int slotCount = 6;

struct IndexedKind
{
    domain::Kind kind;
    QString name;        ///< records.kind
    QString fts;         ///< the FTS5 table
    QString typed;       ///< the typed table with the title, empty for posts
    QStringList columns; ///< the FTS columns, in slot order
    QList<int> slots;    ///< the slot each column is read from
    QByteArray insertSql;
};

QByteArray insertSqlOf(const QString &fts, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i <= columns.size(); ++i)
        marks.append(u"?"_s);
    return (u"INSERT INTO "_s + fts + u" (rowid, "_s + columns.join(u", "_s) + u") VALUES ("_s +
            marks.join(u", "_s) + u")"_s)
        .toUtf8();
}

const QList<IndexedKind> &indexedKinds()
{
    static const QList<IndexedKind> kinds = [] {
        QList<IndexedKind> list{
            {domain::Kind::Practice,
             u"practice"_s,
             u"practice_fts"_s,
             u"practices"_s,
             practiceColumns(),
             {0, 1, 2, 3, 4, 5},
             {}},
            {domain::Kind::Post, u"post"_s, u"post_fts"_s, {}, {u"body"_s}, {2}, {}},
            {domain::Kind::Initiative,
             u"initiative"_s,
             u"initiative_fts"_s,
             u"initiatives"_s,
             {u"title"_s, u"summary"_s, u"description"_s, u"outcomes"_s, u"milestones"_s},
             {0, 1, 2, 3, 4},
             {}},
        };
        for (IndexedKind &k : list)
            k.insertSql = insertSqlOf(k.fts, k.columns);
        return list;
    }();
    return kinds;
}

const IndexedKind *indexedKind(domain::Kind kind)
{
    for (const IndexedKind &k : indexedKinds()) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

const IndexedKind *indexedKind(QStringView name)
{
    for (const IndexedKind &k : indexedKinds()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

// For the catch-up's rows, without a QString per row.
const IndexedKind *indexedKind(const char *name)
{
    for (const IndexedKind &k : indexedKinds()) {
        if (name && k.name == QLatin1StringView(name))
            return &k;
    }
    return nullptr;
}

const IndexedKind &initiativeKind()
{
    return *indexedKind(domain::Kind::Initiative);
}

// The six slots of a record row whose JSON is `fields` and kind name is `kind`: practice and
// post text, or an initiative's where the two differ.
QString extractList(const QString &fields, const QString &kind)
{
    const IndexedKind &initiative = initiativeKind();
    QStringList parts;
    for (int slot = 0; slot < slotCount; ++slot) {
        const QString practice = extractExpression(practiceColumns().at(slot), fields);
        const qsizetype column = initiative.slots.indexOf(slot);
        const QString other =
            column < 0 ? u"NULL"_s : initiativeExpression(initiative.columns.at(column), fields);
        parts.append(practice == other ? practice
                                       : u"CASE %1 WHEN 'initiative' THEN %2 ELSE %3 END"_s.arg(
                                             kind, other, practice));
    }
    return parts.join(u", "_s);
}

// The kinds as an SQL list: ('practice', 'post', 'initiative').
QString kindList()
{
    QStringList names;
    for (const IndexedKind &k : indexedKinds())
        names.append(u"'"_s + k.name + u"'"_s);
    return u"("_s + names.join(u", "_s) + u")"_s;
}

} // namespace

SearchIndex::SearchIndex(ReplicaDatabase &db)
    : m_db(db)
{}

QStringList SearchIndex::schemaStatements()
{
    QStringList viewColumns;
    for (const QString &column : practiceColumns())
        viewColumns.append(TextNormalizer::sqlStripMarks(extractExpression(column, u"fields"_s)) +
                           u" AS "_s + column);
    return {
        u"CREATE TABLE fts_queue (rid INTEGER PRIMARY KEY)"_s,
        u"CREATE VIEW practice_text AS SELECT rid, "_s + viewColumns.join(u", "_s) +
            u" FROM records WHERE kind = 'practice'"_s,
        u"CREATE VIEW post_text AS SELECT rid, "_s +
            TextNormalizer::sqlStripMarks(u"json_extract(fields, '$.body')"_s) +
            u" AS body FROM records WHERE kind = 'post'"_s,
        u"CREATE VIRTUAL TABLE practice_fts USING fts5("
        "title, summary, body, results, lessons, tags,"
        " content='practice_text', content_rowid='rid',"
        " tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE VIRTUAL TABLE post_fts USING fts5(body,"
        " content='post_text', content_rowid='rid',"
        " tokenize='unicode61 remove_diacritics 2')"_s,
        // Title weighs most, then summary and tags.
        u"INSERT INTO practice_fts (practice_fts, rank)"
        " VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 1.0, 1.0, 3.0)')"_s,
    };
}

QStringList SearchIndex::initiativeSchemaStatements()
{
    const IndexedKind &initiative = initiativeKind();
    QStringList viewColumns;
    for (const QString &column : initiative.columns)
        viewColumns.append(
            TextNormalizer::sqlStripMarks(initiativeExpression(column, u"fields"_s)) + u" AS "_s +
            column);
    return {
        u"CREATE VIEW initiative_text AS SELECT rid, "_s + viewColumns.join(u", "_s) +
            u" FROM records WHERE kind = 'initiative'"_s,
        u"CREATE VIRTUAL TABLE initiative_fts USING fts5("
        "title, summary, description, outcomes, milestones,"
        " content='initiative_text', content_rowid='rid',"
        " tokenize='smec remove_diacritics 2')"_s,
        // Title weighs most, then summary and milestone titles.
        u"INSERT INTO initiative_fts (initiative_fts, rank)"
        " VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 1.0, 2.0)')"_s,
        // Initiatives already in the replica are indexed by the next catch-up.
        u"INSERT OR IGNORE INTO fts_queue (rid)"
        " SELECT rid FROM records WHERE kind = 'initiative' AND deleted = 0"_s,
    };
}

Result<QList<SearchHit>> SearchIndex::search(const QString &userText, const SearchOptions &options)
{
    const FtsQueryBuilder::Query query = FtsQueryBuilder::parse(userText);
    if (query.tokens.isEmpty() || options.limit <= 0)
        return QList<SearchHit>{};
    const int wanted = options.limit + std::max(0, options.offset);
    const bool both = !options.kind.has_value();
    // Stage 1 ranks (rowid and bm25 only, no text) per table; stage 2 fetches titles and
    // snippets for the page of winners only, so snippet() runs limit times, not limit per table.
    QList<Candidate> candidates;
    QHash<domain::Kind, QString> matches;
    for (const IndexedKind &indexed : indexedKinds()) {
        const domain::Kind kind = indexed.kind;
        if (!both && *options.kind != kind)
            continue;
        auto match = matchFor(kind, query);
        if (!match)
            return match.error();
        if (match->isEmpty())
            continue; // no indexed term starts with the prefix: nothing matches here
        matches.insert(kind, *match);
        if (auto r = rankTable(kind, *match, wanted, candidates); !r)
            return r.error();
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    const qsizetype from = std::min<qsizetype>(std::max(0, options.offset), candidates.size());
    candidates = candidates.mid(from, options.limit);
    QHash<qint64, SearchHit> details;
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        if (auto r = describe(it.key(), it.value(), candidates, details); !r)
            return r.error();
    }
    QList<SearchHit> hits;
    hits.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        auto it = details.constFind(c.rid);
        if (it == details.cend())
            continue;
        SearchHit hit = *it;
        hit.kind = c.kind;
        hit.rank = c.rank;
        hits.append(hit);
    }
    return hits;
}

QString SearchIndex::foldedPrefix(const QString &token)
{
    // unicode61 remove_diacritics 2 lower-cases and drops the marks of decomposable Latin
    // letters; Arabic letters (already folded by TextNormalizer) pass unchanged. Other scripts
    // keep FTS5's own prefix matching.
    const QString decomposed = token.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool arabic = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.unicode() >= 0x0621 && ch.unicode() <= 0x064A)
            arabic = true;
        else if (ch.unicode() >= 0x80)
            return {};
        folded.append(ch);
    }
    return arabic ? folded : folded.toLower();
}

Result<QString> SearchIndex::matchFor(domain::Kind kind, const FtsQueryBuilder::Query &query)
{
    if (!query.prefixLast)
        return FtsQueryBuilder::build(query);
    // A prefix query makes FTS5 merge the doclists of every term with that prefix into one
    // before it can start, and bm25 repeats that to count documents: 3-10 ms per table for a
    // common word. Listing the few matching terms from the vocabulary (one seek per term) and
    // OR-ing them reads the doclists incrementally instead.
    const QString prefix = foldedPrefix(query.tokens.last());
    if (prefix.size() < 3)
        return FtsQueryBuilder::build(query);
    const IndexedKind *indexed = indexedKind(kind);
    if (!indexed)
        return QString();
    if (!m_vocabularyReady) {
        for (const IndexedKind &k : indexedKinds()) {
            if (auto r = m_db.execOnce(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1_vocab"
                                       " USING fts5vocab(main, %1_fts, instance)"_s.arg(k.name));
                !r)
                return r.error();
        }
        m_vocabularyReady = true;
    }
    const QString vocabularySql =
        u"SELECT term FROM temp.%1_vocab WHERE term >= ? AND term < ? LIMIT 1"_s.arg(indexed->name);
    QString upper = prefix;
    upper.append(QChar(QChar::highSurrogate(0x10FFFF)));
    upper.append(QChar(QChar::lowSurrogate(0x10FFFF)));
    QStringList terms;
    QString from = prefix;
    while (terms.size() <= maxPrefixTerms) {
        auto q = m_db.run(vocabularySql, {from, upper});
        if (!q)
            return q.error();
        const bool found = (*q)->next();
        const QString term = found ? (*q)->value(0).toString() : QString();
        (*q)->finish();
        if (!found || !term.startsWith(prefix))
            break;
        terms.append(term);
        from = term + QChar(1); // the next term: U+0001 is never part of a token
    }
    if (terms.isEmpty()) {
        // Nothing starts with the prefix, unless the tokenizer folds this text differently
        // than foldedPrefix() does: let FTS5 decide.
        return FtsQueryBuilder::build(query);
    }
    if (terms.size() > maxPrefixTerms)
        return FtsQueryBuilder::build(query);
    return FtsQueryBuilder::build(query, terms);
}

Result<void> SearchIndex::rankTable(domain::Kind kind, const QString &match, int wanted,
                                    QList<Candidate> &candidates)
{
    const IndexedKind *indexed = indexedKind(kind);
    if (!indexed)
        return {};
    // bm25 costs 3-9 us per matching row; a word found in most of 100,000 documents would take
    // 100+ ms to rank. So only the most recently synced rankCandidates matches (highest rid)
    // are ranked: one walk down the doclist that stops there, computing bm25 on the way.
    const QString sql =
        u"SELECT rowid, rank FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?"_s.arg(
            indexed->fts);
    auto q = m_db.run(sql, {match, rankCandidates});
    if (!q)
        return q.error();
    QList<Candidate> ranked;
    while ((*q)->next())
        ranked.append(Candidate{(*q)->value(0).toLongLong(), (*q)->value(1).toDouble(), kind});
    (*q)->finish();
    // Ties keep the more recent record first (the walk's order).
    const qsizetype keep = std::min<qsizetype>(wanted, ranked.size());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    candidates.append(ranked.first(keep));
    return {};
}

Result<void> SearchIndex::describe(domain::Kind kind, const QString &match,
                                   const QList<Candidate> &candidates,
                                   QHash<qint64, SearchHit> &details)
{
    QJsonArray rids;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    for (const Candidate &c : candidates) {
        if (c.kind != kind)
            continue;
        rids.append(c.rid);
        low = std::min(low, c.rid);
        high = std::max(high, c.rid);
    }
    if (rids.isEmpty())
        return {};
    // The rowid range bounds the walk; the unary + keeps the IN list out of the FTS index
    // choice (an IN there would re-run the whole MATCH once per winner).
    const IndexedKind *indexed = indexedKind(kind);
    if (!indexed)
        return {};
    // Practices and initiatives take their title from their typed table.
    const QString titledSql =
        u"SELECT %1.rowid, r.id, t.title,"
        " snippet(%1, -1, char(2), char(3), '\u2026', 16)"
        " FROM %1 JOIN records r ON r.rid = %1.rowid"
        " LEFT JOIN %2 t ON t.rid = %1.rowid"
        " WHERE %1 MATCH ? AND %1.rowid BETWEEN ? AND ?"
        " AND +%1.rowid IN (SELECT value FROM json_each(?))"_s.arg(indexed->fts, indexed->typed);
    static const QString postSql = u"SELECT post_fts.rowid, r.id, th.title,"
                                   " snippet(post_fts, -1, char(2), char(3), '\u2026', 16)"
                                   " FROM post_fts JOIN records r ON r.rid = post_fts.rowid"
                                   " LEFT JOIN posts po ON po.rid = post_fts.rowid"
                                   " LEFT JOIN records tr ON tr.id = po.thread_id"
                                   " LEFT JOIN threads th ON th.rid = tr.rid"
                                   " WHERE post_fts MATCH ? AND post_fts.rowid BETWEEN ? AND ?"
                                   " AND +post_fts.rowid IN (SELECT value FROM json_each(?))"_s;
    const QString list = QString::fromUtf8(QJsonDocument(rids).toJson(QJsonDocument::Compact));
    auto q = m_db.run(kind == domain::Kind::Post ? postSql : titledSql, {match, low, high, list});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        SearchHit hit;
        hit.id = (*q)->value(1).toString();
        hit.title = (*q)->value(2).toString();
        hit.snippet = (*q)->value(3).toString();
        details.insert((*q)->value(0).toLongLong(), hit);
    }
    (*q)->finish();
    return {};
}

Result<void> SearchIndex::add(qint64 rid, domain::Kind kind)
{
    if (!indexedKind(kind))
        return {};
    if (m_deferred) {
        auto q = m_db.run(u"INSERT OR IGNORE INTO fts_queue (rid) VALUES (?)"_s, {rid});
        return q ? Result<void>() : Result<void>(q.error());
    }
    auto q = m_db.run(u"SELECT kind, "_s + extractList(u"fields"_s, u"kind"_s) +
                          u" FROM records WHERE rid = ? AND deleted = 0"_s,
                      {rid});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return {};
    const QString kindName = (*q)->value(0).toString();
    QStringList texts;
    for (int i = 1; i <= slotCount; ++i)
        texts.append((*q)->value(i).toString());
    (*q)->finish();
    return insertRow(rid, kindName, texts);
}

Result<void> SearchIndex::insertRow(qint64 rid, const QString &kind, const QStringList &texts)
{
    const IndexedKind *indexed = indexedKind(kind);
    if (!indexed)
        return {};
    auto q = m_db.prepared(QString::fromUtf8(indexed->insertSql));
    if (!q)
        return q.error();
    (*q)->bindValue(0, rid);
    for (qsizetype i = 0; i < indexed->slots.size(); ++i)
        (*q)->bindValue(int(i + 1), TextNormalizer::normalize(texts.at(indexed->slots.at(i))));
    return ReplicaDatabase::exec(**q, u"index "_s + kind);
}

Result<void> SearchIndex::remove(qint64 rid)
{
    auto dq = m_db.run(u"DELETE FROM fts_queue WHERE rid = ?"_s, {rid});
    if (!dq)
        return dq.error();
    if ((*dq)->numRowsAffected() > 0)
        return {};
    static const QString selectSql = u"SELECT kind, "_s + extractList(u"fields"_s, u"kind"_s) +
                                     u" FROM records WHERE rid = ? AND deleted = 0"
                                     " AND kind IN "_s +
                                     kindList();
    auto q = m_db.run(selectSql, {rid});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return {};
    const IndexedKind *indexed = indexedKind((*q)->value(0).toString());
    QStringList texts;
    for (int i = 1; i <= slotCount; ++i)
        texts.append(TextNormalizer::normalize((*q)->value(i).toString()));
    (*q)->finish();
    if (!indexed)
        return {};
    // External content: the index forgets a row only when given the exact text it indexed.
    QVariantList binds{rid};
    QStringList marks{u"?"_s};
    for (const int slot : indexed->slots) {
        binds.append(texts.at(slot));
        marks.append(u"?"_s);
    }
    auto r = m_db.run(u"INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', %3)"_s.arg(
                          indexed->fts, indexed->columns.join(u", "_s), marks.join(u", "_s)),
                      binds);
    return r ? Result<void>() : Result<void>(r.error());
}

namespace {

// Text as SQLite stores it (UTF-8), folded like TextNormalizer::normalize(): only text with
// Arabic-block letters (lead bytes 0xD8-0xDB) needs the round trip through QString.
QByteArray normalizedUtf8(const unsigned char *text, int bytes)
{
    const auto *begin = reinterpret_cast<const char *>(text);
    if (!begin)
        return QByteArray("");
    for (int i = 0; i < bytes; ++i) {
        if (text[i] >= 0xD8 && text[i] <= 0xDB)
            return TextNormalizer::normalize(QString::fromUtf8(begin, bytes)).toUtf8();
    }
    return QByteArray(begin, bytes);
}

} // namespace

Result<int> SearchIndex::catchUp(int batchSize)
{
    // The catch-up after a first sync indexes hundreds of thousands of records: UTF-8 from the
    // SELECT straight to the FTS insert, through the connection's own statements.
    static const QByteArray selectSql =
        (u"SELECT q.rid, r.kind, r.deleted, "_s + extractList(u"r.fields"_s, u"r.kind"_s) +
         u" FROM fts_queue q LEFT JOIN records r ON r.rid = q.rid ORDER BY q.rid LIMIT ?"_s)
            .toUtf8();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto select = m_db.rawStatement(selectSql.constData());
    if (!select)
        return select.error();
    struct Row
    {
        qint64 rid;
        const IndexedKind *kind;
        std::array<QByteArray, slotCount> texts;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(std::max(batchSize, 0)));
    qint64 last = -1;
    sqlite3_bind_int(*select, 1, batchSize);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(*select)) == SQLITE_ROW) {
        last = sqlite3_column_int64(*select, 0);
        if (sqlite3_column_type(*select, 1) == SQLITE_NULL || sqlite3_column_int(*select, 2) != 0)
            continue; // gone since it was queued
        const auto *kindText = reinterpret_cast<const char *>(sqlite3_column_text(*select, 1));
        const IndexedKind *kind = indexedKind(kindText);
        if (!kind)
            continue;
        Row row{last, kind, {}};
        for (int i = 0; i < slotCount; ++i)
            row.texts[size_t(i)] = normalizedUtf8(sqlite3_column_text(*select, 3 + i),
                                                  sqlite3_column_bytes(*select, 3 + i));
        rows.push_back(std::move(row));
    }
    sqlite3_reset(*select);
    sqlite3_clear_bindings(*select);
    if (rc != SQLITE_DONE)
        return Error{
            u"database_error"_s,
            QCoreApplication::translate("smec::replica", "Local database error (index queue)."),
            {}};
    if (last < 0)
        return 0;
    for (const Row &row : rows) {
        auto insert = m_db.rawStatement(row.kind->insertSql.constData());
        if (!insert)
            return insert.error();
        sqlite3_bind_int64(*insert, 1, row.rid);
        for (qsizetype i = 0; i < row.kind->slots.size(); ++i) {
            const QByteArray &text = row.texts[size_t(row.kind->slots.at(i))];
            sqlite3_bind_text(*insert, int(i) + 2, text.constData(), int(text.size()),
                              SQLITE_STATIC);
        }
        if (auto r = m_db.stepRaw(*insert, u"index "_s + row.kind->name); !r)
            return r.error();
    }
    auto del = m_db.run(u"DELETE FROM fts_queue WHERE rid <= ?"_s, {last});
    if (!del)
        return del.error();
    const int taken = (*del)->numRowsAffected();
    if (auto r = tx.commit(); !r)
        return r.error();
    return taken;
}

Result<qint64> SearchIndex::catchUpAll(int batchSize)
{
    CatchUpAll how;
    how.batchSize = batchSize;
    return catchUpAll(how);
}

Result<void> SearchIndex::setAutomerge(int level)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    for (const IndexedKind &k : indexedKinds()) {
        const QString sql = u"INSERT INTO %1 (%1, rank) VALUES ('automerge', %2)"_s.arg(
            k.fts, QString::number(level));
        if (auto r = m_db.execOnce(sql); !r)
            return r;
    }
    return tx.commit();
}

Result<qint64> SearchIndex::catchUpAll(const CatchUpAll &how)
{
    bool bulk = false;
    if (how.bulkMerging) {
        auto pending = pendingCount();
        if (!pending)
            return pending.error();
        bulk = *pending >= optimizeAfter;
    }
    if (bulk) {
        if (auto r = setAutomerge(0); !r)
            return r.error();
    }
    auto indexed = catchUpQueue(how);
    // Also after an error or a stop: back to FTS5's default merging for everyday edits. (A kill
    // in between leaves it off, which only means merging by 'crisismerge' until the next bulk.)
    if (bulk) {
        if (auto r = setAutomerge(defaultAutomerge); !r && indexed)
            return r.error();
    }
    return indexed;
}

Result<qint64> SearchIndex::catchUpQueue(const CatchUpAll &how)
{
    qint64 indexed = 0;
    for (;;) {
        auto r = catchUp(how.batchSize);
        if (!r)
            return r.error();
        if (*r == 0)
            break;
        indexed += *r;
        if (how.afterBatch && !how.afterBatch(indexed))
            return indexed;
    }
    if (how.optimizeIfLarge && indexed >= optimizeAfter) {
        if (auto r = optimize(); !r)
            return r.error();
    }
    return indexed;
}

Result<void> SearchIndex::optimize()
{
    // One statement (one transaction) per table, so a writer waits for one table at most.
    for (const IndexedKind &k : indexedKinds()) {
        if (auto r = m_db.execOnce(u"INSERT INTO %1 (%1) VALUES ('optimize')"_s.arg(k.fts)); !r)
            return r;
    }
    return {};
}

Result<bool> SearchIndex::isComplete()
{
    // One seek, not a count: asked before every search while a first sync indexes.
    auto q = m_db.run(u"SELECT EXISTS (SELECT 1 FROM fts_queue)"_s);
    if (!q)
        return q.error();
    const bool queued = (*q)->next() && (*q)->value(0).toInt() != 0;
    (*q)->finish();
    return !queued;
}

Result<qint64> SearchIndex::pendingCount()
{
    auto q = m_db.run(u"SELECT count(*) FROM fts_queue"_s);
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

Result<void> SearchIndex::rebuild()
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QStringList statements;
    for (const IndexedKind &k : indexedKinds())
        statements.append(u"INSERT INTO %1 (%1) VALUES ('delete-all')"_s.arg(k.fts));
    statements.append(u"INSERT OR IGNORE INTO fts_queue (rid) SELECT rid FROM records"
                      " WHERE deleted = 0 AND kind IN "_s +
                      kindList());
    for (const QString &sql : std::as_const(statements)) {
        if (auto r = m_db.execOnce(sql); !r)
            return r;
    }
    return tx.commit();
}

} // namespace smec::replica
