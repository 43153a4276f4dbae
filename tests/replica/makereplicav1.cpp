// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes the schema-v1 replica fixture used by tst_replica_schema:
//   smec_replica_makev1 tests/data/replica-v1.sqlite
// It creates schema v1 only and fills it with SQL as version 1 of the client wrote it, so later
// schema steps are tested against real old data. Rerun only if the fixture is lost: the file is
// meant to stay what v1 produced.
#include "replica/replicadatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {

struct Row
{
    const char16_t *id;
    const char16_t *kind;
    int rev;
    int local;
    QJsonObject fields;
};

bool exec(replica::ReplicaDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto r = db.run(sql, binds);
    if (!r)
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
    return r.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: smec_replica_makev1 OUTPUT.sqlite\n");
        return 2;
    }
    const QString path = app.arguments().at(1);
    QFile::remove(path);
    replica::ReplicaDatabase db;
    replica::OpenOptions options;
    options.targetVersion = 1;
    if (auto r = db.open(path, u"makev1"_s, options); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    const QList<Row> rows{
        {u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0001", u"practice", 3, 0,
         QJsonObject{{u"title"_s, u"Credit guarantee fund for small exporters"_s},
                     {u"summary"_s, u"Partial guarantees on bank loans."_s},
                     {u"country"_s, u"KEN"_s},
                     {u"pillars"_s, QJsonArray{u"finance"_s}},
                     {u"target_groups"_s, QJsonArray{u"small"_s, u"exporters"_s}},
                     {u"instrument"_s, u"guarantee"_s},
                     {u"status"_s, u"published"_s},
                     {u"start_year"_s, 2019},
                     {u"evidence_level"_s, u"proven"_s},
                     {u"future_field"_s, u"kept as is"_s}}},
        {u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0002", u"practice", 5, 0,
         QJsonObject{{u"title"_s, u"التَّمويل الأخضر للمؤسسات الصغيرة"_s},
                     {u"country"_s, u"MAR"_s},
                     {u"pillars"_s, QJsonArray{u"green"_s, u"finance"_s}},
                     {u"status"_s, u"published"_s},
                     {u"start_year"_s, 2021},
                     {u"evidence_level"_s, u"emerging"_s}}},
        {u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0003", u"practice", 0, 1,
         QJsonObject{{u"title"_s, u"Brouillon : chèques numériques"_s},
                     {u"country"_s, u"FRA"_s},
                     {u"status"_s, u"draft"_s}}},
        {u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0004", u"thread", 2, 0,
         QJsonObject{{u"title"_s, u"Reaching informal firms"_s}, {u"kind"_s, u"question"_s}}},
        {u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0005", u"post", 2, 0,
         QJsonObject{{u"thread_id"_s, u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0004"_s},
                     {u"body"_s, u"Mobile money agents worked for us."_s}}},
    };
    if (!db.begin())
        return 1;
    for (const Row &row : rows) {
        const QString id = QString::fromUtf16(row.id);
        const QString kind = QString::fromUtf16(row.kind);
        const QString fields =
            QString::fromUtf8(QJsonDocument(row.fields).toJson(QJsonDocument::Compact));
        if (!exec(db,
                  u"INSERT INTO records (id, kind, rev, fields, local, updated_at)"
                  " VALUES (?, ?, ?, ?, ?, '2026-03-01T10:00:00.000Z')"_s,
                  {id, kind, row.rev, fields, row.local}))
            return 1;
        const QString rid = u"(SELECT rid FROM records WHERE id = '%1')"_s.arg(id);
        if (row.rev > 0 &&
            !exec(db, u"INSERT INTO base (rid, rev, fields) VALUES ("_s + rid + u", ?, NULL)"_s,
                  {row.rev}))
            return 1;
        if ((kind == u"practice"_s || kind == u"post"_s) &&
            !exec(db, u"INSERT INTO fts_queue (rid) VALUES ("_s + rid + u")"_s, {}))
            return 1;
        const QJsonObject f = row.fields;
        bool ok = true;
        if (kind == u"practice"_s) {
            qint64 pillars = 0;
            for (const QJsonValue &v : f.value(u"pillars"_s).toArray())
                pillars |= v.toString() == u"digital"_s ? 1 : v.toString() == u"finance"_s ? 2 : 4;
            ok = exec(db,
                      u"INSERT INTO practices (rid, title, title_key, country, status, instrument,"
                      " start_year, updated_at, pillars) VALUES ("_s +
                          rid + u", ?, ?, ?, ?, ?, ?, '2026-03-01T10:00:00.000Z', ?)"_s,
                      {f.value(u"title"_s).toString(), f.value(u"title"_s).toString().toLower(),
                       f.value(u"country"_s).toString(), f.value(u"status"_s).toString(),
                       f.value(u"instrument"_s).toVariant(), f.value(u"start_year"_s).toVariant(),
                       pillars});
        } else if (kind == u"thread"_s) {
            ok = exec(db,
                      u"INSERT INTO threads (rid, title, title_key, subkind) VALUES ("_s + rid +
                          u", ?, ?, ?)"_s,
                      {f.value(u"title"_s).toString(), f.value(u"title"_s).toString().toLower(),
                       f.value(u"kind"_s).toString()});
        } else if (kind == u"post"_s) {
            ok = exec(db,
                      u"INSERT INTO posts (rid, thread_id, created_at) VALUES ("_s + rid +
                          u", ?, '2026-03-01T10:00:00.000Z')"_s,
                      {f.value(u"thread_id"_s).toString()});
        }
        if (!ok)
            return 1;
    }
    const bool ok =
        exec(db,
             u"INSERT INTO outbox (mutation_id, record_id, kind, op, base_rev, fields,"
             " created_at, updated_at) VALUES ('7d1c2c55-58a4-4c39-9f57-2f0c7a9e0001', ?,"
             " 'practice', 'upsert', 0, (SELECT fields FROM records WHERE id = ?),"
             " '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')"_s,
             {u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0003"_s,
              u"0b6f7a52-2f51-4c4e-9d3e-6a1a1c0e0003"_s}) &&
        exec(db,
             u"UPDATE sync_state SET server_id = 'srv-v1', cursor = 'cursor-v1',"
             " last_sync = '2026-03-01T10:05:00.000Z'"_s,
             {});
    if (!ok || !db.commit())
        return 1;
    db.close(); // checkpoints the WAL into the file
    std::printf("wrote %s\n", qPrintable(path));
    return 0;
}
