// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/recordmerge.h"
#include "replica/replica.h"
#include "replicatestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::replica;

class TestReplicaRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveDraft_createsRecordAndOneMutation();
    void saveDraft_unsentMutationUpdatedInPlace();
    void saveDraft_sentMutationFrozenAndNewOneQueued();
    void saveDraft_keepsEnvelopeAndBaseRev();
    void saveDraft_rejectsBadIdAndKindChange();
    void saveDraft_supersedesRejectedEntry();
    void remove_neverSentDraftDisappears();
    void remove_syncedRecordBecomesTombstoneWithDeleteMutation();
    void outbox_markFailedKeepsIdAndPending();
    void markApplied_updatesBaseAndClearsLocalEdit();
    void markApplied_rebasesLaterMutation();
    void applyPage_writesRecordsAndCursorTogether();
    void applyPage_failureMidPageLeavesNothing();
    void applyPage_keepsLocalEditAndUpdatesBase();
    void applyPage_tombstoneRemovesFromLists();
    void discardLocalEdit_restoresBase();
    void conflicts_addListRemove();
    void conflicts_resolveHunkByHunk_keepsChoicesUntilTheLast();
    void savedSearches_roundTrip();
    void syncState_resetCursor();
    void revisions_replaceListNewestFirstAndSurviveReopen();

private:
    QTemporaryDir *m_dir = nullptr;
    Replica *m_replica = nullptr;
};

void TestReplicaRecords::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_replica = new Replica;
    auto r = m_replica->open(m_dir->filePath(u"replica.sqlite"_s), u"records-test"_s);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
}

void TestReplicaRecords::cleanup()
{
    delete m_replica;
    m_replica = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestReplicaRecords::saveDraft_createsRecordAndOneMutation()
{
    domain::Record draft;
    draft.kind = domain::Kind::Practice;
    draft.fields = QJsonObject{{u"title"_s, u"Digital vouchers"_s}};
    auto saved = m_replica->records().saveDraft(draft);
    QVERIFY(saved.ok());
    QVERIFY(domain::isCanonicalId(saved->id));
    QCOMPARE(saved->rev, 0);

    auto stored = m_replica->records().get(saved->id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->fields.value(u"title"_s).toString(), u"Digital vouchers"_s);
    QCOMPARE(*m_replica->outbox().pendingCount(), 1);
    auto entries = m_replica->outbox().forRecord(saved->id);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().op, OutboxOp::Upsert);
    QCOMPARE(entries->first().baseRev, 0);
    QVERIFY(domain::isCanonicalId(entries->first().mutationId));
    QCOMPARE(*m_replica->state(saved->id), RecordState::Pending);
    QVERIFY(!m_replica->records().base(saved->id)->has_value());
}

void TestReplicaRecords::saveDraft_unsentMutationUpdatedInPlace()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"First"_s, {}, 0));
    QVERIFY(saved.ok());
    const QString mutationId = m_replica->outbox().forRecord(saved->id)->first().mutationId;
    domain::Record again = *saved;
    again.fields[u"title"_s] = u"Second"_s;
    QVERIFY(m_replica->records().saveDraft(again).ok());
    auto entries = m_replica->outbox().forRecord(saved->id);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().mutationId, mutationId);
    QCOMPARE(entries->first().fields.value(u"title"_s).toString(), u"Second"_s);
}

void TestReplicaRecords::saveDraft_sentMutationFrozenAndNewOneQueued()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"First"_s, {}, 0));
    const OutboxEntry sent = m_replica->outbox().forRecord(saved->id)->first();
    QVERIFY(m_replica->outbox().markSending({sent.seq}).ok());

    domain::Record again = *saved;
    again.fields[u"title"_s] = u"Second"_s;
    QVERIFY(m_replica->records().saveDraft(again).ok());
    auto entries = m_replica->outbox().forRecord(saved->id);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).mutationId, sent.mutationId);
    QCOMPARE(entries->at(0).fields.value(u"title"_s).toString(), u"First"_s);
    QCOMPARE(entries->at(0).attempts, 1);
    QVERIFY(entries->at(1).mutationId != sent.mutationId);
    QCOMPARE(entries->at(1).fields.value(u"title"_s).toString(), u"Second"_s);

    // A third edit folds into the second, still unsent, entry.
    again.fields[u"title"_s] = u"Third"_s;
    QVERIFY(m_replica->records().saveDraft(again).ok());
    entries = m_replica->outbox().forRecord(saved->id);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(1).fields.value(u"title"_s).toString(), u"Third"_s);
    QCOMPARE(*m_replica->outbox().pendingCount(), 2);
    auto batch = m_replica->outbox().nextBatch(10);
    QCOMPARE(batch->first().seq, sent.seq);
}

