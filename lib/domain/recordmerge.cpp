// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordmerge.h"

#include "fieldschema.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <optional>

namespace smec::domain {

namespace {

bool isTextOrEmpty(const QJsonValue &v)
{
    return v.isString() || v.isNull() || v.isUndefined();
}

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

// A keyed list (an initiative's `partners` by country, `milestones` by id) changed on both
// sides, merged item by item and an item changed on both sides member by member.
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

} // namespace

QJsonObject RecordMergeResult::resolved(const QJsonObject &choices) const
{
    QJsonObject fields = merged;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const TextMergeResult &text = it.value();
        const QJsonObject given = choices.value(it.key()).toObject();
        QStringList chosen;
        for (qsizetype i = 0; i < text.hunks.size(); ++i) {
            const QJsonValue choice = given.value(QString::number(i));
            chosen.append(choice.isString() ? choice.toString() : text.hunks.at(i).mine);
        }
        fields.insert(it.key(), text.text(chosen));
    }
    return fields;
}

int RecordMergeResult::openCount(const QJsonObject &choices) const
{
    int open = 0;
    for (const QString &name : conflicts) {
        const auto text = texts.constFind(name);
        if (text == texts.constEnd()) {
            ++open;
            continue;
        }
        const QJsonObject given = choices.value(name).toObject();
        for (qsizetype i = 0; i < text->hunks.size(); ++i)
            open += given.value(QString::number(i)).isString() ? 0 : 1;
    }
    return open;
}

RecordMergeResult mergeFields(Kind kind, const QJsonObject &base, const QJsonObject &mine,
                              const QJsonObject &theirs)
{
    QStringList names = base.keys() + mine.keys() + theirs.keys();
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());

    RecordMergeResult result;
    for (const QString &name : std::as_const(names)) {
        // QJsonValue::Undefined stands for "absent" and compares equal only to itself.
        const QJsonValue b = base.value(name);
        const QJsonValue m = mine.value(name);
        const QJsonValue t = theirs.value(name);
        QJsonValue chosen;
        if (m == t || t == b) {
            chosen = m;
        } else if (m == b) {
            chosen = t;
        } else if (const FieldSpec *spec = FieldSchema::field(kind, name);
                   spec && spec->type == FieldType::Markdown && m.isString() && t.isString() &&
                   isTextOrEmpty(b)) {
            TextMergeResult text = mergeText(b.toString(), m.toString(), t.toString());
            chosen = text.text();
            if (!text.clean()) {
                result.conflicts.append(name);
                result.texts.insert(name, std::move(text));
            }
        } else if (const FieldSpec *keyed = FieldSchema::field(kind, name);
                   keyed && !keyed->itemKey().isEmpty()) {
            const std::optional<QJsonValue> items = mergeKeyedList(b, m, t, keyed->itemKey());
            chosen = items ? *items : m;
            if (!items)
                result.conflicts.append(name);
        } else {
            chosen = m;
            result.conflicts.append(name);
        }
        if (!chosen.isUndefined())
            result.merged.insert(name, chosen);
    }
    return result;
}

} // namespace smec::domain
