// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "retrypolicy.h"

#include <algorithm>

namespace smec::sync {

int RetryPolicy::delayMs(int attempt, int retryAfterSeconds, std::mt19937 &rng) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << shift);
    std::uniform_int_distribution<qint64> pick(0, std::max<qint64>(ceiling, 0));
    qint64 delay = pick(rng);
    if (retryAfterSeconds >= 0)
        delay = std::max<qint64>(delay, qint64(std::min(retryAfterSeconds, 3600)) * 1000);
    return int(delay);
}

bool RetryPolicy::isRetryable(int status)
{
    return status == 0 || status == 429 || status == 503 || status >= 500;
}

} // namespace smec::sync
