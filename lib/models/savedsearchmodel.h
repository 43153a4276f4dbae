// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "replica/replicatypes.h"

#include <QAbstractListModel>
#include <QList>

namespace smec::replica {
class Replica;
}

namespace smec::models {

/// The user's saved searches (SavedSearchStore), by name, for the sidebar.
class SavedSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        QueryRole,
        FacetsRole, ///< QJsonObject facet -> [values]
    };

    explicit SavedSearchModel(replica::Replica *replica, QObject *parent = nullptr);

    /// Re-reads the store.
    void reload();
    /// Saves (or replaces) a search; false with `error` set when the replica refused.
    bool save(const replica::SavedSearch &search, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    replica::SavedSearch searchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    replica::Replica *m_replica;
    QList<replica::SavedSearch> m_searches;
};

} // namespace smec::models
