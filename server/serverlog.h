// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace smec::server {

/// Log category of the sync server: who did what, rejected connections, start and stop.
/// Never logs passwords, tokens or request bodies.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

/// Installs a message pattern with UTC time stamps, for the server's stderr log.
void installServerMessagePattern();

} // namespace smec::server
