// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QCoreApplication>
#include <QString>

namespace smec::domain {
class ReferenceData;
}

class QTextDocument;

namespace smec::models {

/// Turns a record into one Markdown document for the detail pane and the exports: a heading,
/// the structured fields (escaped, so a title cannot inject Markdown) and the record's own
/// Markdown sections. Raw HTML inside the record's Markdown is left to the renderer, which must
/// parse with QTextDocument::MarkdownNoHTML (see markdownFeatures()).
class RecordMarkdown final
{
    Q_DECLARE_TR_FUNCTIONS(smec::models::RecordMarkdown)

public:
    RecordMarkdown() = delete;

    /// GitHub dialect with raw HTML blocks and spans treated as text.
    static int markdownFeatures();
    /// Parses `markdown` into `document` with markdownFeatures(), then shows `_emphasis_` in
    /// italics as GitHub does (Qt's importer underlines it, which reads like a link), except in
    /// right-to-left scripts, where emphasis stays upright (no italics there).
    static void setDocumentMarkdown(QTextDocument &document, const QString &markdown);
    /// True when `text` holds a letter of a right-to-left script (Arabic, Hebrew, ...).
    static bool isRightToLeftScript(QStringView text);

    static QString render(const domain::Record &record, const domain::ReferenceData *reference,
                          int headingLevel = 1);
    /// Backslash-escapes Markdown punctuation (and '<') in plain text; newlines become spaces.
    static QString escape(const QString &plain);
    /// A link line for `url` only when it is http(s), else the escaped text alone.
    static QString safeLink(const QString &title, const QString &url);

private:
    static QString practice(const domain::Record &record, const domain::ReferenceData *reference,
                            const QString &h);
    static QString thread(const domain::Record &record, const QString &h);
    static QString post(const domain::Record &record, const domain::ReferenceData *reference);
    static QString meeting(const domain::Record &record, const domain::ReferenceData *reference,
                           const QString &h);
    static QString commitment(const domain::Record &record, const domain::ReferenceData *reference,
                              const QString &h);
    static QString initiative(const domain::Record &record, const domain::ReferenceData *reference,
                              const QString &h);
};

} // namespace smec::models
