// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accesspolicy.h"

#include "fieldschema.h"
#include "initiative.h"
#include "referencedata.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <span>
#include <utility>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

#define SMEC_TR(text) QT_TRANSLATE_NOOP("smec::domain::AccessPolicy", text)

// Who a rule lets through. "Author" is the record's creator; "CountryDelegate" a delegate of the
// record's country (see AccessPolicy's class comment for records without a country).
enum Who : unsigned {
    Anyone = 1u << 0,
    Author = 1u << 1,
    CountryDelegate = 1u << 2,
    Curator = 1u << 3,
    Partner = 1u << 4, ///< a delegate of a country that joined the initiative
    Invitee = 1u << 5, ///< a delegate of a country invited to the initiative
};

// The state a rule applies in, as one bit: a practice's status, a post's visibility. Kinds
// without states are always in bit 0. A practice whose status this version does not know sets
// only UnknownState, which just the rules for every state cover.
constexpr unsigned bit(PracticeStatus status)
{
    return 1u << static_cast<unsigned>(status);
}
constexpr unsigned UnknownState = 1u << 6;
constexpr unsigned VisiblePost = 1u << 0;
constexpr unsigned HiddenPost = 1u << 1;
constexpr unsigned ProposedInitiative = 1u << 0;
constexpr unsigned LaunchedInitiative = 1u << 1; // active and every state after it
constexpr unsigned AnyState = ~0u;

constexpr unsigned PublicStates = bit(PracticeStatus::Published) | bit(PracticeStatus::Archived);
constexpr unsigned DelegateEditStates = bit(PracticeStatus::Draft) |
                                        bit(PracticeStatus::Submitted) |
                                        bit(PracticeStatus::ChangesRequested);

// One row of the permission matrix. The messages explain a refusal: `deniedWho` when the state
// matches but the user is not among `who`, `deniedState` when the user would be allowed in
// another state. %1 is the record's country, %2 its current state.
struct Rule
{
    Kind kind;
    Action action;
    unsigned states;
    unsigned who;
    const char *deniedWho;
    const char *deniedState;
};

