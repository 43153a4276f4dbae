// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

/// Limits of the wire protocol (DESIGN.md section 4). Decoders enforce them before building any
/// value, so a hostile or broken peer cannot make client or server allocate without bound.
namespace smec::protocol::limits {

/// Largest request body the server decodes (mutation batch, session request); 413 above it.
inline constexpr qsizetype maxRequestBytes = 4 * 1024 * 1024;
/// Largest response body the client decodes (change page, mutation results, reference data).
inline constexpr qsizetype maxResponseBytes = 256 * 1024 * 1024;
/// Largest JSON string value, in UTF-8 bytes after unescaping: room for a long Markdown field.
inline constexpr qsizetype maxStringBytes = 1024 * 1024;
/// Largest JSON object member name, in UTF-8 bytes after unescaping.
inline constexpr qsizetype maxKeyBytes = 256;
/// Deepest nesting of arrays and objects; real documents use fewer than 8 levels.
inline constexpr int maxDepth = 32;
/// Most mutations in one batch; more is a 413 for the whole request.
inline constexpr int maxMutationsPerBatch = 100;
/// Largest `rev`/`base_rev`: 2^53 - 1, exact in every JSON implementation (RFC 7493).
inline constexpr qint64 maxRev = (qint64(1) << 53) - 1;
/// Longest user name in a session request, in characters.
inline constexpr qsizetype maxUsernameChars = 128;
/// Longest password in a session request, in UTF-8 bytes: bounds the Argon2id work per attempt.
inline constexpr qsizetype maxPasswordBytes = 1024;
/// Longest bearer token, cursor, version or display name, in characters.
inline constexpr qsizetype maxTokenChars = 512;
inline constexpr qsizetype maxCursorChars = 1024;
inline constexpr qsizetype maxShortTextChars = 512;

} // namespace smec::protocol::limits
