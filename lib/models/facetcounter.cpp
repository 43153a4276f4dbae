// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "facetcounter.h"

#include "backgroundreader.h"
#include "replica/replica.h"

namespace smec::models {

FacetCounter::FacetCounter(BackgroundReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

bool FacetCounter::isPending() const
{
    return m_reader->isPending(this);
}

void FacetCounter::request(const replica::ListFilter &filter)
{
    m_reader->run<replica::FacetCounts>(
        this, [filter](replica::Replica &replica) { return replica.lists().facetCounts(filter); },
        [this](const Result<replica::FacetCounts> &counts) {
            if (counts)
                Q_EMIT countsReady(*counts);
            else
                Q_EMIT errorOccurred(counts.error().message);
        });
}

} // namespace smec::models
