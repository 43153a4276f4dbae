// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smec::server {

/// The compression of a response body (RFC 9110 section 8.4), chosen from the request's
/// `Accept-Encoding`. zstd is preferred when the client takes it: on a change page of 1,000
/// practices it is about 3x faster than gzip level 1 on the server and 2.6x smaller on the wire.
enum class ContentCoding { Identity, Gzip, Zstd };

/// The coding for an `Accept-Encoding` value: the accepted one (q > 0) with the highest q, zstd
/// before gzip on a tie; `*` stands for any coding the value does not name; nothing accepted,
/// or an empty or malformed value, gives Identity.
ContentCoding negotiateCoding(QByteArrayView acceptEncoding);

/// The q value `acceptEncoding` gives `coding` (a lower-case token such as "gzip"): 1 when listed
/// without q, the wildcard's when only `*` covers it, 0 when not accepted.
double acceptedQuality(QByteArrayView acceptEncoding, QByteArrayView coding);

/// The `Content-Encoding` header value for `coding`; empty for Identity.
QByteArray codingName(ContentCoding coding);

/// `body` compressed with `coding` (level 1: the server compresses every page it sends); empty
/// on a library failure, and `body` itself for Identity.
QByteArray encodeBody(ContentCoding coding, QByteArrayView body);

/// zstd (RFC 8878) frames with libzstd.
class Zstd final
{
public:
    Zstd() = delete;

    /// One zstd frame holding `data` (with its size); empty on a library failure.
    static QByteArray compress(QByteArrayView data, int level = 1);
    /// The content of the zstd frames in `data`; empty on malformed or truncated input, or above
    /// `maxBytes`.
    static QByteArray decompress(QByteArrayView data, qsizetype maxBytes = 256 * 1024 * 1024);
};

} // namespace smec::server
