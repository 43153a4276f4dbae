// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "displaytext.h"

#include "domain/fieldschema.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace smec::models {

QString DisplayText::country(const domain::ReferenceData *reference, const QString &alpha3)
{
    if (alpha3.isEmpty())
        return {};
    return reference ? domain::LocalizedNames::country(alpha3, reference->countryName(alpha3))
                     : alpha3;
}

QString DisplayText::option(domain::Kind kind, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {};
    return domain::FieldSchema::optionLabel(kind, field, value);
}

QString DisplayText::options(domain::Kind kind, const QString &field, const QStringList &values)
{
    QStringList labels;
    labels.reserve(values.size());
    for (const QString &value : values)
        labels.append(option(kind, field, value));
    return QLocale().createSeparatedList(labels);
}

QString DisplayText::recordState(replica::RecordState state)
{
    switch (state) {
    case replica::RecordState::Synced:
        return tr("Synced");
    case replica::RecordState::Pending:
        return tr("Waiting to be sent");
    case replica::RecordState::Conflict:
        return tr("Conflict");
    case replica::RecordState::Rejected:
        return tr("Rejected by the server");
    }
    return {};
}

QString DisplayText::dateTime(const QString &isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace smec::models
