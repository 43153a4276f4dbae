// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace smec::desktop {

class Workspace;

/// Statistics over the replica: practices counted by pillar, region, instrument, target group,
/// evidence level or start year, commitments by status, pillar, country or region, within a
/// pillar and a region, as a chart and as the
/// table under it (copied as CSV). Counted on the reader thread with ListStore::countBy, the
/// same query as `smecommunity-cli stats`, so the figures are what the lists show.
class StatisticsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Counts again (records arrived or changed); the answer arrives through the event loop.
    void reload();

    /// The figure of each value as shown: stored value, label, count.
    struct Figure
    {
        QString value;
        QString label;
        int count = 0;
    };
    const QList<Figure> &figures() const { return m_figures; }
    /// The table as CSV (label and count, with a header), as "Copy as CSV" puts it.
    QString csv() const;
    /// Writes the chart as a PNG image or a PDF page (by the file's suffix); false with
    /// `error` set when it cannot.
    bool saveChart(const QString &path, QString *error) const;

Q_SIGNALS:
    /// A recount was shown (tests and screenshots wait for it).
    void updated();
    /// A country's bar or row was clicked (counted by country): open its profile.
    void countryRequested(const QString &alpha3);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(domain::Kind kind, const QString &by, qint64 total, const QList<Figure> &figures);
    /// Fills "by" with what the chosen kind can be counted by, keeping the choice if it can.
    void fillDimensions();
    domain::Kind subject() const;
    QString subjectLabel(domain::Kind kind) const;
    void retranslate();
    void styleChart();

    Workspace &m_workspace;
    QLabel *m_subjectLabel = nullptr;
    QComboBox *m_subject = nullptr;
    QLabel *m_byLabel = nullptr;
    QComboBox *m_by = nullptr;
    QLabel *m_pillarLabel = nullptr;
    QComboBox *m_pillar = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    domain::Kind m_shownKind = domain::Kind::Practice;
    QString m_shownBy;
    QList<Figure> m_figures;
};

} // namespace smec::desktop
