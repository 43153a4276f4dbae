// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fieldschema.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace smec::domain {

namespace {

// The schema table. Labels and messages are marked for translation here and translated when
// shown, so that the table is built once whatever the UI language.
#define SMEC_TR(text) QT_TRANSLATE_NOOP("smec::domain::FieldSchema", text)

constexpr qsizetype shortTextMax = 300;   // one line: titles, organisations, cities
constexpr qsizetype summaryMax = 2000;    // a paragraph
constexpr qsizetype noteMax = 10000;      // review and progress notes
constexpr qsizetype markdownMax = 200000; // long Markdown bodies
constexpr qsizetype listMax = 100;        // items in any list
constexpr qsizetype tagMax = 64;          // one tag
constexpr qsizetype refCodeMax = 32;      // `PRA-2026-0142`
constexpr qsizetype languageTagMax = 35;  // RFC 5646 recommends supporting at least 35

QList<FieldOption> pillarOptions()
{
    return {
        {u"digital"_s, SMEC_TR("Digital transformation")},
        {u"finance"_s, SMEC_TR("Access to finance")},
        {u"green"_s, SMEC_TR("Green transition")},
    };
}

FieldSpec text(QString name, FieldType type, qsizetype maxLength, const char *label,
               Requirement requirement = Requirement::Optional, const char *missing = nullptr)
{
    FieldSpec spec;
    spec.name = std::move(name);
    spec.type = type;
    spec.maxLength = maxLength;
    spec.label = label;
    spec.requirement = requirement;
    spec.missingMessage = missing;
    return spec;
}

FieldSpec choice(QString name, FieldType type, QList<FieldOption> options, const char *label,
                 Requirement requirement = Requirement::Optional, const char *missing = nullptr)
{
    FieldSpec spec;
    spec.name = std::move(name);
    spec.type = type;
    spec.options = std::move(options);
    spec.label = label;
    spec.requirement = requirement;
    spec.missingMessage = missing;
    if (type == FieldType::EnumSet)
        spec.maxItems = spec.options.size();
    return spec;
}

FieldSpec list(QString name, FieldType type, qsizetype maxItems, const char *label,
               qsizetype maxLength = 0)
{
    FieldSpec spec;
    spec.name = std::move(name);
    spec.type = type;
    spec.maxItems = maxItems;
    spec.maxLength = maxLength;
    spec.label = label;
    return spec;
}

FieldSpec number(QString name, FieldType type, double minimum, std::optional<double> maximum,
                 const char *label, Requirement requirement = Requirement::Optional,
                 const char *missing = nullptr)
{
    FieldSpec spec;
    spec.name = std::move(name);
    spec.type = type;
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.label = label;
    spec.requirement = requirement;
    spec.missingMessage = missing;
    return spec;
}

FieldSpec simple(QString name, FieldType type, const char *label,
                 Requirement requirement = Requirement::Optional, const char *missing = nullptr)
{
    FieldSpec spec;
    spec.name = std::move(name);
    spec.type = type;
    spec.label = label;
    spec.requirement = requirement;
    spec.missingMessage = missing;
    return spec;
}

constexpr double minYear = 1900;
constexpr double maxYear = 2100;

QList<FieldSpec> practiceFields()
{
    FieldSpec refCode =
        text(u"ref_code"_s, FieldType::String, refCodeMax, SMEC_TR("Reference code"));
    refCode.serverAssigned = true;
    return {
        text(u"title"_s, FieldType::String, FieldSchema::titleMaxLength, SMEC_TR("Title"),
             Requirement::Always, SMEC_TR("Give the practice a title.")),
        text(u"summary"_s, FieldType::Markdown, summaryMax, SMEC_TR("Summary"), Requirement::Submit,
             SMEC_TR("Add a summary of the practice before submitting.")),
        text(u"body"_s, FieldType::Markdown, markdownMax, SMEC_TR("Policy or programme"),
             Requirement::Submit,
             SMEC_TR("Describe the policy or programme and how it was implemented before "
                     "submitting.")),
        text(u"results"_s, FieldType::Markdown, markdownMax, SMEC_TR("Results and evidence"),
             Requirement::Submit,
             SMEC_TR("Describe the tangible results and the evidence for them before "
                     "submitting.")),
        text(u"lessons"_s, FieldType::Markdown, markdownMax, SMEC_TR("Lessons learned")),
        simple(u"country"_s, FieldType::Country, SMEC_TR("Country"), Requirement::Submit,
               SMEC_TR("Choose the country of the practice before submitting.")),
        choice(u"pillars"_s, FieldType::EnumSet, pillarOptions(), SMEC_TR("Pillars"),
               Requirement::Submit, SMEC_TR("Choose at least one pillar before submitting.")),
        choice(u"instrument"_s, FieldType::Enum,
               {
                   {u"grant"_s, SMEC_TR("Grant")},
                   {u"loan"_s, SMEC_TR("Loan")},
                   {u"guarantee"_s, SMEC_TR("Guarantee")},
                   {u"equity"_s, SMEC_TR("Equity")},
                   {u"tax_incentive"_s, SMEC_TR("Tax incentive")},
                   {u"regulation"_s, SMEC_TR("Regulation")},
                   {u"training"_s, SMEC_TR("Training")},
                   {u"advisory"_s, SMEC_TR("Advisory services")},
                   {u"digital_service"_s, SMEC_TR("Digital service")},
                   {u"platform"_s, SMEC_TR("Platform")},
                   {u"procurement"_s, SMEC_TR("Public procurement")},
                   {u"network"_s, SMEC_TR("Network")},
                   {u"other"_s, SMEC_TR("Other")},
               },
               SMEC_TR("Instrument"), Requirement::Submit,
               SMEC_TR("Choose the policy instrument before submitting.")),
        choice(u"target_groups"_s, FieldType::EnumSet,
               {
                   {u"micro"_s, SMEC_TR("Micro enterprises")},
                   {u"small"_s, SMEC_TR("Small enterprises")},
                   {u"medium"_s, SMEC_TR("Medium-sized enterprises")},
                   {u"startups"_s, SMEC_TR("Start-ups")},
                   {u"women_led"_s, SMEC_TR("Women-led enterprises")},
                   {u"youth_led"_s, SMEC_TR("Youth-led enterprises")},
                   {u"exporters"_s, SMEC_TR("Exporters")},
                   {u"informal"_s, SMEC_TR("Informal enterprises")},
                   {u"rural"_s, SMEC_TR("Rural enterprises")},
               },
               SMEC_TR("Target groups")),
        text(u"implementing_org"_s, FieldType::String, shortTextMax,
             SMEC_TR("Implementing organisation"), Requirement::Submit,
             SMEC_TR("Name the organisation that implemented the practice before submitting.")),
        number(u"start_year"_s, FieldType::Int, minYear, maxYear, SMEC_TR("Start year"),
               Requirement::Submit,
               SMEC_TR("Give the year the practice started before submitting.")),
        number(u"end_year"_s, FieldType::Int, minYear, maxYear, SMEC_TR("End year")),
        number(u"budget_usd"_s, FieldType::Number, 0, std::nullopt, SMEC_TR("Budget (USD)")),
        number(u"beneficiaries"_s, FieldType::Int, 0, std::nullopt, SMEC_TR("Beneficiaries")),
        choice(u"evidence_level"_s, FieldType::Enum,
               {
                   {u"emerging"_s, SMEC_TR("Emerging")},
                   {u"promising"_s, SMEC_TR("Promising")},
                   {u"proven"_s, SMEC_TR("Proven")},
               },
               SMEC_TR("Evidence level")),
        list(u"sources"_s, FieldType::Sources, listMax, SMEC_TR("Sources"), shortTextMax),
        list(u"tags"_s, FieldType::StringList, listMax, SMEC_TR("Tags"), tagMax),
        text(u"language"_s, FieldType::LanguageTag, languageTagMax, SMEC_TR("Language")),
        choice(u"status"_s, FieldType::Enum,
               {
                   {u"draft"_s, SMEC_TR("Draft")},
                   {u"submitted"_s, SMEC_TR("Submitted")},
                   {u"in_review"_s, SMEC_TR("In review")},
                   {u"changes_requested"_s, SMEC_TR("Changes requested")},
                   {u"published"_s, SMEC_TR("Published")},
                   {u"archived"_s, SMEC_TR("Archived")},
               },
               SMEC_TR("Status")),
        text(u"review_note"_s, FieldType::Markdown, noteMax, SMEC_TR("Review note")),
        refCode,
    };
}

QList<FieldSpec> threadFields()
{
    return {
        text(u"title"_s, FieldType::String, FieldSchema::titleMaxLength, SMEC_TR("Title"),
             Requirement::Always, SMEC_TR("Give the thread a title.")),
        choice(u"kind"_s, FieldType::Enum,
               {
                   {u"question"_s, SMEC_TR("Question")},
                   {u"discussion"_s, SMEC_TR("Discussion")},
                   {u"consultation"_s, SMEC_TR("Consultation")},
               },
               SMEC_TR("Type")),
        choice(u"pillars"_s, FieldType::EnumSet, pillarOptions(), SMEC_TR("Pillars")),
        list(u"practice_ids"_s, FieldType::IdList, listMax, SMEC_TR("Related practices")),
        simple(u"meeting_id"_s, FieldType::Id, SMEC_TR("Meeting")),
        choice(u"status"_s, FieldType::Enum,
               {
                   {u"open"_s, SMEC_TR("Open")},
                   {u"closed"_s, SMEC_TR("Closed")},
               },
               SMEC_TR("Status")),
    };
}

QList<FieldSpec> postFields()
{
    return {
        simple(u"thread_id"_s, FieldType::Id, SMEC_TR("Thread"), Requirement::Always,
               SMEC_TR("A post must belong to a thread.")),
        text(u"body"_s, FieldType::Markdown, markdownMax, SMEC_TR("Message"), Requirement::Always,
             SMEC_TR("Write a message before posting.")),
        simple(u"reply_to"_s, FieldType::Id, SMEC_TR("In reply to")),
        simple(u"hidden"_s, FieldType::Bool, SMEC_TR("Hidden")),
        text(u"hidden_reason"_s, FieldType::String, summaryMax, SMEC_TR("Reason for hiding")),
    };
}

QList<FieldSpec> meetingFields()
{
    return {
        text(u"title"_s, FieldType::String, FieldSchema::titleMaxLength, SMEC_TR("Title"),
             Requirement::Always, SMEC_TR("Give the meeting a title.")),
        choice(u"kind"_s, FieldType::Enum,
               {
                   {u"global_ministerial"_s, SMEC_TR("Global ministerial")},
                   {u"regional"_s, SMEC_TR("Regional")},
                   {u"thematic"_s, SMEC_TR("Thematic")},
                   {u"consultation"_s, SMEC_TR("Consultation")},
                   {u"technical"_s, SMEC_TR("Technical")},
               },
               SMEC_TR("Type"), Requirement::Submit, SMEC_TR("Choose the type of meeting.")),
        simple(u"starts_on"_s, FieldType::Date, SMEC_TR("Starts on"), Requirement::Submit,
               SMEC_TR("Give the date the meeting starts.")),
        simple(u"ends_on"_s, FieldType::Date, SMEC_TR("Ends on")),
        simple(u"host_country"_s, FieldType::Country, SMEC_TR("Host country")),
        text(u"city"_s, FieldType::String, shortTextMax, SMEC_TR("City")),
        choice(u"mode"_s, FieldType::Enum,
               {
                   {u"in_person"_s, SMEC_TR("In person")},
                   {u"virtual"_s, SMEC_TR("Virtual")},
                   {u"hybrid"_s, SMEC_TR("Hybrid")},
               },
               SMEC_TR("Format")),
        choice(u"pillars"_s, FieldType::EnumSet, pillarOptions(), SMEC_TR("Pillars")),
        list(u"participants"_s, FieldType::CountryList, 300, SMEC_TR("Participating countries")),
        text(u"agenda"_s, FieldType::Markdown, markdownMax, SMEC_TR("Agenda")),
        text(u"outcomes"_s, FieldType::Markdown, markdownMax, SMEC_TR("Outcomes")),
    };
}

QList<FieldSpec> commitmentFields()
{
    return {
        simple(u"country"_s, FieldType::Country, SMEC_TR("Country"), Requirement::Always,
               SMEC_TR("Choose the country that made the commitment.")),
        choice(u"pillar"_s, FieldType::Enum, pillarOptions(), SMEC_TR("Pillar"),
               Requirement::Submit, SMEC_TR("Choose the pillar of the commitment.")),
        text(u"title"_s, FieldType::String, FieldSchema::titleMaxLength, SMEC_TR("Title"),
             Requirement::Always, SMEC_TR("Give the commitment a title.")),
        text(u"description"_s, FieldType::Markdown, markdownMax, SMEC_TR("Description")),
        text(u"target"_s, FieldType::String, summaryMax, SMEC_TR("Target")),
        simple(u"deadline"_s, FieldType::Date, SMEC_TR("Deadline")),
        choice(u"status"_s, FieldType::Enum,
               {
                   {u"announced"_s, SMEC_TR("Announced")},
                   {u"in_progress"_s, SMEC_TR("In progress")},
                   {u"achieved"_s, SMEC_TR("Achieved")},
                   {u"partially_achieved"_s, SMEC_TR("Partially achieved")},
                   {u"not_achieved"_s, SMEC_TR("Not achieved")},
                   {u"withdrawn"_s, SMEC_TR("Withdrawn")},
               },
               SMEC_TR("Status")),
        simple(u"meeting_id"_s, FieldType::Id, SMEC_TR("Meeting")),
        list(u"practice_ids"_s, FieldType::IdList, listMax, SMEC_TR("Related practices")),
        text(u"progress_note"_s, FieldType::Markdown, noteMax, SMEC_TR("Progress")),
    };
}

QList<FieldSpec> initiativeFields()
{
    return {
        text(u"title"_s, FieldType::String, FieldSchema::titleMaxLength, SMEC_TR("Title"),
             Requirement::Always, SMEC_TR("Give the initiative a title.")),
        text(u"summary"_s, FieldType::Markdown, summaryMax, SMEC_TR("Summary")),
        text(u"description"_s, FieldType::Markdown, markdownMax, SMEC_TR("Description")),
        simple(u"lead_country"_s, FieldType::Country, SMEC_TR("Lead country"), Requirement::Always,
               SMEC_TR("Choose the country that leads the initiative.")),
        choice(u"partners"_s, FieldType::Partners,
               {
                   {u"invited"_s, SMEC_TR("Invited")},
                   {u"joined"_s, SMEC_TR("Joined")},
               },
               SMEC_TR("Partner countries")),
        choice(u"pillars"_s, FieldType::EnumSet, pillarOptions(), SMEC_TR("Pillars")),
        choice(u"kind"_s, FieldType::Enum,
               {
                   {u"joint_programme"_s, SMEC_TR("Joint programme")},
                   {u"peer_review"_s, SMEC_TR("Peer review")},
                   {u"twinning"_s, SMEC_TR("Twinning")},
                   {u"regional_facility"_s, SMEC_TR("Regional facility")},
                   {u"coordinated_policy"_s, SMEC_TR("Coordinated policy")},
                   {u"other"_s, SMEC_TR("Other")},
               },
               SMEC_TR("Type")),
        choice(u"status"_s, FieldType::Enum,
               {
                   {u"proposed"_s, SMEC_TR("Proposed")},
                   {u"active"_s, SMEC_TR("Active")},
                   {u"completed"_s, SMEC_TR("Completed")},
                   {u"paused"_s, SMEC_TR("Paused")},
                   {u"ended"_s, SMEC_TR("Ended")},
               },
               SMEC_TR("Status")),
        simple(u"starts_on"_s, FieldType::Date, SMEC_TR("Starts on")),
        simple(u"ends_on"_s, FieldType::Date, SMEC_TR("Ends on")),
        simple(u"launched_at_meeting"_s, FieldType::Id, SMEC_TR("Launched at meeting")),
        list(u"commitment_ids"_s, FieldType::IdList, listMax, SMEC_TR("Related commitments")),
        list(u"practice_ids"_s, FieldType::IdList, listMax, SMEC_TR("Related practices")),
        list(u"milestones"_s, FieldType::Milestones, listMax, SMEC_TR("Milestones"), shortTextMax),
        text(u"outcomes"_s, FieldType::Markdown, markdownMax, SMEC_TR("Outcomes")),
    };
}

#undef SMEC_TR

} // namespace

