// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "countryprofile.h"

#include "domain/initiative.h"
#include "replica/replica.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smec::models {

namespace {

constexpr int recentDialogue = 20;

replica::ListFilter ofCountry(domain::Kind kind, const QString &country)
{
    replica::ListFilter filter;
    filter.kind = kind;
    filter.facets.insert(u"country"_s, {country});
    filter.limit = -1;
    return filter;
}

} // namespace

QStringList CountryProfile::figureNames()
{
    return {u"pillar"_s,         u"instrument"_s,      u"target_group"_s,
            u"evidence_level"_s, u"practice_status"_s, u"commitment_status"_s};
}

Result<CountryProfile> CountryProfile::readFigures(replica::Replica &replica,
                                                   const QString &country)
{
    CountryProfile p;
    p.country = country;
    replica::ListStore &lists = replica.lists();
    const replica::ListFilter practices = ofCountry(domain::Kind::Practice, country);
    const replica::ListFilter commitments = ofCountry(domain::Kind::Commitment, country);
    for (const QString &name : figureNames()) {
        const bool ofCommitments = name == u"commitment_status"_s;
        const QString by = name.endsWith(u"_status"_s) ? u"status"_s : name;
        auto counts = lists.countBy(ofCommitments ? commitments : practices, by);
        if (!counts)
            return counts.error();
        p.figures.insert(name, *counts);
    }
    auto n = lists.count(practices);
    if (!n)
        return n.error();
    p.practiceCount = *n;
    n = lists.count(commitments);
    if (!n)
        return n.error();
    p.commitmentCount = *n;
    return p;
}

Result<CountryProfile> CountryProfile::read(replica::Replica &replica, const QString &country,
                                            const QStringList &delegates)
{
    auto read = readFigures(replica, country);
    if (!read)
        return read;
    CountryProfile p = *read;
    replica::ListStore &lists = replica.lists();

    replica::ListFilter practices = ofCountry(domain::Kind::Practice, country);
    practices.sortColumn = u"title"_s;
    auto rows = lists.list(practices);
    if (!rows)
        return rows.error();
    for (const replica::ListRow &row : std::as_const(*rows)) {
        const QStringList pillars = row.columns.value(u"pillars"_s).toStringList();
        p.practices.append({row.id,
                            row.kind,
                            row.columns.value(u"title"_s).toString(),
                            row.columns.value(u"status"_s).toString(),
                            {},
                            row.columns.value(u"start_year"_s).toString(),
                            pillars.isEmpty() ? QString() : pillars.constFirst()});
    }

    replica::ListFilter commitments = ofCountry(domain::Kind::Commitment, country);
    commitments.sortColumn = u"deadline"_s;
    rows = lists.list(commitments);
    if (!rows)
        return rows.error();
    for (const replica::ListRow &row : std::as_const(*rows)) {
        const QStringList pillars = row.columns.value(u"pillars"_s).toStringList();
        p.commitments.append({row.id,
                              row.kind,
                              row.columns.value(u"title"_s).toString(),
                              row.columns.value(u"status"_s).toString(),
                              {},
                              row.columns.value(u"deadline"_s).toString(),
                              pillars.isEmpty() ? QString() : pillars.constFirst()});
    }

    // Meetings are few (hundreds): participants are read from the fields.
    replica::ListFilter meetings;
    meetings.kind = domain::Kind::Meeting;
    meetings.limit = -1;
    meetings.withFields = true;
    meetings.sortColumn = u"starts_on"_s;
    meetings.sortOrder = Qt::DescendingOrder;
    rows = lists.list(meetings);
    if (!rows)
        return rows.error();
    for (const replica::ListRow &row : std::as_const(*rows)) {
        const bool hosts = row.fields.value(u"host_country"_s).toString() == country;
        bool attends = false;
        for (const QJsonValue &v : row.fields.value(u"participants"_s).toArray())
            attends = attends || v.toString() == country;
        if (!hosts && !attends)
            continue;
        p.meetingsHosted += hosts ? 1 : 0;
        p.meetingsAttended += !hosts && attends ? 1 : 0;
        p.meetings.append({row.id,
                           row.kind,
                           row.columns.value(u"title"_s).toString(),
                           {},
                           hosts ? u"host"_s : u"participant"_s,
                           row.columns.value(u"starts_on"_s).toString(),
                           {}});
    }

    // Threads started by the country's delegates, most recently active first.
    const QSet<QString> authors(delegates.cbegin(), delegates.cend());
    if (!authors.isEmpty()) {
        replica::ListFilter threads;
        threads.kind = domain::Kind::Thread;
        threads.limit = -1;
        rows = lists.list(threads);
        if (!rows)
            return rows.error();
        for (const replica::ListRow &row : std::as_const(*rows)) {
            if (!authors.contains(row.createdBy))
                continue;
            ++p.threadsStarted;
            if (p.dialogue.size() < recentDialogue)
                p.dialogue.append({row.id,
                                   row.kind,
                                   row.columns.value(u"title"_s).toString(),
                                   row.columns.value(u"status"_s).toString(),
                                   {},
                                   row.columns.value(u"updated_at"_s).toString(),
                                   {}});
        }
    }

    // Initiatives it leads or has joined (an invitation alone is not shown).
    replica::ListFilter initiatives;
    initiatives.kind = domain::Kind::Initiative;
    initiatives.facets.insert(u"involves"_s, {country});
    initiatives.limit = -1;
    initiatives.withFields = true;
    rows = lists.list(initiatives);
    if (!rows)
        return rows.error();
    for (const replica::ListRow &row : std::as_const(*rows)) {
        const bool leads = row.fields.value(u"lead_country"_s).toString() == country;
        if (!leads &&
            domain::Initiative::partnerState(row.fields, country) != domain::Initiative::joined)
            continue;
        p.initiatives.append({row.id,
                              row.kind,
                              row.columns.value(u"title"_s).toString(),
                              domain::Initiative::status(row.fields),
                              leads ? u"lead"_s : u"joined"_s,
                              row.columns.value(u"starts_on"_s).toString(),
                              {}});
    }
    return p;
}

} // namespace smec::models
