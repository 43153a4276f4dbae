// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace smec::datagen {

/// Deterministic generator of realistic synthetic content for tests and benchmarks: practices,
/// threads, posts, meetings, commitments and joint initiatives across countries and pillars, with
/// text in English, French, Spanish and Arabic. The same seed and index always give the same
/// record.
///
/// Each record is produced independently from (seed, kind, index), so callers may generate any
/// slice in any order or on several threads. Ids are UUIDv5 values in canonical form; rev is 0
/// and the server-set envelope (authors, timestamps) is left empty. A practice serialises to
/// about 3.5 KB of JSON on average but takes about 10 KB as a QJsonObject: generate large sets
/// in batches and drop what has been stored (100,000 practices held at once take about 1 GB).
class SyntheticGenerator final
{
public:
    explicit SyntheticGenerator(quint64 seed = 1);

    domain::Record practice(int index) const;
    domain::Record thread(int index) const;
    /// A post in `threadId`; `replyTo` may be empty.
    domain::Record post(int index, const QString &threadId, const QString &replyTo = {}) const;
    /// Post `index` of a corpus spread over `threadCount` threads (ids of thread(0..count-1)):
    /// it belongs to thread `index % threadCount` and, for about half of the posts after the
    /// first round, replies to the previous post of that thread. For bulk data sets: 200,000
    /// posts over 20,000 threads give conversations of ten posts.
    domain::Record conversationPost(int index, int threadCount) const;
    domain::Record meeting(int index) const;
    domain::Record commitment(int index, const QString &meetingId = {}) const;
    /// A joint initiative led by one country with two to five partners (mostly joined, some
    /// still invited), two to five milestones with stable ids, launched at `meetingId` when
    /// given; it builds on commitments among the first `commitmentCount` (0: none).
    domain::Record initiative(int index, const QString &meetingId = {},
                              int commitmentCount = 0) const;

    /// `count` practices starting at `first`, the same as practice(first + i). Slices of 1,024
    /// or more are generated on all cores; the calling thread blocks until they are done.
    QList<domain::Record> practices(int first, int count) const;

    /// The id the record of that kind and index gets, without generating it.
    QString recordId(domain::Kind kind, int index) const;

    /// When positive, threads and commitments reference practices (`practice_ids`) among the
    /// first `count` practices, and threads reference meetings among the first
    /// `meetingCount` meetings. Default 0: no cross-references.
    void setReferenceCounts(int practiceCount, int meetingCount = 0);

    quint64 seed() const { return m_seed; }

    /// The ISO 3166-1 alpha-3 codes the generator draws countries from.
    static QStringList countryCodes();

private:
    quint64 m_seed;
    int m_practiceCount = 0;
    int m_meetingCount = 0;
};

} // namespace smec::datagen
