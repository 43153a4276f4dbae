// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace smec::domain {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Practice:
        return u"practice"_s;
    case Kind::Thread:
        return u"thread"_s;
    case Kind::Post:
        return u"post"_s;
    case Kind::Meeting:
        return u"meeting"_s;
    case Kind::Commitment:
        return u"commitment"_s;
    case Kind::Initiative:
        return u"initiative"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Kind> kindFromName(QStringView name)
{
    for (Kind kind : allKinds) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isCanonicalId(QStringView id)
{
    if (id.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

} // namespace smec::domain
