// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"
#include "protocol/messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The JSON codec of the wire protocol, shared by client and server so they cannot drift.
//
// Encoders write compact JSON (no whitespace) and are the exact inverse of the decoders:
// decode(encode(x)) == x for every value the decoders accept. Timestamps are written as UTC
// ISO-8601 with milliseconds and `Z` (`2026-03-01T09:30:00.000Z`).
//
// Decoders are strict and total: they accept only documents of the documented shape and never
// crash, never fill in a silent default. Every failure is an smec::Error with
//   - code `payload_too_large` for a body over the limit, more than 100 mutations or a string
//     over limits::maxStringBytes;
//   - code `invalid_json` for bytes that are not I-JSON (RFC 7493): syntax errors, invalid UTF-8,
//     lone surrogate escapes, duplicate member names, nesting deeper than limits::maxDepth,
//     numbers a double cannot hold, integers an int64 cannot hold;
//   - code `bad_request` for a wrong document shape: missing or unknown members;
//   - code `invalid_field` for a member of the wrong type or with a value out of its domain
//     (non-canonical UUID, negative rev, unknown kind/op/status/role, malformed timestamp);
//   and `path` naming the offending value (`mutations[3].fields.pillars[0]`; empty for the
//   document itself). A record's `fields` object may hold members this version does not know:
//   they are kept verbatim, and checked only against the generic limits above.
namespace smec::protocol {

// --- Records, as JSON values (for composing documents) and as bytes --------------------------

/// The wire form of a record: full envelope and fields, or for a deleted record the tombstone
/// `{"id","kind","rev","deleted":true}` (other members of a deleted record are not sent).
QJsonObject recordToJson(const domain::Record &record);
/// Parses the wire form of a record at `path` (used in error paths, may be empty).
Result<domain::Record> recordFromJson(const QJsonValue &value, const QString &path = {});

QByteArray encodeRecord(const domain::Record &record);
Result<domain::Record> decodeRecord(const QByteArray &bytes);

// --- Sync ------------------------------------------------------------------------------------

QByteArray encodeChangePage(const ChangePage &page);

/// Writes a change page record by record, with the same bytes as encodeChangePage(), for a
/// server that keeps each record's `fields` as the compact JSON text it stored: a page then
/// costs no JSON object per record. Records go in the order they are added.
class ChangePageWriter final
{
public:
    /// `expectedBytes` sizes the buffer (the sum of the stored fields is a good guess).
    explicit ChangePageWriter(qsizetype expectedBytes = 0);

    /// Adds `record` with `fieldsJson` as its `fields` (compact, as QJsonDocument writes an
    /// object; empty means `{}`); `record.fields` is not read. A deleted record is written as
    /// its tombstone, like recordToJson() does, and `fieldsJson` is then ignored.
    void addRecord(const domain::Record &record, QByteArrayView fieldsJson);
    /// The finished page; the writer is empty afterwards.
    QByteArray finish(const QString &serverId, const QString &cursor, bool more);

private:
    QByteArray m_out;
    bool m_empty = true;
};

Result<ChangePage> decodeChangePage(const QByteArray &bytes);
/// The same, and `fieldsText` receives each record's `fields` exactly as it came (a copy of
/// its bytes, valid JSON with the same members as the decoded object; empty for a tombstone),
/// so a client can store it without writing the object out again.
Result<ChangePage> decodeChangePageKeepingFields(const QByteArray &bytes,
                                                 QList<QByteArray> *fieldsText);

QByteArray encodeMutationBatch(const MutationBatch &batch);
/// Server side: at most limits::maxRequestBytes and limits::maxMutationsPerBatch mutations.
Result<MutationBatch> decodeMutationBatch(const QByteArray &bytes);

QByteArray encodeMutationResults(const MutationResults &results);
/// The wire form of one result as a JSON value: what the server's mutation log keeps, so that a
/// retried mutation is answered with exactly what it was answered the first time.
QJsonObject mutationResultToJson(const MutationResult &result);
/// The same bytes as encodeMutationResults(), from results already in their wire form
/// (mutationResultToJson(), possibly replayed from the mutation log).
QByteArray encodeMutationResultList(const QList<QJsonObject> &results);
Result<MutationResults> decodeMutationResults(const QByteArray &bytes);

// --- Record history ----------------------------------------------------------------------------

QByteArray encodeRevisionPage(const RevisionPage &page);
/// Revisions must be in strictly descending `rev` order.
Result<RevisionPage> decodeRevisionPage(const QByteArray &bytes);

// --- Errors, session, health, reference -------------------------------------------------------

/// `{"error":{"code","message"}}`, plus `"path"` when the error has one.
QByteArray encodeApiError(const ApiError &error);
QByteArray encodeApiError(const Error &error);
Result<ApiError> decodeApiError(const QByteArray &bytes);

QByteArray encodeSessionRequest(const SessionRequest &request);
/// Server side: at most limits::maxRequestBytes.
Result<SessionRequest> decodeSessionRequest(const QByteArray &bytes);

QByteArray encodeSessionResponse(const SessionResponse &response);
Result<SessionResponse> decodeSessionResponse(const QByteArray &bytes);

QByteArray encodeHealth(const Health &health);
Result<Health> decodeHealth(const QByteArray &bytes);

QByteArray encodeReference(const Reference &reference);
Result<Reference> decodeReference(const QByteArray &bytes);

} // namespace smec::protocol
