// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <random>

namespace smec::sync {

/// Exponential backoff with full jitter (DESIGN.md section 5, invariant 5): attempt n waits a
/// random time in [0, min(maxDelay, base * 2^n)], but never less than the server's
/// `Retry-After`. After `maxAttempts` tries the operation gives up and the sync ends with the
/// last error; everything stays consistent and the next sync resumes.
struct RetryPolicy
{
    int maxAttempts = 6;
    int baseDelayMs = 200;
    int maxDelayMs = 30000;

    /// Milliseconds to wait before retry number `attempt` (1 = first retry).
    int delayMs(int attempt, int retryAfterSeconds, std::mt19937 &rng) const;
    /// True when a response with `status` (0 = network failure) is worth retrying.
    static bool isRetryable(int status);
};

} // namespace smec::sync
