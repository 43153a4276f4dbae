// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfexporter.h"

#include "models/recordmarkdown.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace smec::exporting {

namespace {

/// A document that loads nothing: exported Markdown comes from other users.
class OfflineDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }
};

QString markdownToHtml(const QString &markdown)
{
    OfflineDocument doc;
    models::RecordMarkdown::setDocumentMarkdown(doc, markdown);
    QString html = doc.toHtml();
    // Keep only the body: the outer document supplies the page and the styles.
    const qsizetype start = html.indexOf(u"<body"_s);
    const qsizetype open = start >= 0 ? html.indexOf(u'>', start) : -1;
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (open >= 0 && end > open)
        html = html.mid(open + 1, end - open - 1);
    return html;
}

} // namespace

QString PdfExporter::html() const
{
    QString out = u"<html><body>"_s;
    out +=
        u"<div style='page-break-after: always'><p style='font-size: 28pt; margin-top: 180px'>"_s +
        m_title.toHtmlEscaped() + u"</p><p style='font-size: 14pt'>"_s +
        m_subtitle.toHtmlEscaped() + u"</p><p>"_s +
        tr("Exported on %1").arg(QLocale().toString(m_date, QLocale::LongFormat)).toHtmlEscaped() +
        u"</p></div>"_s;
    out += u"<div style='page-break-after: always'><h1>"_s + tr("Contents").toHtmlEscaped() +
           u"</h1><ol>"_s;
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        out += u"<li><a href='#section-%1'>"_s.arg(i) + m_sections.at(i).title.toHtmlEscaped() +
               u"</a></li>"_s;
    out += u"</ol></div>"_s;
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        const bool last = i + 1 == m_sections.size();
        out += u"<div"_s + (last ? QString() : u" style='page-break-after: always'"_s) +
               u"><h1><a name='section-%1'></a>"_s.arg(i) +
               tr("%1. %2", "section number and title")
                   .arg(i + 1)
                   .arg(m_sections.at(i).title)
                   .toHtmlEscaped() +
               u"</h1>"_s + markdownToHtml(m_sections.at(i).markdown) + u"</div>"_s;
    }
    out += u"</body></html>"_s;
    return out;
}

Result<void> PdfExporter::write(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{
            u"write_failed"_s, tr("Could not write %1: %2").arg(path, file.errorString()), {}};
    QPdfWriter writer(&file);
    writer.setTitle(m_title);
    writer.setCreator(u"SME Community"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);

    OfflineDocument doc;
    doc.setDefaultStyleSheet(u"h1 { color: #1f4e79; } table { border-collapse: collapse; }"
                             " td { padding: 3px; }"_s);
    doc.setHtml(html());
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Error{
            u"write_failed"_s, tr("Could not write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace smec::exporting
