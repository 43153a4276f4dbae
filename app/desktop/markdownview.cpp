// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownview.h"

#include "models/recordmarkdown.h"
#include "paragraphdirection.h"

#include <QDesktopServices>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace smec::desktop {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::onAnchorClicked);
}

void MarkdownView::setSafeMarkdown(const QString &markdown)
{
    // Built apart and swapped in: parsed into the shown document, every inserted block and
    // format change lays the document out again (a practice of 3 KB took 30-45 ms that way,
    // 5-10 ms built apart and laid out once).
    QTextDocument *shown = document();
    auto *next = new QTextDocument(this); // its parent answers loadResource(): nothing loads
    next->setUndoRedoEnabled(false);
    next->setDefaultFont(shown->defaultFont());
    next->setDefaultTextOption(shown->defaultTextOption());
    next->setDefaultStyleSheet(shown->defaultStyleSheet());
    next->setDocumentMargin(shown->documentMargin());
    next->setIndentWidth(shown->indentWidth());
    models::RecordMarkdown::setDocumentMarkdown(*next, markdown);
    // Mixed-language records: each paragraph runs in its own script's direction.
    ParagraphDirection::apply(next, layoutDirection());
    // setDocument() deletes the view's first document (its control's own); those made here are
    // deleted once the event loop is back, never under a caller still holding the old one.
    const bool madeHere = shown->parent() == this;
    setDocument(next);
    if (madeHere)
        shown->deleteLater();
    moveCursor(QTextCursor::Start);
    ensureCursorVisible();
}

bool MarkdownView::isOpenableUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
           !url.host().isEmpty();
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

void MarkdownView::onAnchorClicked(const QUrl &url)
{
    if (isOpenableUrl(url)) {
        if (m_opener)
            m_opener(url);
    } else {
        Q_EMIT linkRefused(url);
    }
}

} // namespace smec::desktop
