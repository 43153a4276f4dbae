// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordmerge.h"

#include "fieldschema.h"

#include <algorithm>

namespace smec::domain {

namespace {

bool isTextOrEmpty(const QJsonValue &v)
{
    return v.isString() || v.isNull() || v.isUndefined();
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
