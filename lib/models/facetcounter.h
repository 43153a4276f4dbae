// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "replica/listfilter.h"
#include "replica/replicatypes.h"

#include <QObject>

namespace smec::models {

class BackgroundReader;

/// Computes ListStore::facetCounts() off the GUI thread through a BackgroundReader: only the
/// answer to the latest request() is delivered (countsReady()), older ones are skipped before
/// they start or dropped when they finish.
class FacetCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetCounter)

public:
    /// `reader` is kept by pointer and must outlive the counter.
    explicit FacetCounter(BackgroundReader *reader, QObject *parent = nullptr);

    /// Asks for the counts of `filter`; supersedes every earlier request.
    void request(const replica::ListFilter &filter);
    /// True from request() until its answer (or failure) has been delivered.
    bool isPending() const;

Q_SIGNALS:
    void countsReady(const smec::replica::FacetCounts &counts);
    void errorOccurred(const QString &message);

private:
    BackgroundReader *m_reader;
};

} // namespace smec::models
