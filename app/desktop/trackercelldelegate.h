// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace smec::desktop {

/// Draws a tracker cell as one small square per commitment, coloured by status with the
/// status's symbol on it, and reports which commitment a click landed on.
class TrackerCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The side of one square, in pixels.
    static constexpr int square = 16;
    static constexpr int gap = 2;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Which commitment of the cell `pos` is on (index into the cell's ids), or -1.
    static int squareAt(const QRect &cell, int count, const QPoint &pos, Qt::LayoutDirection dir);

Q_SIGNALS:
    void commitmentClicked(const QString &id);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    static QRect squareRect(const QRect &cell, int i, Qt::LayoutDirection dir);
    static int perLine(const QRect &cell);
};

} // namespace smec::desktop