// The permission matrix of DESIGN.md section 3. Rows of one kind and action are alternatives: the
// first that matches both the state and the user allows.
constexpr Rule rules[] = {
    // Practices: public once published; before that, their country's delegates and curators.
    {Kind::Practice, Action::Read, PublicStates, Anyone, nullptr, nullptr},
    {Kind::Practice, Action::Read, AnyState, CountryDelegate | Author | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can see this practice until it is "
             "published."),
     nullptr},
    {Kind::Practice, Action::Create, AnyState, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can add practices for %1."), nullptr},
    {Kind::Practice, Action::Edit, DelegateEditStates, CountryDelegate,
     SMEC_TR("Only delegates of %1 and the secretariat can edit this practice."),
     SMEC_TR("This practice is \"%2\": only the secretariat can change it now.")},
    {Kind::Practice, Action::Edit, AnyState, Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can edit this practice."), nullptr},
    {Kind::Practice, Action::Delete, bit(PracticeStatus::Draft), CountryDelegate,
     SMEC_TR("Only delegates of %1 and the secretariat can delete this practice."),
     SMEC_TR("This practice is \"%2\": delegates can delete only drafts. Ask the secretariat "
             "to delete it.")},
    {Kind::Practice, Action::Delete, AnyState, Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can delete this practice."), nullptr},

    // Threads: open to everyone signed in; their authors and the secretariat moderate them.
    {Kind::Thread, Action::Read, AnyState, Anyone, nullptr, nullptr},
    {Kind::Thread, Action::Create, AnyState, Anyone, nullptr, nullptr},
    {Kind::Thread, Action::Edit, AnyState, Author | Curator,
     SMEC_TR("Only the author of this thread and the secretariat can edit it."), nullptr},
    {Kind::Thread, Action::Delete, AnyState, Curator,
     SMEC_TR("Only the secretariat can delete a thread."), nullptr},

    // Posts: authors edit their own; the secretariat hides them, and a hidden post is then
    // seen only by the secretariat and its author.
    {Kind::Post, Action::Read, VisiblePost, Anyone, nullptr, nullptr},
    {Kind::Post, Action::Read, HiddenPost, Author | Curator,
     SMEC_TR("This post was hidden by the secretariat."), nullptr},
    {Kind::Post, Action::Create, AnyState, Anyone, nullptr, nullptr},
    {Kind::Post, Action::Edit, AnyState, Author, SMEC_TR("Only the author of a post can edit it."),
     nullptr},
    {Kind::Post, Action::Delete, AnyState, Author | Curator,
     SMEC_TR("Only the author of a post and the secretariat can delete it."), nullptr},
    {Kind::Post, Action::Hide, AnyState, Curator,
     SMEC_TR("Only the secretariat can hide or show posts."), nullptr},

    // Meetings: the secretariat records them.
    {Kind::Meeting, Action::Read, AnyState, Anyone, nullptr, nullptr},
    {Kind::Meeting, Action::Create, AnyState, Curator,
     SMEC_TR("Only the secretariat can add meetings."), nullptr},
    {Kind::Meeting, Action::Edit, AnyState, Curator,
     SMEC_TR("Only the secretariat can edit meetings."), nullptr},
    {Kind::Meeting, Action::Delete, AnyState, Curator,
     SMEC_TR("Only the secretariat can delete meetings."), nullptr},

    // Commitments: the committing country's delegates and the secretariat.
    {Kind::Commitment, Action::Read, AnyState, Anyone, nullptr, nullptr},
    {Kind::Commitment, Action::Create, AnyState, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can record commitments of %1."), nullptr},
    {Kind::Commitment, Action::Edit, AnyState, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can update this commitment."), nullptr},
    {Kind::Commitment, Action::Delete, AnyState, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can delete this commitment."), nullptr},

    // Initiatives: led by a country, joined by partners with their consent (canWrite). While
    // proposed, only the countries involved and the secretariat see them.
    {Kind::Initiative, Action::Read, LaunchedInitiative, Anyone, nullptr, nullptr},
    {Kind::Initiative, Action::Read, AnyState, CountryDelegate | Partner | Invitee | Curator,
     SMEC_TR("Only delegates of %1, of the countries invited to this initiative and the "
             "secretariat can see it while it is proposed."),
     nullptr},
    {Kind::Initiative, Action::Create, AnyState, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can propose initiatives led by %1."),
     nullptr},
    {Kind::Initiative, Action::Edit, AnyState, CountryDelegate | Partner | Curator,
     SMEC_TR("Only delegates of %1, of the partner countries that joined this initiative and the "
             "secretariat can edit it."),
     nullptr},
    {Kind::Initiative, Action::Delete, ProposedInitiative, CountryDelegate,
     SMEC_TR("Only delegates of %1 and the secretariat can delete this initiative."),
     SMEC_TR("This initiative is \"%2\": only the secretariat can delete it now.")},
    {Kind::Initiative, Action::Delete, AnyState, Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can delete this initiative."), nullptr},
};

// One edge of the practice state machine and who may take it.
struct Transition
{
    PracticeStatus from;
    PracticeStatus to;
    unsigned who;
    const char *denied; // %1 is the practice's country
};

// The curation state machine of DESIGN.md section 3:
// draft -> submitted -> in_review -> published -> archived, changes_requested back to the
// country from submitted or in_review, and the delegation's withdraw and resubmit.
constexpr Transition transitions[] = {
    {PracticeStatus::Draft, PracticeStatus::Submitted, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can submit this practice.")},
    {PracticeStatus::Submitted, PracticeStatus::Draft, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can withdraw this practice.")},
    {PracticeStatus::ChangesRequested, PracticeStatus::Submitted, CountryDelegate | Curator,
     SMEC_TR("Only delegates of %1 and the secretariat can resubmit this practice.")},
    {PracticeStatus::Submitted, PracticeStatus::InReview, Curator,
     SMEC_TR("Only the secretariat can start the review of a practice.")},
    {PracticeStatus::Submitted, PracticeStatus::ChangesRequested, Curator,
     SMEC_TR("Only the secretariat can request changes to a practice.")},
    {PracticeStatus::InReview, PracticeStatus::ChangesRequested, Curator,
     SMEC_TR("Only the secretariat can request changes to a practice.")},
    {PracticeStatus::InReview, PracticeStatus::Published, Curator,
     SMEC_TR("Only the secretariat can publish a practice.")},
    {PracticeStatus::Published, PracticeStatus::Archived, Curator,
     SMEC_TR("Only the secretariat can archive a practice.")},
    {PracticeStatus::Archived, PracticeStatus::Published, Curator,
     SMEC_TR("Only the secretariat can restore an archived practice.")},
};

#undef SMEC_TR

QString translated(const char *text)
{
    return QCoreApplication::translate("smec::domain::AccessPolicy", text);
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

// The country a record belongs to: an initiative's lead country, else the `country` field.
QString countryOf(const Record &record)
{
    if (record.kind == Kind::Initiative)
        return record.fields.value(u"lead_country"_s).toString();
    return record.fields.value(u"country"_s).toString();
}

// A record never synced and without a creator was made here, by the local user.
bool isAuthor(const User &user, const Record &record)
{
    if (record.createdBy.isEmpty())
        return record.rev == 0;
    return record.createdBy == user.id;
}

bool isCountryDelegate(const User &user, const Record &record)
{
    if (user.role != Role::Delegate)
        return false;
    const QString country = countryOf(record);
    if (country.isEmpty())
        return record.kind == Kind::Practice && isAuthor(user, record);
    return user.isDelegateOf(country);
}

// The state of the user's own country among an initiative's partners (empty: not a partner).
QString ownPartnerState(const User &user, const Record &record)
{
    if (user.role != Role::Delegate || record.kind != Kind::Initiative)
        return {};
    return Initiative::partnerState(record.fields, user.country);
}

bool matches(unsigned who, const User &user, const Record &record)
{
    if ((who & Anyone) || ((who & Curator) && user.isCurator()) ||
        ((who & Author) && isAuthor(user, record)) ||
        ((who & CountryDelegate) && isCountryDelegate(user, record)))
        return true;
    if (!(who & (Partner | Invitee)))
        return false;
    const QString state = ownPartnerState(user, record);
    return ((who & Partner) && state == Initiative::joined) ||
           ((who & Invitee) && state == Initiative::invited);
}

unsigned stateBit(const Record &record)
{
    switch (record.kind) {
    case Kind::Practice: {
        const std::optional<PracticeStatus> status = practiceStatusOf(record.fields);
        return status ? bit(*status) : UnknownState;
    }
    case Kind::Post:
        return record.fields.value(u"hidden"_s).toBool() ? HiddenPost : VisiblePost;
    case Kind::Initiative:
        return Initiative::isRestricted(record.fields) ? ProposedInitiative : LaunchedInitiative;
    case Kind::Thread:
    case Kind::Meeting:
    case Kind::Commitment:
        return 1u;
    }
    Q_UNREACHABLE();
    return 0;
}

QString stateLabel(const Record &record)
{
    if (record.kind == Kind::Initiative)
        return FieldSchema::optionLabel(Kind::Initiative, u"status",
                                        Initiative::status(record.fields));
    const std::optional<PracticeStatus> status = practiceStatusOf(record.fields);
    return status ? practiceStatusLabel(*status) : record.fields.value(u"status"_s).toString();
}

// Fills in %1 (the record's country) and %2 (its state). QString::arg() would warn about a
// missing placeholder, and not every message uses both.
QString explain(const char *text, const Record &record)
{
    QString message = translated(text);
    const QString country = countryOf(record);
    message.replace(u"%1"_s, country.isEmpty() ? AccessPolicy::tr("its country")
                                               : ReferenceData::embedded().countryName(country));
    if (message.contains(u"%2"_s))
        message.replace(u"%2"_s, stateLabel(record));
    return message;
}

Decision forbidden(const QString &reason)
{
    return Decision::deny(u"forbidden"_s, reason);
}

Decision invalidField(const QString &reason)
{
    return Decision::deny(u"invalid_field"_s, reason);
}

const Transition *findTransition(PracticeStatus from, PracticeStatus to)
{
    for (const Transition &t : transitions) {
        if (t.from == from && t.to == to)
            return &t;
    }
    return nullptr;
}

// Clients spell "not set" in several ways (a missing field, null, "", [], false for a flag such
// as a post's `hidden`); none of them is a change from another.
bool isUnset(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty()) || (value.isBool() && !value.toBool());
}

bool valuesDiffer(const QJsonValue &a, const QJsonValue &b)
{
    const bool unsetA = isUnset(a);
    const bool unsetB = isUnset(b);
    return unsetA != unsetB || (!unsetA && a != b);
}

bool fieldChanged(const QJsonObject &a, const QJsonObject &b, const QString &key)
{
    return valuesDiffer(a.value(key), b.value(key));
}

// True if the two field sets differ in anything but `ignored`.
bool fieldsDiffer(const QJsonObject &a, const QJsonObject &b, std::span<const QString> ignored)
{
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        if (std::find(ignored.begin(), ignored.end(), key) == ignored.end() &&
            fieldChanged(a, b, key))
            return true;
    }
    return false;
}

// Fields whose changes need more than the right to edit the record.
Decision checkGuardedFields(const User &user, Kind kind, const QJsonObject &before,
                            const QJsonObject &after)
{
    if (user.isCurator())
        return Decision::allow();
    if (kind == Kind::Practice) {
        if (fieldChanged(before, after, u"ref_code"_s))
            return forbidden(AccessPolicy::tr("The reference code is assigned by the server."));
        if (fieldChanged(before, after, u"review_note"_s))
            return forbidden(AccessPolicy::tr("Only the secretariat writes review notes."));
    }
    if (kind == Kind::Post && (fieldChanged(before, after, u"hidden"_s) ||
                               fieldChanged(before, after, u"hidden_reason"_s)))
        return forbidden(AccessPolicy::tr("Only the secretariat can hide or show posts."));
    return Decision::allow();
}

Decision checkReviewNote(PracticeStatus target, const QJsonObject &fields)
{
    if (AccessPolicy::transitionNeedsReviewNote(target) &&
        isEmptyValue(fields.value(u"review_note"_s)))
        return invalidField(
            AccessPolicy::tr("Write a review note telling the delegation what to change."));
    return Decision::allow();
}

QString countryName(const QString &code)
{
    return ReferenceData::embedded().countryName(code);
}

// Consent: a country is listed as `joined` only when a delegate of that country says so. Applies
// to every role: the secretariat curates an initiative but does not join on a country's behalf.
Decision checkPartnerConsent(const User &user, const QJsonObject &before, const QJsonObject &after)
{
    for (const InitiativePartner &partner : Initiative::partners(after)) {
        if (partner.state != Initiative::joined ||
            Initiative::partnerState(before, partner.country) == Initiative::joined)
            continue;
        if (!user.isDelegateOf(partner.country))
            return forbidden(AccessPolicy::tr("%1 has not joined this initiative: only a delegate "
                                              "of %1 can accept the invitation.")
                                 .arg(countryName(partner.country)));
        if (Initiative::partnerState(before, partner.country) != Initiative::invited)
            return forbidden(AccessPolicy::tr("%1 was not invited to this initiative: its lead "
                                              "country or the secretariat invites partners first.")
                                 .arg(countryName(partner.country)));
    }
    return Decision::allow();
}

// The rules for changing an existing initiative (DESIGN.md section 3, issue 25):
// - a delegate of a listed country joins (invited -> joined), declines or leaves (its entry
//   removed), whether or not they may edit the rest; joining in the same write as other changes
//   counts as joining first;
// - the lead country's delegates, the joined partners' and the secretariat edit the initiative;
// - only the lead country's delegates and the secretariat invite or remove other countries;
// - only the secretariat moves it to another lead country, or ends it (or reopens an ended one).
Decision checkInitiativeWrite(const User &user, const Record &current, const Record &updated)
{
    Decision decision = checkPartnerConsent(user, current.fields, updated.fields);
    if (!decision)
        return decision;

    const QString own = user.role == Role::Delegate ? user.country : QString();
    const QString ownBefore = Initiative::partnerState(current.fields, own);
    const QString ownAfter = Initiative::partnerState(updated.fields, own);
    const bool ownChanged = !ownBefore.isEmpty() && ownBefore != ownAfter &&
                            (ownAfter.isEmpty() || ownAfter == Initiative::joined);

    // What changed besides the user's own partner entry.
    const QJsonObject ownlessBefore = Initiative::withoutPartner(current.fields, own);
    const QJsonObject ownlessAfter = Initiative::withoutPartner(updated.fields, own);
    const bool othersChanged = fieldsDiffer(ownlessBefore, ownlessAfter, {});
    if (ownChanged && !othersChanged)
        return Decision::allow(); // join, decline or leave

    const bool editor = AccessPolicy::canEdit(user, current).allowed ||
                        (ownChanged && ownAfter == Initiative::joined);
    if (!editor)
        return AccessPolicy::canEdit(user, current);

    if (fieldChanged(current.fields, updated.fields, u"lead_country"_s) && !user.isCurator())
        return forbidden(AccessPolicy::tr("Only the secretariat can hand an initiative to another "
                                          "lead country."));
    const QString statusBefore = Initiative::status(current.fields);
    const QString statusAfter = Initiative::status(updated.fields);
    if (statusBefore != statusAfter &&
        (statusBefore == Initiative::ended || statusAfter == Initiative::ended) &&
        !user.isCurator())
        return forbidden(AccessPolicy::tr("Only the secretariat can end an initiative or reopen "
                                          "an ended one."));
    if (!isCountryDelegate(user, current) && !user.isCurator() &&
        fieldChanged(ownlessBefore, ownlessAfter, u"partners"_s))
        return forbidden(explain(QT_TRANSLATE_NOOP("smec::domain::AccessPolicy",
                                                   "Only delegates of %1 and the secretariat can "
                                                   "invite or remove partner countries."),
                                 current));
    return Decision::allow();
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Read:
        return u"read"_s;
    case Action::Create:
        return u"create"_s;
    case Action::Edit:
        return u"edit"_s;
    case Action::Delete:
        return u"delete"_s;
    case Action::Transition:
        return u"transition"_s;
    case Action::Hide:
        return u"hide"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Decision AccessPolicy::decide(const User &user, Action action, const Record &record,
                              std::optional<PracticeStatus> target)
{
    if (!user.isValid())
        return Decision::deny(u"unauthenticated"_s, tr("Sign in first."));
    if (action == Action::Transition) {
        if (record.kind != Kind::Practice)
            return invalidField(tr("Only practices go through review."));
        if (!target)
            return invalidField(tr("Choose the status to move the practice to."));
        return canTransition(user, record, *target);
    }

    const unsigned state = stateBit(record);
    const Rule *firstInState = nullptr;
    const Rule *allowedElsewhere = nullptr;
    const Rule *any = nullptr;
    for (const Rule &rule : rules) {
        if (rule.kind != record.kind || rule.action != action)
            continue;
        any = any ? any : &rule;
        const bool inState = (rule.states & state) != 0;
        const bool forUser = matches(rule.who, user, record);
        if (inState && forUser)
            return Decision::allow();
        if (inState && !firstInState)
            firstInState = &rule;
        if (forUser && !allowedElsewhere && rule.deniedState)
            allowedElsewhere = &rule;
    }
    if (!any)
        return forbidden(tr("Only posts can be hidden."));
    if (allowedElsewhere)
        return forbidden(explain(allowedElsewhere->deniedState, record));
    const Rule *rule = firstInState ? firstInState : any;
    return forbidden(explain(rule->deniedWho, record));
}

Decision AccessPolicy::canRead(const User &user, const Record &record)
{
    // A tombstone carries no fields; everyone may learn that a record is gone.
    if (record.deleted && user.isValid())
        return Decision::allow();
    return decide(user, Action::Read, record);
}

Decision AccessPolicy::canCreate(const User &user, Kind kind, const QJsonObject &fields)
{
    Record record;
    record.kind = kind;
    record.fields = fields;
    return decide(user, Action::Create, record);
}

Decision AccessPolicy::canEdit(const User &user, const Record &record)
{
    return decide(user, Action::Edit, record);
}

Decision AccessPolicy::canDelete(const User &user, const Record &record)
{
    return decide(user, Action::Delete, record);
}

Decision AccessPolicy::canHide(const User &user, const Record &post)
{
    return decide(user, Action::Hide, post);
}

Decision AccessPolicy::canTransition(const User &user, const Record &practice,
                                     PracticeStatus target)
{
    if (!user.isValid())
        return Decision::deny(u"unauthenticated"_s, tr("Sign in first."));
    if (practice.kind != Kind::Practice)
        return invalidField(tr("Only practices go through review."));
    const std::optional<PracticeStatus> from = practiceStatusOf(practice.fields);
    if (!from)
        return invalidField(tr("The practice has an unknown status, \"%1\".")
                                .arg(practice.fields.value(u"status"_s).toString()));
    if (*from == target)
        return invalidField(tr("The practice is already \"%1\".").arg(practiceStatusLabel(target)));
    const Transition *edge = findTransition(*from, target);
    if (!edge)
        return invalidField(tr("A practice cannot go from \"%1\" to \"%2\".")
                                .arg(practiceStatusLabel(*from), practiceStatusLabel(target)));
    if (!matches(edge->who, user, practice))
        return forbidden(explain(edge->denied, practice));
    return Decision::allow();
}

QList<PracticeStatus> AccessPolicy::availableTransitions(const User &user, const Record &practice)
{
    QList<PracticeStatus> result;
    for (PracticeStatus status : allPracticeStatuses) {
        if (canTransition(user, practice, status))
            result.append(status);
    }
    return result;
}

bool AccessPolicy::isTransition(PracticeStatus from, PracticeStatus to)
{
    return findTransition(from, to) != nullptr;
}

bool AccessPolicy::transitionNeedsReviewNote(PracticeStatus to)
{
    return to == PracticeStatus::ChangesRequested;
}

Decision AccessPolicy::canWrite(const User &user, const std::optional<Record> &current,
                                const Record &updated)
{
    if (!user.isValid())
        return Decision::deny(u"unauthenticated"_s, tr("Sign in first."));
    if (current && current->kind != updated.kind)
        return invalidField(tr("A record cannot change its kind."));
    const bool exists = current && !current->deleted;

    if (updated.deleted) {
        if (!exists)
            return Decision::deny(u"not_found"_s,
                                  tr("This record does not exist or was already deleted."));
        return canDelete(user, *current);
    }

    if (!exists) {
        Decision decision = decide(user, Action::Create, updated);
        if (!decision)
            return decision;
        decision = checkGuardedFields(user, updated.kind, {}, updated.fields);
        if (!decision)
            return decision;
        if (updated.kind == Kind::Practice) {
            const std::optional<PracticeStatus> status = practiceStatusOf(updated.fields);
            if (!status)
                return invalidField(tr("The practice has an unknown status, \"%1\".")
                                        .arg(updated.fields.value(u"status"_s).toString()));
            // A practice is born a draft; creating it in another state takes that step too
            // (a delegate may create and submit offline in one go). Curators may create in any
            // state, to bring in practices curated elsewhere.
            if (*status != PracticeStatus::Draft && !user.isCurator()) {
                Record draft = updated;
                draft.fields.insert(u"status"_s, practiceStatusName(PracticeStatus::Draft));
                decision = canTransition(user, draft, *status);
                if (!decision)
                    return decision;
            }
            return checkReviewNote(*status, updated.fields);
        }
        if (updated.kind == Kind::Initiative) {
            if (Initiative::status(updated.fields) == Initiative::ended && !user.isCurator())
                return forbidden(tr("Only the secretariat can end an initiative."));
            return checkPartnerConsent(user, {}, updated.fields);
        }
        return Decision::allow();
    }

    Decision decision = checkGuardedFields(user, updated.kind, current->fields, updated.fields);
    if (!decision)
        return decision;

    // Moving a record to another country needs the right to create it there.
    if ((updated.kind == Kind::Practice || updated.kind == Kind::Commitment) &&
        !countryOf(updated).isEmpty() && countryOf(updated) != countryOf(*current) &&
        !isCountryDelegate(user, updated) && !user.isCurator())
        return forbidden(tr("Delegates can assign records only to their own country."));

    switch (updated.kind) {
    case Kind::Practice: {
        const std::optional<PracticeStatus> before = practiceStatusOf(current->fields);
        const std::optional<PracticeStatus> after = practiceStatusOf(updated.fields);
        if (!after)
            return invalidField(tr("The practice has an unknown status, \"%1\".")
                                    .arg(updated.fields.value(u"status"_s).toString()));
        const bool statusChanged = before != after;
        static const QString statusFields[] = {u"status"_s, u"review_note"_s, u"ref_code"_s};
        if (!statusChanged || fieldsDiffer(current->fields, updated.fields, statusFields)) {
            decision = canEdit(user, *current);
            if (!decision)
                return decision;
        }
        if (statusChanged) {
            decision = canTransition(user, *current, *after);
            if (!decision)
                return decision;
        }
        return checkReviewNote(*after, updated.fields);
    }
    case Kind::Post: {
        static const QString hideFields[] = {u"hidden"_s, u"hidden_reason"_s};
        const bool hideChanged = fieldChanged(current->fields, updated.fields, u"hidden"_s) ||
                                 fieldChanged(current->fields, updated.fields, u"hidden_reason"_s);
        if (hideChanged) {
            decision = canHide(user, *current);
            if (!decision)
                return decision;
        }
        if (!hideChanged || fieldsDiffer(current->fields, updated.fields, hideFields))
            return canEdit(user, *current);
        return Decision::allow();
    }
    case Kind::Initiative:
        return checkInitiativeWrite(user, *current, updated);
    case Kind::Thread:
    case Kind::Meeting:
    case Kind::Commitment:
        return canEdit(user, *current);
    }
    Q_UNREACHABLE();
    return Decision{};
}

} // namespace smec::domain
