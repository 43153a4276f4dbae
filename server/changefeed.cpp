// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changefeed.h"

#include "storage.h"

#include "domain/accesspolicy.h"
#include "protocol/codec.h"
#include "protocol/timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::server {

ChangeFeed::ChangeFeed(Storage &storage)
    : m_storage(storage)
{}

QString ChangeFeed::encodeCursor(const QString &serverId, qint64 rev)
{
    const QByteArray raw = "v1." + serverId.toLatin1() + '.' + QByteArray::number(rev);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QString, qint64>> ChangeFeed::decodeCursor(const QString &cursor)
{
    if (cursor.size() > 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3 || parts[0] != "v1" || parts[1].size() != 36)
        return std::nullopt;
    bool ok = false;
    const qint64 rev = parts[2].toLongLong(&ok);
    if (!ok || rev < 0)
        return std::nullopt;
    return std::make_pair(QString::fromLatin1(parts[1]), rev);
}

Result<QByteArray> ChangeFeed::page(const domain::User &user, const QString &since, int limit)
{
    return page(user, since, limit, nullptr);
}

Result<QByteArray> ChangeFeed::page(const domain::User &user, const QString &since, int limit,
                                    PageInfo *info)
{
    if (limit <= 0)
        return Error{u"bad_request"_s, u"limit must be a positive integer"_s, u"limit"_s};
    limit = qMin(limit, maxLimit);
    const QString serverId = m_storage.serverId();
    qint64 from = 0;
    if (!since.isEmpty()) {
        const auto cursor = decodeCursor(since);
        if (!cursor)
            return Error{u"bad_request"_s, u"the since cursor is malformed"_s, u"since"_s};
        if (cursor->first != serverId)
            return Error{u"resync_required"_s,
                         u"the cursor belongs to another server database; pull everything again"_s,
                         {}};
        auto max = m_storage.maxRev();
        if (!max)
            return max.error();
        if (cursor->second > max.value())
            return Error{u"resync_required"_s,
                         u"the cursor is ahead of the server (was it restored from a backup?); "
                         "pull everything again"_s,
                         {}};
        auto floor = m_storage.retentionFloor();
        if (!floor)
            return floor.error();
        if (cursor->second < floor.value())
            return Error{u"resync_required"_s,
                         u"the cursor is older than the server's tombstone retention; pull "
                         "everything again"_s,
                         {}};
        from = cursor->second;
    }
    auto rows = m_storage.changesSince(from, limit + 1);
    if (!rows)
        return rows.error();
    const bool more = rows->size() > limit;
    if (more)
        rows->resize(limit);
    const qint64 last = rows->isEmpty() ? from : rows->constLast().rev;
    const QString cursor = encodeCursor(serverId, last);
    if (info) {
        info->cursor = cursor;
        info->more = more;
        info->remaining = 0;
        if (more) {
            // Revisions after the page bound the records after it (each record appears once,
            // at its latest rev): an estimate for progress bars, no count query.
            auto max = m_storage.maxRev();
            if (!max)
                return max.error();
            info->remaining = std::max<qint64>(0, max.value() - last);
        }
    }

    qsizetype expectedBytes = 0;
    for (const FeedRow &row : std::as_const(rows.value()))
        expectedBytes += row.fieldsJson.size() + 300;
    protocol::ChangePageWriter writer(expectedBytes);
    for (const FeedRow &row : std::as_const(rows.value()))
        addRow(writer, user, row);
    return writer.finish(serverId, cursor, more);
}

void ChangeFeed::addRow(protocol::ChangePageWriter &writer, const domain::User &user,
                        const FeedRow &row)
{
    domain::Record envelope;
    envelope.id = row.id;
    envelope.kind = domain::kindFromName(row.kind).value_or(domain::Kind::Practice);
    envelope.rev = row.rev;
    envelope.deleted = row.deleted;
    if (!envelope.deleted) {
        envelope.createdBy = row.createdBy;
        envelope.updatedBy = row.updatedBy;
        // The access check needs only the fields the storage keeps in columns.
        if (envelope.kind == domain::Kind::Initiative) {
            envelope.fields.insert(u"lead_country"_s, row.country);
            QJsonArray partners;
            for (const QString &pair : row.partners.split(u' ', Qt::SkipEmptyParts))
                partners.append(QJsonObject{{u"country"_s, pair.section(u':', 0, 0)},
                                            {u"state"_s, pair.section(u':', 1)}});
            envelope.fields.insert(u"partners"_s, partners);
        } else if (!row.country.isEmpty()) {
            envelope.fields.insert(u"country"_s, row.country);
        }
        if (!row.status.isEmpty())
            envelope.fields.insert(u"status"_s, row.status);
        if (row.hidden)
            envelope.fields.insert(u"hidden"_s, true);
        envelope.deleted = !domain::AccessPolicy::canRead(user, envelope).allowed;
    }
    if (!envelope.deleted) {
        envelope.createdAt = protocol::parseTimestamp(row.createdAt).value_or(QDateTime());
        envelope.updatedAt = protocol::parseTimestamp(row.updatedAt).value_or(QDateTime());
    }
    writer.addRecord(envelope, row.fieldsJson); // the tombstone for what the user may not see
}

} // namespace smec::server
