// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemamigrator.h"

#include "replicadatabase.h"
#include "replicalog.h"
#include "searchindex.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

QStringList version1()
{
    QStringList s{
        // The working copy: what the user sees, including local edits and local tombstones.
        u"CREATE TABLE records ("
        " rid INTEGER PRIMARY KEY,"
        " id TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL,"
        " rev INTEGER NOT NULL DEFAULT 0,"
        " deleted INTEGER NOT NULL DEFAULT 0,"
        " created_by TEXT, updated_by TEXT, created_at TEXT, updated_at TEXT,"
        " fields TEXT NOT NULL DEFAULT '{}',"
        " local INTEGER NOT NULL DEFAULT 0," // 1 = holds an edit the server has not accepted
        " local_at TEXT)"_s,
        u"CREATE INDEX records_local ON records(kind) WHERE local = 1"_s,
        // The last synced server version; fields NULL = identical to the working copy, which
        // spares writing every pulled record twice.
        u"CREATE TABLE base ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " rev INTEGER NOT NULL,"
        " deleted INTEGER NOT NULL DEFAULT 0,"
        " fields TEXT)"_s,
        u"CREATE TABLE outbox ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " mutation_id TEXT NOT NULL UNIQUE,"
        " record_id TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),"
        " base_rev INTEGER NOT NULL DEFAULT 0,"
        " fields TEXT NOT NULL DEFAULT '{}',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),"
        " error_code TEXT, error_message TEXT)"_s,
        u"CREATE INDEX outbox_record ON outbox(record_id, seq)"_s,
        u"CREATE TABLE conflicts ("
        " record_id TEXT PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " base TEXT, mine TEXT, theirs TEXT,"
        " theirs_rev INTEGER NOT NULL DEFAULT 0,"
        " mine_deleted INTEGER NOT NULL DEFAULT 0,"
        " theirs_deleted INTEGER NOT NULL DEFAULT 0,"
        " detected_at TEXT NOT NULL)"_s,
        u"CREATE TABLE sync_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " server_id TEXT, cursor TEXT, last_sync TEXT)"_s,
        u"INSERT INTO sync_state (id) VALUES (1)"_s,
        // Typed tables: one row per live (not deleted) record of the kind.
        u"CREATE TABLE practices ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " title TEXT, title_key TEXT, country TEXT, region TEXT, status TEXT, instrument TEXT,"
        " start_year INTEGER, end_year INTEGER, updated_at TEXT,"
        " pillars INTEGER NOT NULL DEFAULT 0, target_groups INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE threads ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " title TEXT, title_key TEXT, subkind TEXT, status TEXT, meeting_id TEXT,"
        " pillars INTEGER NOT NULL DEFAULT 0, created_at TEXT, updated_at TEXT)"_s,
        u"CREATE TABLE posts ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " thread_id TEXT, reply_to TEXT, hidden INTEGER, created_at TEXT, updated_at TEXT)"_s,
        u"CREATE TABLE meetings ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " title TEXT, title_key TEXT, subkind TEXT, starts_on TEXT, ends_on TEXT, country TEXT,"
        " region TEXT, mode TEXT, pillars INTEGER NOT NULL DEFAULT 0, updated_at TEXT)"_s,
        u"CREATE TABLE commitments ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " title TEXT, title_key TEXT, country TEXT, region TEXT,"
        " pillars INTEGER NOT NULL DEFAULT 0, status TEXT, deadline TEXT, meeting_id TEXT,"
        " updated_at TEXT)"_s,
    };
    for (const QString &column : {u"title_key"_s, u"country"_s, u"region"_s, u"status"_s,
                                  u"instrument"_s, u"start_year"_s, u"end_year"_s, u"updated_at"_s})
        s.append(u"CREATE INDEX practices_%1 ON practices(%1)"_s.arg(column));
    s.append(u"CREATE INDEX threads_updated ON threads(updated_at)"_s);
    s.append(u"CREATE INDEX threads_title ON threads(title_key)"_s);
    s.append(u"CREATE INDEX posts_thread ON posts(thread_id, created_at)"_s);
    s.append(u"CREATE INDEX posts_reply ON posts(reply_to) WHERE reply_to IS NOT NULL"_s);
    s.append(u"CREATE INDEX meetings_starts ON meetings(starts_on)"_s);
    s.append(u"CREATE INDEX commitments_country ON commitments(country)"_s);
    s.append(u"CREATE INDEX commitments_meeting ON commitments(meeting_id)"_s);
    s.append(SearchIndex::schemaStatements());
    return s;
}

QStringList version2()
{
    return {
        u"CREATE TABLE saved_searches ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " query TEXT NOT NULL DEFAULT '',"
        " facets TEXT NOT NULL DEFAULT '{}',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
        u"ALTER TABLE practices ADD COLUMN evidence_level TEXT"_s,
        u"UPDATE practices SET evidence_level ="
        " (SELECT json_extract(r.fields, '$.evidence_level') FROM records r"
        "  WHERE r.rid = practices.rid)"_s,
        u"CREATE INDEX practices_evidence_level ON practices(evidence_level)"_s,
    };
}

// Covering indexes over the bitmask facet columns: facet counts group by them instead of
// scanning the typed tables.
QStringList version3()
{
    return {
        u"CREATE INDEX practices_masks ON practices(pillars, target_groups)"_s,
        u"CREATE INDEX threads_masks ON threads(pillars)"_s,
        u"CREATE INDEX meetings_masks ON meetings(pillars)"_s,
        u"CREATE INDEX commitments_masks ON commitments(pillars)"_s,
    };
}

