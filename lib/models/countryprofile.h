// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace smec::replica {
class Replica;
}

namespace smec::models {

/// What the replica holds about one country, read in one go on the reader thread: key figures
/// (the same counts as `smecommunity-cli stats ... --country ISO3`), its practices, commitments,
/// meetings hosted or attended, threads started by its delegates and the joint initiatives it
/// leads or has joined. The country comparison reads the figures of several.
class CountryProfile final
{
public:
    /// One line of a list on the profile.
    struct Item
    {
        QString id;
        domain::Kind kind = domain::Kind::Practice;
        QString title;
        QString status; ///< stored value (practice, commitment, initiative, thread status)
        QString role;   ///< meetings: `host`/`participant`; initiatives: `lead`/`joined`
        QString date;   ///< ISO date or time: deadline, meeting start, thread update
        QString pillar; ///< commitments: their pillar; practices: the first of theirs
    };

    /// The dimensions compared: practices by pillar, instrument, target group and evidence
    /// level, commitments by status (`commitment_status`).
    static QStringList figureNames();

    /// Reads `country`'s profile; `delegates` are the user ids of its delegates (reference data).
    static Result<CountryProfile> read(replica::Replica &replica, const QString &country,
                                       const QStringList &delegates);
    /// Reads only the figures (figureNames()) of `country`, for comparing countries.
    static Result<CountryProfile> readFigures(replica::Replica &replica, const QString &country);

    QString country;
    qint64 practiceCount = 0;
    qint64 commitmentCount = 0;
    /// figure name (`practice_status`, `pillar`, `instrument`, `target_group`,
    /// `evidence_level`, `commitment_status`) -> value -> count
    QMap<QString, QMap<QString, int>> figures;
    int meetingsHosted = 0;
    int meetingsAttended = 0; ///< listed among the participants (hosting not counted twice)
    int threadsStarted = 0;
    QList<Item> practices;
    QList<Item> commitments;
    QList<Item> meetings;
    QList<Item> dialogue; ///< threads started by its delegates, recently active first (20 at most)
    QList<Item> initiatives;
};

} // namespace smec::models
