#include "markdownview.h"

#include "models/recordmarkdown.h"
#include "paragraphdirection.h"

#include <QDesktopServices>

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
    models::RecordMarkdown::setDocumentMarkdown(*document(), markdown);
    // Mixed-language records: each paragraph runs in its own script's direction.
    ParagraphDirection::apply(document(), layoutDirection());
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
