// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contentcoding.h"

#include "gzip.h"

#include <QList>

#include <algorithm>
#include <optional>

#include <zstd.h>

namespace smec::server {

double acceptedQuality(QByteArrayView acceptEncoding, QByteArrayView coding)
{
    std::optional<double> named;
    std::optional<double> wildcard;
    const QList<QByteArray> items = acceptEncoding.toByteArray().split(',');
    for (const QByteArray &item : items) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray name = parts.value(0).trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed().toLower();
            if (!param.startsWith("q="))
                continue;
            bool ok = false;
            const double value = param.mid(2).toDouble(&ok);
            q = ok ? std::clamp(value, 0.0, 1.0) : 0.0; // an unreadable weight accepts nothing
        }
        const bool same = name == coding || (coding == "gzip" && name == "x-gzip");
        if (same)
            named = std::max(named.value_or(0.0), q);
        else if (name == "*")
            wildcard = q;
    }
    return named.value_or(wildcard.value_or(0.0));
}

ContentCoding negotiateCoding(QByteArrayView acceptEncoding)
{
    if (acceptEncoding.trimmed().isEmpty())
        return ContentCoding::Identity;
    const double zstd = acceptedQuality(acceptEncoding, "zstd");
    const double gzip = acceptedQuality(acceptEncoding, "gzip");
    if (zstd > 0 && zstd >= gzip)
        return ContentCoding::Zstd;
    if (gzip > 0)
        return ContentCoding::Gzip;
    return ContentCoding::Identity;
}

QByteArray codingName(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Identity:
        return {};
    case ContentCoding::Gzip:
        return QByteArrayLiteral("gzip");
    case ContentCoding::Zstd:
        return QByteArrayLiteral("zstd");
    }
    return {};
}

QByteArray encodeBody(ContentCoding coding, QByteArrayView body)
{
    switch (coding) {
    case ContentCoding::Identity:
        return body.toByteArray();
    case ContentCoding::Gzip:
        return Gzip::compress(body, 1);
    case ContentCoding::Zstd:
        return Zstd::compress(body, 1);
    }
    return {};
}

QByteArray Zstd::compress(QByteArrayView data, int level)
{
    QByteArray out;
    out.resize(qsizetype(ZSTD_compressBound(size_t(data.size()))));
    const size_t produced =
        ZSTD_compress(out.data(), size_t(out.size()), data.data(), size_t(data.size()), level);
    if (ZSTD_isError(produced))
        return {};
    out.resize(qsizetype(produced));
    return out;
}

QByteArray Zstd::decompress(QByteArrayView data, qsizetype maxBytes)
{
    if (data.isEmpty())
        return {};
    ZSTD_DStream *stream = ZSTD_createDStream();
    if (!stream)
        return {};
    ZSTD_inBuffer in{data.data(), size_t(data.size()), 0};
    QByteArray out;
    char buffer[16384];
    size_t rc = 0; // 0 once a frame is decoded and flushed completely
    for (;;) {
        ZSTD_outBuffer chunk{buffer, sizeof buffer, 0};
        const size_t consumed = in.pos;
        rc = ZSTD_decompressStream(stream, &chunk, &in);
        if (ZSTD_isError(rc) || out.size() + qsizetype(chunk.pos) > maxBytes) {
            ZSTD_freeDStream(stream);
            return {};
        }
        out.append(buffer, qsizetype(chunk.pos));
        const bool inputDone = in.pos == in.size && chunk.pos < chunk.size;
        if (inputDone || (in.pos == consumed && chunk.pos == 0))
            break;
    }
    ZSTD_freeDStream(stream);
    if (rc != 0) // the last frame is cut short
        return {};
    return out;
}

} // namespace smec::server
