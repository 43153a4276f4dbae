// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace smec::replica::test {

/// A practice record as the server would send it (rev > 0) or a new draft (rev 0).
inline domain::Record practice(const QString &title, const QJsonObject &extra = {}, qint64 rev = 1)
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = domain::Kind::Practice;
    r.rev = rev;
    QJsonObject fields{{QStringLiteral("title"), title},
                       {QStringLiteral("status"), QStringLiteral("published")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        fields.insert(it.key(), it.value());
    r.fields = fields;
    if (rev > 0) {
        r.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        r.updatedAt = r.createdAt.addSecs(rev);
        r.createdBy = QStringLiteral("u1");
        r.updatedBy = QStringLiteral("u1");
    }
    return r;
}

inline domain::Record post(const QString &threadId, const QString &body, qint64 rev = 1)
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = domain::Kind::Post;
    r.rev = rev;
    r.fields = QJsonObject{{QStringLiteral("thread_id"), threadId}, {QStringLiteral("body"), body}};
    return r;
}

inline QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace smec::replica::test
