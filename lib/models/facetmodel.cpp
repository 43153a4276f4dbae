// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "facetmodel.h"

#include "displaytext.h"
#include "domain/localizednames.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::models {

namespace {
const QString yearFacet = u"start_year"_s;

QStringList facetsOf(domain::Kind kind)
{
    switch (kind) {
    case domain::Kind::Practice:
        return {u"pillar"_s,     u"country"_s,      u"region"_s,         u"status"_s,
                u"instrument"_s, u"target_group"_s, u"evidence_level"_s, yearFacet};
    case domain::Kind::Thread:
        return {u"pillar"_s, u"subkind"_s, u"status"_s};
    case domain::Kind::Meeting:
        return {u"subkind"_s, u"mode"_s, u"region"_s, u"country"_s, u"pillar"_s};
    case domain::Kind::Commitment:
        return {u"pillar"_s, u"country"_s, u"region"_s, u"status"_s};
    case domain::Kind::Initiative:
        return {u"pillar"_s, u"subkind"_s, u"status"_s, u"country"_s, u"partner"_s};
    case domain::Kind::Post:
        return {};
    }
    return {};
}
} // namespace

FacetModel::FacetModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(1);
    connect(this, &QStandardItemModel::itemChanged, this, &FacetModel::onItemChanged);
    setKind(domain::Kind::Practice);
}

QString FacetModel::facetLabel(const QString &facet)
{
    if (facet == u"pillar"_s)
        return tr("Pillar");
    if (facet == u"country"_s)
        return tr("Country");
    if (facet == u"partner"_s)
        return tr("Partner country");
    if (facet == u"region"_s)
        return tr("Region");
    if (facet == u"status"_s)
        return tr("Status");
    if (facet == u"instrument"_s)
        return tr("Instrument");
    if (facet == u"target_group"_s)
        return tr("Target group");
    if (facet == u"evidence_level"_s)
        return tr("Evidence");
    if (facet == u"subkind"_s)
        return tr("Type");
    if (facet == u"mode"_s)
        return tr("Mode");
    if (facet == u"meeting"_s)
        return tr("Meeting");
    if (facet == yearFacet)
        return tr("Start year");
    return facet;
}

void FacetModel::setKind(domain::Kind kind)
{
    m_kind = kind;
    m_selected.clear();
    m_updating = true;
    clear();
    setColumnCount(1);
    for (const QString &facet : facetsOf(kind)) {
        auto *group = new QStandardItem(facetLabel(facet));
        group->setData(facet, FacetRole);
        group->setFlags(Qt::ItemIsEnabled);
        group->setData(facetLabel(facet), Qt::AccessibleTextRole);
        appendRow(group);
    }
    m_updating = false;
}

QStandardItem *FacetModel::groupItem(const QString &facet) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->data(FacetRole).toString() == facet)
            return item(row);
    }
    return nullptr;
}

QString FacetModel::valueLabel(const QString &facet, const QString &value) const
{
    return valueLabel(m_kind, m_reference, facet, value);
}

QString FacetModel::valueLabel(domain::Kind listKind, const domain::ReferenceData *reference,
                               const QString &facet, const QString &value)
{
    if (facet == u"country"_s || facet == u"partner"_s)
        return DisplayText::country(reference, value);
    if (facet == u"region"_s)
        return domain::LocalizedNames::region(value);
    if (facet == yearFacet)
        return value;
    const domain::Kind kind = listKind == domain::Kind::Commitment && facet == u"pillar"_s
                                  ? domain::Kind::Practice
                                  : listKind;
    if (facet == u"pillar"_s)
        return DisplayText::option(kind, u"pillars"_s, value);
    if (facet == u"target_group"_s)
        return DisplayText::option(kind, u"target_groups"_s, value);
    if (facet == u"subkind"_s)
        return DisplayText::option(kind, u"kind"_s, value);
    return DisplayText::option(kind, facet, value);
}

