// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conflictresolver.h"

#include "replica/replica.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

Result<void> ConflictResolver::keep(replica::Replica &replica, const replica::Conflict &conflict,
                                    const QJsonObject &fields)
{
    replica::Transaction tx(replica.database());
    if (!tx.started().ok())
        return tx.started().error();
    domain::Record record;
    auto current = replica.records().get(conflict.recordId);
    if (!current)
        return current.error();
    if (current->has_value())
        record = **current;
    record.id = conflict.recordId;
    record.kind = conflict.kind;
    record.fields = fields;
    if (auto saved = replica.records().saveDraft(record); !saved)
        return saved.error();
    if (auto removed = replica.conflicts().remove(conflict.recordId); !removed)
        return removed;
    return tx.commit();
}

Result<void> ConflictResolver::takeTheirs(replica::Replica &replica,
                                          const replica::Conflict &conflict)
{
    replica::Transaction tx(replica.database());
    if (!tx.started().ok())
        return tx.started().error();
    if (auto discarded = replica.records().discardLocalEdit(conflict.recordId); !discarded)
        return discarded;
    if (auto removed = replica.conflicts().remove(conflict.recordId); !removed)
        return removed;
    return tx.commit();
}

QStringList ConflictResolver::differingFields(const replica::Conflict &conflict)
{
    QStringList names = conflict.mine.keys();
    for (const QString &key : conflict.theirs.keys()) {
        if (!names.contains(key))
            names.append(key);
    }
    QStringList differing;
    for (const QString &name : std::as_const(names)) {
        if (conflict.mine.value(name) != conflict.theirs.value(name))
            differing.append(name);
    }
    std::sort(differing.begin(), differing.end());
    return differing;
}

} // namespace smec::desktop
