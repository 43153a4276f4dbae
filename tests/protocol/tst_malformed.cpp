// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every decoder refuses malformed messages with the right code and the path of the culprit.
#include "protocol/codec.h"
#include "protocol/limits.h"
#include "protocolfixtures.h"

#include <QJsonArray>
#include <QTest>

#include <functional>
#include <variant>

using namespace Qt::StringLiterals;
using namespace smec::protocol;
using namespace smec::test;

namespace {

using Step = std::variant<QString, qsizetype>;

// `root` with the value at `steps` replaced by `value` (removed when `value` is undefined).
QJsonValue setAt(const QJsonValue &root, QList<Step> steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const Step step = steps.takeFirst();
    if (const auto *key = std::get_if<QString>(&step)) {
        QJsonObject object = root.toObject();
        const QJsonValue child = setAt(object.value(*key), steps, value);
        if (child.isUndefined())
            object.remove(*key);
        else
            object.insert(*key, child);
        return object;
    }
    const qsizetype index = std::get<qsizetype>(step);
    QJsonArray array = root.toArray();
    const QJsonValue child = setAt(array.at(index), steps, value);
    if (child.isUndefined())
        array.removeAt(index);
    else
        array.replace(index, child);
    return array;
}

QByteArray bytesOf(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// `document` with the value at `steps` set (or removed with QJsonValue::Undefined).
QByteArray edit(const QByteArray &document, const QList<Step> &steps, const QJsonValue &value)
{
    return bytesOf(setAt(QJsonDocument::fromJson(document).object(), steps, value));
}

// `document` with the value at `steps` replaced by raw bytes (for what QJsonValue cannot hold).
QByteArray editRaw(const QByteArray &document, const QList<Step> &steps, const QByteArray &raw)
{
    const QByteArray marker = "\"@@MARKER@@\"";
    QByteArray bytes = edit(document, steps, u"@@MARKER@@"_s);
    Q_ASSERT(bytes.count(marker) == 1);
    return bytes.replace(marker, raw);
}

const QJsonValue removed(QJsonValue::Undefined);

using Decoder = std::function<std::optional<smec::Error>(const QByteArray &)>;

template<typename T>
Decoder decoder(smec::Result<T> (*decode)(const QByteArray &))
{
    return [decode](const QByteArray &bytes) -> std::optional<smec::Error> {
        const auto result = decode(bytes);
        if (result.ok())
            return std::nullopt;
        return result.error();
    };
}

std::optional<smec::Error> decodeWith(const QString &name, const QByteArray &bytes)
{
    static const QHash<QString, Decoder> decoders = {
        {u"record"_s, decoder(&decodeRecord)},
        {u"changes"_s, decoder(&decodeChangePage)},
        {u"mutations"_s, decoder(&decodeMutationBatch)},
        {u"results"_s, decoder(&decodeMutationResults)},
        {u"error"_s, decoder(&decodeApiError)},
        {u"session_request"_s, decoder(&decodeSessionRequest)},
        {u"session_response"_s, decoder(&decodeSessionResponse)},
        {u"health"_s, decoder(&decodeHealth)},
        {u"reference"_s, decoder(&decodeReference)},
        {u"revisions"_s, decoder(&decodeRevisionPage)},
    };
    return decoders.value(name)(bytes);
}

} // namespace

class TestMalformed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_rejects_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");

        const QString badRequest = u"bad_request"_s;
        const QString invalidJson = u"invalid_json"_s;
        const QString invalidField = u"invalid_field"_s;
        const QString tooLarge = u"payload_too_large"_s;
        const auto row = [](const char *name, const QString &decoder, const QByteArray &bytes,
                            const QString &code, const QString &path) {
            QTest::newRow(name) << decoder << bytes << code << path;
        };