void FacetModel::setCounts(const replica::FacetCounts &counts)
{
    m_updating = true;
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *group = item(row);
        const QString facet = group->data(FacetRole).toString();
        const QMap<QString, int> values = counts.facets.value(facet);
        const QStringList selected = m_selected.value(facet);

        struct Entry
        {
            QString value;
            QString label;
            int count;
        };
        QList<Entry> entries;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            entries.append({it.key(), valueLabel(facet, it.key()), it.value()});
        }
        for (const QString &value : selected) { // keep ticked values visible at zero
            if (!values.contains(value))
                entries.append({value, valueLabel(facet, value), 0});
        }
        if (facet == yearFacet) {
            std::sort(entries.begin(), entries.end(),
                      [](const Entry &a, const Entry &b) { return a.value > b.value; });
        } else if (facet == u"country"_s || facet == u"region"_s) {
            std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
                return a.count != b.count ? a.count > b.count
                                          : a.label.localeAwareCompare(b.label) < 0;
            });
        }

        // Reuse rows in place; add or drop the difference.
        if (group->rowCount() > entries.size())
            group->removeRows(int(entries.size()), group->rowCount() - int(entries.size()));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            const QString text =
                tr("%1 (%L2)", "facet value with its count").arg(e.label).arg(e.count);
            const Qt::CheckState check = selected.contains(e.value) ? Qt::Checked : Qt::Unchecked;
            QStandardItem *child = i < group->rowCount() ? group->child(int(i)) : nullptr;
            if (!child) {
                child = new QStandardItem;
                child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                child->setCheckState(Qt::Unchecked);
                group->appendRow(child);
            }
            if (child->text() != text)
                child->setText(text);
            if (child->data(ValueRole).toString() != e.value) {
                child->setData(e.value, ValueRole);
                child->setData(facet, FacetRole);
            }
            if (child->data(CountRole).toInt() != e.count || !child->data(CountRole).isValid())
                child->setData(e.count, CountRole);
            if (child->checkState() != check)
                child->setCheckState(check);
            const QString accessible =
                tr("%1, %n practice(s)", "facet value for screen readers", e.count).arg(e.label);
            if (child->data(Qt::AccessibleTextRole).toString() != accessible)
                child->setData(accessible, Qt::AccessibleTextRole);
        }
    }
    m_updating = false;
}

void FacetModel::onItemChanged(QStandardItem *changed)
{
    if (m_updating || !changed->parent())
        return;
    const QString facet = changed->data(FacetRole).toString();
    const QString value = changed->data(ValueRole).toString();
    QStringList &values = m_selected[facet];
    const bool checked = changed->checkState() == Qt::Checked;
    if (checked == values.contains(value))
        return;
    if (checked)
        values.append(value);
    else
        values.removeAll(value);
    if (values.isEmpty())
        m_selected.remove(facet);
    Q_EMIT selectionChanged();
}

QMap<QString, QStringList> FacetModel::selection() const
{
    QMap<QString, QStringList> result = m_selected;
    result.remove(yearFacet);
    return result;
}

QStringList FacetModel::selectedYears() const
{
    return m_selected.value(yearFacet);
}

std::optional<int> FacetModel::yearFrom() const
{
    std::optional<int> lowest;
    for (const QString &year : selectedYears()) {
        bool ok = false;
        const int y = year.toInt(&ok);
        if (ok && (!lowest || y < *lowest))
            lowest = y;
    }
    return lowest;
}

std::optional<int> FacetModel::yearTo() const
{
    std::optional<int> highest;
    for (const QString &year : selectedYears()) {
        bool ok = false;
        const int y = year.toInt(&ok);
        if (ok && (!highest || y > *highest))
            highest = y;
    }
    return highest;
}

void FacetModel::setSelection(const QMap<QString, QStringList> &selection)
{
    m_selected = selection;
    m_updating = true;
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *group = item(row);
        const QStringList values = m_selected.value(group->data(FacetRole).toString());
        for (int c = 0; c < group->rowCount(); ++c) {
            QStandardItem *child = group->child(c);
            const Qt::CheckState check =
                values.contains(child->data(ValueRole).toString()) ? Qt::Checked : Qt::Unchecked;
            if (child->checkState() != check)
                child->setCheckState(check);
        }
    }
    m_updating = false;
    Q_EMIT selectionChanged();
}

void FacetModel::clearSelection()
{
    setSelection({});
}

} // namespace smec::models
