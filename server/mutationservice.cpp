// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mutationservice.h"

#include "serverlog.h"
#include "storage.h"

#include "domain/accesspolicy.h"
#include "domain/practicestatus.h"
#include "domain/validator.h"
#include "protocol/codec.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

using protocol::MutationResult;
using protocol::MutationStatus;

// The wire form of one result (protocol::mutationResultToJson): also what the mutation log
// keeps, so a retried mutation is answered as it was the first time.
QJsonObject rejected(const QString &mutationId, const QString &code, const QString &message,
                     const QString &path = {})
{
    MutationResult result;
    result.mutationId = mutationId;
    result.status = MutationStatus::Rejected;
    result.error = protocol::ApiError{code, message, path};
    return protocol::mutationResultToJson(result);
}

QJsonObject withRecord(const QString &mutationId, MutationStatus status,
                       const domain::Record &record)
{
    MutationResult result;
    result.mutationId = mutationId;
    result.status = status;
    result.record = record;
    return protocol::mutationResultToJson(result);
}

// What `user` may see of `record`: the record, or its tombstone.
domain::Record visibleRecord(const domain::User &user, const domain::Record &record)
{
    if (record.deleted || domain::AccessPolicy::canRead(user, record).allowed)
        return record;
    domain::Record tombstone;
    tombstone.id = record.id;
    tombstone.kind = record.kind;
    tombstone.rev = record.rev;
    tombstone.deleted = true;
    return tombstone;
}

} // namespace

MutationService::MutationService(Storage &storage)
    : m_storage(storage)
{}

Result<QByteArray> MutationService::apply(const domain::User &user, const QByteArray &body)
{
    // The same strict decoder the client's tests hold its encoder to: shape, types, UUIDs, ops,
    // kinds, revs, limits and repeated mutation ids are all checked before anything is written.
    auto batch = protocol::decodeMutationBatch(body);
    if (!batch)
        return batch.error();
    QList<MutationRequest> requests;
    requests.reserve(batch->mutations.size());
    for (const protocol::Mutation &m : std::as_const(batch->mutations))
        requests.append(request(user, m));
    // One transaction for the batch, a savepoint per mutation (Storage::applyMutations).
    auto stored = m_storage.applyMutations(requests);
    if (!stored) {
        // The transaction failed as a whole (the database went away, or the commit was cut off
        // and nobody knows whether it took effect): the request fails with 500 or 503 and the
        // client resends the same mutation ids, which the mutation log answers once. Answering
        // each mutation "rejected" instead would show valid edits as refused, never resent.
        qCWarning(lcServer, "a batch of %lld mutations by %s failed: %s",
                  qlonglong(requests.size()), qPrintable(user.username),
                  qPrintable(stored.error().message));
        return stored.error();
    }
    QList<QJsonObject> results;
    results.reserve(batch->mutations.size());
    for (qsizetype i = 0; i < batch->mutations.size(); ++i) {
        const protocol::Mutation &m = batch->mutations.at(i);
        const Error *failure = !stored->at(i) ? &stored->at(i).error() : nullptr;
        if (failure) {
            qCWarning(lcServer, "mutation %s by %s failed: %s", qPrintable(m.mutationId),
                      qPrintable(user.username), qPrintable(failure->message));
            results.append(rejected(m.mutationId, u"internal"_s,
                                    u"the server could not store this change; try again later"_s));
            continue;
        }
        const QJsonObject &result = stored->at(i).value();
        qCInfo(lcServer, "user %s %s %s %s: %s", qPrintable(user.username),
               qPrintable(protocol::opName(m.op)), qPrintable(domain::kindName(m.kind)),
               qPrintable(m.id), qPrintable(result.value("status"_L1).toString()));
        results.append(result);
    }
    return protocol::encodeMutationResultList(results);
}

MutationRequest MutationService::request(const domain::User &user, const protocol::Mutation &m)
{
    auto plan = [user, m](const std::optional<domain::Record> &current) -> MutationPlan {
        const QString &mutationId = m.mutationId;
        const QString &id = m.id;
        const domain::Kind kind = m.kind;
        const qint64 baseRev = m.baseRev;
        const bool isDelete = m.op == protocol::MutationOp::Delete;
        MutationPlan p;
        if (current && current->kind != kind) {
            p.result = rejected(mutationId, u"invalid_field"_s,
                                u"record %1 is a %2, not a %3"_s.arg(
                                    id, domain::kindName(current->kind), domain::kindName(kind)),
                                u"kind"_s);
            return p;
        }
        const qint64 currentRev = current ? current->rev : 0;
        if (baseRev != currentRev) {
            const domain::Record shown =
                current.value_or(domain::Record{id, kind, 0, true, {}, {}, {}, {}, {}});
            p.result = withRecord(mutationId, MutationStatus::Conflict, visibleRecord(user, shown));
            return p;
        }
        const bool exists = current && !current->deleted;
        if (isDelete && !exists) {
            if (current) { // deleting a tombstone again: nothing to do
                p.result = withRecord(mutationId, MutationStatus::Applied, *current);
            } else {
                p.result = rejected(mutationId, u"not_found"_s,
                                    u"there is no record %1 to delete"_s.arg(id));
            }
            return p;
        }
        domain::Record updated;
        updated.id = id;
        updated.kind = kind;
        updated.rev = currentRev;
        updated.deleted = isDelete;
        if (exists) {
            updated.createdBy = current->createdBy;
            updated.createdAt = current->createdAt;
        } else {
            updated.createdBy = user.id;
        }
        updated.fields = isDelete ? current->fields : m.fields;
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
            !isDelete && kind == domain::Kind::Practice && !refCode.isString() &&
            domain::practiceStatusOf(updated.fields) == domain::PracticeStatus::Submitted;
        return p;
    };
    // A write can take the record out of its author's sight (a country declining a proposed
    // initiative): the answer is then its tombstone, as the change feed would deliver it.
    auto appliedResult = [mutationId = m.mutationId, user](const domain::Record &stored) {
        return withRecord(mutationId, MutationStatus::Applied, visibleRecord(user, stored));
    };
    return MutationRequest{m.mutationId, user.id, m.id, std::move(plan), std::move(appliedResult)};
}

} // namespace smec::server
