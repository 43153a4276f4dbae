// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: feeds arbitrary bytes to every decoder of the wire protocol. Besides the
// sanitizers' checks, it asserts the codec's contract on whatever a decoder accepts: encoding is
// the exact inverse (decode(encode(x)) == x and the bytes are stable), and the strict JSON layer
// never accepts what QJsonDocument refuses. Built only with -DSMEC_FUZZ=ON and clang; see
// run-fuzz.sh.
#include "protocol/codec.h"
#include "protocol/limits.h"
#include "protocol/strictjson.h"
#include "protocol/timestamp.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *what, const QByteArray &bytes)
{
    std::fprintf(stderr, "contract violated: %s\n%.*s\n", what, int(qMin(bytes.size(), 2000)),
                 bytes.constData());
    std::abort();
}

template<typename T>
void checkRoundTrip(const QByteArray &input, smec::Result<T> (*decode)(const QByteArray &),
                    QByteArray (*encode)(const T &), const char *name)
{
    const smec::Result<T> decoded = decode(input);
    if (!decoded.ok()) {
        if (decoded.error().code.isEmpty() || decoded.error().message.isEmpty())
            violated(name, input);
        return;
    }
    const QByteArray bytes = encode(*decoded);
    const smec::Result<T> again = decode(bytes);
    if (!again.ok())
        violated(name, bytes);
    if (!(*again == *decoded))
        violated(name, bytes);
    if (encode(*again) != bytes)
        violated(name, bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace smec::protocol;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto strict = parseStrictJson(input, limits::maxResponseBytes);
    if (strict.ok() && QJsonDocument::fromJson(input).isNull())
        violated("strict parser accepted what QJsonDocument refuses", input);

    checkRoundTrip(input, &decodeRecord, &encodeRecord, "record");
    checkRoundTrip<ChangePage>(input, &decodeChangePage, &encodeChangePage, "change page");
    checkRoundTrip(input, &decodeMutationBatch, &encodeMutationBatch, "mutation batch");
    checkRoundTrip(input, &decodeMutationResults, &encodeMutationResults, "mutation results");
    checkRoundTrip<ApiError>(input, &decodeApiError, &encodeApiError, "error");
    checkRoundTrip(input, &decodeSessionRequest, &encodeSessionRequest, "session request");
    checkRoundTrip(input, &decodeSessionResponse, &encodeSessionResponse, "session response");
    checkRoundTrip(input, &decodeHealth, &encodeHealth, "health");
    checkRoundTrip(input, &decodeReference, &encodeReference, "reference");
    checkRoundTrip(input, &decodeRevisionPage, &encodeRevisionPage, "revision page");

    // Record JSON arriving by other routes (a replica row, a CLI file) goes through this too.
    if (strict.ok() && strict->isObject()) {
        const auto record = recordFromJson(strict->object());
        if (record.ok() && !(*recordFromJson(recordToJson(*record)) == *record))
            violated("recordFromJson round trip", input);
    }

    const QString text = QString::fromUtf8(input);
    if (const auto time = parseTimestamp(text); time && formatTimestamp(*time) != text)
        violated("timestamp round trip", input);
    return 0;
}
