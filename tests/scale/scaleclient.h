// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "loadstats.h"
#include "recordingtransport.h"
#include "replica/replica.h"
#include "replicaview.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <memory>
#include <optional>
#include <random>

namespace smec::scale {

/// One simulated user profile of the load generator: its own replica file and connection, its
/// own sign-in, the real ApiClient and SyncEngine over a RecordingTransport. It writes only
/// practices of its own (creates, edits, deletes), and remembers what each should look like, so
/// that after the run it can tell whether the server kept everything it was told it had kept.
/// Owned and used by one thread.
class ScaleClient final
{
public:
    ScaleClient(LoadStats &stats, QString dir, QString name, QString country, quint32 seed);

    Result<void> open();
    /// (Re)creates transport, API client and engine for `url`, keeping the sign-in.
    Result<void> connectTo(const QUrl &url, const QString &caFile);
    Result<void> login(const QString &user, const QString &password);
    /// Uses a session another profile of the same user signed in (saves an Argon2id check).
    void useToken(const QByteArray &token);
    QByteArray token() const { return m_token; }
    /// One random local edit: create (or, with records of its own, edit or delete one).
    Result<void> mutateOnce();
    /// A timed sync, counted in the statistics.
    Result<sync::SyncReport> sync();

    /// Compares the server's view (a fresh pull) with this client's expectations of its own
    /// records; returns the first difference, or an empty string.
    QString checkOwnRecords(const QMap<QString, test::RecordView> &server) const;
    QMap<QString, test::RecordView> records(QString *error);
    replica::Replica &replica() { return m_replica; }
    const QString &name() const { return m_name; }
    QStringList transportProblems() const;
    int created() const { return m_created; }

private:
    LoadStats &m_stats;
    QString m_path;
    QString m_name;
    QString m_country;
    QString m_connection;
    std::mt19937 m_rng;
    replica::Replica m_replica;
    RecordingTransport *m_recorder = nullptr; ///< owned by m_transport
    std::unique_ptr<sync::Transport> m_transport;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QByteArray m_token;
    QStringList m_oldProblems;
    /// Expected fields of each record this client wrote; nullopt once deleted.
    QMap<QString, std::optional<QJsonObject>> m_expected;
    QStringList m_live; ///< ids of its records not deleted
    int m_created = 0;
    int m_edits = 0;
};

} // namespace smec::scale
