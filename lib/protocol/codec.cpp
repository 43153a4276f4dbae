// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codec.h"

#include "errorcodes.h"
#include "jsonpath.h"
#include "limits.h"
#include "objectreader.h"
#include "strictjson.h"
#include "timestamp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smec::protocol {

namespace {

using domain::Kind;
using domain::Record;

QString tr(const char *text)
{
    return ObjectReader::tr(text);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timestampValue(const QDateTime &time)
{
    return nullIfEmpty(formatTimestamp(time));
}

// The JSON form of one string, exactly as QJsonDocument writes it inside a document.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// jsonString() appended to `out`, without the detour through a document for the plain ASCII
// of ids, kinds, timestamps and cursors.
void appendJsonString(QByteArray &out, QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            out += jsonString(text.toString());
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + text.size() + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (const QChar c : text)
        *p++ = char(c.unicode());
    *p = '"';
}

qsizetype utf8Size(QStringView text)
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80)
            size += 1;
        else if (u < 0x800)
            size += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
                 QChar::isLowSurrogate(text[i + 1].unicode())) {
            size += 4;
            ++i;
        } else
            size += 3;
    }
    return size;
}

// --- readers: each reads one value at `path`, recording the first failure in `error` -------

template<typename T>
using Reader = T (*)(const QJsonValue &, const JsonPath &, std::optional<Error> &);

template<typename T>
Result<T> decodeDocument(const QByteArray &bytes, qsizetype maxBytes, Reader<T> read)
{
    Result<QJsonDocument> document = parseStrictJson(bytes, maxBytes);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error{codes::badRequest, tr("the document must be a JSON object"), {}};
    std::optional<Error> error;
    const JsonPath root;
    T value = read(QJsonValue(document->object()), root, error);
    if (error)
        return *error;
    return value;
}

Record readRecord(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    Record record;
    ObjectReader r(value, path, error, codes::invalidField);
    r.allowOnly({"id"_L1, "kind"_L1, "rev"_L1, "deleted"_L1, "created_by"_L1, "updated_by"_L1,
                 "created_at"_L1, "updated_at"_L1, "fields"_L1});
    record.deleted = r.boolean("deleted"_L1);
    if (record.deleted) {
        r.allowOnly(
            {"id"_L1, "kind"_L1, "rev"_L1, "deleted"_L1},
            tr("not allowed in a tombstone, which is {\"id\",\"kind\",\"rev\",\"deleted\":true}"));
    }
    record.id = r.uuid("id"_L1);
    record.kind = r.enumeration<Kind>("kind"_L1, &domain::kindFromName, tr("kind"));
    record.rev = r.revision("rev"_L1);
    if (!r.ok() || record.deleted)
        return record;
    // The server sets these at the first accepted write: a record it never saw (rev 0, e.g. in
    // a local store) has them null; a record from the server always has them.
    if (record.rev == 0) {
        record.createdBy = r.nullableUuid("created_by"_L1);
        record.updatedBy = r.nullableUuid("updated_by"_L1);
        record.createdAt = r.nullableTimestamp("created_at"_L1);
        record.updatedAt = r.nullableTimestamp("updated_at"_L1);
    } else {
        record.createdBy = r.uuid("created_by"_L1);
        record.updatedBy = r.uuid("updated_by"_L1);
        record.createdAt = r.timestamp("created_at"_L1);
        record.updatedAt = r.timestamp("updated_at"_L1);
    }
    record.fields = r.objectMember("fields"_L1);
    return record;
}

