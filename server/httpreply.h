// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace smec::server {

/// Builds the raw HTTP/1.1 responses the gate writes itself, before QHttpServer has seen a
/// request (413, 431, 408, 400, 405); their bodies come from protocol::encodeApiError().
class HttpReply final
{
public:
    HttpReply() = delete;

    /// A complete response with a JSON error body and `Connection: close`.
    static QByteArray rawError(int status, const QString &code, const QString &message,
                               const QByteArray &extraHeaders = {});
    static QByteArray reasonPhrase(int status);
};

} // namespace smec::server
