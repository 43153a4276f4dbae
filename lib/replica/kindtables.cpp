// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kindtables.h"

#include "textnormalizer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

TypedColumn text(const QString &name, const QString &field = {}, const QString &facet = {})
{
    return {name, ColumnType::Text, ColumnSource::Field, field.isEmpty() ? name : field, facet, {}};
}

TypedColumn integer(const QString &name, const QString &field = {})
{
    return {name, ColumnType::Integer, ColumnSource::Field, field.isEmpty() ? name : field, {}, {}};
}

TypedColumn special(const QString &name, ColumnSource source, const QString &field = {},
                    const QString &facet = {})
{
    return {name, ColumnType::Text, source, field, facet, {}};
}

TypedColumn maskColumn(const QString &name, const QString &field, const QString &facet,
                       const QStringList &vocabulary)
{
    return {name, ColumnType::Integer, ColumnSource::Mask, field, facet, vocabulary};
}

QList<KindTable> buildTables()
{
    const QStringList &p = KindTables::pillars();
    const QStringList &tg = KindTables::targetGroups();
    using K = domain::Kind;
    using S = ColumnSource;
    return {
        {K::Practice,
         u"practices"_s,
         u"practice_fts"_s,
         u"start_year"_s,
         u"end_year"_s,
         {text(u"title"_s), special(u"title_key"_s, S::SortKey, u"title"_s),
          text(u"country"_s, {}, u"country"_s),
          special(u"region"_s, S::Region, u"country"_s, u"region"_s),
          text(u"status"_s, {}, u"status"_s), text(u"instrument"_s, {}, u"instrument"_s),
          integer(u"start_year"_s), integer(u"end_year"_s),
          text(u"evidence_level"_s, {}, u"evidence_level"_s),
          special(u"updated_at"_s, S::UpdatedAt),
          maskColumn(u"pillars"_s, u"pillars"_s, u"pillar"_s, p),
          maskColumn(u"target_groups"_s, u"target_groups"_s, u"target_group"_s, tg)}},
        {K::Thread,
         u"threads"_s,
         {},
         {},
         {},
         {text(u"title"_s), special(u"title_key"_s, S::SortKey, u"title"_s),
          text(u"subkind"_s, u"kind"_s, u"subkind"_s), text(u"status"_s, {}, u"status"_s),
          text(u"meeting_id"_s), maskColumn(u"pillars"_s, u"pillars"_s, u"pillar"_s, p),
          special(u"created_at"_s, S::CreatedAt), special(u"updated_at"_s, S::UpdatedAt)}},
        {K::Post,
         u"posts"_s,
         u"post_fts"_s,
         {},
         {},
         {text(u"thread_id"_s), text(u"reply_to"_s), integer(u"hidden"_s),
          special(u"created_at"_s, S::CreatedAt), special(u"updated_at"_s, S::UpdatedAt)}},
        {K::Meeting,
         u"meetings"_s,
         {},
         {},
         {},
         {text(u"title"_s), special(u"title_key"_s, S::SortKey, u"title"_s),
          text(u"subkind"_s, u"kind"_s, u"subkind"_s), text(u"starts_on"_s), text(u"ends_on"_s),
          text(u"country"_s, u"host_country"_s, u"country"_s),
          special(u"region"_s, S::Region, u"host_country"_s, u"region"_s),
          text(u"mode"_s, {}, u"mode"_s), maskColumn(u"pillars"_s, u"pillars"_s, u"pillar"_s, p),
          special(u"updated_at"_s, S::UpdatedAt)}},
        {K::Commitment,
         u"commitments"_s,
         {},
         {},
         {},
         {text(u"title"_s), special(u"title_key"_s, S::SortKey, u"title"_s),
          text(u"country"_s, {}, u"country"_s),
          special(u"region"_s, S::Region, u"country"_s, u"region"_s),
          maskColumn(u"pillars"_s, u"pillar"_s, u"pillar"_s, p), text(u"status"_s, {}, u"status"_s),
          text(u"deadline"_s), text(u"meeting_id"_s), special(u"updated_at"_s, S::UpdatedAt)}},
        {K::Initiative,
         u"initiatives"_s,
         {},
         {},
         {},
         {text(u"title"_s), special(u"title_key"_s, S::SortKey, u"title"_s),
          text(u"country"_s, u"lead_country"_s, u"country"_s),
          special(u"region"_s, S::Region, u"lead_country"_s, u"region"_s),
          special(u"partners"_s, S::CountryCodes, u"partners"_s, u"partner"_s),
          special(u"countries"_s, S::CountryCodes, u"lead_country,partners"_s, u"involves"_s),
          text(u"subkind"_s, u"kind"_s, u"subkind"_s), text(u"status"_s, {}, u"status"_s),
          maskColumn(u"pillars"_s, u"pillars"_s, u"pillar"_s, p), text(u"starts_on"_s),
          text(u"ends_on"_s), text(u"meeting_id"_s, u"launched_at_meeting"_s),
          special(u"updated_at"_s, S::UpdatedAt)}},
    };
}

