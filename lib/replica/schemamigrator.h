// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QStringList>

namespace smec::replica {

class ReplicaDatabase;

/// The replica's schema history. PRAGMA user_version holds the version; each step runs in its
/// own transaction together with the version bump, so a crash mid-migration leaves the previous
/// version intact. Steps are append-only: never edit a released one, add the next.
///
/// - v1: records (working copy), base, outbox, conflicts, sync_state, typed tables per kind,
///   FTS5 tables over practices and posts with their queue of rows to index.
/// - v2: saved_searches; practices.evidence_level (typed, indexed, back-filled from the fields).
/// - v3: covering indexes over the bitmask facet columns (`<table>_masks`) for facet counts.
/// - v4: sync_state.resyncing and resync_seen, for a full re-pull that survives restarts.
/// - v5: deferred_indexes, the definitions of typed-table indexes dropped for a bulk load.
/// - v6: initiatives (typed table). v7: conflicts.hunk_choices.
/// - v8: initiative_fts over initiatives, the existing ones queued for indexing.
class SchemaMigrator final
{
public:
    SchemaMigrator() = delete;

    static constexpr int currentVersion = 10;

    /// Migrates the open database up to `targetVersion`; refuses a file newer than this code.
    static Result<void> migrate(ReplicaDatabase &db, int targetVersion = currentVersion);
    /// The statements of one step (1-based), for inspection and tests.
    static QStringList stepStatements(int version);
};

} // namespace smec::replica
