// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What a replica holds, as plain values, so that tests can compare two replicas (a client that
// went through faults against a fresh one that pulled the server's view). Header-only: the
// tests that use it link smec::replica themselves.

#include "replica/replica.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace smec::test {

/// One record as the replica stores it (working copy).
struct RecordView
{
    QString kind;
    qint64 rev = 0;
    bool deleted = false;
    bool local = false; ///< holds an edit the server has not accepted
    QJsonObject fields;
};

/// Every record of `replica` by id (tombstones included); empty map and `*error` set on failure.
inline QMap<QString, RecordView> readRecords(replica::Replica &replica, QString *error = nullptr)
{
    QMap<QString, RecordView> records;
    auto q = replica.database().runUncached(
        QStringLiteral("SELECT id, kind, rev, deleted, local, fields FROM records"));
    if (!q) {
        if (error)
            *error = q.error().message;
        return records;
    }
    while (q->next()) {
        RecordView r;
        r.kind = q->value(1).toString();
        r.rev = q->value(2).toLongLong();
        r.deleted = q->value(3).toInt() != 0;
        r.local = q->value(4).toInt() != 0;
        r.fields = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        records.insert(q->value(0).toString(), r);
    }
    return records;
}

/// `PRAGMA integrity_check` of the replica's file: "ok" when sound.
inline QString integrityCheck(replica::Replica &replica)
{
    auto q = replica.database().runUncached(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return q.error().message;
    QString result;
    while (q->next())
        result += q->value(0).toString();
    return result;
}

/// Compares a client's records with the server's view (a fresh replica that pulled everything):
/// every live record of the server must be live in the client at the same rev with the same
/// fields, the client must hold no other live record, and nothing may be left as a local edit.
/// Returns a description of the first difference, or an empty string.
inline QString compareWithServerView(const QMap<QString, RecordView> &client,
                                     const QMap<QString, RecordView> &server)
{
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (it->deleted)
            continue;
        const auto mine = client.constFind(it.key());
        if (mine == client.cend() || mine->deleted)
            return QStringLiteral("%1 %2 (rev %3) is missing").arg(it->kind, it.key()).arg(it->rev);
        if (mine->rev != it->rev)
            return QStringLiteral("%1 %2 is at rev %3, the server at %4")
                .arg(it->kind, it.key())
                .arg(mine->rev)
                .arg(it->rev);
        if (mine->kind != it->kind || mine->fields != it->fields)
            return QStringLiteral("%1 %2 differs:\n  client %3\n  server %4")
                .arg(it->kind, it.key(),
                     QString::fromUtf8(QJsonDocument(mine->fields).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(it->fields).toJson(QJsonDocument::Compact)));
    }
    for (auto it = client.cbegin(); it != client.cend(); ++it) {
        if (it->local)
            return QStringLiteral("%1 %2 still holds a local edit").arg(it->kind, it.key());
        if (it->deleted)
            continue;
        const auto theirs = server.constFind(it.key());
        if (theirs == server.cend() || theirs->deleted)
            return QStringLiteral("%1 %2 (rev %3) is live here but not on the server")
                .arg(it->kind, it.key())
                .arg(it->rev);
    }
    return {};
}

/// How many live records of `kind` have `value` in `field`.
inline int countLive(const QMap<QString, RecordView> &records, const QString &kind,
                     const QString &field, const QString &value)
{
    int n = 0;
    for (const RecordView &r : records)
        n += !r.deleted && r.kind == kind && r.fields.value(field).toString() == value ? 1 : 0;
    return n;
}

} // namespace smec::test
