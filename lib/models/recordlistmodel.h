#pragma once

#include "replica/listfilter.h"
#include "replica/replicatypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace smec::domain {
class ReferenceData;
}
namespace smec::replica {
class Replica;
}

namespace smec::models {

/// The rows of one record kind as the replica lists them (ListStore), loaded a page at a time
/// through fetchMore() so a 100,000-row list opens at once and scrolls without stalls. Sorting
/// runs in SQL (ListFilter::sortColumn); filters and facets come from the owner via setFilter().
class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StateRole,     ///< replica::RecordState as int
        StateNameRole, ///< `synced`, `pending`, `conflict`, `rejected`
        RevRole,
        ColumnValueRole, ///< the raw typed column value
        FieldsRole,      ///< QJsonObject, only when the filter asks for fields
    };

    /// One visible column: the typed column it shows, and whether SQL can sort by it.
    struct Column
    {
        QString name;
        bool sortable = true;
    };

    explicit RecordListModel(replica::Replica *replica, QObject *parent = nullptr);

    /// Country names and the like come from `reference` (kept by pointer; must outlive the model).
    void setReferenceData(const domain::ReferenceData *reference);

    /// Shows the rows matching `filter` from the first page on (resets the model).
    void setFilter(const replica::ListFilter &filter);
    const replica::ListFilter &filter() const { return m_filter; }
    /// Re-reads the loaded rows after the replica changed: unchanged order gives dataChanged for
    /// the rows that differ, inserted or removed rows give a reset of the loaded window.
    void refresh();

    qint64 totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    QString idAt(int row) const;
    /// Row of the loaded record `id`, or -1.
    int rowOfId(const QString &id) const;
    const QList<Column> &columns() const { return m_columns; }
    /// Index of the column showing typed column `name`, or -1.
    int columnOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The columns a list of `kind` shows.
    static QList<Column> columnsFor(domain::Kind kind);

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    /// A replica read failed; `message` says what happened.
    void errorOccurred(const QString &message);

private:
    bool load(int offset, int limit, QList<replica::ListRow> &into);
    QVariant display(const replica::ListRow &row, const QString &column) const;
    QString header(const QString &column) const;
    qint64 countRows(qint64 fallback);

    replica::Replica *m_replica;
    const domain::ReferenceData *m_reference = nullptr;
    replica::ListFilter m_filter;
    QList<Column> m_columns;
    QList<replica::ListRow> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_resetting = false;
};

} // namespace smec::models
