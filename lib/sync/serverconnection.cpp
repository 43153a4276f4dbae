// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverconnection.h"

#include "profile.h"
#include "serverurlpolicy.h"

using namespace Qt::StringLiterals;

namespace smec::sync {

ServerConnection::ServerConnection(ServerConnection &&) noexcept = default;
ServerConnection &ServerConnection::operator=(ServerConnection &&) noexcept = default;
ServerConnection::~ServerConnection() = default;

Result<ServerConnection> ServerConnection::openAnonymous(const QString &serverInput,
                                                         const QString &caFile,
                                                         const ConnectionOptions &options)
{
    const auto url = ServerUrlPolicy::normalise(serverInput);
    if (!url)
        return url.error();
    TransportOptions transportOptions;
    transportOptions.serverUrl = *url;
    transportOptions.caFile = caFile;
    transportOptions.timeoutMs = options.timeoutMs;
    transportOptions.cancel = options.cancel;
    auto transport = NetworkTransport::create(transportOptions);
    if (!transport)
        return transport.error();
    ServerConnection connection;
    connection.m_url = *url;
    connection.m_transport = std::move(*transport);
    connection.m_api = std::make_unique<ApiClient>(*connection.m_transport, options.retry);
    connection.m_api->setCancelFlag(options.cancel);
    return connection;
}

Result<ServerConnection> ServerConnection::open(const Profile &profile,
                                                const ConnectionOptions &options)
{
    if (!profile.hasServer())
        return Error{u"not_signed_in"_s,
                     tr("The profile %1 is not signed in to a server.").arg(profile.dir()),
                     {}};
    auto connection = openAnonymous(profile.serverUrl(), profile.caFile(), options);
    if (!connection)
        return connection.error();
    const auto token = tokens::read(profile);
    if (!token)
        return Error{u"token_unavailable"_s, token.error().message, {}};
    if (token->isEmpty())
        return Error{u"token_unavailable"_s, tr("No token is stored."), {}};
    connection->api().setToken(token->toUtf8());
    return connection;
}

} // namespace smec::sync
