// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace smec::server {

class Storage;
struct FeedRow;

} // namespace smec::server

namespace smec::protocol {
class ChangePageWriter;
} // namespace smec::protocol

namespace smec::server {

/// `GET /api/v1/changes`: pages of the records after a cursor, ascending rev, each in its latest
/// state, as tombstones for what the caller may not see. The page is written by
/// protocol::ChangePageWriter around the stored field text, so serving it costs no JSON decoding
/// of record bodies.
class ChangeFeed final
{
public:
    static constexpr int defaultLimit = 500;
    static constexpr int maxLimit = 1000;

    explicit ChangeFeed(Storage &storage);

    /// The page JSON for `user` after `since` (empty: from the beginning). Errors:
    /// `bad_request` (malformed cursor or limit), `resync_required` (cursor of another
    /// database, ahead of the server, or older than the tombstone retention).
    Result<QByteArray> page(const domain::User &user, const QString &since, int limit);

    /// What the route repeats in headers so that a client can ask for the next page before it
    /// has parsed this one (docs/protocol.md, "Pipelining the change feed").
    struct PageInfo
    {
        QString cursor;
        bool more = false;
        qint64 remaining = 0; ///< an upper bound of the records after this page
    };
    Result<QByteArray> page(const domain::User &user, const QString &since, int limit,
                            PageInfo *info);

    static QString encodeCursor(const QString &serverId, qint64 rev);
    /// {server id, rev}, or nullopt when the text is not a cursor of this protocol.
    static std::optional<std::pair<QString, qint64>> decodeCursor(const QString &cursor);

private:
    static void addRow(protocol::ChangePageWriter &writer, const domain::User &user,
                       const FeedRow &row);

    Storage &m_storage;
};

} // namespace smec::server
