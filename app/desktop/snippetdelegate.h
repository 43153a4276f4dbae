// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace smec::desktop {

/// Draws a search hit as its title over the highlighted snippet (SearchResultModel's safe rich
/// text), two or three lines per hit.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The rich text drawn for `index`.
    static QString html(const QModelIndex &index);
};

} // namespace smec::desktop