        // --- records ---------------------------------------------------------------------
        const QString rec = u"record"_s;
        const QByteArray record = encodeRecord(samplePractice());
        const QByteArray tomb = encodeRecord(sampleTombstone());
        const QByteArray draft = encodeRecord(sampleLocalDraft());
        row("record: array document", rec, "[]", badRequest, {});
        row("record: string document", rec, "\"x\"", invalidJson, {});
        row("record: not JSON", rec, "<html>", invalidJson, {});
        row("record: truncated", rec, record.left(record.size() - 1), invalidJson, u"updated_by"_s);
        row("record: missing id", rec, edit(record, {u"id"_s}, removed), badRequest, u"id"_s);
        row("record: unknown member", rec, edit(record, {u"extra"_s}, 1), badRequest, u"extra"_s);
        row("record: unknown member Id", rec, edit(record, {u"Id"_s}, 1), badRequest, u"Id"_s);
        row("record: upper-case id", rec,
            edit(record, {u"id"_s}, u"3F2B8C1E-5D4A-4E6F-9A1B-2C3D4E5F6A7B"_s), invalidField,
            u"id"_s);
        row("record: braced id", rec,
            edit(record, {u"id"_s}, u"{3f2b8c1e-5d4a-4e6f-9a1b-2c3d4e5f6a7b}"_s), invalidField,
            u"id"_s);
        row("record: id without hyphens", rec,
            edit(record, {u"id"_s}, u"3f2b8c1e5d4a4e6f9a1b2c3d4e5f6a7b"_s), invalidField, u"id"_s);
        row("record: nil id", rec,
            edit(record, {u"id"_s}, u"00000000-0000-0000-0000-000000000000"_s), invalidField,
            u"id"_s);
        row("record: id not a uuid", rec, edit(record, {u"id"_s}, u"practice-1"_s), invalidField,
            u"id"_s);
        row("record: numeric id", rec, edit(record, {u"id"_s}, 42), invalidField, u"id"_s);
        row("record: null id", rec, edit(record, {u"id"_s}, QJsonValue::Null), invalidField,
            u"id"_s);
        row("record: unknown kind", rec, edit(record, {u"kind"_s}, u"event"_s), invalidField,
            u"kind"_s);
        row("record: capitalised kind", rec, edit(record, {u"kind"_s}, u"Practice"_s), invalidField,
            u"kind"_s);
        row("record: empty kind", rec, edit(record, {u"kind"_s}, u""_s), invalidField, u"kind"_s);
        row("record: kind as number", rec, edit(record, {u"kind"_s}, 1), invalidField, u"kind"_s);
        row("record: negative rev", rec, edit(record, {u"rev"_s}, -1), invalidField, u"rev"_s);
        row("record: fractional rev", rec, edit(record, {u"rev"_s}, 1.5), invalidField, u"rev"_s);
        row("record: rev as string", rec, edit(record, {u"rev"_s}, u"3"_s), invalidField, u"rev"_s);
        row("record: rev null", rec, edit(record, {u"rev"_s}, QJsonValue::Null), invalidField,
            u"rev"_s);
        row("record: rev 2^53", rec, edit(record, {u"rev"_s}, qint64(1) << 53), invalidField,
            u"rev"_s);
        row("record: rev int64 max", rec, editRaw(record, {u"rev"_s}, "9223372036854775807"),
            invalidField, u"rev"_s);
        row("record: rev beyond int64", rec, editRaw(record, {u"rev"_s}, "99999999999999999999"),
            invalidJson, u"rev"_s);
        row("record: rev 1e400", rec, editRaw(record, {u"rev"_s}, "1e400"), invalidJson, u"rev"_s);
        row("record: deleted as string", rec, edit(record, {u"deleted"_s}, u"false"_s),
            invalidField, u"deleted"_s);
        row("record: deleted as 0", rec, edit(record, {u"deleted"_s}, 0), invalidField,
            u"deleted"_s);
        row("record: missing deleted", rec, edit(record, {u"deleted"_s}, removed), badRequest,
            u"deleted"_s);
        row("record: fields as array", rec, edit(record, {u"fields"_s}, QJsonArray()), invalidField,
            u"fields"_s);
        row("record: fields null", rec, edit(record, {u"fields"_s}, QJsonValue::Null), invalidField,
            u"fields"_s);
        row("record: missing fields", rec, edit(record, {u"fields"_s}, removed), badRequest,
            u"fields"_s);
        row("record: missing created_at", rec, edit(record, {u"created_at"_s}, removed), badRequest,
            u"created_at"_s);
        row("record: timestamp without ms", rec,
            edit(record, {u"created_at"_s}, u"2026-03-01T09:30:00Z"_s), invalidField,
            u"created_at"_s);
        row("record: timestamp with offset", rec,
            edit(record, {u"updated_at"_s}, u"2026-03-01T09:30:00.000+01:00"_s), invalidField,
            u"updated_at"_s);
        row("record: timestamp as number", rec,
            edit(record, {u"updated_at"_s}, Q_INT64_C(1767225600000)), invalidField,
            u"updated_at"_s);
        row("record: null created_at on synced record", rec,
            edit(record, {u"created_at"_s}, QJsonValue::Null), invalidField, u"created_at"_s);
        row("record: null updated_by on synced record", rec,
            edit(record, {u"updated_by"_s}, QJsonValue::Null), invalidField, u"updated_by"_s);
        row("record: created_by not a uuid", rec, edit(record, {u"created_by"_s}, u"admin"_s),
            invalidField, u"created_by"_s);
        row("record: draft with bad timestamp", rec, edit(draft, {u"created_at"_s}, u"yesterday"_s),
            invalidField, u"created_at"_s);
        row("record: draft missing created_by", rec, edit(draft, {u"created_by"_s}, removed),
            badRequest, u"created_by"_s);
        row("record: tombstone with fields", rec, edit(tomb, {u"fields"_s}, QJsonObject()),
            badRequest, u"fields"_s);
        row("record: tombstone with created_at", rec,
            edit(tomb, {u"created_at"_s}, u"2026-03-01T09:30:00.000Z"_s), badRequest,
            u"created_at"_s);
        row("record: tombstone missing rev", rec, edit(tomb, {u"rev"_s}, removed), badRequest,
            u"rev"_s);
        row("record: tombstone unknown kind", rec, edit(tomb, {u"kind"_s}, u"x"_s), invalidField,
            u"kind"_s);
        row("record: tombstone unknown member", rec, edit(tomb, {u"why"_s}, u"hidden"_s),
            badRequest, u"why"_s);
        row("record: body over 1 MiB", rec,
            edit(record, {u"fields"_s, u"body"_s}, QString(limits::maxStringBytes + 1, u'x')),
            tooLarge, u"fields.body"_s);
        row("record: body over 1 MiB in UTF-8 bytes", rec,
            edit(record, {u"fields"_s, u"body"_s},
                 QString(limits::maxStringBytes / 2 + 1, u'\u00e9')),
            tooLarge, u"fields.body"_s);
        row("record: invalid UTF-8 in a field", rec,
            editRaw(record, {u"fields"_s, u"title"_s}, "\"caf\xe9\""), invalidJson,
            u"fields.title"_s);
        row("record: overlong UTF-8 in a nested field", rec,
            editRaw(record, {u"fields"_s, u"sources"_s, 0, u"url"_s}, "\"\xc0\xaf\""), invalidJson,
            u"fields.sources[0].url"_s);
        row("record: lone surrogate in a list", rec,
            editRaw(record, {u"fields"_s, u"pillars"_s, 1}, R"("\udfff")"), invalidJson,
            u"fields.pillars[1]"_s);
        row("record: duplicate field", rec,
            editRaw(record, {u"fields"_s, u"title"_s}, R"("a","title":"b")"), invalidJson,
            u"fields.title"_s);
        row("record: duplicate envelope member", rec, editRaw(record, {u"rev"_s}, R"(1,"rev":2)"),
            invalidJson, u"rev"_s);
        row("record: huge number in a field", rec,
            editRaw(record, {u"fields"_s, u"budget_usd"_s}, "1e999"), invalidJson,
            u"fields.budget_usd"_s);
        row("record: huge integer in a field", rec,
            editRaw(record, {u"fields"_s, u"beneficiaries"_s}, "184467440737095516160"),
            invalidJson, u"fields.beneficiaries"_s);
        row("record: NaN in a field", rec, editRaw(record, {u"fields"_s, u"budget_usd"_s}, "NaN"),
            invalidJson, u"fields.budget_usd"_s);
        row("record: deep nesting in a field", rec,
            editRaw(record, {u"fields"_s, u"x_future_field"_s},
                    QByteArray(40, '[') + QByteArray(40, ']')),
            invalidJson,
            u"fields.x_future_field"_s + QString("[0]"_L1).repeated(limits::maxDepth - 2));
        row("record: field name over the limit", rec,
            edit(record, {u"fields"_s, QString(limits::maxKeyBytes + 1, u'k')}, 1), invalidJson,
            u"fields"_s);

