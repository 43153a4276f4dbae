// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "merge.h"

#include "domain/fieldschema.h"

#include <QJsonArray>
#include <QMap>

#include <optional>

namespace smec::sync {

namespace {

// The three-way rule for one value; nullopt when both sides changed it differently.
// QJsonValue::Undefined stands for "absent" and compares equal only to itself.
std::optional<QJsonValue> mergeValue(const QJsonValue &b, const QJsonValue &m, const QJsonValue &t)
{
    if (m == t || t == b)
        return m;
    if (m == b)
        return t;
    return std::nullopt;
}

std::optional<QJsonValue> mergeObjects(const QJsonValue &b, const QJsonValue &m,
                                       const QJsonValue &t)
{
    if (!m.isObject() || !t.isObject() || !(b.isObject() || b.isUndefined()))
        return std::nullopt;
    const QJsonObject base = b.toObject();
    const QJsonObject mine = m.toObject();
    const QJsonObject theirs = t.toObject();
    QStringList names = base.keys() + mine.keys() + theirs.keys();
    names.removeDuplicates();
    QJsonObject merged;
    for (const QString &name : std::as_const(names)) {
        const std::optional<QJsonValue> value =
            mergeValue(base.value(name), mine.value(name), theirs.value(name));
        if (!value)
            return std::nullopt;
        if (!value->isUndefined())
            merged.insert(name, *value);
    }
    return QJsonValue(merged);
}

struct KeyedList
{
    QStringList order;
    QMap<QString, QJsonValue> items;
};

// An absent or null list is empty; anything but an array of objects with distinct string keys
// cannot be merged item by item.
std::optional<KeyedList> keyedList(const QJsonValue &value, const QString &key)
{
    KeyedList list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString id = item.toObject().value(key).toString();
        if (!item.isObject() || id.isEmpty() || list.items.contains(id))
            return std::nullopt;
        list.order.append(id);
        list.items.insert(id, item);
    }
    return list;
}

std::optional<QJsonValue> mergeKeyedList(const QJsonValue &b, const QJsonValue &m,
                                         const QJsonValue &t, const QString &key)
{
    const std::optional<KeyedList> base = keyedList(b, key);
    const std::optional<KeyedList> mine = keyedList(m, key);
    const std::optional<KeyedList> theirs = keyedList(t, key);
    if (!base || !mine || !theirs)
        return std::nullopt;
    QStringList order = mine->order;
    for (const QString &id : theirs->order) {
        if (!order.contains(id))
            order.append(id);
    }
    for (const QString &id : base->order) {
        if (!order.contains(id))
            order.append(id); // removed on both sides: the rule below drops it
    }
    QJsonArray merged;
    for (const QString &id : std::as_const(order)) {
        const QJsonValue bi = base->items.value(id, QJsonValue(QJsonValue::Undefined));
        const QJsonValue mi = mine->items.value(id, QJsonValue(QJsonValue::Undefined));
        const QJsonValue ti = theirs->items.value(id, QJsonValue(QJsonValue::Undefined));
        std::optional<QJsonValue> item = mergeValue(bi, mi, ti);
        if (!item)
            item = mergeObjects(bi, mi, ti);
        if (!item)
            return std::nullopt;
        if (!item->isUndefined())
            merged.append(*item);
    }
    return QJsonValue(merged);
}

MergeResult merge(const domain::Kind *kind, const QJsonObject &base, const QJsonObject &mine,
                  const QJsonObject &theirs)
{
    QStringList names = base.keys() + mine.keys() + theirs.keys();
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());

    MergeResult result;
    for (const QString &name : std::as_const(names)) {
        const QJsonValue b = base.value(name);
        const QJsonValue m = mine.value(name);
        const QJsonValue t = theirs.value(name);
        std::optional<QJsonValue> chosen = mergeValue(b, m, t);
        if (!chosen && kind) {
            const domain::FieldSpec *spec = domain::FieldSchema::field(*kind, name);
            if (spec && !spec->itemKey().isEmpty())
                chosen = mergeKeyedList(b, m, t, spec->itemKey());
        }
        if (!chosen) {
            chosen = m;
            result.conflicts.append(name);
        }
        if (!chosen->isUndefined())
            result.merged.insert(name, *chosen);
    }
    return result;
}

} // namespace

MergeResult mergeFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    return merge(nullptr, base, mine, theirs);
}

MergeResult mergeFields(domain::Kind kind, const QJsonObject &base, const QJsonObject &mine,
                        const QJsonObject &theirs)
{
    return merge(&kind, base, mine, theirs);
}

} // namespace smec::sync