void TestReplicaRecords::saveDraft_keepsEnvelopeAndBaseRev()
{
    domain::Record server = test::practice(u"Green loans"_s, {}, 7);
    QVERIFY(m_replica->records().writeServerRecord(server).ok());
    domain::Record edit;
    edit.id = server.id;
    edit.kind = domain::Kind::Practice;
    edit.fields = server.fields;
    edit.fields[u"title"_s] = u"Green loans for SMEs"_s;
    auto saved = m_replica->records().saveDraft(edit);
    QVERIFY(saved.ok());
    QCOMPARE(saved->rev, 7);
    QCOMPARE(saved->createdBy, u"u1"_s);
    QCOMPARE(m_replica->outbox().forRecord(server.id)->first().baseRev, 7);
    auto base = m_replica->records().base(server.id);
    QVERIFY(base->has_value());
    QCOMPARE((*base)->rev, 7);
    QCOMPARE((*base)->fields.value(u"title"_s).toString(), u"Green loans"_s);
    QCOMPARE((*m_replica->records().get(server.id))->fields.value(u"title"_s).toString(),
             u"Green loans for SMEs"_s);
}

void TestReplicaRecords::saveDraft_rejectsBadIdAndKindChange()
{
    domain::Record bad = test::practice(u"x"_s, {}, 0);
    bad.id = u"'; DROP TABLE records; --"_s;
    auto r = m_replica->records().saveDraft(bad);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"invalid_id"_s);

    auto saved = m_replica->records().saveDraft(test::practice(u"x"_s, {}, 0));
    domain::Record asPost = *saved;
    asPost.kind = domain::Kind::Post;
    auto mismatch = m_replica->records().saveDraft(asPost);
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error().code, u"kind_mismatch"_s);
    QCOMPARE(m_replica->outbox().forRecord(saved->id)->size(), 1);
}

void TestReplicaRecords::saveDraft_supersedesRejectedEntry()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"x"_s, {}, 0));
    const OutboxEntry first = m_replica->outbox().forRecord(saved->id)->first();
    QVERIFY(m_replica->outbox().markSending({first.seq}).ok());
    QVERIFY(m_replica->outbox()
                .markRejected(first.seq, Error{u"invalid_field"_s, u"Add a summary."_s, {}})
                .ok());
    QCOMPARE(*m_replica->state(saved->id), RecordState::Rejected);
    QCOMPARE(*m_replica->outbox().rejectedCount(), 1);
    QCOMPARE(*m_replica->outbox().pendingCount(), 0);
    auto rejected = m_replica->outbox().list(OutboxState::Rejected);
    QCOMPARE(rejected->first().errorMessage, u"Add a summary."_s);

    domain::Record fixed = *saved;
    fixed.fields[u"summary"_s] = u"Now with a summary"_s;
    QVERIFY(m_replica->records().saveDraft(fixed).ok());
    auto entries = m_replica->outbox().forRecord(saved->id);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().mutationId != first.mutationId);
    QCOMPARE(entries->first().state, OutboxState::Pending);
    QCOMPARE(*m_replica->state(saved->id), RecordState::Pending);
}

void TestReplicaRecords::remove_neverSentDraftDisappears()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"Never sent"_s, {}, 0));
    QVERIFY(m_replica->records().remove(saved->id).ok());
    QVERIFY(!m_replica->records().get(saved->id)->has_value());
    QCOMPARE(*m_replica->outbox().pendingCount(), 0);
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 0);
    QCOMPARE(m_replica->search().search(u"never"_s)->size(), 0);
    QCOMPARE(m_replica->records().remove(saved->id).error().code, u"not_found"_s);
}

void TestReplicaRecords::remove_syncedRecordBecomesTombstoneWithDeleteMutation()
{
    domain::Record server = test::practice(u"Export guarantees"_s, {}, 3);
    QVERIFY(m_replica->records().writeServerRecord(server).ok());
    QCOMPARE(m_replica->search().search(u"export"_s)->size(), 1);
    QVERIFY(m_replica->records().remove(server.id).ok());
    auto stored = m_replica->records().get(server.id);
    QVERIFY(stored->has_value());
    QVERIFY((*stored)->deleted);
    auto entries = m_replica->outbox().forRecord(server.id);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().op, OutboxOp::Delete);
    QCOMPARE(entries->first().baseRev, 3);
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 0);
    QCOMPARE(m_replica->search().search(u"export"_s)->size(), 0);
    QCOMPARE((*m_replica->records().base(server.id))->fields.value(u"title"_s).toString(),
             u"Export guarantees"_s);
}

