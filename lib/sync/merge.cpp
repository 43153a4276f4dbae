// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "merge.h"

#include <QSet>

namespace smec::sync {

MergeResult mergeFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QStringList names = base.keys() + mine.keys() + theirs.keys();
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());

    MergeResult result;
    for (const QString &name : std::as_const(names)) {
        // QJsonValue::Undefined stands for "absent" and compares equal only to itself.
        const QJsonValue b = base.value(name);
        const QJsonValue m = mine.value(name);
        const QJsonValue t = theirs.value(name);
        QJsonValue chosen;
        if (m == t || t == b)
            chosen = m;
        else if (m == b)
            chosen = t;
        else {
            chosen = m;
            result.conflicts.append(name);
        }
        if (!chosen.isUndefined())
            result.merged.insert(name, chosen);
    }
    return result;
}

} // namespace smec::sync
