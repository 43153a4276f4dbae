// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace smec::domain {

/// The JSON shape a field takes (DESIGN.md section 2). `null` is accepted for every type and
/// means "not set".
enum class FieldType {
    String,      ///< single-line text
    Markdown,    ///< multi-line Markdown text
    Int,         ///< integral JSON number
    Number,      ///< any JSON number
    Enum,        ///< one string of FieldSpec::options
    EnumSet,     ///< array of distinct strings of FieldSpec::options
    StringList,  ///< array of strings (tags)
    Sources,     ///< array of `{"title","url"}` objects, url http or https
    Id,          ///< a record id (canonical UUID)
    IdList,      ///< array of distinct record ids
    Date,        ///< `YYYY-MM-DD`
    Bool,        ///< JSON true or false
    Country,     ///< ISO 3166-1 alpha-3 code from the reference list
    CountryList, ///< array of distinct Country codes
    LanguageTag, ///< BCP 47 language tag (`en`, `fr`, `es-419`, `zh-Hant`)
    Partners, ///< array of `{"country","state"}`, state one of FieldSpec::options, keyed by country
    Milestones, ///< array of `{"id","title","due","done"}`, keyed by the id (a canonical UUID)
};

/// How strict validation is: drafts only need their minimum (a practice its title), submitting
/// needs everything DESIGN.md section 2 lists.
enum class ValidationMode { Lenient, Strict };

/// When a field must be filled in.
enum class Requirement {
    Optional,
    Always, ///< even in a draft (lenient validation)
    Submit, ///< when submitting (strict validation)
};

/// One allowed value of an Enum or EnumSet field, with its human label.
struct FieldOption
{
    QString value;       ///< as on the wire (`tax_incentive`)
    const char *label{}; ///< untranslated; use displayLabel()

    /// The translated label ("Tax incentive").
    QString displayLabel() const;
};

/// One row of the schema table: a field of a record kind and its constraints.
struct FieldSpec
{
    QString name; ///< as on the wire (`start_year`)
    FieldType type = FieldType::String;
    Requirement requirement = Requirement::Optional;
    const char *label{};          ///< untranslated form label; use displayLabel()
    const char *missingMessage{}; ///< untranslated "Add ..." message when a required field is empty
    QList<FieldOption> options;   ///< Enum and EnumSet only
    qsizetype maxLength = 0;      ///< characters per string value (each item of a list); 0 = none
    qsizetype maxItems = 0;       ///< items in a list; 0 = none
    std::optional<double> minimum; ///< Int and Number
    std::optional<double> maximum; ///< Int and Number
    bool serverAssigned = false;   ///< written by the server only (`ref_code`)

    /// True if the field must be filled in under `mode` (editors mark it, Validator checks it).
    bool isRequired(ValidationMode mode) const
    {
        return requirement == Requirement::Always ||
               (mode == ValidationMode::Strict && requirement == Requirement::Submit);
    }
    /// The translated form label ("Implementing organisation").
    QString displayLabel() const;
    /// The translated message shown when the field is required but empty.
    QString displayMissingMessage() const;
    /// The wire values of `options`.
    QStringList allowedValues() const;
    /// True if `value` is one of `options`.
    bool allows(QStringView value) const;
    /// The option with wire value `value`, or nullptr.
    const FieldOption *option(QStringView value) const;
    /// True for the list types (EnumSet, StringList, Sources, IdList, CountryList, Partners,
    /// Milestones).
    bool isList() const;
    /// The member that identifies an item of a keyed list (`country` for Partners, `id` for
    /// Milestones), empty for every other type. The three-way merge merges such lists item by
    /// item, so two people changing different items of one list both keep their change.
    QString itemKey() const;
};

/// The field schemas of the record kinds, in one table (DESIGN.md section 2). Validator,
/// editors, importers and exporters all read it, so a field is declared once.
class FieldSchema final
{
    Q_DECLARE_TR_FUNCTIONS(smec::domain::FieldSchema)

public:
    FieldSchema() = delete;

    /// The known fields of `kind`, in form order.
    static const QList<FieldSpec> &fields(Kind kind);
    /// The spec of field `name` of `kind`, or nullptr for a field unknown to this version.
    static const FieldSpec *field(Kind kind, QStringView name);
    /// The translated label of an enum value (`tax_incentive` -> "Tax incentive"); the value itself
    /// when the field or value is unknown.
    static QString optionLabel(Kind kind, QStringView fieldName, QStringView value);
    /// The name of a field type as written in docs and error messages (`enum-set`).
    static QString typeName(FieldType type);

    /// The pillar ids (`digital`, `finance`, `green`), shared by every kind with pillars.
    static QStringList pillarIds();

    static constexpr qsizetype titleMaxLength = 300;
    static constexpr qsizetype urlMaxLength = 2048;
};

} // namespace smec::domain