ChangePage readChangePage(const QJsonValue &value, const JsonPath &path,
                          std::optional<Error> &error)
{
    ChangePage page;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"server_id"_L1, "changes"_L1, "cursor"_L1, "more"_L1});
    page.serverId = r.uuid("server_id"_L1);
    const QJsonArray changes = r.arrayMember("changes"_L1);
    const QString changesName = u"changes"_s;
    const QString idName = u"id"_s;
    const JsonPath changesPath = path.key(changesName);
    page.changes.reserve(changes.size());
    QSet<QString> ids;
    ids.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size() && r.ok(); ++i) {
        const JsonPath itemPath = changesPath.index(i);
        Record record = readRecord(changes.at(i), itemPath, error);
        if (!r.ok())
            break;
        const qsizetype before = ids.size();
        ids.insert(record.id);
        if (ids.size() == before) {
            const JsonPath idPath = itemPath.key(idName);
            ObjectReader::fail(error, idPath, codes::invalidField,
                               tr("record %1 appears twice in one page").arg(record.id));
            break;
        }
        page.changes.append(std::move(record));
    }
    page.cursor = r.string("cursor"_L1, 0, limits::maxCursorChars);
    page.more = r.boolean("more"_L1);
    return page;
}

Mutation readMutation(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    Mutation mutation;
    ObjectReader r(value, path, error, codes::invalidField);
    r.allowOnly({"mutation_id"_L1, "op"_L1, "id"_L1, "kind"_L1, "base_rev"_L1, "fields"_L1});
    mutation.mutationId = r.uuid("mutation_id"_L1);
    mutation.op = r.enumeration<MutationOp>("op"_L1, &opFromName, tr("op"));
    mutation.id = r.uuid("id"_L1);
    mutation.kind = r.enumeration<Kind>("kind"_L1, &domain::kindFromName, tr("kind"));
    mutation.baseRev = r.revision("base_rev"_L1);
    if (!r.ok())
        return mutation;
    if (mutation.op == MutationOp::Upsert)
        mutation.fields = r.objectMember("fields"_L1);
    else if (r.has("fields"_L1))
        r.failAt("fields"_L1, codes::badRequest, tr("a delete carries no fields"));
    return mutation;
}

MutationBatch readMutationBatch(const QJsonValue &value, const JsonPath &path,
                                std::optional<Error> &error)
{
    MutationBatch batch;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"mutations"_L1});
    const QJsonArray mutations = r.arrayMember("mutations"_L1);
    if (!r.ok())
        return batch;
    if (mutations.isEmpty()) {
        r.failAt("mutations"_L1, codes::invalidField, tr("must hold at least one mutation"));
        return batch;
    }
    if (mutations.size() > limits::maxMutationsPerBatch) {
        r.failAt("mutations"_L1, codes::payloadTooLarge,
                 tr("holds %1 mutations, more than the limit of %2")
                     .arg(mutations.size())
                     .arg(limits::maxMutationsPerBatch));
        return batch;
    }
    const QString mutationsName = u"mutations"_s;
    const QString idName = u"mutation_id"_s;
    const JsonPath listPath = path.key(mutationsName);
    QHash<QString, qsizetype> seen;
    batch.mutations.reserve(mutations.size());
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const JsonPath itemPath = listPath.index(i);
        Mutation mutation = readMutation(mutations.at(i), itemPath, error);
        if (error)
            break;
        const auto it = seen.constFind(mutation.mutationId);
        if (it != seen.constEnd()) {
            const JsonPath idPath = itemPath.key(idName);
            ObjectReader::fail(error, idPath, codes::invalidField,
                               tr("repeats the mutation_id of mutations[%1]").arg(*it));
            break;
        }
        seen.insert(mutation.mutationId, i);
        batch.mutations.append(std::move(mutation));
    }
    return batch;
}

ApiError readApiError(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    ApiError apiError;
    ObjectReader r(value, path, error, codes::invalidField);
    r.allowOnly({"code"_L1, "message"_L1, "path"_L1});
    apiError.code = r.code("code"_L1);
    apiError.message = r.string("message"_L1, 1, 4096);
    if (r.has("path"_L1))
        apiError.path = r.string("path"_L1, 1, 1024);
    return apiError;
}

