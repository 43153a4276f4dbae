// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLegend>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace smec::desktop {

void Charts::followPalette(QChartView *view, const QPalette &p)
{
    QChart *chart = view->chart();
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setTitleBrush(p.brush(QPalette::Text));
    chart->legend()->setLabelBrush(p.brush(QPalette::Text));
    view->setBackgroundBrush(p.brush(QPalette::Window));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(p.color(QPalette::Text));
        }
    }
}

bool Charts::save(const QChartView *view, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s) {
        QPdfWriter pdf(path);
        pdf.setTitle(view->chart()->title());
        pdf.setCreator(u"SME Community"_s);
        pdf.setPageOrientation(QPageLayout::Landscape);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        // Drawn as vectors at the page's size, not as a screenshot.
        const_cast<QChartView *>(view)->render(&painter, QRectF(painter.viewport()),
                                               view->viewport()->rect());
        painter.end();
        return true;
    }
    if (suffix != u"png"_s) {
        *error = tr("Save the chart as .png or .pdf.");
        return false;
    }
    if (!const_cast<QChartView *>(view)->grab().save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void Charts::saveAs(QWidget *parent, const QChartView *view, const QString &fileName)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save chart"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + fileName,
        tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!save(view, path, &error))
        QMessageBox::warning(parent, tr("Save chart"), error);
}

} // namespace smec::desktop
