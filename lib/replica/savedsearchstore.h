// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replicatypes.h"

#include <QList>

#include <optional>

namespace smec::replica {

class ReplicaDatabase;

/// Searches the user named and kept (text plus facet selection), local to this profile.
class SavedSearchStore final
{
public:
    explicit SavedSearchStore(ReplicaDatabase &db);

    /// Creates or replaces the search called `search.name`; returns it as stored.
    Result<SavedSearch> save(const SavedSearch &search);
    Result<std::optional<SavedSearch>> get(const QString &name);
    Result<QList<SavedSearch>> list();
    Result<void> remove(const QString &name);

private:
    Result<QList<SavedSearch>> select(const QString &where, const QVariantList &binds);

    ReplicaDatabase &m_db;
};

} // namespace smec::replica
