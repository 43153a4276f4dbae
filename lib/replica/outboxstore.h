// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replicatypes.h"

#include <QList>

#include <optional>

namespace smec::replica {

class ReplicaDatabase;

/// The queue of local edits waiting for the server. Entries keep the `mutation_id` they were
/// created with: an edit made while the record's entry is still unsent updates that entry in
/// place; once an entry has been handed to the network (attempts > 0) it is frozen, so a retry
/// resends exactly the same mutation, and a later edit queues a new entry behind it.
class OutboxStore final
{
public:
    explicit OutboxStore(ReplicaDatabase &db);

    /// Queues (or folds into the record's unsent entry) an edit; rejected entries of the record
    /// are superseded and dropped.
    Result<OutboxEntry> enqueue(const QString &recordId, domain::Kind kind, OutboxOp op,
                                qint64 baseRev, const QJsonObject &fields);

    Result<qint64> pendingCount();
    Result<qint64> rejectedCount();
    /// Entries in queue order, optionally only those in `state`; `limit` < 0 = all.
    Result<QList<OutboxEntry>> list(std::optional<OutboxState> state = {}, int limit = -1);
    /// The next pending entries to send, in queue order.
    Result<QList<OutboxEntry>> nextBatch(int limit = 100);
    Result<QList<OutboxEntry>> forRecord(const QString &recordId);
    Result<std::optional<OutboxEntry>> byMutationId(const QString &mutationId);

    /// Counts one more attempt for each entry (call before sending): they are now frozen.
    Result<void> markSending(const QList<qint64> &seqs);
    /// A transient failure (network, 5xx): stays pending, keeps its id, remembers the error.
    Result<void> markFailed(qint64 seq, const Error &error);
    /// A 4xx rejection: kept for the user to see, never sent again, does not block the queue.
    Result<void> markRejected(qint64 seq, const Error &error);
    Result<void> remove(qint64 seq);
    /// Points the pending entries of `recordId` at `baseRev` (after an earlier one was applied).
    Result<void> rebase(const QString &recordId, qint64 baseRev);
    /// Removes every entry of `recordId`.
    Result<void> removeForRecord(const QString &recordId);

private:
    Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &binds);

    ReplicaDatabase &m_db;
};

} // namespace smec::replica
