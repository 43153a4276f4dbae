// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replica/replicatypes.h"

#include <QJsonObject>

namespace smec::replica {
class Replica;
}

namespace smec::desktop {

/// Applies the user's decision on a conflict through the replica's stores, in one transaction:
/// the chosen fields become a new local edit on top of the server's version (queued for the
/// server with the server's rev as base), or the local edit is dropped in favour of the server's
/// version (including its deletion). Either way the conflict is gone.
class ConflictResolver final
{
public:
    ConflictResolver() = delete;

    /// Keeps `fields` (mine, theirs or edited, field by field) as the record's new content.
    static Result<void> keep(replica::Replica &replica, const replica::Conflict &conflict,
                             const QJsonObject &fields);
    /// Takes the server's version as it is (also when the server deleted the record).
    static Result<void> takeTheirs(replica::Replica &replica, const replica::Conflict &conflict);
    /// Names of the fields that differ between mine and theirs, sorted.
    static QStringList differingFields(const replica::Conflict &conflict);
};

} // namespace smec::desktop
