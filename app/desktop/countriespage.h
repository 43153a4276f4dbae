// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTabWidget>

namespace smec::desktop {

class ComparePage;
class CountryProfilePage;
class Workspace;

/// The Countries section: a country's profile and the comparison of two to four countries, as
/// two tabs. Each reads when it is shown.
class CountriesPage final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountriesPage)

public:
    explicit CountriesPage(Workspace &workspace, QWidget *parent = nullptr);

    CountryProfilePage *profile() const { return m_profile; }
    ComparePage *comparison() const { return m_compare; }
    /// Shows `alpha3`'s profile; false for an unknown code.
    bool showCountry(const QString &alpha3);
    /// Shows the comparison of `codes`; false unless 2 to 4 known codes.
    bool compare(const QStringList &codes);
    /// Reads the shown tab again.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CountryProfilePage *m_profile;
    ComparePage *m_compare;
};

} // namespace smec::desktop
