// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPalette>
#include <QString>

namespace smec::desktop {

/// The light and dark palettes of the application; `system` keeps the platform's own.
class AppTheme final
{
public:
    AppTheme() = delete;

    /// Applies `name` (`system`, `light`, `dark`) to the whole application.
    static void apply(const QString &name);
    static QPalette light();
    static QPalette dark();
};

} // namespace smec::desktop
