// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validator.h"

#include "practicestatus.h"
#include "referencedata.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

// Integers above 2^53 do not survive a round trip through a JSON double.
constexpr double maxSafeInteger = 9007199254740991.0;

bool isEmptyValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    return false;
}

bool isHttpUrl(const QString &text)
{
    if (text.size() > FieldSchema::urlMaxLength || text.trimmed() != text)
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme();
    return scheme == "http"_L1 || scheme == "https"_L1;
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isLanguageTag(const QString &text)
{
    // BCP 47 shape: a 2-8 letter language subtag, then subtags of 1-8 letters or digits.
    static const QRegularExpression pattern(u"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"_s);
    return pattern.match(text).hasMatch();
}

bool isAlpha3Shape(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Z]{3}$"_s);
    return pattern.match(text).hasMatch();
}

// Checks one field's value; the first problem found, if any. Kept as a class so that the checks
// share the spec, the reference data and the message helpers.
class FieldCheck final
{
public:
    FieldCheck(const FieldSpec &spec, const ReferenceData &reference)
        : m_spec(spec)
        , m_reference(reference)
        , m_label(spec.displayLabel())
    {}

    std::optional<FieldIssue> check(const QJsonValue &value) const
    {
        switch (m_spec.type) {
        case FieldType::String:
        case FieldType::Markdown:
            return checkText(value, m_label);
        case FieldType::Int:
        case FieldType::Number:
            return checkNumber(value);
        case FieldType::Enum:
            if (!value.isString())
                return issue(u"wrong_type"_s, Validator::tr("%1 must be one of the listed "
                                                            "values.")
                                                  .arg(m_label));
            return checkOption(value.toString());
        case FieldType::Bool:
            if (!value.isBool())
                return issue(u"wrong_type"_s, Validator::tr("%1 must be yes or no.").arg(m_label));
            return std::nullopt;
        case FieldType::Id:
            return checkId(value);
        case FieldType::Date:
            if (!value.isString() || !isIsoDate(value.toString()))
                return issue(
                    u"invalid_date"_s,
                    Validator::tr("%1 must be a date written as YYYY-MM-DD.").arg(m_label));
            return std::nullopt;
        case FieldType::Country:
            return checkCountry(value);
        case FieldType::LanguageTag:
            if (!value.isString() || !isLanguageTag(value.toString()) ||
                value.toString().size() > m_spec.maxLength)
                return issue(u"invalid_language"_s,
                             Validator::tr("%1 must be a language code such as \"en\", \"fr\" or "
                                           "\"es-419\".")
                                 .arg(m_label));
            return std::nullopt;
        case FieldType::EnumSet:
        case FieldType::StringList:
        case FieldType::Sources:
        case FieldType::IdList:
        case FieldType::CountryList:
        case FieldType::Partners:
        case FieldType::Milestones:
            return checkList(value);
        }
        Q_UNREACHABLE();
        return std::nullopt;
    }

private:
    FieldIssue issue(const QString &code, const QString &message) const
    {
        return FieldIssue{m_spec.name, code, message};
    }

    std::optional<FieldIssue> checkText(const QJsonValue &value, const QString &what) const
    {
        if (!value.isString())
            return issue(u"wrong_type"_s, Validator::tr("%1 must be text.").arg(what));
        const qsizetype length = value.toString().size();
        if (m_spec.maxLength > 0 && length > m_spec.maxLength)
            return issue(u"too_long"_s,
                         Validator::tr("%1 is too long: %2 characters where at most %3 are "
                                       "allowed. Shorten it.")
                             .arg(what)
                             .arg(length)
                             .arg(m_spec.maxLength));
        return std::nullopt;
    }

