// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smec::server {

/// gzip (RFC 1952) framing with zlib: qCompress() produces zlib framing, which HTTP's
/// `Content-Encoding: gzip` does not accept.
class Gzip final
{
public:
    Gzip() = delete;

    /// The gzip member for `data`; empty on a zlib failure.
    static QByteArray compress(QByteArrayView data, int level = 6);
    /// Inflates a gzip member; empty on malformed input or above `maxBytes`.
    static QByteArray decompress(QByteArrayView data, qsizetype maxBytes = 256 * 1024 * 1024);
    /// True if an `Accept-Encoding` header value accepts gzip (and not with q=0).
    static bool accepted(QByteArrayView acceptEncoding);
};

} // namespace smec::server
