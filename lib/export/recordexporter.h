// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "replica/listfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace smec::domain {
class ReferenceData;
}
namespace smec::replica {
class Replica;
}

namespace smec::exporting {

/// Exports the records of a list (its filter, or the selected ids) to PDF (cover, contents, one
/// section per record), Markdown (the records' Markdown one after the other) or CSV, reading the
/// replica page by page. The desktop's File > Export and the CLI's `export` both use it.
class RecordExporter final
{
    Q_DECLARE_TR_FUNCTIONS(smec::exporting::RecordExporter)

public:
    enum class Format { Pdf, Markdown, Csv };

    RecordExporter(replica::Replica &replica, const domain::ReferenceData &reference);

    /// Exports `ids` when not empty, else everything `filter` matches; returns how many records.
    Result<int> exportTo(Format format, const QString &path, const replica::ListFilter &filter,
                         const QStringList &ids = {});

    /// The HTML the PDF of `ids` (or `filter`) is printed from: cover, contents, one section
    /// per record (golden-file tests, previews).
    Result<QString> pdfHtml(const replica::ListFilter &filter, const QStringList &ids = {});

    /// The date printed on a PDF's cover; today unless set (golden-file tests fix it).
    void setExportDate(QDate date) { m_exportDate = date; }

    static QString suffix(Format format);

private:
    Result<QList<domain::Record>> collect(const replica::ListFilter &filter,
                                          const QStringList &ids);

    replica::Replica &m_replica;
    const domain::ReferenceData &m_reference;
    QDate m_exportDate = QDate::currentDate();
};

} // namespace smec::exporting
