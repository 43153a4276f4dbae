// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <utility>

namespace smec::domain {

/// The answer of a permission check: allowed, or refused with a machine code (as on the wire:
/// `forbidden`, `invalid_field`, `not_found`, `unauthenticated`) and a translated reason a
/// delegate understands. The client greys out an action and shows `reason` as its tooltip; the
/// server rejects the mutation with `code` and `reason`.
struct Decision
{
    bool allowed = false;
    QString code;
    QString reason;

    static Decision allow() { return Decision{true, {}, {}}; }
    static Decision deny(QString code, QString reason)
    {
        return Decision{false, std::move(code), std::move(reason)};
    }

    explicit operator bool() const { return allowed; }

    friend bool operator==(const Decision &, const Decision &) = default;
};

} // namespace smec::domain
