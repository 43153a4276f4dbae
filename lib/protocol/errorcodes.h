// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1StringView>
#include <QStringView>

/// The machine error codes of the wire protocol (DESIGN.md section 4), as `smec::Error::code`
/// and in `{"error":{"code":...}}`, and the HTTP status that goes with each.
namespace smec::protocol::codes {

inline constexpr QLatin1StringView badRequest{"bad_request"};
inline constexpr QLatin1StringView invalidJson{"invalid_json"};
inline constexpr QLatin1StringView invalidField{"invalid_field"};
inline constexpr QLatin1StringView unauthenticated{"unauthenticated"};
inline constexpr QLatin1StringView forbidden{"forbidden"};
inline constexpr QLatin1StringView notFound{"not_found"};
inline constexpr QLatin1StringView conflict{"conflict"};
inline constexpr QLatin1StringView resyncRequired{"resync_required"};
inline constexpr QLatin1StringView payloadTooLarge{"payload_too_large"};
inline constexpr QLatin1StringView rateLimited{"rate_limited"};
inline constexpr QLatin1StringView internal{"internal"};
inline constexpr QLatin1StringView unavailable{"unavailable"};

/// The HTTP status for an error code: 400 for `bad_request`, `invalid_json`, `invalid_field` and
/// any code this version does not know, 401, 403, 404, 409, 410, 413, 429, 500, 503 otherwise.
int httpStatus(QStringView code);

} // namespace smec::protocol::codes
