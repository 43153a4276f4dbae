// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpreply.h"

#include "protocol/codec.h"

namespace smec::server {

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray HttpReply::rawError(int status, const QString &code, const QString &message,
                               const QByteArray &extraHeaders)
{
    const QByteArray body = protocol::encodeApiError(protocol::ApiError{code, message, {}});
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    out += body;
    return out;
}

} // namespace smec::server
