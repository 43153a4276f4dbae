// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "decision.h"
#include "practicestatus.h"
#include "record.h"
#include "user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace smec::domain {

/// What a user may try to do to a record.
enum class Action {
    Read,       ///< see the record's fields (else it is delivered as a tombstone)
    Create,     ///< create a record of the kind
    Edit,       ///< change fields other than the practice status
    Delete,     ///< delete (tombstone) the record
    Transition, ///< move a practice to another status
    Hide,       ///< hide or unhide a post
};

/// The wire-ish name of an action (`read`, `create`, ...), for logs and tests.
QString actionName(Action action);

/// The permission matrix and the practice curation state machine of DESIGN.md section 3, in one
/// table each (accesspolicy.cpp). The server calls canWrite() for every mutation and canRead() for
/// every record it delivers; the client calls the same functions to grey out actions and to
/// explain, in the returned Decision's reason, why an action is unavailable.
///
/// "Country" below is the record's `country` field (practice, commitment), or an initiative's
/// `lead_country`; an initiative's partners are checked by canWrite() (consent to join, who may
/// invite, edit, end it; see the rules in accesspolicy.cpp and docs/architecture.md). A practice
/// with no country yet counts as its author's: a delegate may start a draft before choosing the
/// country, and a record that was never synced (rev 0, no `created_by`) is the local user's own.
class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(smec::domain::AccessPolicy)

public:
    AccessPolicy() = delete;

    /// The general question: may `user` do `action` to `record`? For Action::Create, `record`
    /// is the record to be created (its kind and fields matter: a delegate creates only for
    /// their own country). For Action::Transition, `target` is the status to move to; it is
    /// ignored otherwise.
    static Decision decide(const User &user, Action action, const Record &record,
                           std::optional<PracticeStatus> target = std::nullopt);

    static Decision canRead(const User &user, const Record &record);
    static Decision canCreate(const User &user, Kind kind, const QJsonObject &fields = {});
    static Decision canEdit(const User &user, const Record &record);
    static Decision canDelete(const User &user, const Record &record);
    static Decision canHide(const User &user, const Record &post);
    /// May `user` move `practice` to `target`? The move must be an edge of the state machine and
    /// the user one of those allowed to take it. The review note that `changes_requested` needs
    /// is checked by canWrite() on the new fields, so that the client can enable "Request changes"
    /// before the curator has written the note.
    static Decision canTransition(const User &user, const Record &practice, PracticeStatus target);
    /// The statuses `user` may move `practice` to, in state-machine order (for the action bar).
    static QList<PracticeStatus> availableTransitions(const User &user, const Record &practice);
    /// True if the edge `from` -> `to` exists for anyone (ignoring who takes it).
    static bool isTransition(PracticeStatus from, PracticeStatus to);
    /// True if moving to `to` requires a `review_note` (changes requested).
    static bool transitionNeedsReviewNote(PracticeStatus to);

    /// May `user` write `updated` over `current` (nullopt or a tombstone: a create)? `updated`
    /// with `deleted` set is a delete. Checks create/edit/delete rights, the status change the
    /// new fields imply (an edge of the state machine, with a review note where needed), moves
    /// to another country, and fields only some may change (`ref_code`: curators only, the server
    /// assigns it; `review_note`: curators; a post's `hidden`/`hidden_reason`: curators). Does not
    /// validate field values: that is Validator's job.
    static Decision canWrite(const User &user, const std::optional<Record> &current,
                             const Record &updated);
};

} // namespace smec::domain
