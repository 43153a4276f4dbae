// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace smec::sync {

/// `smec.sync`: the sync engine's trace (each request and its answer, pages and their timings at
/// debug level; retries at info level); off below warnings unless a user turns it on with
/// QT_LOGGING_RULES="smec.sync.debug=true" to report a problem.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace smec::sync
