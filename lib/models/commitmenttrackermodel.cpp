// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commitmenttrackermodel.h"

#include "displaytext.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::models {

CommitmentTrackerModel::CommitmentTrackerModel(const domain::ReferenceData *reference,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{}

void CommitmentTrackerModel::setTracker(CommitmentTracker tracker)
{
    beginResetModel();
    m_tracker = std::move(tracker);
    m_countries = m_tracker.countries();
    QHash<QString, QString> names;
    for (const QString &code : std::as_const(m_countries))
        names.insert(code, DisplayText::country(m_reference, code));
    std::sort(m_countries.begin(), m_countries.end(), [&names](const QString &a, const QString &b) {
        return names.value(a).localeAwareCompare(names.value(b)) < 0;
    });
    endResetModel();
}

int CommitmentTrackerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_countries.size());
}

int CommitmentTrackerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tracker.groups().size());
}

QString CommitmentTrackerModel::describe(const CommitmentTracker::Commitment &c)
{
    QString status = DisplayText::option(domain::Kind::Commitment, u"status"_s, c.status);
    if (c.deadline.isValid())
        status = tr("%1, due %2").arg(status, QLocale().toString(c.deadline, QLocale::ShortFormat));
    QString text = tr("%1 (%2)").arg(c.title, status);
    if (!c.progressNote.trimmed().isEmpty())
        text += u'\n' + c.progressNote.trimmed().left(300);
    return text;
}

QString CommitmentTrackerModel::groupLabel(int group) const
{
    const CommitmentTracker::Group &g = m_tracker.groups().at(group);
    if (m_tracker.grouping() == CommitmentTracker::Grouping::Pillar) {
        return g.key.isEmpty() ? tr("No pillar")
                               : DisplayText::option(domain::Kind::Practice, u"pillars"_s, g.key);
    }
    if (g.key.isEmpty())
        return tr("No meeting");
    return g.label.isEmpty() ? g.key : g.label;
}

QVariant CommitmentTrackerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &country = m_countries.at(index.row());
    if (role == CountryRole)
        return country;
    const QList<int> cell = m_tracker.cell(country, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.isEmpty() ? QVariant() : QVariant(QLocale().toString(cell.size()));
    case CommitmentIdsRole: {
        QStringList ids;
        for (int i : cell)
            ids.append(m_tracker.commitments().at(i).id);
        return ids;
    }
    case StatusesRole: {
        QStringList statuses;
        for (int i : cell)
            statuses.append(m_tracker.commitments().at(i).status);
        return statuses;
    }
    case Qt::ToolTipRole: {
        if (cell.isEmpty())
            return {};
        QStringList lines;
        for (int i : cell)
            lines.append(describe(m_tracker.commitments().at(i)));
        return lines.join(u"\n\n"_s);
    }
    case Qt::AccessibleTextRole: {
        QStringList statuses;
        for (int i : cell)
            statuses.append(DisplayText::option(domain::Kind::Commitment, u"status"_s,
                                                m_tracker.commitments().at(i).status));
        QString text =
            tr("%1, %2: %Ln commitment(s)", nullptr, int(cell.size()))
                .arg(DisplayText::country(m_reference, country), groupLabel(index.column()));
        if (!statuses.isEmpty())
            text += u": "_s + statuses.join(u", "_s);
        return text;
    }
    default:
        return {};
    }
}

QVariant CommitmentTrackerModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_countries.size())
            return {};
        return DisplayText::country(m_reference, m_countries.at(section));
    }
    if (section < 0 || section >= m_tracker.groups().size())
        return {};
    return groupLabel(section);
}

} // namespace smec::models
