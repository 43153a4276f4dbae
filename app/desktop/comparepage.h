// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/countryprofile.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace smec::desktop {

class CountryCombo;
class Workspace;

/// Two to four countries side by side: practices per pillar, instruments used, target groups
/// reached, evidence levels and commitment statuses, as a table (copied as CSV) and practices
/// per pillar as a grouped bar chart. Counted on the reader thread with the same counts as
/// `smecommunity-cli stats ... --country`.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    static constexpr int maxCountries = 4;

    explicit ComparePage(Workspace &workspace, QWidget *parent = nullptr);

    /// Compares `codes` (2 to 4 known alpha-3 codes); false, changing nothing, otherwise.
    bool compare(const QStringList &codes);
    /// The chosen countries, in column order.
    QStringList countries() const;
    void reload();
    const QList<models::CountryProfile> &figures() const { return m_shown; }
    QString csv() const;
    bool saveChart(const QString &path, QString *error) const;

Q_SIGNALS:
    void updated();
    void countryRequested(const QString &alpha3);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QList<models::CountryProfile> &figures);
    void showChart();
    void retranslate();
    /// The section title of a figure ("Practices per pillar").
    QString figureTitle(const QString &figure) const;

    Workspace &m_workspace;
    QList<QLabel *> m_labels;
    QList<CountryCombo *> m_countries;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QList<models::CountryProfile> m_shown;
};

} // namespace smec::desktop
