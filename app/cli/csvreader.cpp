// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smec::cli {

QString CsvReader::unescapeCell(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QList<CsvReader::Row> CsvReader::parse(const QString &input, QString *error)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<Row> rows;
    Row row;
    QString cell;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    bool wasQuoted = false;
    auto endCell = [&] {
        row.cells.append(unescapeCell(cell));
        cell.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = row.cells.size() == 1 && row.cells.first().isEmpty();
        if (!blank)
            rows.append(row);
        row = Row{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty()) {
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the row
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            cell += c;
        }
    }
    if (quoted && error)
        *error =
            QCoreApplication::translate("cli", "The file ends inside a quoted cell that starts on "
                                               "line %1.")
                .arg(row.line);
    if (!cell.isEmpty() || !row.cells.isEmpty() || wasQuoted)
        endRow();
    return rows;
}

} // namespace smec::cli
