// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "navigationmodel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace smec::models {

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_sections{Section::Practices,   Section::Dialogue,   Section::Meetings, Section::Commitments,
                 Section::Cooperation, Section::Statistics, Section::Tracker,  Section::Countries,
                 Section::MyDrafts,    Section::Outbox,     Section::Conflicts}
{}

void NavigationModel::setReviewQueueVisible(bool visible)
{
    if (visible == isReviewQueueVisible())
        return;
    const int row = int(m_sections.indexOf(Section::Outbox)) + 1;
    if (visible) {
        beginInsertRows({}, row, row);
        m_sections.insert(row, Section::ReviewQueue);
        endInsertRows();
    } else {
        beginRemoveRows({}, row, row);
        m_sections.removeAt(row);
        endRemoveRows();
    }
}

void NavigationModel::setCount(Section section, int count)
{
    if (m_counts.value(section) == count)
        return;
    m_counts.insert(section, count);
    const int row = rowOf(section);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, CountRole, Qt::AccessibleTextRole});
    }
}

int NavigationModel::count(Section section) const
{
    return m_counts.value(section);
}

void NavigationModel::setAttention(Section section, int count, const QString &description)
{
    const std::pair<int, QString> value{std::max(count, 0), count > 0 ? description : QString()};
    if (m_attention.value(section) == value)
        return;
    m_attention.insert(section, value);
    const int row = rowOf(section);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed,
                           {Qt::DisplayRole, AttentionRole, Qt::AccessibleTextRole, Qt::ToolTipRole,
                            Qt::FontRole});
    }
}

int NavigationModel::attention(Section section) const
{
    return m_attention.value(section).first;
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section section = m_sections.at(index.row());
    const int n = m_counts.value(section);
    const auto &[attention, description] = m_attention.value(section);
    switch (role) {
    case Qt::DisplayRole:
        if (attention > 0)
            return tr("%1 (%2)", "sidebar section with a count").arg(label(section)).arg(attention);
        return n > 0 ? tr("%1 (%2)", "sidebar section with a count").arg(label(section)).arg(n)
                     : label(section);
    case Qt::AccessibleTextRole:
        if (attention > 0)
            return tr("%1, %2", "sidebar section for screen readers: its name, what asks for "
                                "attention")
                .arg(label(section), description);
        return n > 0 ? tr("%1, %n item(s)", "sidebar section for screen readers", n)
                           .arg(label(section))
                     : label(section);
    case Qt::ToolTipRole:
        return attention > 0 ? QVariant(description) : QVariant();
    case Qt::FontRole:
        if (attention > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AttentionRole:
        return attention;
    case SectionRole:
        return QVariant::fromValue(section);
    case CountRole:
        return n;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SectionRole, "section");
    names.insert(CountRole, "count");
    names.insert(AttentionRole, "attention");
    return names;
}

QString NavigationModel::label(Section section)
{
    switch (section) {
    case Section::Practices:
        return tr("Practices");
    case Section::Dialogue:
        return tr("Dialogue");
    case Section::Meetings:
        return tr("Meetings");
    case Section::Commitments:
        return tr("Commitments");
    case Section::Statistics:
        return tr("Statistics");
    case Section::Cooperation:
        return tr("Cooperation");
    case Section::Tracker:
        return tr("Tracker");
    case Section::Countries:
        return tr("Countries");
    case Section::MyDrafts:
        return tr("My drafts");
    case Section::Outbox:
        return tr("Outbox");
    case Section::ReviewQueue:
        return tr("Review queue");
    case Section::Conflicts:
        return tr("Conflicts");
    }
    return {};
}

namespace {

constexpr std::pair<NavigationModel::Section, const char16_t *> sectionNames[] = {
    {NavigationModel::Section::Practices, u"practices"},
    {NavigationModel::Section::Dialogue, u"dialogue"},
    {NavigationModel::Section::Meetings, u"meetings"},
    {NavigationModel::Section::Commitments, u"commitments"},
    {NavigationModel::Section::Cooperation, u"cooperation"},
    {NavigationModel::Section::Statistics, u"statistics"},
    {NavigationModel::Section::Tracker, u"tracker"},
    {NavigationModel::Section::Countries, u"countries"},
    {NavigationModel::Section::MyDrafts, u"drafts"},
    {NavigationModel::Section::Outbox, u"outbox"},
    {NavigationModel::Section::ReviewQueue, u"review"},
    {NavigationModel::Section::Conflicts, u"conflicts"},
};

} // namespace

QString NavigationModel::name(Section section)
{
    for (const auto &[s, n] : sectionNames) {
        if (s == section)
            return QString::fromUtf16(n);
    }
    return {};
}

std::optional<NavigationModel::Section> NavigationModel::sectionNamed(QStringView name)
{
    for (const auto &[s, n] : sectionNames) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QStringList NavigationModel::names()
{
    QStringList all;
    for (const auto &entry : sectionNames)
        all.append(QString::fromUtf16(entry.second));
    return all;
}

} // namespace smec::models