void TestReplicaRecords::outbox_markFailedKeepsIdAndPending()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"x"_s, {}, 0));
    const OutboxEntry e = m_replica->outbox().forRecord(saved->id)->first();
    QVERIFY(m_replica->outbox().markSending({e.seq}).ok());
    QVERIFY(m_replica->outbox().markFailed(e.seq, Error{u"unavailable"_s, u"503"_s, {}}).ok());
    QVERIFY(m_replica->outbox().markSending({e.seq}).ok());
    auto again = m_replica->outbox().byMutationId(e.mutationId);
    QVERIFY(again->has_value());
    QCOMPARE((*again)->attempts, 2);
    QCOMPARE((*again)->state, OutboxState::Pending);
    QCOMPARE((*again)->errorCode, u"unavailable"_s);
}

void TestReplicaRecords::markApplied_updatesBaseAndClearsLocalEdit()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"Women-led firms"_s, {}, 0));
    const OutboxEntry e = m_replica->outbox().forRecord(saved->id)->first();
    QVERIFY(m_replica->outbox().markSending({e.seq}).ok());
    domain::Record server = *saved;
    server.rev = 1;
    server.fields[u"ref_code"_s] = u"PRA-2026-0001"_s;
    QVERIFY(m_replica->markApplied(e.seq, server).ok());
    QCOMPARE(*m_replica->outbox().pendingCount(), 0);
    QCOMPARE(*m_replica->state(saved->id), RecordState::Synced);
    auto stored = m_replica->records().get(saved->id);
    QCOMPARE((*stored)->rev, 1);
    QCOMPARE((*stored)->fields.value(u"ref_code"_s).toString(), u"PRA-2026-0001"_s);
    QCOMPARE((*m_replica->records().base(saved->id))->rev, 1);
}

void TestReplicaRecords::markApplied_rebasesLaterMutation()
{
    auto saved = m_replica->records().saveDraft(test::practice(u"One"_s, {}, 0));
    const OutboxEntry first = m_replica->outbox().forRecord(saved->id)->first();
    QVERIFY(m_replica->outbox().markSending({first.seq}).ok());
    domain::Record edit = *saved;
    edit.fields[u"title"_s] = u"Two"_s;
    QVERIFY(m_replica->records().saveDraft(edit).ok());

    domain::Record server = *saved; // the server stored "One"
    server.rev = 1;
    QVERIFY(m_replica->markApplied(first.seq, server).ok());
    auto entries = m_replica->outbox().forRecord(saved->id);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().baseRev, 1);
    QCOMPARE((*m_replica->records().get(saved->id))->fields.value(u"title"_s).toString(), u"Two"_s);
    QCOMPARE((*m_replica->records().base(saved->id))->fields.value(u"title"_s).toString(),
             u"One"_s);
    QCOMPARE(*m_replica->state(saved->id), RecordState::Pending);
}

void TestReplicaRecords::applyPage_writesRecordsAndCursorTogether()
{
    QList<domain::Record> page;
    for (int i = 0; i < 10; ++i)
        page.append(test::practice(u"Practice %1"_s.arg(i), {}, i + 1));
    auto r = m_replica->applyPage(page, u"c-10"_s, u"server-1"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->written, 10);
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 10);
    auto state = m_replica->syncState().state();
    QCOMPARE(state->cursor, u"c-10"_s);
    QCOMPARE(state->serverId, u"server-1"_s);
    QVERIFY(state->lastSync.isValid());
    QCOMPARE(*m_replica->state(page.first().id), RecordState::Synced);
}

