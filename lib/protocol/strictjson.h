// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonDocument>

#include <vector>

namespace smec::protocol {

/// Parses `bytes` as one I-JSON text (RFC 7493), refusing what QJsonDocument would let through
/// silently: invalid UTF-8 (overlong forms, surrogates, truncated sequences), lone surrogate
/// escapes, `\u0000` (PostgreSQL cannot store it), duplicate member names, a byte order mark,
/// nesting deeper than limits::maxDepth, strings over limits::maxStringBytes, member names over
/// limits::maxKeyBytes, numbers beyond the double range and integers beyond the int64 range
/// (QJsonDocument would round them). Errors carry the JSON path of the offending value and
/// codes `payload_too_large` (`bytes` over `maxBytes`, string too long) or `invalid_json`.
/// The top level must be an object or an array (all QJsonDocument can hold).
Result<QJsonDocument> parseStrictJson(const QByteArray &bytes, qsizetype maxBytes);

/// Where the values of one member sit in the bytes: for every object at `depth` (the top level
/// is 1) that has a member named `name`, the array index of the object's parent position and
/// the byte range of the member's value, in document order. Lets a reader keep a value's text
/// as it came (a change page's record `fields`) instead of writing the tree out again.
struct ValueSpans
{
    QByteArray name;
    int depth = 0;
    struct Span
    {
        qsizetype index = 0; ///< position of the object in its enclosing array
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    std::vector<Span> spans;
};

/// parseStrictJson() that also fills `spans`.
Result<QJsonDocument> parseStrictJson(const QByteArray &bytes, qsizetype maxBytes,
                                      ValueSpans *spans);

} // namespace smec::protocol
