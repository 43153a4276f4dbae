// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commitmenttracker.h"

#include "domain/fieldschema.h"
#include "replica/replica.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::models {

namespace {

QString cellKey(const QString &country, int group)
{
    return country + u'/' + QString::number(group);
}

} // namespace

bool CommitmentTracker::isOpen(const QString &status)
{
    return status == u"announced"_s || status == u"in_progress"_s;
}

Result<CommitmentTracker> CommitmentTracker::read(replica::Replica &replica,
                                                  replica::ListFilter filter, Grouping grouping,
                                                  QDate today)
{
    filter.kind = domain::Kind::Commitment;
    filter.withFields = true;
    filter.offset = 0;
    filter.limit = -1;
    filter.sortColumn.clear();
    auto rows = replica.lists().list(filter);
    if (!rows)
        return rows.error();
    QList<Commitment> commitments;
    commitments.reserve(rows->size());
    for (const replica::ListRow &row : std::as_const(*rows)) {
        const QJsonObject &f = row.fields;
        commitments.append(
            {row.id, f.value(u"title"_s).toString(), f.value(u"country"_s).toString(),
             f.value(u"pillar"_s).toString(), f.value(u"status"_s).toString(),
             QDate::fromString(f.value(u"deadline"_s).toString(), Qt::ISODate),
             f.value(u"meeting_id"_s).toString(), f.value(u"progress_note"_s).toString()});
    }
    replica::ListFilter meetingFilter;
    meetingFilter.kind = domain::Kind::Meeting;
    meetingFilter.limit = -1;
    meetingFilter.sortColumn = u"starts_on"_s;
    auto meetings = replica.lists().list(meetingFilter);
    if (!meetings)
        return meetings.error();
    QList<Group> groups;
    groups.reserve(meetings->size());
    for (const replica::ListRow &row : std::as_const(*meetings))
        groups.append({row.id, row.columns.value(u"title"_s).toString()});
    return build(std::move(commitments), groups, grouping, today);
}

CommitmentTracker CommitmentTracker::build(QList<Commitment> commitments,
                                           const QList<Group> &meetingsInOrder, Grouping grouping,
                                           QDate today)
{
    CommitmentTracker t;
    t.m_grouping = grouping;
    t.m_meetings = meetingsInOrder;
    t.m_today = today;
    // Soonest deadline first everywhere (cells, due lists); no deadline last.
    std::stable_sort(commitments.begin(), commitments.end(),
                     [](const Commitment &a, const Commitment &b) {
                         if (a.deadline.isValid() != b.deadline.isValid())
                             return a.deadline.isValid();
                         return a.deadline < b.deadline;
                     });
    t.m_commitments = std::move(commitments);

    // Columns: the meetings (or pillars) that have a commitment here, in the meetings' order,
    // then "none".
    QSet<QString> used;
    for (const Commitment &c : std::as_const(t.m_commitments))
        used.insert(grouping == Grouping::Meeting ? c.meetingId : c.pillar);
    QHash<QString, int> groupOf;
    auto addGroup = [&](const QString &key, const QString &label) {
        if (!used.contains(key) || groupOf.contains(key))
            return;
        groupOf.insert(key, int(t.m_groups.size()));
        t.m_groups.append({key, label});
    };
    if (grouping == Grouping::Meeting) {
        for (const Group &meeting : meetingsInOrder)
            addGroup(meeting.key, meeting.label);
        // A meeting not (yet) in the replica keeps its own column, named by its id.
        QStringList unknown;
        for (const QString &key : std::as_const(used)) {
            if (!key.isEmpty() && !groupOf.contains(key))
                unknown.append(key);
        }
        unknown.sort();
        for (const QString &key : std::as_const(unknown))
            addGroup(key, key);
    } else {
        for (const QString &pillar : domain::FieldSchema::pillarIds())
            addGroup(pillar, QString());
    }
    addGroup(QString(), QString());

    for (const QString &status :
         domain::FieldSchema::field(domain::Kind::Commitment, u"status")->allowedValues())
        t.m_statusCounts.insert(status, 0);
    QSet<QString> countries;
    for (int i = 0; i < t.m_commitments.size(); ++i) {
        const Commitment &c = t.m_commitments.at(i);
        countries.insert(c.country);
        const int group = groupOf.value(grouping == Grouping::Meeting ? c.meetingId : c.pillar);
        t.m_cells[cellKey(c.country, group)].append(i);
        t.m_statusCounts[c.status] += 1;
        t.m_statusByPillar[c.pillar][c.status] += 1;
        if (!isOpen(c.status) || !c.deadline.isValid())
            continue;
        if (c.deadline < today)
            t.m_overdue.append(i);
        else if (c.deadline <= today.addDays(dueWindowDays))
            t.m_dueSoon.append(i);
    }
    t.m_countries = QStringList(countries.cbegin(), countries.cend());
    t.m_countries.sort();
    return t;
}

QList<int> CommitmentTracker::cell(const QString &country, int group) const
{
    return m_cells.value(cellKey(country, group));
}

} // namespace smec::models
