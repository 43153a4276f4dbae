// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "replica/replicatypes.h"

#include <QMap>
#include <QStandardItemModel>
#include <QStringList>

#include <optional>

namespace smec::domain {
class ReferenceData;
}

namespace smec::models {

/// The facet sidebar of a list: one top-level row per facet (pillar, country, region, status,
/// instrument, target group, evidence level, years) with a checkable child per value and its
/// count. Counts come from ListStore::facetCounts(); ticking values changes selection() and
/// emits selectionChanged(). Group rows stay in place across updates so views keep them expanded.
class FacetModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetModel)

public:
    enum Role {
        FacetRole = Qt::UserRole + 1, ///< facet name (`pillar`, `start_year`...)
        ValueRole,                    ///< stored value, on value rows
        CountRole,
    };

    explicit FacetModel(QObject *parent = nullptr);

    /// Which facets to show, in order, for `kind`; call before setCounts().
    void setKind(domain::Kind kind);
    void setReferenceData(const domain::ReferenceData *reference) { m_reference = reference; }

    /// Updates counts in place; values that disappear go, new ones appear (still ticked if they
    /// were selected).
    void setCounts(const replica::FacetCounts &counts);

    /// Ticked values per facet, without `start_year` (see yearFrom() / yearTo()).
    QMap<QString, QStringList> selection() const;
    std::optional<int> yearFrom() const;
    std::optional<int> yearTo() const;
    void setSelection(const QMap<QString, QStringList> &selection);
    void clearSelection();

    static QString facetLabel(const QString &facet);
    /// The label of one value of a facet of `kind` (country and region names, enum labels).
    static QString valueLabel(domain::Kind kind, const domain::ReferenceData *reference,
                              const QString &facet, const QString &value);

Q_SIGNALS:
    void selectionChanged();

private:
    QStandardItem *groupItem(const QString &facet) const;
    QString valueLabel(const QString &facet, const QString &value) const;
    void onItemChanged(QStandardItem *item);
    QStringList selectedYears() const;

    domain::Kind m_kind = domain::Kind::Practice;
    const domain::ReferenceData *m_reference = nullptr;
    QMap<QString, QStringList> m_selected; ///< including `start_year`
    bool m_updating = false;
};

} // namespace smec::models