QString FieldOption::displayLabel() const
{
    return label ? QCoreApplication::translate("smec::domain::FieldSchema", label) : value;
}

QString FieldSpec::displayLabel() const
{
    return label ? QCoreApplication::translate("smec::domain::FieldSchema", label) : name;
}

QString FieldSpec::displayMissingMessage() const
{
    if (missingMessage)
        return QCoreApplication::translate("smec::domain::FieldSchema", missingMessage);
    return FieldSchema::tr("Fill in \"%1\".").arg(displayLabel());
}

QStringList FieldSpec::allowedValues() const
{
    QStringList values;
    values.reserve(options.size());
    for (const FieldOption &o : options)
        values.append(o.value);
    return values;
}

bool FieldSpec::allows(QStringView value) const
{
    return option(value) != nullptr;
}

const FieldOption *FieldSpec::option(QStringView value) const
{
    for (const FieldOption &o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

bool FieldSpec::isList() const
{
    switch (type) {
    case FieldType::EnumSet:
    case FieldType::StringList:
    case FieldType::Sources:
    case FieldType::IdList:
    case FieldType::CountryList:
    case FieldType::Partners:
    case FieldType::Milestones:
        return true;
    default:
        return false;
    }
}

QString FieldSpec::itemKey() const
{
    if (type == FieldType::Partners)
        return u"country"_s;
    if (type == FieldType::Milestones)
        return u"id"_s;
    return {};
}

const QList<FieldSpec> &FieldSchema::fields(Kind kind)
{
    static const QList<FieldSpec> practice = practiceFields();
    static const QList<FieldSpec> thread = threadFields();
    static const QList<FieldSpec> post = postFields();
    static const QList<FieldSpec> meeting = meetingFields();
    static const QList<FieldSpec> commitment = commitmentFields();
    static const QList<FieldSpec> initiative = initiativeFields();
    switch (kind) {
    case Kind::Practice:
        return practice;
    case Kind::Thread:
        return thread;
    case Kind::Post:
        return post;
    case Kind::Meeting:
        return meeting;
    case Kind::Commitment:
        return commitment;
    case Kind::Initiative:
        return initiative;
    }
    Q_UNREACHABLE();
    return practice;
}

const FieldSpec *FieldSchema::field(Kind kind, QStringView name)
{
    for (const FieldSpec &spec : fields(kind)) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString FieldSchema::optionLabel(Kind kind, QStringView fieldName, QStringView value)
{
    if (const FieldSpec *spec = field(kind, fieldName)) {
        if (const FieldOption *o = spec->option(value))
            return o->displayLabel();
    }
    return value.toString();
}

QString FieldSchema::typeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return u"string"_s;
    case FieldType::Markdown:
        return u"markdown"_s;
    case FieldType::Int:
        return u"int"_s;
    case FieldType::Number:
        return u"number"_s;
    case FieldType::Enum:
        return u"enum"_s;
    case FieldType::EnumSet:
        return u"enum-set"_s;
    case FieldType::StringList:
        return u"string-list"_s;
    case FieldType::Sources:
        return u"sources"_s;
    case FieldType::Id:
        return u"id"_s;
    case FieldType::IdList:
        return u"id-list"_s;
    case FieldType::Date:
        return u"date"_s;
    case FieldType::Bool:
        return u"bool"_s;
    case FieldType::Country:
        return u"country"_s;
    case FieldType::CountryList:
        return u"country-list"_s;
    case FieldType::LanguageTag:
        return u"language-tag"_s;
    case FieldType::Partners:
        return u"partners"_s;
    case FieldType::Milestones:
        return u"milestones"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QStringList FieldSchema::pillarIds()
{
    return {u"digital"_s, u"finance"_s, u"green"_s};
}

} // namespace smec::domain