MutationResult readMutationResult(const QJsonValue &value, const JsonPath &path,
                                  std::optional<Error> &error)
{
    MutationResult result;
    ObjectReader r(value, path, error, codes::invalidField);
    r.allowOnly({"mutation_id"_L1, "status"_L1, "record"_L1, "error"_L1});
    result.mutationId = r.uuid("mutation_id"_L1);
    result.status = r.enumeration<MutationStatus>("status"_L1, &statusFromName, tr("status"));
    if (!r.ok())
        return result;
    if (result.status == MutationStatus::Rejected) {
        if (r.has("record"_L1)) {
            r.failAt("record"_L1, codes::badRequest, tr("a rejected result carries no record"));
            return result;
        }
        const QString errorName = u"error"_s;
        const JsonPath errorPath = path.key(errorName);
        result.error = readApiError(r.required("error"_L1), errorPath, error);
    } else {
        if (r.has("error"_L1)) {
            r.failAt("error"_L1, codes::badRequest, tr("only a rejected result carries an error"));
            return result;
        }
        const QString recordName = u"record"_s;
        const JsonPath recordPath = path.key(recordName);
        result.record = readRecord(r.required("record"_L1), recordPath, error);
    }
    return result;
}

MutationResults readMutationResults(const QJsonValue &value, const JsonPath &path,
                                    std::optional<Error> &error)
{
    MutationResults results;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"results"_L1});
    const QJsonArray list = r.arrayMember("results"_L1);
    const QString resultsName = u"results"_s;
    const JsonPath listPath = path.key(resultsName);
    results.results.reserve(list.size());
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const JsonPath itemPath = listPath.index(i);
        results.results.append(readMutationResult(list.at(i), itemPath, error));
    }
    return results;
}

ApiError readErrorDocument(const QJsonValue &value, const JsonPath &path,
                           std::optional<Error> &error)
{
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"error"_L1});
    const QString errorName = u"error"_s;
    const JsonPath errorPath = path.key(errorName);
    return readApiError(r.required("error"_L1), errorPath, error);
}

SessionRequest readSessionRequest(const QJsonValue &value, const JsonPath &path,
                                  std::optional<Error> &error)
{
    SessionRequest request;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"username"_L1, "password"_L1});
    request.username = r.string("username"_L1, 1, limits::maxUsernameChars);
    request.password = r.string("password"_L1, 1, limits::maxPasswordBytes);
    if (r.ok() && utf8Size(request.password) > limits::maxPasswordBytes) {
        r.failAt("password"_L1, codes::invalidField,
                 tr("must be at most %1 bytes long").arg(limits::maxPasswordBytes));
    }
    return request;
}

bool isCountryCode(QStringView text)
{
    if (text.size() != 3)
        return false;
    for (QChar c : text) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

bool isTokenText(QStringView text)
{
    // RFC 6750 b64token: what may follow "Bearer " in an Authorization header.
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' ||
                        u == u'~' || u == u'+' || u == u'/' || u == u'=';
        if (!ok)
            return false;
    }
    return true;
}

UserInfo readUser(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error,
                  bool usernameRequired)
{
    UserInfo user;
    ObjectReader r(value, path, error, codes::invalidField);
    r.allowOnly({"id"_L1, "username"_L1, "display_name"_L1, "country"_L1, "role"_L1});
    user.id = r.uuid("id"_L1);
    if (usernameRequired || r.has("username"_L1))
        user.username = r.string("username"_L1, 1, limits::maxUsernameChars);
    user.displayName = r.string("display_name"_L1, 1, limits::maxShortTextChars);
    user.country = r.nullableString("country"_L1, 3, 3);
    if (r.ok() && !user.country.isEmpty() && !isCountryCode(user.country)) {
        r.failAt(
            "country"_L1, codes::invalidField,
            tr("must be an ISO 3166-1 alpha-3 code such as KEN, not \"%1\"").arg(user.country));
    }
    user.role = r.string("role"_L1, 1, 64);
    if (r.ok() && user.role != "analyst"_L1 && user.role != "delegate"_L1 &&
        user.role != "secretariat"_L1 && user.role != "admin"_L1) {
        r.failAt("role"_L1, codes::invalidField,
                 ObjectReader::unknownValueMessage(tr("role"), user.role));
    }
    return user;
}

