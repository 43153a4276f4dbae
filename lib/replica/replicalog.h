// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace smec::replica {

/// `smec.replica`: the local database's trace (opening, schema migrations, SQL errors with the
/// statement that failed, transactions rolled back); off below warnings unless a user turns it
/// on with QT_LOGGING_RULES="smec.replica.debug=true" to report a problem.
Q_DECLARE_LOGGING_CATEGORY(lcReplica)

} // namespace smec::replica
