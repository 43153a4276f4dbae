// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "trackercelldelegate.h"

#include "models/commitmenttrackermodel.h"
#include "statusstyle.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

int TrackerCellDelegate::perLine(const QRect &cell)
{
    return std::max(1, (cell.width() - gap) / (square + gap));
}

QRect TrackerCellDelegate::squareRect(const QRect &cell, int i, Qt::LayoutDirection dir)
{
    const int n = perLine(cell);
    const int col = i % n;
    const int line = i / n;
    const int x = dir == Qt::RightToLeft ? cell.right() - gap - (col + 1) * square - col * gap + 1
                                         : cell.left() + gap + col * (square + gap);
    return {x, cell.top() + gap + line * (square + gap), square, square};
}

int TrackerCellDelegate::squareAt(const QRect &cell, int count, const QPoint &pos,
                                  Qt::LayoutDirection dir)
{
    for (int i = 0; i < count; ++i) {
        if (squareRect(cell, i, dir).contains(pos))
            return i;
    }
    return -1;
}

void TrackerCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList statuses =
        index.data(models::CommitmentTrackerModel::StatusesRole).toStringList();
    if (statuses.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPixelSize(square - 4);
    painter->setFont(font);
    const int fits =
        perLine(option.rect) * std::max(1, (option.rect.height() - gap) / (square + gap));
    const int drawn = int(statuses.size()) > fits ? fits - 1 : int(statuses.size());
    for (int i = 0; i < drawn; ++i) {
        const QRect r = squareRect(option.rect, i, option.direction);
        const QColor fill = StatusStyle::color(statuses.at(i));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        // The symbol in black or white, whichever reads on the fill.
        painter->setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
        painter->drawText(r, Qt::AlignCenter, StatusStyle::symbol(statuses.at(i)));
    }
    if (drawn < statuses.size()) {
        const QRect r = squareRect(option.rect, drawn, option.direction);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(r.adjusted(-gap, 0, gap * 4, 0), Qt::AlignVCenter | Qt::AlignLeading,
                          u"+%1"_s.arg(statuses.size() - drawn));
    }
    painter->restore();
}

QSize TrackerCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option)
    const int n =
        int(index.data(models::CommitmentTrackerModel::StatusesRole).toStringList().size());
    const int across = std::clamp(n, 1, 6);
    return {gap + across * (square + gap), gap + square + gap};
}

bool TrackerCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QStringList ids =
                index.data(models::CommitmentTrackerModel::CommitmentIdsRole).toStringList();
            const int i = squareAt(option.rect, int(ids.size()), mouse->position().toPoint(),
                                   option.direction);
            if (i >= 0) {
                Q_EMIT commitmentClicked(ids.at(i));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace smec::desktop
