// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apiclient.h"
#include "domain/result.h"
#include "retrypolicy.h"
#include "transport.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace smec::sync {

class Profile;

/// How a ServerConnection talks to its server.
struct ConnectionOptions
{
    int timeoutMs = 60000;                    ///< see TransportOptions::timeoutMs
    const std::atomic_bool *cancel = nullptr; ///< ends requests and retry waits promptly
    RetryPolicy retry;
};

/// The one way both apps reach a server: the URL checked by ServerUrlPolicy, a NetworkTransport
/// trusting the profile's CA file, and an ApiClient over it, holding the profile's token once
/// signed in. Blocking like its transport: one connection per thread.
class ServerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(smec::sync::ServerConnection)

public:
    /// A signed-in connection for `profile`. Error codes, so that each app can say what to do:
    /// `not_signed_in` (the profile names no server or user), `invalid_server_url` (the
    /// profile's address breaks the URL policy), `token_unavailable` (no token is stored, or the
    /// keychain cannot give it) and `tls` (the profile's CA file cannot be used). Reads the token
    /// through sync::tokens, which may wait for the keychain: never on the GUI thread.
    static Result<ServerConnection> open(const Profile &profile,
                                         const ConnectionOptions &options = {});
    /// A connection without a token, for signing in to `serverInput` (normalised by
    /// ServerUrlPolicy). Error codes: `invalid_server_url`, `tls`.
    static Result<ServerConnection> openAnonymous(const QString &serverInput, const QString &caFile,
                                                  const ConnectionOptions &options = {});

    ServerConnection(ServerConnection &&) noexcept;
    ServerConnection &operator=(ServerConnection &&) noexcept;
    ~ServerConnection();

    QUrl serverUrl() const { return m_url; }
    ApiClient &api() { return *m_api; }

private:
    ServerConnection() = default;

    QUrl m_url;
    std::unique_ptr<NetworkTransport> m_transport; // m_api refers to it: declared first
    std::unique_ptr<ApiClient> m_api;
};

} // namespace smec::sync
