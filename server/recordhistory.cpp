// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordhistory.h"

#include "storage.h"

#include "domain/accesspolicy.h"
#include "protocol/codec.h"
#include "protocol/timestamp.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smec::server {

RecordHistory::RecordHistory(Storage &storage)
    : m_storage(storage)
{}

Result<QByteArray> RecordHistory::page(const domain::User &user, const QString &recordId,
                                       qint64 before, int limit)
{
    if (limit <= 0)
        return Error{u"bad_request"_s, u"limit must be a positive integer"_s, u"limit"_s};
    if (before < 0)
        return Error{u"bad_request"_s, u"before must be a revision number"_s, u"before"_s};
    const QUuid uuid(recordId);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != recordId)
        return Error{u"bad_request"_s, u"the record id must be a canonical UUID"_s, u"id"_s};
    limit = qMin(limit, maxLimit);

    const Error notFound{u"not_found"_s, u"no record %1"_s.arg(recordId), {}};
    auto current = m_storage.record(recordId);
    if (!current)
        return current.error();
    // Deleted, unknown and unreadable get the same answer: a 404 tells nothing about a draft.
    if (!current->has_value() || current->value().deleted ||
        !domain::AccessPolicy::canRead(user, current->value()).allowed)
        return notFound;
    const domain::Record &now = current->value();

    auto keep = [&](const RevisionRow &row) {
        if (row.deleted)
            return true; // a tombstone revision shows no content
        domain::Record then;
        then.id = now.id;
        then.kind = now.kind;
        then.rev = row.rev;
        then.createdBy = now.createdBy;
        then.updatedBy = row.userId;
        then.fields = QJsonDocument::fromJson(row.fieldsJson).object();
        return domain::AccessPolicy::canRead(user, then).allowed;
    };
    auto rows = m_storage.revisions(recordId, before, limit + 1, keep);
    if (!rows)
        return rows.error();

    protocol::RevisionPage page;
    page.id = now.id;
    page.kind = now.kind;
    page.more = rows->size() > limit;
    if (page.more)
        rows->resize(limit);
    for (const RevisionRow &row : std::as_const(rows.value())) {
        protocol::Revision revision;
        revision.rev = row.rev;
        revision.updatedBy = row.userId;
        revision.updatedAt = protocol::parseTimestamp(row.at).value_or(QDateTime());
        revision.deleted = row.deleted;
        if (!row.deleted)
            revision.fields = QJsonDocument::fromJson(row.fieldsJson).object();
        page.revisions << revision;
    }
    return protocol::encodeRevisionPage(page);
}

} // namespace smec::server
