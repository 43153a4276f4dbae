// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QUrl>

namespace smec::sync {

/// Decides which server addresses a client may talk to (DESIGN.md section 5, invariant 7):
/// `https://` anywhere, `http://` only to a loopback address, nothing else. Normalises what a
/// user types ("example.org" means "https://example.org") and strips paths the API does not use.
class ServerUrlPolicy final
{
public:
    /// The normalised server URL for `input`, or an error saying why it cannot be used.
    static Result<QUrl> normalise(const QString &input);
    /// True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
};

} // namespace smec::sync
