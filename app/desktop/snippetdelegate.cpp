// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "snippetdelegate.h"

#include "models/searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(6);
    doc.setHtml(SnippetDelegate::html(index));
    doc.setTextWidth(qMax(100, option.rect.width()));
}
} // namespace

QString SnippetDelegate::html(const QModelIndex &index)
{
    const QString title =
        index.data(models::SearchResultModel::TitleRole).toString().toHtmlEscaped();
    const QString snippet = index.data(models::SearchResultModel::SnippetHtmlRole).toString();
    const QString kind =
        index.data(models::SearchResultModel::KindLabelRole).toString().toHtmlEscaped();
    return u"<div style='font-size:small'>"_s + kind + u"</div><div style='font-size:large'><b>"_s +
           title + u"</b></div><div>"_s + snippet + u"</div>"_s;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    prepare(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    prepare(doc, option, index);
    return {int(doc.idealWidth()), int(doc.size().height()) + 2};
}

} // namespace smec::desktop
