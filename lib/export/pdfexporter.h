// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace smec::exporting {

/// Writes a PDF report with QPdfWriter and QTextDocument: a cover page (title, subtitle, date),
/// a table of contents and one section per entry, each starting on a new page. Sections are
/// Markdown, parsed in the GitHub dialect with raw HTML treated as text; nothing is ever loaded
/// from disk or network (images in the Markdown are dropped).
class PdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(smec::exporting::PdfExporter)

public:
    struct Section
    {
        QString title;    ///< plain text, for the table of contents
        QString markdown; ///< the section's body, without its title heading
    };

    void setTitle(const QString &title) { m_title = title; }
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }
    /// The date printed on the cover; today unless set.
    void setDate(QDate date) { m_date = date; }
    void addSection(const Section &section) { m_sections.append(section); }
    qsizetype sectionCount() const { return m_sections.size(); }

    /// Writes the PDF to `path`.
    Result<void> write(const QString &path) const;
    /// The HTML the PDF is laid out from (tests look at structure through it).
    QString html() const;

private:
    QString m_title;
    QString m_subtitle;
    QDate m_date = QDate::currentDate();
    QList<Section> m_sections;
};

} // namespace smec::exporting
