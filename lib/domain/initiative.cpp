// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "initiative.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smec::domain {

QString Initiative::status(const QJsonObject &fields)
{
    const QString value = fields.value(u"status"_s).toString();
    return value.isEmpty() ? proposed : value;
}

bool Initiative::isRestricted(const QJsonObject &fields)
{
    return status(fields) == proposed;
}

QList<InitiativePartner> Initiative::partners(const QJsonObject &fields)
{
    QList<InitiativePartner> result;
    const QJsonArray array = fields.value(u"partners"_s).toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject partner = item.toObject();
        const QString country = partner.value(u"country"_s).toString();
        if (!country.isEmpty())
            result.append({country, partner.value(u"state"_s).toString()});
    }
    return result;
}

QString Initiative::partnerState(const QJsonObject &fields, QStringView country)
{
    if (country.isEmpty())
        return {};
    for (const InitiativePartner &partner : partners(fields)) {
        if (partner.country == country)
            return partner.state;
    }
    return {};
}

QStringList Initiative::partnerCountries(const QJsonObject &fields)
{
    QStringList result;
    for (const InitiativePartner &partner : partners(fields))
        result.append(partner.country);
    return result;
}

QJsonObject Initiative::withPartner(const QJsonObject &fields, const QString &country,
                                    const QString &state)
{
    QJsonArray array = fields.value(u"partners"_s).toArray();
    bool found = false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject partner = array.at(i).toObject();
        if (partner.value(u"country"_s).toString() == country) {
            partner.insert(u"state"_s, state);
            array.replace(i, partner);
            found = true;
        }
    }
    if (!found)
        array.append(QJsonObject{{u"country"_s, country}, {u"state"_s, state}});
    QJsonObject result = fields;
    result.insert(u"partners"_s, array);
    return result;
}

QJsonObject Initiative::withoutPartner(const QJsonObject &fields, QStringView country)
{
    QJsonArray kept;
    const QJsonArray array = fields.value(u"partners"_s).toArray();
    for (const QJsonValue &item : array) {
        if (item.toObject().value(u"country"_s).toString() != country)
            kept.append(item);
    }
    QJsonObject result = fields;
    result.insert(u"partners"_s, kept);
    return result;
}

QJsonObject Initiative::withMilestoneIds(const QJsonObject &fields)
{
    const QJsonValue value = fields.value(u"milestones"_s);
    if (!value.isArray())
        return fields;
    QJsonArray milestones = value.toArray();
    bool changed = false;
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        QJsonObject milestone = milestones.at(i).toObject();
        const QJsonValue id = milestone.value(u"id"_s);
        if (!milestones.at(i).isObject() || !(id.isUndefined() || id.isNull()))
            continue;
        milestone.insert(u"id"_s, newRecordId());
        milestones.replace(i, milestone);
        changed = true;
    }
    if (!changed)
        return fields;
    QJsonObject result = fields;
    result.insert(u"milestones"_s, milestones);
    return result;
}

} // namespace smec::domain
