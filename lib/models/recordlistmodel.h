// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replica/listfilter.h"
#include "replica/replicatypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace smec::domain {
class ReferenceData;
}
namespace smec::replica {
class Replica;
}

namespace smec::models {

class BackgroundReader;

/// The rows of one record kind as the replica lists them (ListStore), as a window cache: the
/// model reports every matching row (one COUNT per filter) but holds only the pages of rows a
/// view has asked for, at most maxCachedPages() of them (least recently used go first). A page
/// is one indexed `ORDER BY ... LIMIT` query, so a 100,000-row list opens at once, jumps to its
/// end without loading what lies between and keeps a small, bounded footprint. Sorting runs in
/// SQL on indexed columns (ListFilter::sortColumn); filters come from the owner via setFilter().
/// With a BackgroundReader (setReader()) the queries of setFilter() and refresh() (the first page,
/// the re-read of the held pages and the COUNT) run off the GUI thread: the model keeps showing
/// what it holds until the answer arrives (isLoading() until then), then resets to the new filter
/// or signals what changed. Only pages a view scrolls to are read on the calling thread.
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

    /// Reads on `reader`'s worker connection from the next setFilter() or refresh() on (kept by
    /// pointer; must outlive the model). Without one, everything is read on the calling thread.
    void setReader(BackgroundReader *reader) { m_reader = reader; }
    /// True from a background setFilter() or refresh() until its answer has been applied.
    bool isLoading() const { return m_loading; }

    /// Shows the rows matching `filter` from the first page on (resets the model; with a reader,
    /// once the rows have been read, together with the pages a view showed last: views keep
    /// their scroll position across a reset).
    void setFilter(const replica::ListFilter &filter);
    /// The filter asked for last (shown, or on its way).
    const replica::ListFilter &filter() const { return m_filter; }
    /// Re-reads the loaded rows after the replica changed: unchanged order gives dataChanged for
    /// the rows that differ, inserted or removed rows give a reset of the loaded window.
    void refresh();

    qint64 totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    /// Rows per page; takes effect at the next setFilter().
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    /// Pages held now (for tests and benchmarks).
    int cachedPageCount() const { return int(m_pages.size()); }
    /// The id at `row`, loading its page when needed.
    QString idAt(int row) const;
    /// Row of `id` among the cached pages, or -1.
    int rowOfId(const QString &id) const;
    const QList<Column> &columns() const { return m_columns; }
    /// Index of the column showing typed column `name`, or -1.
    int columnOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The columns a list of `kind` shows.
    static QList<Column> columnsFor(domain::Kind kind);

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    /// A background setFilter() or refresh() has been applied.
    void loaded();
    /// A replica read failed; `message` says what happened.
    void errorOccurred(const QString &message);

private:
    /// What one read brings back: pages by number, and the total count.
    struct Window
    {
        QHash<int, QList<replica::ListRow>> pages;
        qint64 total = 0;
    };
    /// The query for `limit` rows at `offset`; with the `total` known, a page in the second half
    /// is counted from the end (ListFilter::fromEnd), which keeps a deep page cheap.
    static replica::ListFilter pageFilter(const replica::ListFilter &filter, int offset, int limit,
                                          qint64 total);
    /// Reads `pages` of `filter` and the total (no COUNT when the first page alone is short).
    static Result<Window> read(replica::Replica &replica, const replica::ListFilter &filter,
                               const QList<int> &pages, int pageSize);
    /// read() here or on the reader; `apply` gets the window on this thread.
    void readThen(const replica::ListFilter &filter, const QList<int> &pages,
                  std::function<void(Window)> apply);
    void show(const replica::ListFilter &filter, Window window);
    void applyRefresh(Window window);
    bool load(int offset, int limit, QList<replica::ListRow> &into) const;
    /// The row at `row`, loading its page when it is not cached; nullptr when the replica
    /// cannot give it (read error, or fewer rows than counted after a change).
    const replica::ListRow *rowAt(int row) const;
    QVariant display(const replica::ListRow &row, const QString &column) const;
    QString header(const QString &column) const;
    /// totalCountChanged() when the total differs from the one last reported.
    void reportTotal();

    replica::Replica *m_replica;
    const domain::ReferenceData *m_reference = nullptr;
    replica::ListFilter m_filter; ///< asked for last
    replica::ListFilter m_shown;  ///< the filter of the rows held now
    QList<Column> m_columns;
    // The window cache: page number -> rows, and page numbers from least to most recently used.
    mutable QHash<int, QList<replica::ListRow>> m_pages;
    mutable QList<int> m_recent;
    BackgroundReader *m_reader = nullptr;
    qint64 m_total = 0;
    qint64 m_reported = 0;
    bool m_loading = false;
    int m_pageSize = 200;
    int m_maxPages = 12;
};

} // namespace smec::models
