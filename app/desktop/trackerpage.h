// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/commitmenttracker.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace smec::models {
class CommitmentTrackerModel;
}

namespace smec::desktop {

class Workspace;

/// The commitments tracker: a country x commitment matrix (columns grouped by meeting or
/// pillar, each commitment a square coloured by status, its progress note on hover), filtered
/// by meeting, pillar and region, with counts per status, what falls due within 90 days, what
/// is overdue, and status by pillar as a stacked bar chart. Read on the reader thread.
class TrackerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerPage)

public:
    explicit TrackerPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads again (records arrived, a filter changed); the answer arrives through the event
    /// loop.
    void reload();
    /// The date "overdue" and "due soon" are counted from (today unless a test sets it).
    void setToday(QDate today) { m_today = today; }

    const models::CommitmentTracker &tracker() const;
    /// The matrix as CSV: a row per commitment shown (country, group, title, status, deadline).
    QString csv() const;
    bool saveChart(const QString &path, QString *error) const;

Q_SIGNALS:
    /// A new reading was shown (tests, screenshots and benchmarks wait for it).
    void updated();
    void openRequested(const QString &commitmentId);
    void countryRequested(const QString &alpha3);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(models::CommitmentTracker tracker);
    void fillMeetings(const QList<models::CommitmentTracker::Group> &meetings);
    void showChart();
    void openCell(const QModelIndex &index);
    void retranslate();

    Workspace &m_workspace;
    QDate m_today;
    QLabel *m_groupingLabel = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_meetingLabel = nullptr;
    QComboBox *m_meeting = nullptr;
    QLabel *m_pillarLabel = nullptr;
    QComboBox *m_pillar = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_counts = nullptr;
    QTableView *m_matrix = nullptr;
    models::CommitmentTrackerModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    class ListModel;
    ListModel *m_dueSoonModel = nullptr;
    ListModel *m_overdueModel = nullptr;
    QTableView *m_dueSoon = nullptr;
    QTableView *m_overdue = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace smec::desktop
