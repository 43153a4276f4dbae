// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class QChartView;
class QPalette;
class QWidget;

namespace smec::desktop {

/// What every chart of the analyst views shares: colours from the window's palette and saving as
/// a PNG image or a vector PDF page ("Save chart...").
class Charts final
{
    Q_DECLARE_TR_FUNCTIONS(smec::desktop::Charts)

public:
    Charts() = delete;

    /// Draws `view`'s chart in `palette` (light, dark, high contrast) instead of a theme of its
    /// own. Bar sets keep their colours; their labels take the text colour.
    static void followPalette(QChartView *view, const QPalette &palette);
    /// Writes `view`'s chart to `path` as PNG or PDF (by the suffix); false with `error` set
    /// when it cannot.
    static bool save(const QChartView *view, const QString &path, QString *error);
    /// Asks where to save (starting with `fileName` in the documents folder), saves, and tells
    /// the user when it failed.
    static void saveAs(QWidget *parent, const QChartView *view, const QString &fileName);
};

} // namespace smec::desktop