    std::optional<FieldIssue> checkNumber(const QJsonValue &value) const
    {
        const bool integral = m_spec.type == FieldType::Int;
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) ||
            (integral && (std::trunc(number) != number || std::fabs(number) > maxSafeInteger)))
            return issue(u"wrong_type"_s,
                         integral ? Validator::tr("%1 must be a whole number.").arg(m_label)
                                  : Validator::tr("%1 must be a number.").arg(m_label));
        const bool tooSmall = m_spec.minimum && number < *m_spec.minimum;
        const bool tooLarge = m_spec.maximum && number > *m_spec.maximum;
        if (tooSmall || tooLarge) {
            if (m_spec.minimum && m_spec.maximum)
                return issue(u"out_of_range"_s, Validator::tr("%1 must be between %2 and %3.")
                                                    .arg(m_label)
                                                    .arg(*m_spec.minimum)
                                                    .arg(*m_spec.maximum));
            if (tooSmall)
                return issue(
                    u"out_of_range"_s,
                    Validator::tr("%1 must be at least %2.").arg(m_label).arg(*m_spec.minimum));
            return issue(u"out_of_range"_s,
                         Validator::tr("%1 must be at most %2.").arg(m_label).arg(*m_spec.maximum));
        }
        return std::nullopt;
    }

    std::optional<FieldIssue> checkOption(const QString &text) const
    {
        if (!m_spec.allows(text))
            return issue(
                u"not_allowed"_s,
                Validator::tr("\"%1\" is not a valid choice for \"%2\"; choose one of: %3.")
                    .arg(text, m_label, m_spec.allowedValues().join(u", "_s)));
        return std::nullopt;
    }

    std::optional<FieldIssue> checkId(const QJsonValue &value) const
    {
        if (!value.isString() || !isCanonicalId(value.toString()))
            return issue(u"invalid_id"_s,
                         Validator::tr("%1 must refer to a record by its id.").arg(m_label));
        return std::nullopt;
    }

    std::optional<FieldIssue> checkCountry(const QJsonValue &value) const
    {
        const QString code = value.toString();
        // Without a country list (a reference that failed to load) only the shape is checked.
        const bool known =
            m_reference.countries().isEmpty() ? isAlpha3Shape(code) : m_reference.isCountry(code);
        if (!value.isString() || !known)
            return issue(u"unknown_country"_s,
                         Validator::tr("\"%1\" is not a country of the reference list; use its "
                                       "three-letter ISO code, such as \"KEN\".")
                             .arg(value.isString() ? code : value.toVariant().toString()));
        return std::nullopt;
    }

    std::optional<FieldIssue> checkList(const QJsonValue &value) const
    {
        if (!value.isArray())
            return issue(u"wrong_type"_s, Validator::tr("%1 must be a list.").arg(m_label));
        const QJsonArray array = value.toArray();
        if (m_spec.maxItems > 0 && array.size() > m_spec.maxItems)
            return issue(u"too_many"_s,
                         Validator::tr("%1 has %2 entries where at most %3 are allowed.")
                             .arg(m_label)
                             .arg(array.size())
                             .arg(m_spec.maxItems));
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (std::optional<FieldIssue> problem = checkItem(item, i + 1))
                return problem;
            if (m_spec.type == FieldType::Sources)
                continue;
            // Keyed lists are merged item by item (FieldSpec::itemKey()): the key is unique.
            const QString key = m_spec.itemKey();
            const QString text =
                key.isEmpty() ? item.toString() : item.toObject().value(key).toString();
            if (seen.contains(text))
                return issue(u"duplicate"_s,
                             Validator::tr("%1 lists \"%2\" twice.").arg(m_label, text));
            seen.insert(text);
        }
        return std::nullopt;
    }

    std::optional<FieldIssue> checkItem(const QJsonValue &item, qsizetype number) const
    {
        const QString what = Validator::tr("Entry %1 of %2").arg(number).arg(m_label);
        switch (m_spec.type) {
        case FieldType::EnumSet:
            if (!item.isString())
                return issue(u"wrong_type"_s, Validator::tr("%1 must be text.").arg(what));
            return checkOption(item.toString());
        case FieldType::StringList:
            if (item.isString() && item.toString().trimmed().isEmpty())
                return issue(u"wrong_type"_s, Validator::tr("%1 is empty.").arg(what));
            return checkText(item, what);
        case FieldType::IdList:
            return checkId(item);
        case FieldType::CountryList:
            return checkCountry(item);
        case FieldType::Sources:
            return checkSource(item, number);
        case FieldType::Partners:
            return checkPartner(item, number);
        case FieldType::Milestones:
            return checkMilestone(item, number);
        default:
            Q_UNREACHABLE();
            return std::nullopt;
        }
    }

    std::optional<FieldIssue> checkSource(const QJsonValue &item, qsizetype number) const
    {
        if (!item.isObject())
            return issue(
                u"wrong_type"_s,
                Validator::tr("Source %1 must have a title and a web address.").arg(number));
        const QJsonObject source = item.toObject();
        const QJsonValue title = source.value(u"title"_s);
        if (!title.isUndefined() && !title.isNull()) {
            if (std::optional<FieldIssue> problem =
                    checkText(title, Validator::tr("The title of source %1").arg(number)))
                return problem;
        }
        const QJsonValue url = source.value(u"url"_s);
        if (!url.isString() || !isHttpUrl(url.toString()))
            return issue(u"invalid_url"_s,
                         Validator::tr("Source %1 needs a web address starting with http:// or "
                                       "https://.")
                             .arg(number));
        return std::nullopt;
    }

    std::optional<FieldIssue> checkPartner(const QJsonValue &item, qsizetype number) const
    {
        const QJsonObject partner = item.toObject();
        if (!item.isObject() || !partner.value(u"country"_s).isString() ||
            !partner.value(u"state"_s).isString())
            return issue(u"wrong_type"_s,
                         Validator::tr("Partner %1 must have a country and a state (%2).")
                             .arg(number)
                             .arg(m_spec.allowedValues().join(u", "_s)));
        if (std::optional<FieldIssue> problem = checkCountry(partner.value(u"country"_s)))
            return problem;
        return checkOption(partner.value(u"state"_s).toString());
    }

    std::optional<FieldIssue> checkMilestone(const QJsonValue &item, qsizetype number) const
    {
        const QJsonObject milestone = item.toObject();
        if (!item.isObject())
            return issue(u"wrong_type"_s,
                         Validator::tr("Milestone %1 must have an id, a title, a due date and "
                                       "whether it is done.")
                             .arg(number));
        const QJsonValue id = milestone.value(u"id"_s);
        if (!id.isString() || !isCanonicalId(id.toString()))
            return issue(u"invalid_id"_s,
                         Validator::tr("Milestone %1 needs an id (a UUID) that stays the same "
                                       "when it is edited.")
                             .arg(number));
        const QJsonValue title = milestone.value(u"title"_s);
        if (!title.isString() || title.toString().trimmed().isEmpty())
            return issue(u"required"_s, Validator::tr("Give milestone %1 a title.").arg(number));
        if (std::optional<FieldIssue> problem =
                checkText(title, Validator::tr("The title of milestone %1").arg(number)))
            return problem;
        const QJsonValue due = milestone.value(u"due"_s);
        if (!due.isUndefined() && !due.isNull() && (!due.isString() || !isIsoDate(due.toString())))
            return issue(u"invalid_date"_s,
                         Validator::tr("The due date of milestone %1 must be written as "
                                       "YYYY-MM-DD.")
                             .arg(number));
        const QJsonValue done = milestone.value(u"done"_s);
        if (!done.isUndefined() && !done.isNull() && !done.isBool())
            return issue(
                u"wrong_type"_s,
                Validator::tr("Whether milestone %1 is done must be yes or no.").arg(number));
        return std::nullopt;
    }

    const FieldSpec &m_spec;
    const ReferenceData &m_reference;
    QString m_label;
};

