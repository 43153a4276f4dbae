// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Encoding is the exact inverse of decoding, in compact JSON, for every message of the protocol.
#include "protocol/codec.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "protocolfixtures.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::protocol;
using namespace smec::test;
using smec::domain::Kind;
using smec::domain::Record;

namespace {

// decode(encode(value)) == value, and encode(decode(bytes)) == bytes.
template<typename T, typename Encode, typename Decode>
bool roundTrips(const T &value, Encode encode, Decode decode)
{
    const QByteArray bytes = encode(value);
    const auto decoded = decode(bytes);
    if (!decoded.ok()) {
        qWarning("decode failed: %s\n%s", qPrintable(decoded.error().message), bytes.constData());
        return false;
    }
    if (!(*decoded == value)) {
        qWarning("decoded value differs:\n%s\n%s", bytes.constData(), encode(*decoded).constData());
        return false;
    }
    if (encode(*decoded) != bytes) {
        qWarning("re-encoding differs");
        return false;
    }
    return true;
}

} // namespace

class TestCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_roundTrips_data()
    {
        QTest::addColumn<Record>("record");
        QTest::newRow("practice with unknown fields") << samplePractice();
        QTest::newRow("tombstone") << sampleTombstone();
        QTest::newRow("local draft, never synced") << sampleLocalDraft();
        for (Kind kind : smec::domain::allKinds) {
            Record record = samplePractice();
            record.kind = kind;
            record.fields = {};
            QTest::addRow("empty %s", qPrintable(smec::domain::kindName(kind))) << record;
        }
        Record maxRev = samplePractice();
        maxRev.rev = limits::maxRev;
        QTest::newRow("largest rev") << maxRev;
        Record big = samplePractice();
        big.fields.insert(u"body"_s, QString(limits::maxStringBytes, u'x'));
        QTest::newRow("body at the size limit") << big;
    }

    void record_roundTrips()
    {
        QFETCH(Record, record);
        QVERIFY(roundTrips(record, &encodeRecord, &decodeRecord));
        const auto viaJson = recordFromJson(recordToJson(record));
        QVERIFY(viaJson.ok());
        QCOMPARE(*viaJson, record);
    }

    void record_encodesCompactEnvelopeAndTombstone()
    {
        Record record = sampleLocalDraft();
        QCOMPARE(
            encodeRecord(record),
            QByteArray(R"({"created_at":null,"created_by":null,"deleted":false,)"
                       R"("fields":{"title":"Draft"},"id":"00000000-0000-4000-8000-000000000078",)"
                       R"("kind":"thread","rev":0,"updated_at":null,"updated_by":null})"));
        record = samplePractice();
        record.fields = {};
        QCOMPARE(encodeRecord(record),
                 QByteArray(R"({"created_at":"2026-03-01T09:30:00.125Z",)"
                            R"("created_by":"00000000-0000-4000-8000-000000000001",)"
                            R"("deleted":false,"fields":{},)"
                            R"("id":"3f2b8c1e-5d4a-4e6f-9a1b-2c3d4e5f6a7b","kind":"practice",)"
                            R"("rev":42,"updated_at":"2026-04-02T17:05:59.999Z",)"
                            R"("updated_by":"00000000-0000-4000-8000-000000000002"})"));
        // A deleted record goes out in the tombstone form whatever else it holds.
        record.deleted = true;
        QCOMPARE(encodeRecord(record),
                 QByteArray(R"({"deleted":true,"id":"3f2b8c1e-5d4a-4e6f-9a1b-2c3d4e5f6a7b",)"
                            R"("kind":"practice","rev":42})"));
    }

    void record_keepsUnknownFieldsVerbatim()
    {
        const QByteArray bytes =
            R"({"created_at":"2026-03-01T09:30:00.125Z","created_by":"00000000-0000-4000-8000-000000000001",)"
            R"("deleted":false,"fields":{"title":"T","z_new":{"a":[1,"b",null,{"c":false}]},)"
            R"("z_num":-12.75,"z_big":9007199254740993},"id":"3f2b8c1e-5d4a-4e6f-9a1b-2c3d4e5f6a7b",)"
            R"("kind":"practice","rev":42,"updated_at":"2026-04-02T17:05:59.999Z",)"
            R"("updated_by":"00000000-0000-4000-8000-000000000002"})";
        const auto record = decodeRecord(bytes);
        QVERIFY(record.ok());
        QCOMPARE(record->fields.value("z_big"_L1).toInteger(), Q_INT64_C(9007199254740993));
        const QJsonObject reencoded =
            QJsonDocument::fromJson(encodeRecord(*record)).object().value("fields"_L1).toObject();
        QCOMPARE(reencoded, QJsonDocument::fromJson(bytes).object().value("fields"_L1).toObject());
        QCOMPARE(reencoded.value("z_new"_L1).toObject().value("a"_L1).toArray().size(), 4);
    }

    void changePage_roundTrips_data()
    {
        QTest::addColumn<ChangePage>("page");
        QTest::newRow("records and tombstone") << samplePage();
        ChangePage empty;
        empty.serverId = uuid(9);
        empty.cursor = u""_s;
        empty.more = false;
        QTest::newRow("empty, no cursor") << empty;
        ChangePage odd = samplePage();
        odd.cursor = u"a\"b\\c/d\u00e9\u2028\n"_s;
        QTest::newRow("cursor needing escapes") << odd;
    }

    void changePage_roundTrips()
    {
        QFETCH(ChangePage, page);
        QVERIFY(
            roundTrips(page, qOverload<const ChangePage &>(&encodeChangePage), &decodeChangePage));
    }

    void changePage_keepingFields_data() { changePage_roundTrips_data(); }

    void changePage_keepingFields()
    {
        QFETCH(ChangePage, page);
        // A server may write the fields in any layout: spaces, escapes, member order.
        QByteArray bytes = qOverload<const ChangePage &>(&encodeChangePage)(page);
        bytes.replace("\":", "\" : ").replace(",\"", " ,\n\"");
        QList<QByteArray> fieldsText;
        auto decoded = decodeChangePageKeepingFields(bytes, &fieldsText);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(*decoded, page);
        QCOMPARE(fieldsText.size(), page.changes.size());
        for (qsizetype i = 0; i < page.changes.size(); ++i) {
            if (page.changes.at(i).deleted) {
                QVERIFY(fieldsText.at(i).isEmpty());
                continue;
            }
            // The slice is the record's fields as they came, and parses to the same object.
            QVERIFY(bytes.contains(fieldsText.at(i)));
            QCOMPARE(QJsonDocument::fromJson(fieldsText.at(i)).object(), page.changes.at(i).fields);
        }
        // Malformed input fails the same way as without the slices.
        bytes.chop(3);
        QList<QByteArray> none;
        auto broken = decodeChangePageKeepingFields(bytes, &none);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, decodeChangePage(bytes).error().code);
    }

    void changePage_writerMatches_data()
    {
        changePage_roundTrips_data();
        ChangePage escapes = samplePage();
        escapes.changes.append(sampleLocalDraft()); // nulls for what the server never set
        Record quoted = samplePractice();
        quoted.id = u"a\"b\\c\u00e9"_s; // not a UUID, but the writer must escape like the document
        quoted.rev = 7;
        escapes.changes.append(quoted);
        QTest::newRow("nulls and escapes") << escapes;
    }

    void changePage_writerMatches()
    {
        QFETCH(ChangePage, page);
        ChangePageWriter writer;
        for (const Record &record : page.changes) {
            // The stored form of the fields: what QJsonDocument writes for the object.
            const QByteArray fields = QJsonDocument(record.fields).toJson(QJsonDocument::Compact);
            writer.addRecord(record, record.deleted ? QByteArray("ignored") : fields);
        }
        QCOMPARE(writer.finish(page.serverId, page.cursor, page.more), encodeChangePage(page));
        // Finishing leaves the writer ready for the next page.
        QCOMPARE(writer.finish(page.serverId, page.cursor, page.more),
                 encodeChangePage(ChangePage{page.serverId, {}, page.cursor, page.more}));
    }

    void changePage_writerEmptyFieldsAreAnEmptyObject()
    {
        Record record = samplePractice();
        ChangePageWriter writer;
        writer.addRecord(record, {});
        record.fields = {};
        QCOMPARE(writer.finish(uuid(9), u"c"_s, true),
                 encodeChangePage(ChangePage{uuid(9), {record}, u"c"_s, true}));
    }

    void mutationBatch_roundTrips()
    {
        MutationBatch batch{{sampleUpsert(), sampleDelete()}};
        QVERIFY(roundTrips(batch, &encodeMutationBatch, &decodeMutationBatch));

        MutationBatch full;
        for (int i = 0; i < limits::maxMutationsPerBatch; ++i) {
            Mutation mutation = sampleUpsert();
            mutation.mutationId = uuid(1000 + i);
            mutation.baseRev = 0;
            full.mutations.append(mutation);
        }
        QVERIFY(roundTrips(full, &encodeMutationBatch, &decodeMutationBatch));
    }

    void mutationBatch_deleteCarriesNoFields()
    {
        Mutation mutation = sampleDelete();
        mutation.fields.insert(u"title"_s, u"ignored"_s);
        QCOMPARE(
            encodeMutationBatch({{mutation}}),
            QByteArray(R"({"mutations":[{"base_rev":3,"id":"00000000-0000-4000-8000-000000000077",)"
                       R"("kind":"post","mutation_id":"00000000-0000-4000-8000-000000000501",)"
                       R"("op":"delete"}]})"));
    }

    void mutationResults_roundTrip()
    {
        QVERIFY(roundTrips(sampleResults(), &encodeMutationResults, &decodeMutationResults));
        QVERIFY(roundTrips(MutationResults{}, &encodeMutationResults, &decodeMutationResults));
    }

    void mutationResults_listOfWireFormsMatches()
    {
        const MutationResults results = sampleResults();
        QList<QJsonObject> wire;
        for (const MutationResult &result : results.results)
            wire.append(mutationResultToJson(result));
        QCOMPARE(encodeMutationResultList(wire), encodeMutationResults(results));
        QCOMPARE(decodeMutationResults(encodeMutationResultList(wire)).value(), results);
    }

    void mutationResults_rejectedCarriesErrorOnly()
    {
        MutationResult rejected = sampleResults().results.at(3);
        rejected.record = samplePractice(); // not sent for a rejection
        QCOMPARE(encodeMutationResults({{rejected}}),
                 QByteArray(R"({"results":[{"error":{"code":"forbidden","message":)"
                            R"("Delegates cannot publish practices."},)"
                            R"("mutation_id":"00000000-0000-4000-8000-000000000503",)"
                            R"("status":"rejected"}]})"));
    }

    void apiError_roundTrips()
    {
        const auto encode = qOverload<const ApiError &>(&encodeApiError);
        QVERIFY(roundTrips(ApiError{u"not_found"_s, u"No such record."_s, {}}, encode,
                           &decodeApiError));
        QVERIFY(roundTrips(ApiError{u"invalid_field"_s, u"Too long."_s, u"fields.title"_s}, encode,
                           &decodeApiError));
        const smec::Error error{u"invalid_json"_s, u"at byte 3: unterminated string"_s, {}};
        QCOMPARE(
            encodeApiError(error),
            QByteArray(
                R"({"error":{"code":"invalid_json","message":"at byte 3: unterminated string"}})"));
        QCOMPARE(decodeApiError(encodeApiError(error))->toError(), error);
    }

    void session_roundTrips()
    {
        QVERIFY(roundTrips(SessionRequest{u"amina.k"_s, u"correct horse \u00e9 battery"_s},
                           &encodeSessionRequest, &decodeSessionRequest));
        QVERIFY(roundTrips(sampleSession(), &encodeSessionResponse, &decodeSessionResponse));
        SessionResponse analyst = sampleSession();
        analyst.user.country.clear();
        analyst.user.role = u"analyst"_s;
        QVERIFY(roundTrips(analyst, &encodeSessionResponse, &decodeSessionResponse));
        QVERIFY(encodeSessionResponse(analyst).contains(R"("country":null)"));
    }

    void session_passwordAtByteLimit()
    {
        // 512 two-byte characters = 1024 UTF-8 bytes: at the limit; one more byte is over.
        const QString password(limits::maxPasswordBytes / 2, u'\u00e9');
        QVERIFY(decodeSessionRequest(encodeSessionRequest({u"u"_s, password})).ok());
        const auto over = decodeSessionRequest(encodeSessionRequest({u"u"_s, password + u"x"_s}));
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, u"invalid_field"_s);
        QCOMPARE(over.error().path, u"password"_s);
    }

    void health_roundTrips()
    {
        const Health health{u"ok"_s, uuid(9), u"0.1.0"_s};
        QVERIFY(roundTrips(health, &encodeHealth, &decodeHealth));
        QCOMPARE(
            encodeHealth(health),
            QByteArray(
                R"({"server_id":"00000000-0000-4000-8000-000000000009","status":"ok","version":"0.1.0"})"));
    }

    void revisionPage_roundTrips()
    {
        QVERIFY(roundTrips(sampleRevisionPage(), &encodeRevisionPage, &decodeRevisionPage));
        RevisionPage empty;
        empty.id = uuid(5);
        empty.kind = Kind::Post;
        QVERIFY(roundTrips(empty, &encodeRevisionPage, &decodeRevisionPage));
        // A deleted revision is sent without fields.
        const QByteArray bytes = encodeRevisionPage(sampleRevisionPage());
        QVERIFY(bytes.contains(
            R"({"deleted":true,"rev":44,"updated_at":"2026-03-02T10:00:00.005Z","updated_by":)"));
    }

    void reference_roundTrips()
    {
        QVERIFY(roundTrips(sampleReference(), &encodeReference, &decodeReference));
        QVERIFY(roundTrips(Reference{}, &encodeReference, &decodeReference));
    }

    void decoders_refuseEachOthersDocuments()
    {
        // A document of one kind never passes for another: no member sets overlap completely.
        const QList<QByteArray> documents = {encodeRecord(samplePractice()),
                                             encodeChangePage(samplePage()),
                                             encodeMutationBatch({{sampleUpsert()}}),
                                             encodeMutationResults(sampleResults()),
                                             encodeApiError(ApiError{u"internal"_s, u"x"_s, {}}),
                                             encodeSessionRequest({u"u"_s, u"p"_s}),
                                             encodeSessionResponse(sampleSession()),
                                             encodeHealth({u"ok"_s, uuid(9), u"1.0.0"_s}),
                                             encodeReference(sampleReference()),
                                             encodeRevisionPage(sampleRevisionPage())};
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QByteArray &bytes = documents.at(i);
            const int accepted =
                int(decodeRecord(bytes).ok()) + int(decodeChangePage(bytes).ok()) +
                int(decodeMutationBatch(bytes).ok()) + int(decodeMutationResults(bytes).ok()) +
                int(decodeApiError(bytes).ok()) + int(decodeSessionRequest(bytes).ok()) +
                int(decodeSessionResponse(bytes).ok()) + int(decodeHealth(bytes).ok()) +
                int(decodeReference(bytes).ok()) + int(decodeRevisionPage(bytes).ok());
            QVERIFY2(accepted == 1, bytes.left(80).constData());
        }
    }

    void names_matchTheWire()
    {
        QCOMPARE(opName(MutationOp::Upsert), u"upsert"_s);
        QCOMPARE(opName(MutationOp::Delete), u"delete"_s);
        QCOMPARE(opFromName(u"delete"), MutationOp::Delete);
        QVERIFY(!opFromName(u"Delete").has_value());
        QCOMPARE(statusName(MutationStatus::Conflict), u"conflict"_s);
        QCOMPARE(statusFromName(u"rejected"), MutationStatus::Rejected);
        QVERIFY(!statusFromName(u"").has_value());
    }

    void httpStatus_followsTheDesign_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("bad_request") << u"bad_request"_s << 400;
        QTest::newRow("invalid_json") << u"invalid_json"_s << 400;
        QTest::newRow("invalid_field") << u"invalid_field"_s << 400;
        QTest::newRow("unauthenticated") << u"unauthenticated"_s << 401;
        QTest::newRow("forbidden") << u"forbidden"_s << 403;
        QTest::newRow("not_found") << u"not_found"_s << 404;
        QTest::newRow("conflict") << u"conflict"_s << 409;
        QTest::newRow("resync_required") << u"resync_required"_s << 410;
        QTest::newRow("payload_too_large") << u"payload_too_large"_s << 413;
        QTest::newRow("rate_limited") << u"rate_limited"_s << 429;
        QTest::newRow("internal") << u"internal"_s << 500;
        QTest::newRow("unavailable") << u"unavailable"_s << 503;
        QTest::newRow("unknown") << u"something_else"_s << 400;
    }

    void httpStatus_followsTheDesign()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QCOMPARE(codes::httpStatus(code), status);
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
