// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QString>

namespace smec::server {

class Storage;

/// `GET /api/v1/records/{id}/revisions`: a record's revisions, newest first, paged, filtered so
/// that history leaks nothing the change feed would not show. The record must be readable by
/// the caller now (else `not_found`, the same answer as for an id that does not exist), and each
/// revision is served only to those who could read the record as it stood at that revision: a
/// practice's drafts stay with its country's delegates and the secretariat after it is
/// published, a hidden post revision with the secretariat and its author, a proposed initiative
/// with its lead, invited countries and the secretariat (domain::AccessPolicy::canRead on the
/// revision's fields).
class RecordHistory final
{
public:
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 200;

    explicit RecordHistory(Storage &storage);

    /// The page JSON (protocol::encodeRevisionPage) of the revisions before rev `before` (0: from
    /// the newest). Errors: `bad_request` (malformed id, limit <= 0, negative before),
    /// `not_found`, and storage errors.
    Result<QByteArray> page(const domain::User &user, const QString &recordId, qint64 before,
                            int limit);

private:
    Storage &m_storage;
};

} // namespace smec::server
