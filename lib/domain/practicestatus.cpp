// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "practicestatus.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smec::domain {

QString practiceStatusName(PracticeStatus status)
{
    switch (status) {
    case PracticeStatus::Draft:
        return u"draft"_s;
    case PracticeStatus::Submitted:
        return u"submitted"_s;
    case PracticeStatus::InReview:
        return u"in_review"_s;
    case PracticeStatus::ChangesRequested:
        return u"changes_requested"_s;
    case PracticeStatus::Published:
        return u"published"_s;
    case PracticeStatus::Archived:
        return u"archived"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PracticeStatus> practiceStatusFromName(QStringView name)
{
    for (PracticeStatus status : allPracticeStatuses) {
        if (name == practiceStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString practiceStatusLabel(PracticeStatus status)
{
    switch (status) {
    case PracticeStatus::Draft:
        return QCoreApplication::translate("smec::domain::PracticeStatus", "Draft");
    case PracticeStatus::Submitted:
        return QCoreApplication::translate("smec::domain::PracticeStatus", "Submitted");
    case PracticeStatus::InReview:
        return QCoreApplication::translate("smec::domain::PracticeStatus", "In review");
    case PracticeStatus::ChangesRequested:
        return QCoreApplication::translate("smec::domain::PracticeStatus", "Changes requested");
    case PracticeStatus::Published:
        return QCoreApplication::translate("smec::domain::PracticeStatus", "Published");
    case PracticeStatus::Archived:
        return QCoreApplication::translate("smec::domain::PracticeStatus", "Archived");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PracticeStatus> practiceStatusOf(const QJsonObject &fields)
{
    const QJsonValue value = fields.value(u"status"_s);
    if (value.isUndefined() || value.isNull())
        return PracticeStatus::Draft;
    if (!value.isString())
        return std::nullopt;
    return practiceStatusFromName(value.toString());
}

QString practiceRefCode(int year, qint64 sequence)
{
    return u"PRA-%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(sequence, 4, 10, QChar(u'0'));
}

bool isPracticeRefCode(QStringView code)
{
    static const QRegularExpression pattern(u"^PRA-\\d{4}-\\d{4,}$"_s);
    return pattern.match(code.toString()).hasMatch();
}

} // namespace smec::domain
