#include "recordlistmodel.h"

#include "displaytext.h"
#include "replica/replica.h"

#include <QJsonObject>

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
    if (!m_rows.isEmpty())
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
    }
    return {};
}

void RecordListModel::setFilter(const replica::ListFilter &filter)
{
    replica::ListFilter f = filter;
    if (f.kind == domain::Kind::Post)
        f.withFields = true; // the body is not a typed column
    const bool kindChanged = f.kind != m_filter.kind || m_columns.isEmpty();
    m_filter = f;
    QList<replica::ListRow> rows;
    load(0, m_pageSize, rows);
    const qint64 total = countRows(rows.size());
    // Everything is known before the reset ends: views ask canFetchMore() from endResetModel().
    m_resetting = true;
    beginResetModel();
    if (kindChanged)
        m_columns = columnsFor(f.kind);
    m_rows = rows;
    const bool totalChanged = total != m_total;
    m_total = total;
    endResetModel();
    m_resetting = false;
    if (totalChanged)
        Q_EMIT totalCountChanged(m_total);
}

qint64 RecordListModel::countRows(qint64 fallback)
{
    if (!m_replica || !m_replica->isOpen())
        return fallback;
    auto n = m_replica->lists().count(m_filter);
    if (!n) {
        Q_EMIT errorOccurred(n.error().message);
        return fallback;
    }
    return *n;
}

void RecordListModel::refresh()
{
    const int wanted = qMax<int>(int(m_rows.size()), m_pageSize);
    QList<replica::ListRow> rows;
    if (!load(0, wanted, rows))
        return;
    const qint64 total = countRows(rows.size());
    bool sameOrder = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows.at(i).id == m_rows.at(i).id;
    const bool totalChanged = total != m_total;
    if (!sameOrder) {
        m_resetting = true;
        beginResetModel();
        m_rows = rows;
        m_total = total;
        endResetModel();
        m_resetting = false;
    } else {
        m_total = total;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (sameRow(rows.at(i), m_rows.at(i)))
                continue;
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }
    if (totalChanged)
        Q_EMIT totalCountChanged(m_total);
}

bool RecordListModel::load(int offset, int limit, QList<replica::ListRow> &into)
{
    if (!m_replica || !m_replica->isOpen())
        return false;
    replica::ListFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    auto rows = m_replica->lists().list(page);
    if (!rows) {
        Q_EMIT errorOccurred(rows.error().message);
        return false;
    }
    into.append(*rows);
    return true;
}

QString RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordListModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset is being announced: inserting then would nest two changes.
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent))
        return;
    QList<replica::ListRow> more;
    if (!load(int(m_rows.size()), m_pageSize, more) || more.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
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
    const replica::ListRow &row = m_rows.at(index.row());
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
        return m_filter.kind == domain::Kind::Meeting ? tr("Host country") : tr("Country");
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
