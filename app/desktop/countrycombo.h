// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QComboBox>

namespace smec::domain {
class ReferenceData;
}

namespace smec::desktop {

/// A choice of country by its name in the UI language (typing a name or an alpha-3 code finds
/// it); the item data is the alpha-3 code. The first item may stand for "none".
class CountryCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryCombo)

public:
    CountryCombo(const domain::ReferenceData &reference, bool withNone, QWidget *parent = nullptr);

    QString country() const { return currentData().toString(); }
    /// Selects `alpha3`; false when it is not a country of the list.
    bool setCountry(const QString &alpha3);
    /// Names again in the UI language (the text of "none" is the caller's).
    void retranslate();

private:
    const domain::ReferenceData &m_reference;
    bool m_withNone;
};

} // namespace smec::desktop