        // --- change pages ----------------------------------------------------------------
        const QString chg = u"changes"_s;
        const QByteArray page = encodeChangePage(samplePage());
        row("changes: missing server_id", chg, edit(page, {u"server_id"_s}, removed), badRequest,
            u"server_id"_s);
        row("changes: bad server_id", chg, edit(page, {u"server_id"_s}, u"srv-1"_s), invalidField,
            u"server_id"_s);
        row("changes: unknown member", chg, edit(page, {u"next"_s}, u"x"_s), badRequest, u"next"_s);
        row("changes: changes as object", chg, edit(page, {u"changes"_s}, QJsonObject()),
            invalidField, u"changes"_s);
        row("changes: record not an object", chg, edit(page, {u"changes"_s, 1}, u"x"_s),
            invalidField, u"changes[1]"_s);
        row("changes: null record", chg, edit(page, {u"changes"_s, 0}, QJsonValue::Null),
            invalidField, u"changes[0]"_s);
        row("changes: record with unknown kind", chg,
            edit(page, {u"changes"_s, 1, u"kind"_s}, u"event"_s), invalidField,
            u"changes[1].kind"_s);
        row("changes: record with negative rev", chg, edit(page, {u"changes"_s, 0, u"rev"_s}, -5),
            invalidField, u"changes[0].rev"_s);
        row("changes: record missing fields", chg,
            edit(page, {u"changes"_s, 0, u"fields"_s}, removed), badRequest,
            u"changes[0].fields"_s);
        row("changes: bad UTF-8 deep in a record", chg,
            editRaw(page, {u"changes"_s, 0, u"fields"_s, u"pillars"_s, 0}, "\"\xed\xa0\x80\""),
            invalidJson, u"changes[0].fields.pillars[0]"_s);
        row("changes: same record twice", chg,
            edit(page, {u"changes"_s, 1, u"id"_s}, samplePractice().id), invalidField,
            u"changes[1].id"_s);
        row("changes: missing cursor", chg, edit(page, {u"cursor"_s}, removed), badRequest,
            u"cursor"_s);
        row("changes: cursor as number", chg, edit(page, {u"cursor"_s}, 43), invalidField,
            u"cursor"_s);
        row("changes: cursor too long", chg,
            edit(page, {u"cursor"_s}, QString(limits::maxCursorChars + 1, u'c')), invalidField,
            u"cursor"_s);
        row("changes: missing more", chg, edit(page, {u"more"_s}, removed), badRequest, u"more"_s);
        row("changes: more as string", chg, edit(page, {u"more"_s}, u"true"_s), invalidField,
            u"more"_s);

