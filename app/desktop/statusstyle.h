// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QString>

namespace smec::desktop {

/// How a commitment's status looks wherever it is drawn (tracker cells, legends, charts): a
/// colour from the Okabe-Ito palette, which stays distinct with the common colour-vision
/// deficiencies, and a symbol, so the status reads without colour too.
class StatusStyle final
{
public:
    StatusStyle() = delete;

    static QColor color(const QString &status);
    /// A one-character shape: open ring, half disc, full disc, cross...
    static QString symbol(const QString &status);
    /// The symbol and the translated status name ("● Achieved").
    static QString label(const QString &status);
};

} // namespace smec::desktop
