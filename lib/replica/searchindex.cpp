#include "searchindex.h"

#include "ftsquerybuilder.h"
#include "replicadatabase.h"
#include "textnormalizer.h"

#include <algorithm>

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

// Practices: title, summary, body, results, lessons, tags; posts use the body only.
QString extractList(const QString &fields)
{
    QStringList parts;
    for (const QString &column : practiceColumns())
        parts.append(extractExpression(column, fields));
    return parts.join(u", "_s);
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

Result<QList<SearchHit>> SearchIndex::search(const QString &userText, const SearchOptions &options)
{
    QList<SearchHit> hits;
    const QString match = FtsQueryBuilder::build(userText);
    if (match.isEmpty() || options.limit <= 0)
        return hits;
    const int wanted = options.limit + std::max(0, options.offset);
    const bool both = !options.kind.has_value();
    if (both || *options.kind == domain::Kind::Practice) {
        if (auto r = searchTable(domain::Kind::Practice, match, wanted, hits); !r)
            return r.error();
    }
    if (both || *options.kind == domain::Kind::Post) {
        if (auto r = searchTable(domain::Kind::Post, match, wanted, hits); !r)
            return r.error();
    }
    if (both)
        std::stable_sort(hits.begin(), hits.end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    const qsizetype from = std::min<qsizetype>(std::max(0, options.offset), hits.size());
    return hits.mid(from, options.limit);
}

Result<void> SearchIndex::searchTable(domain::Kind kind, const QString &match, int limit,
                                      QList<SearchHit> &hits)
{
    const bool practice = kind == domain::Kind::Practice;
    const QString fts = practice ? u"practice_fts"_s : u"post_fts"_s;
    // bm25 costs about 2 us per matching row; a word found in most of 100,000 documents would
    // take 100+ ms to rank. So rank at most rankCandidates matches: the most recently synced
    // ones (highest rid). Walking the doclist to find that boundary costs no ranking.
    qint64 fromRid = 0;
    auto boundary = m_db.run(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC"
                             " LIMIT 1 OFFSET ?"_s.arg(fts),
                             {match, rankCandidates - 1});
    if (!boundary)
        return boundary.error();
    if ((*boundary)->next())
        fromRid = (*boundary)->value(0).toLongLong();
    (*boundary)->finish();

    static const QString practiceSql =
        u"SELECT r.id, p.title,"
        " snippet(practice_fts, -1, char(2), char(3), '\u2026', 16), practice_fts.rank"
        " FROM practice_fts JOIN records r ON r.rid = practice_fts.rowid"
        " LEFT JOIN practices p ON p.rid = practice_fts.rowid"
        " WHERE practice_fts MATCH ? AND practice_fts.rowid >= ?"
        " ORDER BY practice_fts.rank LIMIT ?"_s;
    static const QString postSql =
        u"SELECT r.id, th.title,"
        " snippet(post_fts, -1, char(2), char(3), '\u2026', 16), post_fts.rank"
        " FROM post_fts JOIN records r ON r.rid = post_fts.rowid"
        " LEFT JOIN posts po ON po.rid = post_fts.rowid"
        " LEFT JOIN records tr ON tr.id = po.thread_id"
        " LEFT JOIN threads th ON th.rid = tr.rid"
        " WHERE post_fts MATCH ? AND post_fts.rowid >= ?"
        " ORDER BY post_fts.rank LIMIT ?"_s;
    auto q = m_db.run(practice ? practiceSql : postSql, {match, fromRid, limit});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        SearchHit hit;
        hit.id = (*q)->value(0).toString();
        hit.kind = kind;
        hit.title = (*q)->value(1).toString();
        hit.snippet = (*q)->value(2).toString();
        hit.rank = (*q)->value(3).toDouble();
        hits.append(hit);
    }
    (*q)->finish();
    return {};
}

Result<void> SearchIndex::add(qint64 rid, domain::Kind kind)
{
    if (kind != domain::Kind::Practice && kind != domain::Kind::Post)
        return {};
    if (m_deferred) {
        auto q = m_db.run(u"INSERT OR IGNORE INTO fts_queue (rid) VALUES (?)"_s, {rid});
        return q ? Result<void>() : Result<void>(q.error());
    }
    auto q = m_db.run(u"SELECT kind, "_s + extractList(u"fields"_s) +
                          u" FROM records WHERE rid = ? AND deleted = 0"_s,
                      {rid});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return {};
    const QString kindName = (*q)->value(0).toString();
    QStringList texts;
    for (int i = 1; i <= 6; ++i)
        texts.append((*q)->value(i).toString());
    (*q)->finish();
    return insertRow(rid, kindName, texts);
}

Result<void> SearchIndex::insertRow(qint64 rid, const QString &kind, const QStringList &texts)
{
    if (kind == u"practice"_s) {
        auto q = m_db.prepared(u"INSERT INTO practice_fts"
                               " (rowid, title, summary, body, results, lessons, tags)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!q)
            return q.error();
        (*q)->bindValue(0, rid);
        for (int i = 0; i < 6; ++i)
            (*q)->bindValue(i + 1, TextNormalizer::normalize(texts.at(i)));
        return ReplicaDatabase::exec(**q, u"index practice"_s);
    }
    if (kind == u"post"_s) {
        auto q = m_db.prepared(u"INSERT INTO post_fts (rowid, body) VALUES (?, ?)"_s);
        if (!q)
            return q.error();
        (*q)->bindValue(0, rid);
        (*q)->bindValue(1, TextNormalizer::normalize(texts.at(2)));
        return ReplicaDatabase::exec(**q, u"index post"_s);
    }
    return {};
}

Result<void> SearchIndex::remove(qint64 rid)
{
    auto dq = m_db.run(u"DELETE FROM fts_queue WHERE rid = ?"_s, {rid});
    if (!dq)
        return dq.error();
    if ((*dq)->numRowsAffected() > 0)
        return {};
    auto q = m_db.run(u"SELECT kind, "_s + extractList(u"fields"_s) +
                          u" FROM records WHERE rid = ? AND deleted = 0"
                          " AND kind IN ('practice', 'post')"_s,
                      {rid});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return {};
    const QString kind = (*q)->value(0).toString();
    QStringList texts;
    for (int i = 1; i <= 6; ++i)
        texts.append(TextNormalizer::normalize((*q)->value(i).toString()));
    (*q)->finish();
    // External content: the index forgets a row only when given the exact text it indexed.
    if (kind == u"practice"_s) {
        QVariantList binds{rid};
        for (const QString &t : texts)
            binds.append(t);
        auto r = m_db.run(u"INSERT INTO practice_fts"
                          " (practice_fts, rowid, title, summary, body, results, lessons, tags)"
                          " VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)"_s,
                          binds);
        return r ? Result<void>() : Result<void>(r.error());
    }
    auto r = m_db.run(u"INSERT INTO post_fts (post_fts, rowid, body) VALUES ('delete', ?, ?)"_s,
                      {rid, texts.at(2)});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<int> SearchIndex::catchUp(int batchSize)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.run(u"SELECT q.rid, r.kind, r.deleted, "_s + extractList(u"r.fields"_s) +
                          u" FROM fts_queue q LEFT JOIN records r ON r.rid = q.rid"
                          " ORDER BY q.rid LIMIT ?"_s,
                      {batchSize});
    if (!q)
        return q.error();
    struct Row
    {
        qint64 rid;
        QString kind;
        QStringList texts;
    };
    QList<Row> rows;
    qint64 last = -1;
    while ((*q)->next()) {
        last = (*q)->value(0).toLongLong();
        if ((*q)->value(2).toInt() != 0 || (*q)->value(1).isNull())
            continue; // gone since it was queued
        Row row{last, (*q)->value(1).toString(), {}};
        for (int i = 3; i <= 8; ++i)
            row.texts.append((*q)->value(i).toString());
        rows.append(std::move(row));
    }
    (*q)->finish();
    if (last < 0)
        return 0;
    for (const Row &row : rows) {
        if (auto r = insertRow(row.rid, row.kind, row.texts); !r)
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

Result<void> SearchIndex::catchUpAll(int batchSize)
{
    for (;;) {
        auto r = catchUp(batchSize);
        if (!r)
            return r.error();
        if (*r == 0)
            return {};
    }
}

Result<bool> SearchIndex::isComplete()
{
    auto n = pendingCount();
    if (!n)
        return n.error();
    return *n == 0;
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
    const QString statements[] = {
        u"INSERT INTO practice_fts (practice_fts) VALUES ('delete-all')"_s,
        u"INSERT INTO post_fts (post_fts) VALUES ('delete-all')"_s,
        u"INSERT OR IGNORE INTO fts_queue (rid) SELECT rid FROM records"
        " WHERE deleted = 0 AND kind IN ('practice', 'post')"_s,
    };
    for (const QString &sql : statements) {
        if (auto r = m_db.execOnce(sql); !r)
            return r;
    }
    return tx.commit();
}

} // namespace smec::replica
