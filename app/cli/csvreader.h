// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smec::cli {

/// Reads RFC 4180 CSV as CsvWriter writes it and spreadsheets save it: an optional UTF-8
/// byte-order mark, quoted cells with doubled quotes and line breaks, CRLF or LF line ends.
/// Cells CsvWriter neutralised against formula injection (a leading apostrophe before =, +, -,
/// @, tab or carriage return) get their apostrophe back off.
class CsvReader final
{
public:
    struct Row
    {
        int line = 0; ///< line of the file where the row starts (1-based)
        QStringList cells;
    };

    /// Every row of `text`, blank lines skipped; `error` receives the reason when the text
    /// ends inside a quoted cell (then the rows before it are returned).
    static QList<Row> parse(const QString &text, QString *error = nullptr);
    /// The inverse of CsvWriter::escapeCell's formula guard.
    static QString unescapeCell(const QString &cell);
};

} // namespace smec::cli