UserInfo readSessionUser(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    return readUser(value, path, error, true);
}

SessionResponse readSessionResponse(const QJsonValue &value, const JsonPath &path,
                                    std::optional<Error> &error)
{
    SessionResponse response;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"token"_L1, "expires_at"_L1, "user"_L1});
    response.token = r.string("token"_L1, 1, limits::maxTokenChars);
    if (r.ok() && !isTokenText(response.token)) {
        r.failAt("token"_L1, codes::invalidField, tr("must hold only letters, digits and -._~+/="));
    }
    response.expiresAt = r.timestamp("expires_at"_L1);
    const QString userName = u"user"_s;
    const JsonPath userPath = path.key(userName);
    response.user = readSessionUser(r.required("user"_L1), userPath, error);
    return response;
}

Health readHealth(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    Health health;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"status"_L1, "server_id"_L1, "version"_L1});
    health.status = r.code("status"_L1);
    health.serverId = r.uuid("server_id"_L1);
    health.version = r.string("version"_L1, 1, 64);
    return health;
}

QJsonArray readObjectArray(ObjectReader &r, QLatin1StringView key)
{
    const QJsonArray array = r.arrayMember(key);
    if (!r.ok())
        return {};
    const QString name = key;
    const JsonPath arrayPath = r.path().key(name);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            const JsonPath itemPath = arrayPath.index(i);
            r.failAt(itemPath, codes::invalidField, tr("must be an object"));
            return {};
        }
    }
    return array;
}

Reference readReference(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    Reference reference;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"countries"_L1, "pillars"_L1, "users"_L1});
    reference.countries = readObjectArray(r, "countries"_L1);
    reference.pillars = readObjectArray(r, "pillars"_L1);
    const QJsonArray users = r.arrayMember("users"_L1);
    const QString usersName = u"users"_s;
    const JsonPath usersPath = path.key(usersName);
    reference.users.reserve(users.size());
    for (qsizetype i = 0; i < users.size() && r.ok(); ++i) {
        const JsonPath itemPath = usersPath.index(i);
        reference.users.append(readUser(users.at(i), itemPath, error, false));
    }
    return reference;
}

// --- writers ---------------------------------------------------------------------------------

QJsonObject mutationToJson(const Mutation &mutation)
{
    QJsonObject object{{"mutation_id"_L1, mutation.mutationId},
                       {"op"_L1, opName(mutation.op)},
                       {"id"_L1, mutation.id},
                       {"kind"_L1, domain::kindName(mutation.kind)},
                       {"base_rev"_L1, QJsonValue(mutation.baseRev)}};
    if (mutation.op == MutationOp::Upsert)
        object.insert("fields"_L1, mutation.fields);
    return object;
}

QJsonObject apiErrorToJson(const ApiError &error)
{
    QJsonObject object{{"code"_L1, error.code}, {"message"_L1, error.message}};
    if (!error.path.isEmpty())
        object.insert("path"_L1, error.path);
    return object;
}

QJsonObject userToJson(const UserInfo &user)
{
    QJsonObject object{{"id"_L1, user.id},
                       {"display_name"_L1, user.displayName},
                       {"country"_L1, nullIfEmpty(user.country)},
                       {"role"_L1, user.role}};
    if (!user.username.isEmpty())
        object.insert("username"_L1, user.username);
    return object;
}

} // namespace

// --- records -------------------------------------------------------------------------------------

