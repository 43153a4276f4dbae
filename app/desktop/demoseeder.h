// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

namespace smec::replica {
class Replica;
}

namespace smec::desktop {

/// Fills an empty replica with generated demo content (practices, threads with posts, meetings,
/// commitments) as if pulled from a server, so the app can be shown and tested offline.
class DemoSeeder final
{
public:
    struct Counts
    {
        int practices = 400;
        int threads = 24;
        int postsPerThread = 5;
        int meetings = 12;
        int commitments = 60;
        int initiatives = 16;
    };

    static Result<void> seed(replica::Replica &replica, const Counts &counts);
    static Result<void> seed(replica::Replica &replica) { return seed(replica, Counts{}); }
};

} // namespace smec::desktop
