// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replicatypes.h"

#include <QList>

#include <optional>

namespace smec::replica {

class ReplicaDatabase;

/// Records whose local and remote changes collide, kept until the user resolves them (one per
/// record; a newer detection replaces the older one).
class ConflictStore final
{
public:
    explicit ConflictStore(ReplicaDatabase &db);

    Result<void> add(const Conflict &conflict);
    Result<std::optional<Conflict>> get(const QString &recordId);
    Result<QList<Conflict>> list();
    Result<qint64> count();
    /// Records which hunks of the record's text fields are resolved (Conflict::hunkChoices).
    Result<void> setHunkChoices(const QString &recordId, const QJsonObject &choices);
    Result<void> remove(const QString &recordId);

private:
    ReplicaDatabase &m_db;
};

} // namespace smec::replica