QJsonObject recordToJson(const Record &record)
{
    QJsonObject object{{"id"_L1, record.id},
                       {"kind"_L1, domain::kindName(record.kind)},
                       {"rev"_L1, QJsonValue(record.rev)},
                       {"deleted"_L1, record.deleted}};
    if (record.deleted)
        return object;
    object.insert("created_by"_L1, nullIfEmpty(record.createdBy));
    object.insert("updated_by"_L1, nullIfEmpty(record.updatedBy));
    object.insert("created_at"_L1, timestampValue(record.createdAt));
    object.insert("updated_at"_L1, timestampValue(record.updatedAt));
    object.insert("fields"_L1, record.fields);
    return object;
}

Result<Record> recordFromJson(const QJsonValue &value, const QString &path)
{
    std::optional<Error> error;
    const JsonPath root(path);
    Record record = readRecord(value, root, error);
    if (error)
        return *error;
    return record;
}

QByteArray encodeRecord(const Record &record)
{
    return compact(recordToJson(record));
}

Result<Record> decodeRecord(const QByteArray &bytes)
{
    return decodeDocument<Record>(bytes, limits::maxResponseBytes, &readRecord);
}

// --- sync ----------------------------------------------------------------------------------------

QByteArray encodeChangePage(const ChangePage &page)
{
    QJsonArray changes;
    for (const Record &record : page.changes)
        changes.append(recordToJson(record));
    return compact(QJsonObject{{"server_id"_L1, page.serverId},
                               {"changes"_L1, changes},
                               {"cursor"_L1, page.cursor},
                               {"more"_L1, page.more}});
}

// Members in the order QJsonDocument writes them (sorted by name), so that the writer gives the
// same bytes as encodeChangePage().
ChangePageWriter::ChangePageWriter(qsizetype expectedBytes)
{
    m_out.reserve(expectedBytes + 128);
    m_out += "{\"changes\":[";
}

void ChangePageWriter::addRecord(const Record &record, QByteArrayView fieldsJson)
{
    // recordToJson() written out by hand: null for what the record does not have.
    const auto appendNullable = [this](const QString &text) {
        if (text.isEmpty())
            m_out += "null";
        else
            appendJsonString(m_out, text);
    };
    if (!m_empty)
        m_out += ',';
    m_empty = false;
    if (record.deleted) {
        m_out += "{\"deleted\":true,\"id\":";
    } else {
        m_out += "{\"created_at\":";
        appendNullable(formatTimestamp(record.createdAt));
        m_out += ",\"created_by\":";
        appendNullable(record.createdBy);
        m_out += ",\"deleted\":false,\"fields\":";
        m_out.append(fieldsJson.isEmpty() ? QByteArrayView("{}") : fieldsJson);
        m_out += ",\"id\":";
    }
    appendJsonString(m_out, record.id);
    m_out += ",\"kind\":";
    appendJsonString(m_out, domain::kindName(record.kind));
    m_out += ",\"rev\":";
    m_out += QByteArray::number(record.rev);
    if (record.deleted) {
        m_out += '}';
        return;
    }
    m_out += ",\"updated_at\":";
    appendNullable(formatTimestamp(record.updatedAt));
    m_out += ",\"updated_by\":";
    appendNullable(record.updatedBy);
    m_out += '}';
}

QByteArray ChangePageWriter::finish(const QString &serverId, const QString &cursor, bool more)
{
    m_out += "],\"cursor\":";
    appendJsonString(m_out, cursor);
    m_out += more ? ",\"more\":true,\"server_id\":" : ",\"more\":false,\"server_id\":";
    appendJsonString(m_out, serverId);
    m_out += '}';
    QByteArray page = std::move(m_out);
    m_out = "{\"changes\":[";
    m_empty = true;
    return page;
}

Result<ChangePage> decodeChangePage(const QByteArray &bytes)
{
    return decodeDocument<ChangePage>(bytes, limits::maxResponseBytes, &readChangePage);
}

