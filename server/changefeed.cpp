// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changefeed.h"

#include "storage.h"

#include "domain/accesspolicy.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

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

    QByteArray out;
    out.reserve(256 + rows->size() * 512);
    out += "{\"server_id\":";
    appendJsonString(out, serverId);
    out += ",\"changes\":[";
    bool first = true;
    for (const FeedRow &row : std::as_const(rows.value())) {
        if (!first)
            out += ',';
        first = false;
        appendRow(out, user, row);
    }
    out += "],\"cursor\":";
    appendJsonString(out, cursor);
    out += ",\"more\":";
    out += more ? "true" : "false";
    out += '}';
    return out;
}

void ChangeFeed::appendRow(QByteArray &out, const domain::User &user, const FeedRow &row) const
{
    bool visible = !row.deleted;
    if (visible) {
        domain::Record probe;
        probe.id = row.id;
        probe.kind = domain::kindFromName(row.kind).value_or(domain::Kind::Practice);
        probe.rev = row.rev;
        probe.createdBy = row.createdBy;
        probe.updatedBy = row.updatedBy;
        if (!row.country.isEmpty())
            probe.fields.insert(u"country"_s, row.country);
        if (!row.status.isEmpty())
            probe.fields.insert(u"status"_s, row.status);
        if (row.hidden)
            probe.fields.insert(u"hidden"_s, true);
        visible = domain::AccessPolicy::canRead(user, probe).allowed;
    }
    out += "{\"id\":";
    appendJsonString(out, row.id);
    out += ",\"kind\":";
    appendJsonString(out, row.kind);
    out += ",\"rev\":";
    out += QByteArray::number(row.rev);
    if (!visible) {
        out += ",\"deleted\":true}";
        return;
    }
    out += ",\"deleted\":false,\"created_by\":";
    appendJsonString(out, row.createdBy);
    out += ",\"updated_by\":";
    appendJsonString(out, row.updatedBy);
    out += ",\"created_at\":";
    appendJsonString(out, row.createdAt);
    out += ",\"updated_at\":";
    appendJsonString(out, row.updatedAt);
    out += ",\"fields\":";
    out += row.fieldsJson.isEmpty() ? QByteArray("{}") : row.fieldsJson;
    out += '}';
}

} // namespace smec::server
