// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace smec::exporting {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
    , m_needsBom(byteOrderMark)
{}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString value = cell;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            value.prepend(u'\'');
    }
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeCell(cells.at(i));
    }
    line += u"\r\n"_s;
    QByteArray bytes = line.toUtf8();
    if (m_needsBom) {
        bytes.prepend("\xEF\xBB\xBF");
        m_needsBom = false;
    }
    return m_device->write(bytes) == bytes.size();
}

} // namespace smec::exporting
