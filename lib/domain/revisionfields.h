// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace smec::domain {

/// What record history needs to know about fields, the same for the CLI and the desktop.
class RevisionFields final
{
public:
    RevisionFields() = delete;

    /// The names of the fields whose values differ between two revisions (added, removed or
    /// changed), in the kind's form order, then unknown names alphabetically.
    static QStringList changed(Kind kind, const QJsonObject &older, const QJsonObject &newer);
    /// A field value as the text a word diff compares: strings as they are, lists of strings
    /// joined by ", ", null or absent as empty, anything else as compact JSON.
    static QString text(const QJsonValue &value);
    /// The fields a "restore this version" edit writes: `revision`'s content, but the workflow
    /// fields of `current` (a practice's `status`, `review_note` and `ref_code`; a post's `hidden`
    /// and `hidden_reason`; an initiative's `status` and `partners`; any other kind's `status`),
    /// which only the workflow may change. Restoring is an ordinary edit, so the permission rules
    /// and conflicts apply as to any other.
    static QJsonObject restored(Kind kind, const QJsonObject &current, const QJsonObject &revision);
    /// The workflow fields restored() keeps from the current record.
    static QStringList workflowFields(Kind kind);
};

} // namespace smec::domain