        // --- mutation batches ------------------------------------------------------------
        const QString mut = u"mutations"_s;
        MutationBatch fourBatch{{sampleUpsert(), sampleDelete(), sampleUpsert(), sampleUpsert()}};
        fourBatch.mutations[2].mutationId = uuid(502);
        fourBatch.mutations[3].mutationId = uuid(503);
        const QByteArray batch = encodeMutationBatch(fourBatch);
        row("mutations: empty object", mut, "{}", badRequest, u"mutations"_s);
        row("mutations: array document", mut, "[]", badRequest, {});
        row("mutations: mutations as object", mut, R"({"mutations":{}})", invalidField,
            u"mutations"_s);
        row("mutations: no mutations", mut, R"({"mutations":[]})", invalidField, u"mutations"_s);
        row("mutations: unknown top-level member", mut, edit(batch, {u"dry_run"_s}, true),
            badRequest, u"dry_run"_s);
        row("mutations: the example path", mut,
            editRaw(batch, {u"mutations"_s, 3, u"fields"_s, u"pillars"_s, 0}, "\"\xff\""),
            invalidJson, u"mutations[3].fields.pillars[0]"_s);
        row("mutations: item not an object", mut, edit(batch, {u"mutations"_s, 2}, 7), invalidField,
            u"mutations[2]"_s);
        row("mutations: unknown op", mut, edit(batch, {u"mutations"_s, 0, u"op"_s}, u"patch"_s),
            invalidField, u"mutations[0].op"_s);
        row("mutations: upper-case op", mut, edit(batch, {u"mutations"_s, 0, u"op"_s}, u"UPSERT"_s),
            invalidField, u"mutations[0].op"_s);
        row("mutations: missing op", mut, edit(batch, {u"mutations"_s, 0, u"op"_s}, removed),
            badRequest, u"mutations[0].op"_s);
        row("mutations: unknown kind", mut, edit(batch, {u"mutations"_s, 2, u"kind"_s}, u"event"_s),
            invalidField, u"mutations[2].kind"_s);
        row("mutations: negative base_rev", mut,
            edit(batch, {u"mutations"_s, 1, u"base_rev"_s}, -1), invalidField,
            u"mutations[1].base_rev"_s);
        row("mutations: missing base_rev", mut,
            edit(batch, {u"mutations"_s, 1, u"base_rev"_s}, removed), badRequest,
            u"mutations[1].base_rev"_s);
        row("mutations: base_rev as bool", mut,
            edit(batch, {u"mutations"_s, 0, u"base_rev"_s}, false), invalidField,
            u"mutations[0].base_rev"_s);
        row("mutations: unknown member", mut, edit(batch, {u"mutations"_s, 3, u"rev"_s}, 1),
            badRequest, u"mutations[3].rev"_s);
        row("mutations: upsert without fields", mut,
            edit(batch, {u"mutations"_s, 0, u"fields"_s}, removed), badRequest,
            u"mutations[0].fields"_s);
        row("mutations: upsert with fields null", mut,
            edit(batch, {u"mutations"_s, 0, u"fields"_s}, QJsonValue::Null), invalidField,
            u"mutations[0].fields"_s);
        row("mutations: delete with fields", mut,
            edit(batch, {u"mutations"_s, 1, u"fields"_s}, QJsonObject()), badRequest,
            u"mutations[1].fields"_s);
        row("mutations: repeated mutation_id", mut,
            edit(batch, {u"mutations"_s, 2, u"mutation_id"_s}, uuid(501)), invalidField,
            u"mutations[2].mutation_id"_s);
        row("mutations: bad mutation_id", mut,
            edit(batch, {u"mutations"_s, 1, u"mutation_id"_s}, u"m-1"_s), invalidField,
            u"mutations[1].mutation_id"_s);
        row("mutations: bad record id", mut,
            edit(batch, {u"mutations"_s, 1, u"id"_s}, u"{00000000-0000-4000-8000-000000000077}"_s),
            invalidField, u"mutations[1].id"_s);
        row("mutations: string over the limit", mut,
            edit(batch, {u"mutations"_s, 2, u"fields"_s, u"lessons"_s},
                 QString(limits::maxStringBytes + 1, u'l')),
            tooLarge, u"mutations[2].fields.lessons"_s);
        MutationBatch tooMany;
        for (int i = 0; i <= limits::maxMutationsPerBatch; ++i) {
            Mutation mutation = sampleDelete();
            mutation.mutationId = uuid(2000 + i);
            tooMany.mutations.append(mutation);
        }
        row("mutations: 101 mutations", mut, encodeMutationBatch(tooMany), tooLarge,
            u"mutations"_s);
        QByteArray huge = batch;
        huge.insert(1, QByteArray(limits::maxRequestBytes, ' '));
        row("mutations: body over 4 MiB", mut, huge, tooLarge, {});
        row("mutations: duplicate op member", mut,
            editRaw(batch, {u"mutations"_s, 0, u"op"_s}, R"("upsert","op":"delete")"), invalidJson,
            u"mutations[0].op"_s);

