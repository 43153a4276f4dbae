// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replica/listfilter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace smec::replica {
class Replica;
}

namespace smec::models {

/// The commitments tracker's figures for one selection (meeting, pillar, region): every
/// commitment placed in a country x group matrix (groups are meetings or pillars), counts per
/// status, status by pillar, and the open commitments due within 90 days or overdue. Built in
/// one read (on the reader thread), so the view only lays it out.
class CommitmentTracker final
{
public:
    enum class Grouping { Meeting, Pillar };

    struct Commitment
    {
        QString id;
        QString title;
        QString country;
        QString pillar;
        QString status;
        QDate deadline;
        QString meetingId;
        QString progressNote;
    };
    /// One column of the matrix: a meeting (id) or a pillar; empty key = none given.
    struct Group
    {
        QString key;
        QString label; ///< meeting title (pillars are labelled by the view, translated)
    };

    /// The open states: a commitment in one of them can be due or overdue.
    static bool isOpen(const QString &status);
    /// How many days ahead "due soon" looks.
    static constexpr int dueWindowDays = 90;

    /// Reads the commitments `filter` selects (kind and paging are set here) and the meetings,
    /// as of `today`.
    static Result<CommitmentTracker> read(replica::Replica &replica, replica::ListFilter filter,
                                          Grouping grouping, QDate today);
    /// The same from rows already read (tests build trackers by hand).
    static CommitmentTracker build(QList<Commitment> commitments,
                                   const QList<Group> &meetingsInOrder, Grouping grouping,
                                   QDate today);

    Grouping grouping() const { return m_grouping; }
    const QList<Commitment> &commitments() const { return m_commitments; }
    /// Countries with at least one commitment (codes; the model sorts them by name).
    const QStringList &countries() const { return m_countries; }
    const QList<Group> &groups() const { return m_groups; }
    /// Every meeting of the replica in date order (id, title), for choosing one.
    const QList<Group> &meetings() const { return m_meetings; }
    /// Indexes into commitments() of one cell, in deadline order.
    QList<int> cell(const QString &country, int group) const;
    /// Status -> count, every status present (0 when none).
    const QMap<QString, int> &statusCounts() const { return m_statusCounts; }
    /// Pillar -> status -> count (a commitment has one pillar; none = empty key).
    const QMap<QString, QMap<QString, int>> &statusByPillar() const { return m_statusByPillar; }
    /// Open commitments with a deadline from today to today + 90 days, soonest first.
    const QList<int> &dueSoon() const { return m_dueSoon; }
    /// Open commitments whose deadline has passed, most overdue first.
    const QList<int> &overdue() const { return m_overdue; }
    QDate today() const { return m_today; }

private:
    Grouping m_grouping = Grouping::Meeting;
    QDate m_today;
    QList<Commitment> m_commitments;
    QStringList m_countries;
    QList<Group> m_groups;
    QList<Group> m_meetings;
    QHash<QString, QList<int>> m_cells; ///< "country/group" -> indexes
    QMap<QString, int> m_statusCounts;
    QMap<QString, QMap<QString, int>> m_statusByPillar;
    QList<int> m_dueSoon;
    QList<int> m_overdue;
};

} // namespace smec::models