void TestReplicaRecords::applyPage_failureMidPageLeavesNothing()
{
    QVERIFY(m_replica->applyPage({test::practice(u"Before"_s)}, u"c-1"_s).ok());
    auto local = m_replica->records().saveDraft(test::practice(u"Local"_s, {}, 0));

    // A broken record in the middle of the page.
    QList<domain::Record> page{test::practice(u"A"_s), test::practice(u"B"_s)};
    domain::Record broken = test::practice(u"C"_s);
    broken.id = u"not-a-uuid"_s;
    page.append(broken);
    page.append(test::practice(u"D"_s));
    QVERIFY(!m_replica->applyPage(page, u"c-2"_s).ok());
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 2);
    QCOMPARE(m_replica->syncState().state()->cursor, u"c-1"_s);
    QVERIFY(!m_replica->records().get(page.first().id)->has_value());

    // A merge handler failing on the last record undoes the whole page too.
    domain::Record remote = *local;
    remote.rev = 5;
    QList<domain::Record> page2{test::practice(u"E"_s), remote};
    auto failing = [](const domain::Record &, const std::optional<BaseVersion> &) -> Result<void> {
        return Error{u"merge_failed"_s, u"simulated"_s, {}};
    };
    auto r = m_replica->applyPage(page2, u"c-3"_s, {}, failing);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"merge_failed"_s);
    QCOMPARE(m_replica->syncState().state()->cursor, u"c-1"_s);
    QVERIFY(!m_replica->records().get(page2.first().id)->has_value());
    QVERIFY(!m_replica->records().base(local->id)->has_value());
    QCOMPARE(m_replica->search().search(u"E "_s)->size(), 0);
}

void TestReplicaRecords::applyPage_keepsLocalEditAndUpdatesBase()
{
    domain::Record server = test::practice(u"Base title"_s, {}, 1);
    QVERIFY(m_replica->applyPage({server}, u"c-1"_s).ok());
    domain::Record edit = server;
    edit.fields[u"title"_s] = u"Mine"_s;
    QVERIFY(m_replica->records().saveDraft(edit).ok());

    domain::Record newer = server;
    newer.rev = 2;
    newer.fields[u"title"_s] = u"Theirs"_s;
    QStringList handled;
    std::optional<BaseVersion> seenBase;
    auto handler = [&](const domain::Record &record,
                       const std::optional<BaseVersion> &previousBase) -> Result<void> {
        handled.append(record.id);
        seenBase = previousBase;
        return {};
    };
    auto r = m_replica->applyPage({newer}, u"c-2"_s, {}, handler);
    QVERIFY(r.ok());
    QCOMPARE(r->localEdits, QStringList{server.id});
    QCOMPARE(handled, QStringList{server.id});
    // The handler sees the base the pull replaced: the common ancestor of the merge.
    QVERIFY(seenBase.has_value());
    QCOMPARE(seenBase->rev, 1);
    QCOMPARE(seenBase->fields.value(u"title"_s).toString(), u"Base title"_s);
    QCOMPARE((*m_replica->records().get(server.id))->fields.value(u"title"_s).toString(),
             u"Mine"_s);
    auto base = m_replica->records().base(server.id);
    QCOMPARE((*base)->rev, 2);
    QCOMPARE((*base)->fields.value(u"title"_s).toString(), u"Theirs"_s);
    auto state = m_replica->records().localState(server.id);
    QVERIFY(state->localEdit);
    QCOMPARE(state->outbox.size(), 1);
}

void TestReplicaRecords::applyPage_tombstoneRemovesFromLists()
{
    domain::Record server = test::practice(u"Short lived"_s, {}, 1);
    QVERIFY(m_replica->applyPage({server}, u"c-1"_s).ok());
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 1);
    domain::Record tombstone;
    tombstone.id = server.id;
    tombstone.kind = domain::Kind::Practice;
    tombstone.rev = 2;
    tombstone.deleted = true;
    QVERIFY(m_replica->applyPage({tombstone}, u"c-2"_s).ok());
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 0);
    QCOMPARE(m_replica->search().search(u"short"_s)->size(), 0);
    QVERIFY((*m_replica->records().get(server.id))->deleted);
}

void TestReplicaRecords::discardLocalEdit_restoresBase()
{
    domain::Record server = test::practice(u"Original"_s, {}, 4);
    QVERIFY(m_replica->records().writeServerRecord(server).ok());
    domain::Record edit = server;
    edit.fields[u"title"_s] = u"Changed"_s;
    QVERIFY(m_replica->records().saveDraft(edit).ok());
    QVERIFY(m_replica->records().discardLocalEdit(server.id).ok());
    QCOMPARE((*m_replica->records().get(server.id))->fields.value(u"title"_s).toString(),
             u"Original"_s);
    QCOMPARE(*m_replica->outbox().pendingCount(), 0);
    QCOMPARE(*m_replica->state(server.id), RecordState::Synced);
    QCOMPARE(m_replica->search().search(u"original"_s)->size(), 1);
    QCOMPARE(m_replica->search().search(u"changed"_s)->size(), 0);
}