std::optional<double> numberOf(const QJsonObject &fields, const QString &name)
{
    const QJsonValue value = fields.value(name);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

// Rules that involve more than one field; run after the per-field checks, and only on values
// that passed them.
void checkCrossFieldRules(Kind kind, const QJsonObject &fields, const QSet<QString> &badFields,
                          QList<FieldIssue> &issues)
{
    const auto usable = [&](const QString &name) {
        return !badFields.contains(name) && !isEmptyValue(fields.value(name));
    };
    switch (kind) {
    case Kind::Practice: {
        if (usable(u"start_year"_s) && usable(u"end_year"_s)) {
            const std::optional<double> start = numberOf(fields, u"start_year"_s);
            const std::optional<double> end = numberOf(fields, u"end_year"_s);
            if (start && end && *end < *start)
                issues.append({u"end_year"_s, u"invalid_range"_s,
                               Validator::tr("The end year (%1) is before the start year (%2).")
                                   .arg(*end)
                                   .arg(*start)});
        }
        if (!badFields.contains(u"status"_s) &&
            practiceStatusOf(fields) == PracticeStatus::ChangesRequested &&
            isEmptyValue(fields.value(u"review_note"_s)))
            issues.append({u"review_note"_s, u"required"_s,
                           Validator::tr("Write a review note telling the delegation what to "
                                         "change.")});
        break;
    }
    case Kind::Meeting:
        if (usable(u"starts_on"_s) && usable(u"ends_on"_s)) {
            const QString start = fields.value(u"starts_on"_s).toString();
            const QString end = fields.value(u"ends_on"_s).toString();
            // ISO dates compare correctly as strings.
            if (end < start)
                issues.append({u"ends_on"_s, u"invalid_range"_s,
                               Validator::tr("The meeting ends (%1) before it starts (%2).")
                                   .arg(end, start)});
        }
        break;
    case Kind::Initiative: {
        if (usable(u"starts_on"_s) && usable(u"ends_on"_s)) {
            const QString start = fields.value(u"starts_on"_s).toString();
            const QString end = fields.value(u"ends_on"_s).toString();
            if (end < start)
                issues.append({u"ends_on"_s, u"invalid_range"_s,
                               Validator::tr("The initiative ends (%1) before it starts (%2).")
                                   .arg(end, start)});
        }
        if (usable(u"lead_country"_s) && usable(u"partners"_s)) {
            const QString lead = fields.value(u"lead_country"_s).toString();
            const QJsonArray partners = fields.value(u"partners"_s).toArray();
            for (const QJsonValue &partner : partners) {
                if (partner.toObject().value(u"country"_s).toString() == lead)
                    issues.append({u"partners"_s, u"lead_is_partner"_s,
                                   Validator::tr("The lead country cannot also be a partner.")});
            }
        }
        break;
    }
    case Kind::Thread:
    case Kind::Post:
    case Kind::Commitment:
        break;
    }
}

} // namespace