Result<ChangePage> decodeChangePageKeepingFields(const QByteArray &bytes,
                                                 QList<QByteArray> *fieldsText)
{
    if (!fieldsText)
        return decodeChangePage(bytes);
    // The records' `fields` are objects at depth 3: {"changes":[{"fields":{...}}]}.
    ValueSpans spans{QByteArrayLiteral("fields"), 3, {}};
    Result<QJsonDocument> document = parseStrictJson(bytes, limits::maxResponseBytes, &spans);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error{codes::badRequest, tr("the document must be a JSON object"), {}};
    std::optional<Error> error;
    ChangePage page = readChangePage(QJsonValue(document->object()), JsonPath(), error);
    if (error)
        return *error;
    fieldsText->clear();
    fieldsText->resize(page.changes.size());
    for (const ValueSpans::Span &span : spans.spans) {
        if (span.index >= 0 && span.index < page.changes.size() &&
            !page.changes[span.index].deleted)
            (*fieldsText)[span.index] = bytes.mid(span.begin, span.end - span.begin);
    }
    return page;
}

QByteArray encodeMutationBatch(const MutationBatch &batch)
{
    QJsonArray mutations;
    for (const Mutation &mutation : batch.mutations)
        mutations.append(mutationToJson(mutation));
    return compact(QJsonObject{{"mutations"_L1, mutations}});
}

Result<MutationBatch> decodeMutationBatch(const QByteArray &bytes)
{
    return decodeDocument<MutationBatch>(bytes, limits::maxRequestBytes, &readMutationBatch);
}

QJsonObject mutationResultToJson(const MutationResult &result)
{
    QJsonObject object{{"mutation_id"_L1, result.mutationId},
                       {"status"_L1, statusName(result.status)}};
    if (result.status == MutationStatus::Rejected)
        object.insert("error"_L1, apiErrorToJson(result.error));
    else
        object.insert("record"_L1, recordToJson(result.record));
    return object;
}

QByteArray encodeMutationResults(const MutationResults &results)
{
    QList<QJsonObject> list;
    list.reserve(results.results.size());
    for (const MutationResult &result : results.results)
        list.append(mutationResultToJson(result));
    return encodeMutationResultList(list);
}

QByteArray encodeMutationResultList(const QList<QJsonObject> &results)
{
    QJsonArray list;
    for (const QJsonObject &result : results)
        list.append(result);
    return compact(QJsonObject{{"results"_L1, list}});
}

Result<MutationResults> decodeMutationResults(const QByteArray &bytes)
{
    return decodeDocument<MutationResults>(bytes, limits::maxResponseBytes, &readMutationResults);
}

// --- record history --------------------------------------------------------------------------

namespace {

Revision readRevision(const QJsonValue &value, const JsonPath &path, std::optional<Error> &error)
{
    Revision revision;
    ObjectReader r(value, path, error, codes::invalidField);
    r.allowOnly({"rev"_L1, "updated_by"_L1, "updated_at"_L1, "deleted"_L1, "fields"_L1});
    revision.deleted = r.boolean("deleted"_L1);
    if (revision.deleted)
        r.allowOnly({"rev"_L1, "updated_by"_L1, "updated_at"_L1, "deleted"_L1},
                    tr("a deleted revision carries no fields"));
    revision.rev = r.revision("rev"_L1);
    revision.updatedBy = r.uuid("updated_by"_L1);
    revision.updatedAt = r.timestamp("updated_at"_L1);
    if (r.ok() && !revision.deleted)
        revision.fields = r.objectMember("fields"_L1);
    return revision;
}

RevisionPage readRevisionPage(const QJsonValue &value, const JsonPath &path,
                              std::optional<Error> &error)
{
    RevisionPage page;
    ObjectReader r(value, path, error, codes::badRequest);
    r.allowOnly({"id"_L1, "kind"_L1, "revisions"_L1, "more"_L1});
    page.id = r.uuid("id"_L1);
    page.kind = r.enumeration<Kind>("kind"_L1, &domain::kindFromName, tr("kind"));
    const QJsonArray revisions = r.arrayMember("revisions"_L1);
    const JsonPath revisionsPath = path.key(u"revisions"_s);
    for (qsizetype i = 0; i < revisions.size() && r.ok(); ++i) {
        const JsonPath itemPath = revisionsPath.index(i);
        Revision revision = readRevision(revisions.at(i), itemPath, error);
        if (!r.ok())
            break;
        if (!page.revisions.isEmpty() && revision.rev >= page.revisions.constLast().rev) {
            ObjectReader::fail(error, itemPath.key(u"rev"_s), codes::invalidField,
                               tr("revisions must come newest first, each rev once"));
            break;
        }
        page.revisions.append(std::move(revision));
    }
    page.more = r.boolean("more"_L1);
    return page;
}

} // namespace

