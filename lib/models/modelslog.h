// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace smec::models {

/// `smec.models`: the item models' trace (background reads skipped because a newer one
/// superseded them, reads that failed); warnings only unless a user turns it on with
/// QT_LOGGING_RULES="smec.models.debug=true" to report a problem.
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace smec::models