        // --- mutation results ------------------------------------------------------------
        const QString res = u"results"_s;
        const QByteArray results = encodeMutationResults(sampleResults());
        row("results: missing results", res, "{}", badRequest, u"results"_s);
        row("results: unknown status", res, edit(results, {u"results"_s, 0, u"status"_s}, u"ok"_s),
            invalidField, u"results[0].status"_s);
        row("results: applied without record", res,
            edit(results, {u"results"_s, 0, u"record"_s}, removed), badRequest,
            u"results[0].record"_s);
        row("results: conflict with error", res,
            edit(results, {u"results"_s, 1, u"error"_s}, QJsonObject()), badRequest,
            u"results[1].error"_s);
        row("results: rejected without error", res,
            edit(results, {u"results"_s, 2, u"error"_s}, removed), badRequest,
            u"results[2].error"_s);
        row("results: rejected with record", res,
            edit(results, {u"results"_s, 2, u"record"_s}, QJsonObject()), badRequest,
            u"results[2].record"_s);
        row("results: error code not snake_case", res,
            edit(results, {u"results"_s, 2, u"error"_s, u"code"_s}, u"Invalid Field"_s),
            invalidField, u"results[2].error.code"_s);
        row("results: error without message", res,
            edit(results, {u"results"_s, 2, u"error"_s, u"message"_s}, removed), badRequest,
            u"results[2].error.message"_s);
        row("results: error with empty path", res,
            edit(results, {u"results"_s, 2, u"error"_s, u"path"_s}, u""_s), invalidField,
            u"results[2].error.path"_s);
        row("results: error with unknown member", res,
            edit(results, {u"results"_s, 3, u"error"_s, u"detail"_s}, u"x"_s), badRequest,
            u"results[3].error.detail"_s);
        row("results: bad record inside", res,
            edit(results, {u"results"_s, 0, u"record"_s, u"rev"_s}, 0.5), invalidField,
            u"results[0].record.rev"_s);
        row("results: tombstone with fields inside", res,
            edit(results, {u"results"_s, 1, u"record"_s, u"fields"_s}, QJsonObject()), badRequest,
            u"results[1].record.fields"_s);

