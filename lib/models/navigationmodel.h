// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace smec::models {

/// The sections of the main window's navigation sidebar, with a count badge per section.
/// The review queue exists only for secretariat and admin users.
class NavigationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationModel)

public:
    enum class Section {
        Practices,
        Dialogue,
        Meetings,
        Commitments,
        Statistics,
        Cooperation, ///< joint initiatives between countries
        Tracker,     ///< commitments tracker: country x commitment matrix
        Countries,   ///< a country's profile, countries compared
        MyDrafts,
        Outbox,
        ReviewQueue,
        Conflicts,
    };
    Q_ENUM(Section)

    enum Role {
        SectionRole = Qt::UserRole + 1,
        CountRole,
        AttentionRole, ///< how many items in the section ask the user to act (0: none)
    };

    explicit NavigationModel(QObject *parent = nullptr);

    void setReviewQueueVisible(bool visible);
    bool isReviewQueueVisible() const { return m_sections.contains(Section::ReviewQueue); }
    void setCount(Section section, int count);
    int count(Section section) const;
    /// Items in `section` that ask the user to act (a delegate's pending invitations in
    /// Cooperation): while there are any, the entry shows this number in bold instead of its
    /// count, and `description` (translated, e.g. "2 invitations to Kenya") is its tooltip and
    /// what a screen reader says after the section's name.
    void setAttention(Section section, int count, const QString &description);
    int attention(Section section) const;
    /// Row of `section`, or -1 when it is not shown.
    int rowOf(Section section) const { return int(m_sections.indexOf(section)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The section's name on the command line (`smecommunity --show statistics`): practices,
    /// dialogue, meetings, commitments, statistics, drafts, outbox, review, conflicts.
    static QString name(Section section);
    static std::optional<Section> sectionNamed(QStringView name);
    static QStringList names();

private:
    static QString label(Section section);

    QList<Section> m_sections;
    QHash<Section, int> m_counts;
    QHash<Section, std::pair<int, QString>> m_attention;
};

} // namespace smec::models
