// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paragraphdirection.h"

#include <QString>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace smec::desktop::ParagraphDirection {

Qt::LayoutDirection of(const QString &text, Qt::LayoutDirection fallback)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
        case QChar::DirLRE:
        case QChar::DirLRO:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return fallback;
}

void apply(QTextDocument *document, Qt::LayoutDirection interfaceDirection)
{
    if (!document)
        return;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const Qt::LayoutDirection direction = of(block.text(), interfaceDirection);
        if (block.blockFormat().layoutDirection() == direction)
            continue;
        QTextBlockFormat format;
        format.setLayoutDirection(direction);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setLayoutDirection(interfaceDirection);
            table->setFormat(format);
        }
    }
    cursor.endEditBlock();
}

} // namespace smec::desktop::ParagraphDirection
