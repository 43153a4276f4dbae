// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commitmenttracker.h"

#include <QAbstractTableModel>

namespace smec::domain {
class ReferenceData;
}

namespace smec::models {

/// The tracker's matrix as a table: a row per country (by name), a column per meeting or pillar;
/// a cell holds that country's commitments of that group, which a delegate draws coloured by
/// status and the tooltip lists with their progress notes.
class CommitmentTrackerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentTrackerModel)

public:
    enum Role {
        CommitmentIdsRole = Qt::UserRole + 1, ///< QStringList, in deadline order
        StatusesRole,                         ///< QStringList, one per commitment
        CountryRole,                          ///< the row's country code (any column)
    };

    explicit CommitmentTrackerModel(const domain::ReferenceData *reference,
                                    QObject *parent = nullptr);

    void setTracker(CommitmentTracker tracker);
    const CommitmentTracker &tracker() const { return m_tracker; }
    /// The row of a country, or -1.
    int rowOf(const QString &country) const { return int(m_countries.indexOf(country)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Status (deadline)" and the progress note of one commitment, for tooltips.
    static QString describe(const CommitmentTracker::Commitment &c);
    /// A column's title: the meeting's title or the pillar's name, translated.
    QString groupLabel(int group) const;

private:
    const domain::ReferenceData *m_reference;
    CommitmentTracker m_tracker;
    QStringList m_countries; ///< codes, by country name in the UI language
};

} // namespace smec::models
