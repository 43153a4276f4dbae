// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messages.h"

using namespace Qt::StringLiterals;

namespace smec::protocol {

QString opName(MutationOp op)
{
    switch (op) {
    case MutationOp::Upsert:
        return u"upsert"_s;
    case MutationOp::Delete:
        return u"delete"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MutationOp> opFromName(QStringView name)
{
    if (name == u"upsert")
        return MutationOp::Upsert;
    if (name == u"delete")
        return MutationOp::Delete;
    return std::nullopt;
}

QString statusName(MutationStatus status)
{
    switch (status) {
    case MutationStatus::Applied:
        return u"applied"_s;
    case MutationStatus::Conflict:
        return u"conflict"_s;
    case MutationStatus::Rejected:
        return u"rejected"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MutationStatus> statusFromName(QStringView name)
{
    if (name == u"applied")
        return MutationStatus::Applied;
    if (name == u"conflict")
        return MutationStatus::Conflict;
    if (name == u"rejected")
        return MutationStatus::Rejected;
    return std::nullopt;
}

} // namespace smec::protocol