QByteArray encodeRevisionPage(const RevisionPage &page)
{
    QJsonArray revisions;
    for (const Revision &revision : page.revisions) {
        QJsonObject object{{"rev"_L1, QJsonValue(revision.rev)},
                           {"updated_by"_L1, revision.updatedBy},
                           {"updated_at"_L1, formatTimestamp(revision.updatedAt)},
                           {"deleted"_L1, revision.deleted}};
        if (!revision.deleted)
            object.insert("fields"_L1, revision.fields);
        revisions.append(object);
    }
    return compact(QJsonObject{{"id"_L1, page.id},
                               {"kind"_L1, domain::kindName(page.kind)},
                               {"revisions"_L1, revisions},
                               {"more"_L1, page.more}});
}

Result<RevisionPage> decodeRevisionPage(const QByteArray &bytes)
{
    return decodeDocument<RevisionPage>(bytes, limits::maxResponseBytes, &readRevisionPage);
}

// --- errors, session, health, reference ------------------------------------------------------

QByteArray encodeApiError(const ApiError &error)
{
    return compact(QJsonObject{{"error"_L1, apiErrorToJson(error)}});
}

QByteArray encodeApiError(const Error &error)
{
    return encodeApiError(ApiError::fromError(error));
}

Result<ApiError> decodeApiError(const QByteArray &bytes)
{
    return decodeDocument<ApiError>(bytes, limits::maxResponseBytes, &readErrorDocument);
}

QByteArray encodeSessionRequest(const SessionRequest &request)
{
    return compact(
        QJsonObject{{"username"_L1, request.username}, {"password"_L1, request.password}});
}

Result<SessionRequest> decodeSessionRequest(const QByteArray &bytes)
{
    return decodeDocument<SessionRequest>(bytes, limits::maxRequestBytes, &readSessionRequest);
}

QByteArray encodeSessionResponse(const SessionResponse &response)
{
    return compact(QJsonObject{{"token"_L1, response.token},
                               {"expires_at"_L1, timestampValue(response.expiresAt)},
                               {"user"_L1, userToJson(response.user)}});
}

Result<SessionResponse> decodeSessionResponse(const QByteArray &bytes)
{
    return decodeDocument<SessionResponse>(bytes, limits::maxResponseBytes, &readSessionResponse);
}

QByteArray encodeHealth(const Health &health)
{
    return compact(QJsonObject{{"status"_L1, health.status},
                               {"server_id"_L1, health.serverId},
                               {"version"_L1, health.version}});
}

Result<Health> decodeHealth(const QByteArray &bytes)
{
    return decodeDocument<Health>(bytes, limits::maxResponseBytes, &readHealth);
}

QByteArray encodeReference(const Reference &reference)
{
    QJsonArray users;
    for (const UserInfo &user : reference.users)
        users.append(userToJson(user));
    return compact(QJsonObject{{"countries"_L1, reference.countries},
                               {"pillars"_L1, reference.pillars},
                               {"users"_L1, users}});
}

Result<Reference> decodeReference(const QByteArray &bytes)
{
    return decodeDocument<Reference>(bytes, limits::maxResponseBytes, &readReference);
}

} // namespace smec::protocol