void TestReplicaRecords::conflicts_addListRemove()
{
    domain::Record server = test::practice(u"Shared"_s, {}, 1);
    QVERIFY(m_replica->records().writeServerRecord(server).ok());
    Conflict c;
    c.recordId = server.id;
    c.kind = domain::Kind::Practice;
    c.base = server.fields;
    c.mine = QJsonObject{{u"title"_s, u"Mine"_s}};
    c.theirs = QJsonObject{{u"title"_s, u"Theirs"_s}};
    c.theirsRev = 2;
    QVERIFY(m_replica->conflicts().add(c).ok());
    QCOMPARE(*m_replica->conflicts().count(), 1);
    QCOMPARE(*m_replica->state(server.id), RecordState::Conflict);
    auto got = m_replica->conflicts().get(server.id);
    QCOMPARE((*got)->mine.value(u"title"_s).toString(), u"Mine"_s);
    QCOMPARE((*got)->theirsRev, 2);
    QCOMPARE(m_replica->conflicts().list()->size(), 1);
    auto rows = m_replica->lists().list(ListFilter{});
    QCOMPARE(rows->first().state, RecordState::Conflict);
    QVERIFY(m_replica->conflicts().remove(server.id).ok());
    QCOMPARE(*m_replica->conflicts().count(), 0);
}

void TestReplicaRecords::conflicts_resolveHunkByHunk_keepsChoicesUntilTheLast()
{
    domain::Record server =
        test::practice(u"Shared"_s, {{u"body"_s, u"one\n\ntwo\n\nthree\n\nfour\n"_s}}, 1);
    QVERIFY(m_replica->records().writeServerRecord(server).ok());
    domain::Record mine = server;
    mine.fields[u"body"_s] = u"one mine\n\ntwo\n\nthree mine\n\nfour\n"_s;
    mine.fields[u"title"_s] = u"Mine"_s;
    QVERIFY(m_replica->records().saveDraft(mine).ok());
    Conflict c;
    c.recordId = server.id;
    c.kind = domain::Kind::Practice;
    c.base = server.fields;
    c.mine = mine.fields;
    c.theirs = server.fields;
    c.theirs[u"body"_s] = u"one theirs\n\ntwo theirs\n\nthree theirs\n\nfour\n"_s;
    c.theirs[u"title"_s] = u"Theirs"_s;
    c.theirsRev = 2;
    QVERIFY(m_replica->conflicts().add(c).ok());

    // Unknown field, a field without hunks, a hunk out of range: errors, nothing changes.
    QCOMPARE(m_replica->resolveConflictHunk(server.id, u"lessons"_s, 0, u"x"_s).error().code,
             u"not_found"_s);
    QCOMPARE(m_replica->resolveConflictHunk(server.id, u"title"_s, 0, u"x"_s).error().code,
             u"not_found"_s);
    QCOMPARE(m_replica->resolveConflictHunk(server.id, u"body"_s, 2, u"x"_s).error().code,
             u"not_found"_s);
    QCOMPARE(m_replica->resolveConflictHunk(u"nope"_s, u"body"_s, 0, u"x"_s).error().code,
             u"not_found"_s);
    QCOMPARE((*m_replica->conflicts().get(server.id))->hunkChoices, QJsonObject());

    // (A side keeping no line of the base would be a rewrite: one hunk; "four" is kept.)
    // Two hunks and the title: the record stays a conflict until all three are settled.
    auto open = m_replica->resolveConflictHunk(server.id, u"body"_s, 1, u"three both\n"_s);
    QVERIFY2(open.ok(), qPrintable(open.ok() ? QString() : open.error().message));
    QCOMPARE(*open, 2);
    open = m_replica->resolveConflictHunk(server.id, u"body"_s, 0, u"one theirs\n"_s);
    QCOMPARE(*open, 1); // the title is not text: resolved as a whole field
    QCOMPARE(*m_replica->state(server.id), RecordState::Conflict);
    const QJsonObject kept = (*m_replica->conflicts().get(server.id))->hunkChoices;
    QCOMPARE(kept, (QJsonObject{{u"body"_s, QJsonObject{{u"0"_s, u"one theirs\n"_s},
                                                        {u"1"_s, u"three both\n"_s}}}}));
    // The whole-field form keeps the hunks already decided.
    const domain::RecordMergeResult merge = domain::mergeFields(c.kind, c.base, c.mine, c.theirs);
    QVERIFY(m_replica->resolveConflictKeep(server.id, merge.resolved(kept)).ok());
    QCOMPARE((*m_replica->records().get(server.id))->fields.value(u"body"_s).toString(),
             u"one theirs\n\ntwo theirs\n\nthree both\n\nfour\n"_s);
    QCOMPARE(*m_replica->state(server.id), RecordState::Pending);

    // Without another conflicting field, the last hunk ends the conflict by itself.
    c.theirs[u"title"_s] = u"Mine"_s;
    QVERIFY(m_replica->conflicts().add(c).ok());
    QCOMPARE(*m_replica->resolveConflictHunk(server.id, u"body"_s, 0, u"one mine\n"_s), 1);
    QCOMPARE(*m_replica->resolveConflictHunk(server.id, u"body"_s, 1, u"three mine\n"_s), 0);
    QCOMPARE(*m_replica->conflicts().count(), 0);
    QCOMPARE((*m_replica->records().get(server.id))->fields.value(u"body"_s).toString(),
             u"one mine\n\ntwo theirs\n\nthree mine\n\nfour\n"_s);
}

