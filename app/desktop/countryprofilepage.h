// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "models/countryprofile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace smec::desktop {

class Workspace;

/// One country at a glance: key figures (practices by status and pillar, commitments by status,
/// meetings hosted and attended, threads started by its delegates) and its practices,
/// commitments, meetings, recent dialogue and the joint initiatives it leads or has joined.
/// Read on the reader thread; a double click opens the record.
class CountryProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryProfilePage)

public:
    explicit CountryProfilePage(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows `alpha3` (reads it again when it is already shown); false for an unknown code.
    bool showCountry(const QString &alpha3);
    QString country() const;
    void reload();
    const models::CountryProfile &profile() const { return m_profile; }

Q_SIGNALS:
    void updated();
    void openRequested(smec::domain::Kind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const models::CountryProfile &profile);
    QTableWidget *addList(const QString &name);
    void fillList(QTableWidget *table, const QList<models::CountryProfile::Item> &items);
    void retranslate();
    /// "Published 8, Draft 4": a figure's values, largest first.
    QString breakdown(domain::Kind kind, const QString &figure) const;

    Workspace &m_workspace;
    QLabel *m_countryLabel = nullptr;
    QComboBox *m_country = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_practices = nullptr;
    QTableWidget *m_commitments = nullptr;
    QTableWidget *m_meetings = nullptr;
    QTableWidget *m_dialogue = nullptr;
    QTableWidget *m_initiatives = nullptr;
    models::CountryProfile m_profile;
};

} // namespace smec::desktop