        // --- errors ----------------------------------------------------------------------
        const QString err = u"error"_s;
        row("error: error as string", err, R"({"error":"boom"})", invalidField, u"error"_s);
        row("error: flat form", err, R"({"code":"internal","message":"x"})", badRequest, u"code"_s);
        row("error: missing code", err, R"({"error":{"message":"x"}})", badRequest,
            u"error.code"_s);
        row("error: empty message", err, R"({"error":{"code":"internal","message":""}})",
            invalidField, u"error.message"_s);
        row("error: code with dash", err, R"({"error":{"code":"not-found","message":"x"}})",
            invalidField, u"error.code"_s);
        row("error: extra member", err, R"({"error":{"code":"internal","message":"x","trace":[]}})",
            badRequest, u"error.trace"_s);

        // --- session ---------------------------------------------------------------------
        const QString sreq = u"session_request"_s;
        const QByteArray request = encodeSessionRequest({u"amina.k"_s, u"secret"_s});
        row("session: empty username", sreq, edit(request, {u"username"_s}, u""_s), invalidField,
            u"username"_s);
        row("session: username too long", sreq,
            edit(request, {u"username"_s}, QString(limits::maxUsernameChars + 1, u'u')),
            invalidField, u"username"_s);
        row("session: missing password", sreq, edit(request, {u"password"_s}, removed), badRequest,
            u"password"_s);
        row("session: password as number", sreq, edit(request, {u"password"_s}, 1234), invalidField,
            u"password"_s);
        row("session: empty password", sreq, edit(request, {u"password"_s}, u""_s), invalidField,
            u"password"_s);
        row("session: password over the limit", sreq,
            edit(request, {u"password"_s}, QString(limits::maxPasswordBytes + 1, u'p')),
            invalidField, u"password"_s);
        row("session: extra member", sreq, edit(request, {u"remember"_s}, true), badRequest,
            u"remember"_s);
        row("session: body over 4 MiB", sreq,
            edit(request, {u"password"_s}, QString(limits::maxRequestBytes, u'p')), tooLarge, {});