void TestReplicaRecords::savedSearches_roundTrip()
{
    SavedSearch s;
    s.name = u"Green in Africa"_s;
    s.query = u"guarantee"_s;
    s.facets = QJsonObject{{u"pillar"_s, QJsonArray{u"green"_s}}};
    auto saved = m_replica->savedSearches().save(s);
    QVERIFY(saved.ok());
    QVERIFY(saved->id > 0);
    s.query = u"loan"_s;
    QVERIFY(m_replica->savedSearches().save(s).ok());
    auto all = m_replica->savedSearches().list();
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().query, u"loan"_s);
    QCOMPARE(all->first().facets, s.facets);
    QVERIFY(!m_replica->savedSearches().save(SavedSearch{}).ok());
    QVERIFY(m_replica->savedSearches().remove(s.name).ok());
    QVERIFY(m_replica->savedSearches().list()->isEmpty());
}

void TestReplicaRecords::syncState_resetCursor()
{
    QVERIFY(m_replica->syncState().setCursor(u"abc"_s).ok());
    QCOMPARE(m_replica->syncState().state()->cursor, u"abc"_s);
    QVERIFY(m_replica->syncState().resetCursor().ok());
    QVERIFY(m_replica->syncState().state()->cursor.isEmpty());
}

void TestReplicaRecords::revisions_replaceListNewestFirstAndSurviveReopen()
{
    const QString id = u"6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e72"_s;
    QVERIFY(m_replica->revisions().list(id)->isEmpty());
    protocol::Revision older;
    older.rev = 3;
    older.updatedBy = u"00000000-0000-4000-8000-000000000002"_s;
    older.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    older.fields = QJsonObject{{u"title"_s, u"\u0642\u0631\u0648\u0636"_s}};
    protocol::Revision newer = older;
    newer.rev = 9;
    newer.fields =
        QJsonObject{{u"title"_s, u"Pr\u00eats"_s}, {u"pillars"_s, QJsonArray{u"green"_s}}};
    protocol::Revision gone = older;
    gone.rev = 12;
    gone.deleted = true;
    gone.fields = {};
    QVERIFY(m_replica->revisions().replace(id, {older, gone, newer}).ok());
    auto listed = m_replica->revisions().list(id);
    QVERIFY(listed.ok());
    QCOMPARE(*listed, (QList<protocol::Revision>{gone, newer, older}));
    // What the server no longer serves leaves the cache.
    QVERIFY(m_replica->revisions().replace(id, {older}).ok());
    QCOMPARE(*m_replica->revisions().list(id), QList<protocol::Revision>{older});
    QVERIFY(m_replica->revisions().list(u"00000000-0000-4000-8000-000000000009"_s)->isEmpty());

    m_replica->close();
    delete m_replica;
    m_replica = new Replica;
    QVERIFY(m_replica->open(m_dir->filePath(u"replica.sqlite"_s), u"records-test-2"_s).ok());
    QCOMPARE(*m_replica->revisions().list(id), QList<protocol::Revision>{older});
}

QTEST_GUILESS_MAIN(TestReplicaRecords)
#include "tst_replica_records.moc"
