// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordlistmodel.h"

#include "backgroundreader.h"
#include "displaytext.h"
#include "replica/replica.h"

#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace smec::models {

namespace {
bool sameRow(const replica::ListRow &a, const replica::ListRow &b)
{
    return a.id == b.id && a.rev == b.rev && a.state == b.state && a.columns == b.columns &&
           a.fields == b.fields;
}
} // namespace

RecordListModel::RecordListModel(replica::Replica *replica, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica)
    , m_columns(columnsFor(domain::Kind::Practice))
{}

void RecordListModel::setReferenceData(const domain::ReferenceData *reference)
{
    m_reference = reference;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QList<RecordListModel::Column> RecordListModel::columnsFor(domain::Kind kind)
{
    switch (kind) {
    case domain::Kind::Practice:
        return {{u"title"_s},      {u"country"_s},    {u"pillars"_s, false}, {u"status"_s},
                {u"instrument"_s}, {u"start_year"_s}, {u"updated_at"_s},     {u"state"_s, false}};
    case domain::Kind::Thread:
        return {
            {u"title"_s}, {u"subkind"_s}, {u"pillars"_s, false}, {u"status"_s}, {u"updated_at"_s}};
    case domain::Kind::Post:
        return {{u"created_at"_s}, {u"body"_s, false}, {u"state"_s, false}};
    case domain::Kind::Meeting:
        return {{u"title"_s}, {u"subkind"_s}, {u"starts_on"_s}, {u"country"_s}, {u"mode"_s}};
    case domain::Kind::Commitment:
        return {{u"title"_s},  {u"country"_s},  {u"pillars"_s, false},
                {u"status"_s}, {u"deadline"_s}, {u"state"_s, false}};
    case domain::Kind::Initiative:
        return {{u"title"_s},  {u"country"_s},   {u"subkind"_s},
                {u"status"_s}, {u"starts_on"_s}, {u"state"_s, false}};
    }
    return {};
}

void RecordListModel::setFilter(const replica::ListFilter &filter)
{
    replica::ListFilter f = filter;
    if (f.kind == domain::Kind::Post)
        f.withFields = true; // the body is not a typed column
    m_filter = f;
    // The view keeps its scroll position across the reset: besides the first page, read the
    // pages it showed last (in the new order), or it reads them itself on the GUI thread.
    QList<int> pages{0};
    for (qsizetype i = m_recent.size() - 1; i >= 0 && pages.size() < 3; --i) {
        if (!pages.contains(m_recent.at(i)))
            pages.append(m_recent.at(i));
    }
    readThen(f, pages, [this, f](Window window) { show(f, std::move(window)); });
}

void RecordListModel::refresh()
{
    if (!m_replica || !m_replica->isOpen())
        return;
    if (m_loading) {
        setFilter(m_filter); // what is on its way may predate the change: read it afresh
        return;
    }
    QList<int> pages = m_pages.keys();
    if (pages.isEmpty())
        pages.append(0); // it held nothing (an empty list): read what may have come
    readThen(m_shown, pages, [this](Window window) { applyRefresh(std::move(window)); });
}

replica::ListFilter RecordListModel::pageFilter(const replica::ListFilter &filter, int offset,
                                                int limit, qint64 total)
{
    replica::ListFilter page = filter;
    page.offset = offset;
    page.limit = limit;
    if (total > 0 && offset >= total / 2 && offset < total) {
        // Nearer the end: walk from there, so any page costs at most half the list.
        page.fromEnd = true;
        page.limit = int(std::min<qint64>(limit, total - offset));
        page.offset = int(total - offset - page.limit);
    }
    return page;
}

Result<RecordListModel::Window> RecordListModel::read(replica::Replica &replica,
                                                      const replica::ListFilter &filter,
                                                      const QList<int> &pages, int pageSize)
{
    Window window;
    if (pages == QList<int>{0}) {
        auto rows = replica.lists().list(pageFilter(filter, 0, pageSize, -1));
        if (!rows)
            return rows.error();
        window.pages.insert(0, *rows);
        if (rows->size() < pageSize) {
            window.total = rows->size(); // the whole list fits in the first page
            return window;
        }
    }
    auto total = replica.lists().count(filter);
    if (!total)
        return total.error();
    window.total = *total;
    for (int number : pages) {
        if (window.pages.contains(number) || qint64(number) * pageSize >= window.total)
            continue;
        auto rows =
            replica.lists().list(pageFilter(filter, number * pageSize, pageSize, window.total));
        if (!rows)
            return rows.error();
        window.pages.insert(number, *rows);
    }
    return window;
}

void RecordListModel::readThen(const replica::ListFilter &filter, const QList<int> &pages,
                               std::function<void(Window)> apply)
{
    const int pageSize = m_pageSize;
    if (!m_reader) {
        if (!m_replica || !m_replica->isOpen()) {
            apply({});
            return;
        }
        auto window = read(*m_replica, filter, pages, pageSize);
        if (!window) {
            Q_EMIT errorOccurred(window.error().message);
            return;
        }
        apply(std::move(*window));
        return;
    }
    m_loading = true;
    m_reader->run<Window>(
        this,
        [filter, pages, pageSize](replica::Replica &replica) {
            return read(replica, filter, pages, pageSize);
        },
        [this, apply = std::move(apply)](const Result<Window> &window) {
            m_loading = false;
            if (window)
                apply(*window);
            else
                Q_EMIT errorOccurred(window.error().message);
            Q_EMIT loaded();
        });
}

void RecordListModel::show(const replica::ListFilter &filter, Window window)
{
    const bool kindChanged = filter.kind != m_shown.kind || m_columns.isEmpty();
    beginResetModel();
    m_shown = filter;
    if (kindChanged)
        m_columns = columnsFor(filter.kind);
    m_pages = std::move(window.pages);
    m_pages.removeIf([](const auto &page) { return page.value().isEmpty(); });
    m_recent = m_pages.keys();
    m_total = window.total;
    endResetModel();
    reportTotal();
}

void RecordListModel::reportTotal()
{
    if (m_total == m_reported)
        return;
    m_reported = m_total;
    Q_EMIT totalCountChanged(m_total);
}

void RecordListModel::applyRefresh(Window window)
{
    // Unchanged ids in the same places give dataChanged per row that differs, anything else
    // (rows came or went, order changed) a reset. Pages evicted while the read ran are dropped;
    // when the model held nothing, the first page read for it is kept.
    QHash<int, QList<replica::ListRow>> &pages = window.pages;
    if (!m_pages.isEmpty())
        pages.removeIf([this](const auto &page) { return !m_pages.contains(page.key()); });
    pages.removeIf([](const auto &page) { return page.value().isEmpty(); });
    bool sameOrder = window.total == m_total;
    for (auto it = pages.cbegin(); sameOrder && it != pages.cend(); ++it) {
        const QList<replica::ListRow> &before = m_pages.value(it.key());
        sameOrder = before.size() == it.value().size();
        for (qsizetype i = 0; sameOrder && i < before.size(); ++i)
            sameOrder = before.at(i).id == it.value().at(i).id;
    }
    if (!sameOrder) {
        beginResetModel();
        m_pages = pages;
        m_recent = m_pages.keys();
        m_total = window.total;
        endResetModel();
        reportTotal();
        return;
    }
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        QList<replica::ListRow> &before = m_pages[it.key()];
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (sameRow(it.value().at(i), before.at(i)))
                continue;
            before[i] = it.value().at(i);
            const int row = it.key() * m_pageSize + int(i);
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
}

bool RecordListModel::load(int offset, int limit, QList<replica::ListRow> &into) const
{
    if (!m_replica || !m_replica->isOpen())
        return false;
    auto rows = m_replica->lists().list(pageFilter(m_shown, offset, limit, m_total));
    if (!rows) {
        Q_EMIT const_cast<RecordListModel *>(this)->errorOccurred(rows.error().message);
        return false;
    }
    into.append(*rows);
    return true;
}

const replica::ListRow *RecordListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<replica::ListRow> rows;
        if (!load(page * m_pageSize, m_pageSize, rows))
            return nullptr;
        while (m_recent.size() >= m_maxPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
        m_recent.append(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row - page * m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString RecordListModel::idAt(int row) const
{
    const replica::ListRow *r = rowAt(row);
    return r ? r->id : QString();
}

int RecordListModel::rowOfId(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * m_pageSize + int(i);
        }
    }
    return -1;
}

int RecordListModel::columnOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return int(i);
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return;
    replica::ListFilter f = m_filter;
    f.sortColumn = m_columns.at(column).name;
    f.sortOrder = order;
    if (f.sortColumn == m_filter.sortColumn && f.sortOrder == m_filter.sortOrder)
        return;
    setFilter(f);
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const replica::ListRow *loaded = rowAt(index.row());
    if (!loaded)
        return {};
    const replica::ListRow &row = *loaded;
    const QString &column = m_columns.at(index.column()).name;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == u"state"_s || row.state != replica::RecordState::Synced)
            return DisplayText::recordState(row.state);
        return {};
    case IdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case StateRole:
        return int(row.state);
    case StateNameRole:
        return replica::recordStateName(row.state);
    case RevRole:
        return row.rev;
    case ColumnValueRole:
        return row.columns.value(column);
    case FieldsRole:
        return row.fields;
    default:
        return {};
    }
}

