// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordingtransport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smec::scale {

RecordingTransport::RecordingTransport(std::unique_ptr<sync::Transport> inner, LoadStats &stats)
    : m_inner(std::move(inner))
    , m_stats(stats)
{}

sync::HttpResponse RecordingTransport::send(const sync::HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    sync::HttpResponse response = m_inner->send(request);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    m_stats.addRequest(request.path, response.status, response.error.code, ms);
    if (response.status != 200)
        return response;
    if (request.path.endsWith("/mutations"_L1)) {
        noteMutationAnswer(response);
    } else if (request.path.endsWith("/changes"_L1)) {
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        if (page.contains("changes"_L1))
            m_stats.addChangePage(page.value("changes"_L1).toArray().size());
    }
    return response;
}

void RecordingTransport::noteMutationAnswer(const sync::HttpResponse &response)
{
    // Only an answer that parses counts as acknowledged: a body cut short never reached the user
    // as a success, and the engine resends those mutation ids.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    const QJsonArray results = doc.object().value("results"_L1).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString status = result.value("status"_L1).toString();
        m_stats.addResult(status);
        if (status != "applied"_L1)
            continue;
        const QJsonObject record = result.value("record"_L1).toObject();
        Ack ack;
        ack.recordId = record.value("id"_L1).toString();
        ack.rev = record.value("rev"_L1).toInteger();
        ack.deleted = record.value("deleted"_L1).toBool();
        QString problem;
        if (!m_stats.addAck(result.value("mutation_id"_L1).toString(), ack, &problem))
            m_problems << problem;
    }
}

} // namespace smec::scale