        const QString sres = u"session_response"_s;
        const QByteArray session = encodeSessionResponse(sampleSession());
        row("session: token with space", sres, edit(session, {u"token"_s}, u"a b"_s), invalidField,
            u"token"_s);
        row("session: token with newline", sres, edit(session, {u"token"_s}, u"ab\r\nX: y"_s),
            invalidField, u"token"_s);
        row("session: empty token", sres, edit(session, {u"token"_s}, u""_s), invalidField,
            u"token"_s);
        row("session: expires_at without zone", sres,
            edit(session, {u"expires_at"_s}, u"2026-12-01T00:00:00.000"_s), invalidField,
            u"expires_at"_s);
        row("session: expires_at null", sres, edit(session, {u"expires_at"_s}, QJsonValue::Null),
            invalidField, u"expires_at"_s);
        row("session: unknown role", sres, edit(session, {u"user"_s, u"role"_s}, u"root"_s),
            invalidField, u"user.role"_s);
        row("session: lower-case country", sres, edit(session, {u"user"_s, u"country"_s}, u"ken"_s),
            invalidField, u"user.country"_s);
        row("session: alpha-2 country", sres, edit(session, {u"user"_s, u"country"_s}, u"KE"_s),
            invalidField, u"user.country"_s);
        row("session: empty country", sres, edit(session, {u"user"_s, u"country"_s}, u""_s),
            invalidField, u"user.country"_s);
        row("session: missing country", sres, edit(session, {u"user"_s, u"country"_s}, removed),
            badRequest, u"user.country"_s);
        row("session: missing username", sres, edit(session, {u"user"_s, u"username"_s}, removed),
            badRequest, u"user.username"_s);
        row("session: bad user id", sres, edit(session, {u"user"_s, u"id"_s}, 7), invalidField,
            u"user.id"_s);
        row("session: user as array", sres, edit(session, {u"user"_s}, QJsonArray()), invalidField,
            u"user"_s);
        row("session: user unknown member", sres,
            edit(session, {u"user"_s, u"password_hash"_s}, u"x"_s), badRequest,
            u"user.password_hash"_s);

        // --- health, reference -----------------------------------------------------------
        const QString hea = u"health"_s;
        const QByteArray health = encodeHealth({u"ok"_s, uuid(9), u"0.1.0"_s});
        row("health: status not snake_case", hea, edit(health, {u"status"_s}, u"OK"_s),
            invalidField, u"status"_s);
        row("health: missing server_id", hea, edit(health, {u"server_id"_s}, removed), badRequest,
            u"server_id"_s);
        row("health: empty version", hea, edit(health, {u"version"_s}, u""_s), invalidField,
            u"version"_s);
        row("health: extra member", hea, edit(health, {u"uptime"_s}, 5), badRequest, u"uptime"_s);

