// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <span>

namespace smec::datagen {

/// A tiny deterministic pseudo-random stream (splitmix64). Each generated record gets its own
/// stream seeded from (seed, kind, index), so records can be produced in any order, in parallel,
/// and always come out the same. Not for anything security-related.
class RandomStream final
{
public:
    explicit RandomStream(quint64 seed)
        : m_state(seed)
    {}
    /// A stream for one record: mixes the generator seed, a per-kind salt and the index.
    static RandomStream forRecord(quint64 seed, quint64 salt, quint64 index)
    {
        RandomStream mixer(seed ^ (salt * 0x9e3779b97f4a7c15ULL));
        mixer.m_state ^= mixer.next() + index * 0xd1b54a32d192ed03ULL;
        return RandomStream(mixer.next());
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, bound); bound must be positive.
    int below(int bound) { return int((next() >> 32) % quint64(bound)); }
    /// Uniform in [low, high], inclusive.
    int between(int low, int high) { return low + below(high - low + 1); }
    /// True with the given probability in percent.
    bool percent(int chance) { return below(100) < chance; }

    /// Picks an element of a non-empty span.
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[size_t(below(int(items.size())))];
    }

    /// Index chosen by integer weights (sum must be positive).
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int roll = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace smec::datagen
