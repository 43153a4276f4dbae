#include "mutationservice.h"

#include "recordjson.h"
#include "serverlog.h"
#include "storage.h"

#include "domain/accesspolicy.h"
#include "domain/practicestatus.h"
#include "domain/validator.h"
#include "protocol/limits.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

QJsonObject rejected(const QString &mutationId, const QString &code, const QString &message,
                     const QString &path = {})
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!path.isEmpty())
        error.insert(u"path"_s, path);
    return QJsonObject{
        {u"mutation_id"_s, mutationId}, {u"status"_s, u"rejected"_s}, {u"error"_s, error}};
}

// What `user` may see of `record`: the record, or its tombstone.
QJsonObject visibleJson(const domain::User &user, const domain::Record &record)
{
    if (!record.deleted && !domain::AccessPolicy::canRead(user, record).allowed)
        return RecordJson::tombstone(record.id, domain::kindName(record.kind), record.rev);
    return RecordJson::toJson(record);
}

} // namespace

MutationService::MutationService(Storage &storage)
    : m_storage(storage)
{}

Result<QJsonObject> MutationService::apply(const domain::User &user, const QJsonObject &body)
{
    const QJsonValue list = body.value("mutations"_L1);
    if (!list.isArray())
        return Error{u"bad_request"_s, u"the body needs a \"mutations\" array"_s, u"mutations"_s};
    const QJsonArray mutations = list.toArray();
    if (mutations.isEmpty())
        return Error{u"bad_request"_s, u"the mutations array is empty"_s, u"mutations"_s};
    if (mutations.size() > protocol::limits::maxMutationsPerBatch)
        return Error{u"payload_too_large"_s,
                     u"at most %1 mutations per request; send the rest in another request"_s.arg(
                         protocol::limits::maxMutationsPerBatch),
                     u"mutations"_s};
    QSet<QString> ids;
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const QString path = u"mutations[%1].mutation_id"_s.arg(i);
        if (!mutations.at(i).isObject())
            return Error{u"bad_request"_s, u"each mutation must be an object"_s,
                         u"mutations[%1]"_s.arg(i)};
        const QString id = mutations.at(i).toObject().value("mutation_id"_L1).toString();
        if (!domain::isCanonicalId(id))
            return Error{u"bad_request"_s, u"mutation_id must be a lower-case UUID"_s, path};
        if (ids.contains(id))
            return Error{u"bad_request"_s, u"mutation_id %1 appears twice"_s.arg(id), path};
        ids.insert(id);
    }
    QJsonArray results;
    for (const QJsonValue &m : mutations)
        results.append(applyOne(user, m.toObject()));
    return QJsonObject{{u"results"_s, results}};
}

