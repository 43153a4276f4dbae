// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIODevice>
#include <QStringList>

namespace smec::exporting {

/// Writes RFC 4180 CSV in UTF-8 that spreadsheet programs open correctly: a byte-order mark,
/// CRLF line ends, quoting where needed, and cells that would start a formula (=, +, -, @, tab,
/// carriage return) neutralised with a leading apostrophe so an exported practice can never run
/// code in the analyst's spreadsheet.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = true);

    /// Writes one row; false when the device refused the write.
    bool writeRow(const QStringList &cells);

    static QString escapeCell(const QString &cell);

private:
    QIODevice *m_device;
    bool m_needsBom;
};

} // namespace smec::exporting