        const QString ref = u"reference"_s;
        const QByteArray reference = encodeReference(sampleReference());
        const QString rev = u"revisions"_s;
        const QByteArray revisions = encodeRevisionPage(sampleRevisionPage());
        row("revisions: out of order", rev, edit(revisions, {u"revisions"_s, 2, u"rev"_s}, 50),
            invalidField, u"revisions[2].rev"_s);
        row("revisions: same rev twice", rev, edit(revisions, {u"revisions"_s, 1, u"rev"_s}, 44),
            invalidField, u"revisions[1].rev"_s);
        row("revisions: deleted with fields", rev,
            edit(revisions, {u"revisions"_s, 0, u"fields"_s}, QJsonObject()), badRequest,
            u"revisions[0].fields"_s);
        row("revisions: missing fields", rev,
            edit(revisions, {u"revisions"_s, 1, u"fields"_s}, removed), badRequest,
            u"revisions[1].fields"_s);
        row("revisions: writer not a uuid", rev,
            edit(revisions, {u"revisions"_s, 1, u"updated_by"_s}, u"ken"_s), invalidField,
            u"revisions[1].updated_by"_s);
        row("revisions: bad timestamp", rev,
            edit(revisions, {u"revisions"_s, 2, u"updated_at"_s}, u"yesterday"_s), invalidField,
            u"revisions[2].updated_at"_s);
        row("revisions: unknown kind", rev, edit(revisions, {u"kind"_s}, u"memo"_s), invalidField,
            u"kind"_s);
        row("revisions: not an array", rev, edit(revisions, {u"revisions"_s}, QJsonObject()),
            invalidField, u"revisions"_s);
        row("revisions: missing more", rev, edit(revisions, {u"more"_s}, removed), badRequest,
            u"more"_s);
        row("revisions: unknown member", rev, edit(revisions, {u"cursor"_s}, u"x"_s), badRequest,
            u"cursor"_s);
        row("reference: country not an object", ref, edit(reference, {u"countries"_s, 0}, u"KEN"_s),
            invalidField, u"countries[0]"_s);
        row("reference: pillars as object", ref, edit(reference, {u"pillars"_s}, QJsonObject()),
            invalidField, u"pillars"_s);
        row("reference: missing pillars", ref, edit(reference, {u"pillars"_s}, removed), badRequest,
            u"pillars"_s);
        row("reference: user with empty username", ref,
            edit(reference, {u"users"_s, 1, u"username"_s}, u""_s), invalidField,
            u"users[1].username"_s);
        row("reference: user with unknown role", ref,
            edit(reference, {u"users"_s, 0, u"role"_s}, u"observer"_s), invalidField,
            u"users[0].role"_s);
        row("reference: user without display name", ref,
            edit(reference, {u"users"_s, 0, u"display_name"_s}, removed), badRequest,
            u"users[0].display_name"_s);
    }

    void decode_rejects()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const std::optional<smec::Error> error = decodeWith(decoder, bytes);
        QVERIFY2(error.has_value(), bytes.left(300).constData());
        QCOMPARE(error->code, code);
        QCOMPARE(error->path, path);
        QVERIFY(!error->message.isEmpty());
        if (!path.isEmpty())
            QVERIFY2(error->message.contains(path), qPrintable(error->message));
    }

    void decode_acceptsTheUneditedSamples()
    {
        // The table above edits these; they must be valid to begin with.
        QVERIFY(decodeRecord(encodeRecord(samplePractice())).ok());
        QVERIFY(decodeRecord(encodeRecord(sampleTombstone())).ok());
        QVERIFY(decodeRecord(encodeRecord(sampleLocalDraft())).ok());
        QVERIFY(decodeChangePage(encodeChangePage(samplePage())).ok());
        QVERIFY(decodeMutationResults(encodeMutationResults(sampleResults())).ok());
        QVERIFY(decodeSessionResponse(encodeSessionResponse(sampleSession())).ok());
        QVERIFY(decodeReference(encodeReference(sampleReference())).ok());
        QVERIFY(decodeRevisionPage(encodeRevisionPage(sampleRevisionPage())).ok());
    }

    void decode_acceptsAnIntegralDoubleAsRev()
    {
        // `3.0` is the number 3 (JSON does not distinguish); `3.5` is refused above.
        const QByteArray bytes = edit(encodeRecord(samplePractice()), {u"rev"_s}, 3.0);
        const auto record = decodeRecord(QByteArray(bytes).replace("\"rev\":3", "\"rev\":3.0"));
        QVERIFY(record.ok());
        QCOMPARE(record->rev, 3);
    }

    void decode_acceptsFirstErrorOnly()
    {
        // Two problems: the error names the first one met, deterministically.
        const QByteArray bytes =
            edit(edit(encodeRecord(samplePractice()), {u"rev"_s}, -1), {u"zzz"_s}, 1);
        const auto result = decodeRecord(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().path, u"zzz"_s); // unknown members are checked first
    }
};

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