// A full re-pull after 410 resync_required remembers which records the server still has, across
// interruptions, so that when it completes the records the server no longer knows can go.
QStringList version4()
{
    return {
        u"ALTER TABLE sync_state ADD COLUMN resyncing INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE TABLE resync_seen (id TEXT PRIMARY KEY) WITHOUT ROWID"_s,
    };
}

// A bulk load into empty typed tables (a first sync) drops their secondary indexes and builds
// them once afterwards; the definitions wait here meanwhile, so a load killed half-way leaves
// them for the next sync to rebuild (Replica::deferIndexes()).
QStringList version5()
{
    return {
        u"CREATE TABLE deferred_indexes ("
        " name TEXT PRIMARY KEY,"
        " tbl TEXT NOT NULL,"
        " sql TEXT NOT NULL) WITHOUT ROWID"_s,
    };
}

// Joint initiatives (issue 25): their typed table. Older versions refused the kind on the wire,
// so no initiative can be in the replica yet and nothing needs filling in.
QStringList version6()
{
    return {
        u"CREATE TABLE initiatives ("
        " rid INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,"
        " title TEXT, title_key TEXT, country TEXT, region TEXT, partners TEXT, countries TEXT,"
        " subkind TEXT, status TEXT, pillars INTEGER NOT NULL DEFAULT 0, starts_on TEXT,"
        " ends_on TEXT, meeting_id TEXT, updated_at TEXT)"_s,
        u"CREATE INDEX initiatives_updated ON initiatives(updated_at)"_s,
        u"CREATE INDEX initiatives_meeting ON initiatives(meeting_id)"_s,
        u"CREATE INDEX initiatives_masks ON initiatives(pillars)"_s,
    };
}

// Per-hunk resolutions of conflicting text fields: {"field": {"hunk index": "chosen text"}}.
// The hunks themselves are recomputed from base, mine and theirs (domain::mergeFields).
QStringList version7()
{
    return {
        u"ALTER TABLE conflicts ADD COLUMN hunk_choices TEXT NOT NULL DEFAULT '{}'"_s,
    };
}

// Full-text search over joint initiatives (issue 25): their FTS table, and the initiatives
// already here queued for the catch-up (the next sync, or the next CLI search, indexes them).
QStringList version8()
{
    return SearchIndex::initiativeSchemaStatements();
}

// Record history (issue 19): the server's revisions of a record as last fetched, so that a
// history once seen reads offline. One self-contained step: nothing else refers to the table.
QStringList version9()
{
    return {
        u"CREATE TABLE revisions (record_id TEXT NOT NULL, rev INTEGER NOT NULL,"
        " updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL,"
        " fields TEXT NOT NULL, PRIMARY KEY (record_id, rev)) WITHOUT ROWID"_s,
    };
}

// Chinese and Japanese search (issue 23): the FTS tables move from unicode61 to the `smec`
// tokenizer (FtsTokenizer: unicode61 plus bigrams of Han and kana, ё folded to е); the
// initiatives' table (step 8) is made with it from the start. An FTS5
// table cannot change its tokenizer, so both are made anew, empty, and every live practice and
// post is queued: the next catch-up (a sync, or the CLI's search) indexes them, and until then
// search says the index is being built, as after a first sync.
QStringList version10()
{
    return {
        u"DROP TABLE practice_fts"_s,
        u"DROP TABLE post_fts"_s,
        u"CREATE VIRTUAL TABLE practice_fts USING fts5("
        "title, summary, body, results, lessons, tags,"
        " content='practice_text', content_rowid='rid',"
        " tokenize='smec remove_diacritics 2')"_s,
        u"CREATE VIRTUAL TABLE post_fts USING fts5(body,"
        " content='post_text', content_rowid='rid',"
        " tokenize='smec remove_diacritics 2')"_s,
        u"INSERT INTO practice_fts (practice_fts, rank)"
        " VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 1.0, 1.0, 3.0)')"_s,
        u"INSERT OR IGNORE INTO fts_queue (rid) SELECT rid FROM records"
        " WHERE deleted = 0 AND kind IN ('practice', 'post')"_s,
    };
}

} // namespace

QStringList SchemaMigrator::stepStatements(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    default:
        return {};
    }
}

Result<void> SchemaMigrator::migrate(ReplicaDatabase &db, int targetVersion)
{
    auto current = db.schemaVersion();
    if (!current)
        return current.error();
    if (*current > currentVersion)
        return Error{u"schema_too_new"_s,
                     QCoreApplication::translate(
                         "smec::replica",
                         "The local database was written by a newer version of SME Community "
                         "(schema %1, this version knows %2). Update the application.")
                         .arg(*current)
                         .arg(currentVersion),
                     {}};
    for (int version = *current + 1; version <= targetVersion; ++version) {
        Transaction tx(db);
        if (!tx.started())
            return tx.started().error();
        const QStringList statements = stepStatements(version);
        for (const QString &sql : statements) {
            if (auto r = db.execOnce(sql); !r) {
                Error e = r.error();
                e.code = u"migration_failed"_s;
                e.message =
                    QCoreApplication::translate(
                        "smec::replica", "Migrating the local database to schema %1 failed: %2")
                        .arg(version)
                        .arg(e.message);
                return e;
            }
        }
        if (auto r = db.execOnce(u"PRAGMA user_version = %1"_s.arg(version)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcReplica, "migrated %s to schema %d", qUtf8Printable(db.path()), version);
    }
    return {};
}

} // namespace smec::replica
