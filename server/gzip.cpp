// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gzip.h"

#include "contentcoding.h"

#include <QList>

#include <zlib.h>

namespace smec::server {

QByteArray Gzip::compress(QByteArrayView data, int level)
{
    z_stream stream{};
    // 15 window bits + 16 selects the gzip wrapper instead of zlib's.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const auto produced = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(produced);
    return out;
}

QByteArray Gzip::decompress(QByteArrayView data, qsizetype maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int rc = Z_OK;
    char buffer[16384];
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return {};
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            return {};
        }
    }
    inflateEnd(&stream);
    return out;
}

bool Gzip::accepted(QByteArrayView acceptEncoding)
{
    return acceptedQuality(acceptEncoding, "gzip") > 0;
}

} // namespace smec::server
