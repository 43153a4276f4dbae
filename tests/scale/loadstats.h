// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

namespace smec::scale {

/// A mutation the server acknowledged to a client: the answer to POST /api/v1/mutations reached
/// the client whole and said `applied`, with the stored record's id and new rev.
struct Ack
{
    QString recordId;
    qint64 rev = 0;
    bool deleted = false;
};

/// What all clients of one run saw, merged under a mutex: request and sync latencies, answers by
/// HTTP status, transport failures, acknowledged mutations, change pages.
class LoadStats final
{
public:
    void addRequest(const QString &what, int status, const QString &errorCode, double ms);
    void addSync(double ms, bool ok, const QString &errorCode);
    /// Returns false when `mutationId` was acknowledged before with another record or rev: the
    /// server answered one mutation id two ways.
    bool addAck(const QString &mutationId, const Ack &ack, QString *problem);
    void addChangePage(qint64 records);
    void addRetries(qint64 retries);
    void addResult(const QString &status);

    /// Forgets the figures so far (sign-in and first syncs), keeps the acknowledgements.
    void resetFigures();
    QHash<QString, Ack> acks() const;
    /// A JSON object with the figures (latency percentiles, counts) for the interval.
    QString figuresJson(const QString &scenario, double seconds, int clients, int threads) const;
    qint64 ackCount() const;

private:
    static double percentile(QList<double> sorted, double p);

    mutable QMutex m_mutex;
    QList<double> m_requestMs;
    QList<double> m_syncMs;
    QMap<QString, qint64> m_statuses;   ///< "200", "502", "network", "timeout", ...
    QMap<QString, qint64> m_syncErrors; ///< error code of syncs that failed
    QMap<QString, qint64> m_results;    ///< applied / conflict / rejected
    QHash<QString, Ack> m_acks;
    qint64 m_syncs = 0;
    qint64 m_failedSyncs = 0;
    qint64 m_pages = 0;
    qint64 m_pageRecords = 0;
    qint64 m_retries = 0;
};

} // namespace smec::scale
