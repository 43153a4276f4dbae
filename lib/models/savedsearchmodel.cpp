// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "savedsearchmodel.h"

#include "modelslog.h"
#include "replica/replica.h"

using namespace Qt::StringLiterals;

namespace smec::models {

SavedSearchModel::SavedSearchModel(replica::Replica *replica, QObject *parent)
    : QAbstractListModel(parent)
    , m_replica(replica)
{
    reload();
}

void SavedSearchModel::reload()
{
    QList<replica::SavedSearch> searches;
    if (m_replica && m_replica->isOpen()) {
        auto list = m_replica->savedSearches().list();
        if (list)
            searches = *list;
        else
            qCWarning(lcModels, "saved searches not read: %s",
                      qUtf8Printable(list.error().message));
    }
    beginResetModel();
    m_searches = searches;
    endResetModel();
}

bool SavedSearchModel::save(const replica::SavedSearch &search, QString *error)
{
    if (!m_replica || !m_replica->isOpen())
        return false;
    auto saved = m_replica->savedSearches().save(search);
    if (!saved) {
        if (error)
            *error = saved.error().message;
        return false;
    }
    reload();
    return true;
}

bool SavedSearchModel::remove(const QString &name, QString *error)
{
    if (!m_replica || !m_replica->isOpen())
        return false;
    auto removed = m_replica->savedSearches().remove(name);
    if (!removed) {
        if (error)
            *error = removed.error().message;
        return false;
    }
    reload();
    return true;
}

replica::SavedSearch SavedSearchModel::searchAt(int row) const
{
    return row >= 0 && row < m_searches.size() ? m_searches.at(row) : replica::SavedSearch{};
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const replica::SavedSearch &s = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return s.query.isEmpty() ? tr("Saved search %1").arg(s.name)
                                 : tr("Saved search %1: %2").arg(s.name, s.query);
    case QueryRole:
        return s.query;
    case FacetsRole:
        return s.facets;
    default:
        return {};
    }
}

} // namespace smec::models