QVariant RecordListModel::display(const replica::ListRow &row, const QString &column) const
{
    const QVariant value = row.columns.value(column);
    if (column == u"state"_s)
        return row.state == replica::RecordState::Synced ? QString()
                                                         : DisplayText::recordState(row.state);
    if (column == u"country"_s)
        return DisplayText::country(m_reference, value.toString());
    if (column == u"pillars"_s)
        return DisplayText::options(row.kind == domain::Kind::Commitment ? domain::Kind::Practice
                                                                         : row.kind,
                                    u"pillars"_s, value.toStringList());
    if (column == u"status"_s || column == u"instrument"_s || column == u"mode"_s)
        return DisplayText::option(row.kind, column, value.toString());
    if (column == u"subkind"_s)
        return DisplayText::option(row.kind, u"kind"_s, value.toString());
    if (column == u"updated_at"_s || column == u"created_at"_s)
        return DisplayText::dateTime(value.toString());
    if (column == u"body"_s) {
        const QString body = row.fields.value(u"body"_s).toString().simplified();
        return body.size() > 160 ? body.left(160) + QChar(0x2026) : body;
    }
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    return value.toString();
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return header(m_columns.at(section).name);
    return {};
}

QString RecordListModel::header(const QString &column) const
{
    if (column == u"title"_s)
        return tr("Title");
    if (column == u"country"_s)
        return m_shown.kind == domain::Kind::Meeting ? tr("Host country") : tr("Country");
    if (column == u"pillars"_s)
        return tr("Pillars");
    if (column == u"status"_s)
        return tr("Status");
    if (column == u"instrument"_s)
        return tr("Instrument");
    if (column == u"start_year"_s)
        return tr("Since");
    if (column == u"updated_at"_s)
        return tr("Updated");
    if (column == u"created_at"_s)
        return tr("Written");
    if (column == u"state"_s)
        return tr("Sync");
    if (column == u"subkind"_s)
        return tr("Type");
    if (column == u"starts_on"_s)
        return tr("Starts");
    if (column == u"mode"_s)
        return tr("Mode");
    if (column == u"deadline"_s)
        return tr("Deadline");
    if (column == u"body"_s)
        return tr("Message");
    return column;
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StateNameRole, "state");
    return names;
}

} // namespace smec::models