Error FieldIssue::toError() const
{
    return Error{u"invalid_field"_s, message, field.isEmpty() ? u"fields"_s : u"fields."_s + field};
}

Validator::Validator()
    : m_reference(&ReferenceData::embedded())
{}

Validator::Validator(const ReferenceData &reference)
    : m_reference(&reference)
{}

QList<FieldIssue> Validator::validate(Kind kind, const QJsonObject &fields,
                                      ValidationMode mode) const
{
    QList<FieldIssue> issues;
    QSet<QString> badFields;
    for (const FieldSpec &spec : FieldSchema::fields(kind)) {
        const QJsonValue value = fields.value(spec.name);
        if (isEmptyValue(value)) {
            // An empty string or list means "not set" whatever the type: editors clear a field
            // that way.
            if (spec.isRequired(mode)) {
                issues.append({spec.name, u"required"_s, spec.displayMissingMessage()});
                badFields.insert(spec.name);
            }
            continue;
        }
        if (std::optional<FieldIssue> problem = FieldCheck(spec, *m_reference).check(value)) {
            issues.append(*problem);
            badFields.insert(spec.name);
        }
    }
    checkCrossFieldRules(kind, fields, badFields, issues);
    return issues;
}

QList<FieldIssue> Validator::validate(const Record &record) const
{
    if (record.deleted)
        return {};
    return validate(record.kind, record.fields, modeFor(record));
}

ValidationMode Validator::modeFor(Kind kind, const QJsonObject &fields)
{
    if (kind != Kind::Practice)
        return ValidationMode::Strict;
    const std::optional<PracticeStatus> status = practiceStatusOf(fields);
    // An unknown status is reported by the enum check; judge the rest as leniently as a draft.
    if (!status || *status == PracticeStatus::Draft || *status == PracticeStatus::ChangesRequested)
        return ValidationMode::Lenient;
    return ValidationMode::Strict;
}

} // namespace smec::domain
