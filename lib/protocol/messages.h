// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The messages of the wire protocol (DESIGN.md section 4) as plain values. protocol/codec.h
// turns them into JSON bytes and back; nothing else in the code base builds or reads this JSON.
namespace smec::protocol {

/// An error as it travels on the wire: `{"error":{"code","message"[,"path"]}}`, and inside a
/// rejected mutation result. `path` is optional on the wire (omitted when empty) and names the
/// offending value, e.g. `fields.title`, so a client can show the error next to the field.
struct ApiError
{
    QString code;
    QString message;
    QString path;

    static ApiError fromError(const Error &error)
    {
        return {error.code, error.message, error.path};
    }
    Error toError() const { return {code, message, path}; }

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

/// `GET /api/v1/changes` answer: records after the `since` cursor, at most once each, in their
/// latest state (tombstones for records the caller may not see), and the cursor to continue.
struct ChangePage
{
    QString serverId; ///< canonical UUID of the server database
    QList<domain::Record> changes;
    QString cursor; ///< opaque, at most limits::maxCursorChars
    bool more = false;

    friend bool operator==(const ChangePage &, const ChangePage &) = default;
};

/// What a mutation does: `upsert` writes the whole `fields` object, `delete` makes a tombstone.
enum class MutationOp { Upsert, Delete };

/// Wire name of an op: `upsert`, `delete`.
QString opName(MutationOp op);
/// Parses a wire name (case-sensitive); nullopt for anything else.
std::optional<MutationOp> opFromName(QStringView name);

/// One local edit sent to the server. `mutationId` is fixed when the edit is made, so a retry
/// never applies it twice. `baseRev` is the rev the edit started from (0 = create). `fields` is
/// the whole record for an upsert (not a patch) and empty for a delete (not sent on the wire).
struct Mutation
{
    QString mutationId;
    MutationOp op = MutationOp::Upsert;
    QString id;
    domain::Kind kind = domain::Kind::Practice;
    qint64 baseRev = 0;
    QJsonObject fields;

    friend bool operator==(const Mutation &, const Mutation &) = default;
};

/// `POST /api/v1/mutations` body: 1 to limits::maxMutationsPerBatch mutations with distinct ids.
struct MutationBatch
{
    QList<Mutation> mutations;

    friend bool operator==(const MutationBatch &, const MutationBatch &) = default;
};

/// Outcome of one mutation.
enum class MutationStatus { Applied, Conflict, Rejected };

/// Wire name of a status: `applied`, `conflict`, `rejected`.
QString statusName(MutationStatus status);
/// Parses a wire name (case-sensitive); nullopt for anything else.
std::optional<MutationStatus> statusFromName(QStringView name);

/// The server's answer to one mutation. `record` is meaningful for `Applied` (the stored record
/// with its new rev) and `Conflict` (the current server record, possibly a tombstone); `error`
/// only for `Rejected`. The other member stays default-constructed and is not sent.
struct MutationResult
{
    QString mutationId;
    MutationStatus status = MutationStatus::Applied;
    domain::Record record;
    ApiError error;

    friend bool operator==(const MutationResult &, const MutationResult &) = default;
};

/// `POST /api/v1/mutations` answer: one result per mutation, in the order of the batch.
struct MutationResults
{
    QList<MutationResult> results;

    friend bool operator==(const MutationResults &, const MutationResults &) = default;
};

/// One stored revision of a record: what an accepted write left, as the server keeps it.
/// `fields` is the whole record at that revision (empty, not sent, when `deleted`).
struct Revision
{
    qint64 rev = 0;
    QString updatedBy; ///< canonical UUID of the writer
    QDateTime updatedAt;
    bool deleted = false;
    QJsonObject fields;

    friend bool operator==(const Revision &, const Revision &) = default;
};

/// `GET /api/v1/records/{id}/revisions` answer: the revisions of one record the caller may see,
/// newest first, and whether older ones follow (ask again with `before` = the last rev here).
struct RevisionPage
{
    QString id; ///< canonical UUID of the record
    domain::Kind kind = domain::Kind::Practice;
    QList<Revision> revisions;
    bool more = false;

    friend bool operator==(const RevisionPage &, const RevisionPage &) = default;
};

/// `POST /api/v1/session` body.
struct SessionRequest
{
    QString username; ///< 1 to limits::maxUsernameChars characters
    QString password; ///< 1 to limits::maxPasswordBytes UTF-8 bytes

    friend bool operator==(const SessionRequest &, const SessionRequest &) = default;
};

/// A user as the server describes it: in a session answer (with `username`) and in the
/// reference directory (where `username` may be left out: empty here, absent on the wire).
struct UserInfo
{
    QString id; ///< canonical UUID
    QString username;
    QString displayName;
    QString country; ///< ISO 3166-1 alpha-3, or empty (JSON null) for users without a country
    QString role;    ///< `analyst`, `delegate`, `secretariat` or `admin`

    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

/// `POST /api/v1/session` answer: a bearer token, when it expires, and who signed in.
struct SessionResponse
{
    QString token;
    QDateTime expiresAt; ///< UTC
    UserInfo user;

    friend bool operator==(const SessionResponse &, const SessionResponse &) = default;
};

/// `GET /api/v1/health` answer.
struct Health
{
    QString status = QStringLiteral("ok"); ///< snake_case, `ok` when the server is usable
    QString serverId;                      ///< canonical UUID of the server database
    QString version;                       ///< server version, e.g. `0.1.0`

    friend bool operator==(const Health &, const Health &) = default;
};

/// `GET /api/v1/reference` answer. Countries and pillars are arrays of objects passed through
/// as they are (their shape belongs to the reference data in resources/); users are decoded.
struct Reference
{
    QJsonArray countries;
    QJsonArray pillars;
    QList<UserInfo> users;

    friend bool operator==(const Reference &, const Reference &) = default;
};

} // namespace smec::protocol
