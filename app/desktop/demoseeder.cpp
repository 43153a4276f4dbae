// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demoseeder.h"

#include "datagen/demodata.h"
#include "datagen/syntheticgenerator.h"
#include "replica/replica.h"

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
Result<void> store(replica::Replica &replica, domain::Record record, qint64 &rev,
                   const QDateTime &when)
{
    record.rev = ++rev;
    if (record.createdBy.isEmpty())
        record.createdBy = u"demo"_s;
    if (record.updatedBy.isEmpty())
        record.updatedBy = record.createdBy;
    record.createdAt = when;
    record.updatedAt = when;
    return replica.records().writeServerRecord(record);
}
} // namespace

Result<void> DemoSeeder::seed(replica::Replica &replica, const Counts &counts)
{
    datagen::SyntheticGenerator generator(2026);
    generator.setReferenceCounts(counts.practices, counts.meetings);
    replica::Transaction tx(replica.database());
    if (!tx.started().ok())
        return tx.started().error();
    qint64 rev = 0;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-400);
    // The curated set first (newest, so it leads the lists), then generated volume around it.
    if (auto curated = datagen::DemoData::load()) {
        const QList<domain::Record> records = curated->records();
        const QDateTime recent = QDateTime::currentDateTimeUtc().addDays(-2);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (auto r = store(replica, records.at(i), rev, recent.addSecs(i * 60)); !r)
                return r;
        }
    }
    for (int i = 0; i < counts.practices; ++i) {
        if (auto r = store(replica, generator.practice(i), rev, base.addSecs(qint64(i) * 3600)); !r)
            return r;
    }
    for (int i = 0; i < counts.meetings; ++i) {
        if (auto r = store(replica, generator.meeting(i), rev, base.addDays(i * 20)); !r)
            return r;
    }
    for (int i = 0; i < counts.commitments; ++i) {
        const QString meeting = counts.meetings > 0
                                    ? generator.recordId(domain::Kind::Meeting, i % counts.meetings)
                                    : QString();
        if (auto r = store(replica, generator.commitment(i, meeting), rev, base.addDays(i)); !r)
            return r;
    }
    for (int i = 0; i < counts.initiatives; ++i) {
        const QString meeting = counts.meetings > 0
                                    ? generator.recordId(domain::Kind::Meeting, i % counts.meetings)
                                    : QString();
        if (auto r = store(replica, generator.initiative(i, meeting, counts.commitments), rev,
                           base.addDays(i * 11));
            !r)
            return r;
    }
    int postIndex = 0;
    for (int t = 0; t < counts.threads; ++t) {
        const domain::Record thread = generator.thread(t);
        if (auto r = store(replica, thread, rev, base.addDays(t * 7)); !r)
            return r;
        QString previous;
        for (int p = 0; p < counts.postsPerThread; ++p) {
            domain::Record post =
                generator.post(postIndex++, thread.id, p % 2 == 1 ? previous : QString());
            previous = post.id;
            if (auto r = store(replica, post, rev, base.addDays(t * 7).addSecs(p * 5400)); !r)
                return r;
        }
    }
    return tx.commit();
}

} // namespace smec::desktop
