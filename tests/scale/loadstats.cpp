// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loadstats.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace smec::scale {

void LoadStats::addRequest(const QString &what, int status, const QString &errorCode, double ms)
{
    Q_UNUSED(what)
    QMutexLocker lock(&m_mutex);
    m_requestMs.append(ms);
    ++m_statuses[status > 0 ? QString::number(status) : errorCode];
}

void LoadStats::addSync(double ms, bool ok, const QString &errorCode)
{
    QMutexLocker lock(&m_mutex);
    ++m_syncs;
    if (ok) {
        m_syncMs.append(ms);
    } else {
        ++m_failedSyncs;
        ++m_syncErrors[errorCode];
    }
}

bool LoadStats::addAck(const QString &mutationId, const Ack &ack, QString *problem)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_acks.constFind(mutationId);
    if (it != m_acks.cend()) {
        if (it->recordId != ack.recordId || it->rev != ack.rev) {
            *problem = u"mutation %1 acknowledged twice differently: %2 rev %3, then %4 rev %5"_s
                           .arg(mutationId, it->recordId)
                           .arg(it->rev)
                           .arg(ack.recordId)
                           .arg(ack.rev);
            return false;
        }
        return true;
    }
    m_acks.insert(mutationId, ack);
    return true;
}

void LoadStats::addChangePage(qint64 records)
{
    QMutexLocker lock(&m_mutex);
    ++m_pages;
    m_pageRecords += records;
}

void LoadStats::addRetries(qint64 retries)
{
    QMutexLocker lock(&m_mutex);
    m_retries += retries;
}

void LoadStats::addResult(const QString &status)
{
    QMutexLocker lock(&m_mutex);
    ++m_results[status];
}

void LoadStats::resetFigures()
{
    QMutexLocker lock(&m_mutex);
    m_requestMs.clear();
    m_syncMs.clear();
    m_statuses.clear();
    m_syncErrors.clear();
    m_results.clear();
    m_syncs = m_failedSyncs = m_pages = m_pageRecords = m_retries = 0;
}

QHash<QString, Ack> LoadStats::acks() const
{
    QMutexLocker lock(&m_mutex);
    return m_acks;
}

qint64 LoadStats::ackCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_acks.size();
}

double LoadStats::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

QString LoadStats::figuresJson(const QString &scenario, double seconds, int clients,
                               int threads) const
{
    QMutexLocker lock(&m_mutex);
    const auto round1 = [](double v) {
        return std::round(v * 10) / 10;
    };
    const auto counts = [](const QMap<QString, qint64> &map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    qint64 httpErrors = 0;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        httpErrors +=
            it.key() == "200"_L1 || it.key() == "201"_L1 || it.key() == "204"_L1 ? 0 : it.value();
    const qint64 applied = m_results.value(u"applied"_s);
    QJsonObject o{
        {u"scenario"_s, scenario},
        {u"clients"_s, clients},
        {u"threads"_s, threads},
        {u"seconds"_s, round1(seconds)},
        {u"mutations_applied"_s, applied},
        {u"mutations_per_s"_s, round1(double(applied) / seconds)},
        {u"change_pages"_s, m_pages},
        {u"change_pages_per_s"_s, round1(double(m_pages) / seconds)},
        {u"records_pulled"_s, m_pageRecords},
        {u"requests"_s, m_requestMs.size()},
        {u"requests_per_s"_s, round1(double(m_requestMs.size()) / seconds)},
        {u"request_ms_p50"_s, round1(percentile(m_requestMs, 50))},
        {u"request_ms_p95"_s, round1(percentile(m_requestMs, 95))},
        {u"request_ms_p99"_s, round1(percentile(m_requestMs, 99))},
        {u"syncs"_s, m_syncs},
        {u"failed_syncs"_s, m_failedSyncs},
        {u"sync_ms_p50"_s, round1(percentile(m_syncMs, 50))},
        {u"sync_ms_p95"_s, round1(percentile(m_syncMs, 95))},
        {u"sync_ms_p99"_s, round1(percentile(m_syncMs, 99))},
        {u"request_errors"_s, httpErrors},
        {u"retries"_s, m_retries},
        {u"answers"_s, counts(m_statuses)},
        {u"sync_errors"_s, counts(m_syncErrors)},
        {u"mutation_results"_s, counts(m_results)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace smec::scale