QVariant fieldValue(const TypedColumn &column, const QJsonValue &value)
{
    if (column.type == ColumnType::Integer) {
        if (value.isDouble())
            return QVariant(qint64(value.toDouble()));
        if (value.isBool())
            return QVariant(qint64(value.toBool() ? 1 : 0));
        if (value.isString()) {
            bool ok = false;
            const qint64 n = value.toString().toLongLong(&ok);
            return ok ? QVariant(n) : QVariant();
        }
        return {};
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QStringList countryCodes(const QJsonObject &fields, const QString &names)
{
    QStringList codes;
    auto add = [&codes](const QJsonValue &v) {
        const QString code =
            v.isObject() ? v.toObject().value(u"country"_s).toString() : v.toString();
        // Codes are upper-case letters (the validator checks it); anything else would break the
        // space-separated form, so it is left out.
        if (code.size() == 3 && code.toUpper() == code && !code.contains(u' ') &&
            !codes.contains(code))
            codes.append(code);
    };
    for (const QString &name : names.split(u',')) {
        const QJsonValue value = fields.value(name);
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                add(item);
        } else {
            add(value);
        }
    }
    return codes;
}

} // namespace

const TypedColumn *KindTable::column(const QString &name) const
{
    for (const TypedColumn &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const TypedColumn *KindTable::facetColumn(const QString &facet) const
{
    for (const TypedColumn &c : columns) {
        if (c.facet == facet)
            return &c;
    }
    return nullptr;
}

const KindTable &KindTables::of(domain::Kind kind)
{
    static const QList<KindTable> tables = buildTables();
    return tables.at(int(kind));
}

const QStringList &KindTables::pillars()
{
    static const QStringList list{u"digital"_s, u"finance"_s, u"green"_s};
    return list;
}

const QStringList &KindTables::targetGroups()
{
    static const QStringList list{u"micro"_s,     u"small"_s,     u"medium"_s,
                                  u"startups"_s,  u"women_led"_s, u"youth_led"_s,
                                  u"exporters"_s, u"informal"_s,  u"rural"_s};
    return list;
}

QVariantList KindTables::rowValues(const KindTable &table, const domain::Record &record,
                                   const RegionResolver &regions, const QString &localTime)
{
    QVariantList values;
    values.reserve(table.columns.size());
    for (const TypedColumn &column : table.columns) {
        switch (column.source) {
        case ColumnSource::Field:
            values.append(fieldValue(column, record.fields.value(column.field)));
            break;
        case ColumnSource::Mask:
            values.append(mask(record.fields.value(column.field), column.vocabulary));
            break;
        case ColumnSource::Region: {
            const QString country = record.fields.value(column.field).toString();
            const QString region = regions && !country.isEmpty() ? regions(country) : QString();
            values.append(region.isEmpty() ? QVariant() : QVariant(region));
            break;
        }
        case ColumnSource::SortKey:
            values.append(TextNormalizer::sortKey(record.fields.value(column.field).toString()));
            break;
        case ColumnSource::CreatedAt:
            values.append(record.createdAt.isValid()
                              ? record.createdAt.toUTC().toString(Qt::ISODateWithMs)
                              : localTime);
            break;
        case ColumnSource::UpdatedAt:
            values.append(record.updatedAt.isValid()
                              ? record.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                              : localTime);
            break;
        case ColumnSource::CountryCodes: {
            const QStringList codes = countryCodes(record.fields, column.field);
            values.append(codes.isEmpty() ? QVariant()
                                          : QVariant(QString(u" "_s + codes.join(u' ') + u" "_s)));
            break;
        }
        }
    }
    return values;
}

qint64 KindTables::mask(const QJsonValue &values, const QStringList &vocabulary)
{
    qint64 bits = 0;
    auto add = [&](const QJsonValue &v) {
        const qsizetype index = vocabulary.indexOf(v.toString());
        if (index >= 0)
            bits |= qint64(1) << index;
    };
    if (values.isArray()) {
        const QJsonArray array = values.toArray();
        for (const QJsonValue &v : array)
            add(v);
    } else if (values.isString()) {
        add(values);
    }
    return bits;
}

QStringList KindTables::unmask(qint64 mask, const QStringList &vocabulary)
{
    QStringList result;
    for (qsizetype i = 0; i < vocabulary.size(); ++i) {
        if (mask & (qint64(1) << i))
            result.append(vocabulary.at(i));
    }
    return result;
}

} // namespace smec::replica
