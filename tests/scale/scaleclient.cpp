// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scaleclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smec::scale {

ScaleClient::ScaleClient(LoadStats &stats, QString dir, QString name, QString country, quint32 seed)
    : m_stats(stats)
    , m_path(QDir(dir).filePath(name + u".sqlite"_s))
    , m_name(std::move(name))
    , m_country(std::move(country))
    , m_connection(u"scale-"_s + m_name + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_rng(seed)
{}

Result<void> ScaleClient::open()
{
    return m_replica.open(m_path, m_connection);
}

Result<void> ScaleClient::connectTo(const QUrl &url, const QString &caFile)
{
    sync::TransportOptions options;
    options.serverUrl = url;
    options.caFile = caFile;
    options.timeoutMs = 30000;
    auto network = sync::NetworkTransport::create(options);
    if (!network)
        return network.error();
    if (m_api)
        m_token = m_api->token();
    if (m_recorder)
        m_oldProblems += m_recorder->problems();
    m_engine.reset();
    m_api.reset();
    auto recorder = std::make_unique<RecordingTransport>(std::move(*network), m_stats);
    m_recorder = recorder.get();
    m_transport = std::move(recorder);
    // Patient enough for a server restart behind nginx (its 503 says Retry-After: 5), quick
    // enough that a scenario of a few seconds sees many retries.
    sync::RetryPolicy retry;
    retry.baseDelayMs = 100;
    retry.maxDelayMs = 5000;
    retry.maxAttempts = 8;
    m_api = std::make_unique<sync::ApiClient>(*m_transport, retry);
    m_api->setSeed(m_rng());
    m_api->setToken(m_token);
    m_engine = std::make_unique<sync::SyncEngine>(m_replica, *m_api);
    return {};
}

Result<void> ScaleClient::login(const QString &user, const QString &password)
{
    auto session = m_api->login(user, password);
    if (!session)
        return session.error();
    m_token = m_api->token();
    return {};
}

void ScaleClient::useToken(const QByteArray &token)
{
    m_token = token;
    m_api->setToken(token);
}

Result<void> ScaleClient::mutateOnce()
{
    const int roll = int(m_rng() % 100);
    if (m_live.isEmpty() || roll < 45) {
        domain::Record draft;
        draft.kind = domain::Kind::Practice;
        draft.fields = QJsonObject{
            {u"title"_s, u"Scale practice %1 of %2"_s.arg(m_created).arg(m_name)},
            {u"country"_s, m_country},
            {u"summary"_s, u"Created under load"_s},
        };
        auto saved = m_replica.records().saveDraft(draft);
        if (!saved)
            return saved.error();
        ++m_created;
        m_expected.insert(saved->id, saved->fields);
        m_live << saved->id;
        return {};
    }
    const QString id = m_live.at(qsizetype(m_rng() % quint32(m_live.size())));
    if (roll < 88) {
        auto current = m_replica.records().get(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error{
                u"lost"_s, u"%1: own record %2 vanished from the replica"_s.arg(m_name, id), {}};
        domain::Record record = **current;
        record.fields.insert(u"summary"_s, u"Edit %1 by %2"_s.arg(++m_edits).arg(m_name));
        auto saved = m_replica.records().saveDraft(record);
        if (!saved)
            return saved.error();
        m_expected.insert(id, saved->fields);
        return {};
    }
    if (auto removed = m_replica.records().remove(id); !removed)
        return removed.error();
    m_expected.insert(id, std::nullopt);
    m_live.removeOne(id);
    return {};
}

Result<sync::SyncReport> ScaleClient::sync()
{
    const qint64 retriesBefore = m_api->stats().retries;
    QElapsedTimer timer;
    timer.start();
    auto report = m_engine->sync();
    m_stats.addSync(double(timer.nsecsElapsed()) / 1e6, report.ok(),
                    report.ok() ? QString() : report.error().code);
    m_stats.addRetries(m_api->stats().retries - retriesBefore);
    return report;
}

QString ScaleClient::checkOwnRecords(const QMap<QString, test::RecordView> &server) const
{
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const auto found = server.constFind(it.key());
        if (!it.value()) {
            // Deleted here: a tombstone on the server, or never there (created and deleted
            // before it was sent).
            if (found != server.cend() && !found->deleted)
                return u"%1: deleted %2 is live on the server"_s.arg(m_name, it.key());
            continue;
        }
        if (found == server.cend() || found->deleted)
            return u"%1: %2 (\"%3\") is missing on the server"_s.arg(
                m_name, it.key(), it.value()->value("title"_L1).toString());
        const QJsonObject &want = *it.value();
        for (auto field = want.constBegin(); field != want.constEnd(); ++field) {
            if (found->fields.value(field.key()) != field.value())
                return u"%1: %2 field %3 is %4 on the server, the client saved %5"_s.arg(
                    m_name, it.key(), field.key(),
                    found->fields.value(field.key()).toVariant().toString(),
                    field.value().toVariant().toString());
        }
    }
    return {};
}

QMap<QString, test::RecordView> ScaleClient::records(QString *error)
{
    return test::readRecords(m_replica, error);
}

QStringList ScaleClient::transportProblems() const
{
    return m_oldProblems + (m_recorder ? m_recorder->problems() : QStringList());
}

} // namespace smec::scale