QJsonObject MutationService::applyOne(const domain::User &user, const QJsonObject &m)
{
    const QString mutationId = m.value("mutation_id"_L1).toString();
    const QString op = m.value("op"_L1).toString();
    if (op != "upsert"_L1 && op != "delete"_L1)
        return rejected(mutationId, u"bad_request"_s, u"op must be \"upsert\" or \"delete\""_s,
                        u"op"_s);
    const QString id = m.value("id"_L1).toString();
    if (!domain::isCanonicalId(id))
        return rejected(mutationId, u"bad_request"_s, u"id must be a lower-case UUID"_s, u"id"_s);
    const auto kind = domain::kindFromName(m.value("kind"_L1).toString());
    if (!kind)
        return rejected(mutationId, u"bad_request"_s,
                        u"kind must be practice, thread, post, meeting or commitment"_s, u"kind"_s);
    const QJsonValue baseValue = m.value("base_rev"_L1);
    const double baseDouble = baseValue.toDouble(-1);
    if (!baseValue.isDouble() || baseDouble < 0 || baseDouble != qint64(baseDouble) ||
        baseDouble > double(protocol::limits::maxRev))
        return rejected(mutationId, u"bad_request"_s, u"base_rev must be an integer >= 0"_s,
                        u"base_rev"_s);
    const qint64 baseRev = qint64(baseDouble);
    const bool isDelete = op == "delete"_L1;
    const QJsonValue fieldsValue = m.value("fields"_L1);
    if (!isDelete && !fieldsValue.isObject())
        return rejected(mutationId, u"bad_request"_s, u"an upsert needs a fields object"_s,
                        u"fields"_s);

    auto plan = [&](const std::optional<domain::Record> &current) -> MutationPlan {
        MutationPlan p;
        if (current && current->kind != *kind) {
            p.result = rejected(mutationId, u"invalid_field"_s,
                                u"record %1 is a %2, not a %3"_s.arg(
                                    id, domain::kindName(current->kind), domain::kindName(*kind)),
                                u"kind"_s);
            return p;
        }
        const qint64 currentRev = current ? current->rev : 0;
        if (baseRev != currentRev) {
            const domain::Record shown =
                current.value_or(domain::Record{id, *kind, 0, true, {}, {}, {}, {}, {}});
            p.result = QJsonObject{{u"mutation_id"_s, mutationId},
                                   {u"status"_s, u"conflict"_s},
                                   {u"record"_s, visibleJson(user, shown)}};
            return p;
        }
        const bool exists = current && !current->deleted;
        if (isDelete && !exists) {
            if (current) { // deleting a tombstone again: nothing to do
                p.result = QJsonObject{{u"mutation_id"_s, mutationId},
                                       {u"status"_s, u"applied"_s},
                                       {u"record"_s, RecordJson::toJson(*current)}};
            } else {
                p.result = rejected(mutationId, u"not_found"_s,
                                    u"there is no record %1 to delete"_s.arg(id));
            }
            return p;
        }
        domain::Record updated;
        updated.id = id;
        updated.kind = *kind;
        updated.rev = currentRev;
        updated.deleted = isDelete;
        if (exists) {
            updated.createdBy = current->createdBy;
            updated.createdAt = current->createdAt;
        } else {
            updated.createdBy = user.id;
        }
        updated.fields = isDelete ? current->fields : fieldsValue.toObject();
        // ref_code is the server's: keep the one already assigned when the client leaves it out.
        const QJsonValue refCode = exists ? current->fields.value("ref_code"_L1) : QJsonValue();
        if (!isDelete && refCode.isString() &&
            (updated.fields.value("ref_code"_L1).isNull() ||
             updated.fields.value("ref_code"_L1).isUndefined()))
            updated.fields.insert(u"ref_code"_s, refCode);

        const domain::Decision decision = domain::AccessPolicy::canWrite(
            user, exists ? current : std::optional<domain::Record>(), updated);
        if (!decision.allowed) {
            p.result =
                rejected(mutationId, decision.code.isEmpty() ? u"forbidden"_s : decision.code,
                         decision.reason);
            return p;
        }
        if (!isDelete) {
            const QList<domain::FieldIssue> issues = domain::Validator().validate(updated);
            if (!issues.isEmpty()) {
                const Error e = issues.constFirst().toError();
                p.result = rejected(mutationId, e.code, e.message, e.path);
                return p;
            }
        }
        p.write = true;
        p.record = updated;
        p.assignRefCode =
            !isDelete && *kind == domain::Kind::Practice && !refCode.isString() &&
            domain::practiceStatusOf(updated.fields) == domain::PracticeStatus::Submitted;
        return p;
    };
    auto appliedResult = [&](const domain::Record &stored) {
        return QJsonObject{{u"mutation_id"_s, mutationId},
                           {u"status"_s, u"applied"_s},
                           {u"record"_s, RecordJson::toJson(stored)}};
    };
    auto result = m_storage.applyMutation(mutationId, user.id, id, plan, appliedResult);
    if (!result) {
        qCWarning(lcServer, "mutation %s by %s failed: %s", qPrintable(mutationId),
                  qPrintable(user.username), qPrintable(result.error().message));
        return rejected(mutationId, u"internal"_s,
                        u"the server could not store this change; try again later"_s);
    }
    qCInfo(lcServer, "user %s %s %s %s: %s", qPrintable(user.username), qPrintable(op),
           qPrintable(domain::kindName(*kind)), qPrintable(id),
           qPrintable(result->value("status"_L1).toString()));
    return result.value();
}

} // namespace smec::server
