// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fieldschema.h"
#include "record.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace smec::domain {

class ReferenceData;

/// One problem with one field, attached by editors to the field's widget.
struct FieldIssue
{
    QString field;   ///< top-level field name (`sources`), or empty for the record as a whole
    QString code;    ///< machine code, see Validator
    QString message; ///< translated, says what to do ("Add a summary of the practice ...")

    /// As an smec::Error for a rejected mutation: code `invalid_field`, path `fields.<field>`.
    Error toError() const;

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};

/// Checks the fields of a record against FieldSchema: types, required fields for the mode, enum
/// membership, lengths, ranges, country codes against the reference list, http(s) sources, dates
/// and cross-field rules (start year <= end year, meeting start <= end, review note when changes
/// are requested). Fields unknown to this version are left alone: a newer server may send them.
///
/// Issue codes: `required`, `wrong_type`, `too_long`, `too_many`, `not_allowed` (not one of the
/// enum values), `duplicate`, `unknown_country`, `out_of_range`, `invalid_url`, `invalid_date`,
/// `invalid_id`, `invalid_language`, `invalid_range` (start after end), `lead_is_partner` (an
/// initiative's lead country listed among its partners).
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(smec::domain::Validator)

public:
    /// Validates country codes against `reference` (kept by pointer: it must outlive the
    /// validator); by default against the reference data embedded in the library.
    Validator();
    explicit Validator(const ReferenceData &reference);

    /// Every issue of `fields` as a record of `kind`, in schema order; empty when valid.
    QList<FieldIssue> validate(Kind kind, const QJsonObject &fields, ValidationMode mode) const;
    /// Validates `record.fields` in the mode its state calls for (see modeFor()). Tombstones are
    /// always valid.
    QList<FieldIssue> validate(const Record &record) const;

    /// The mode a write must pass: practices being drafted (`draft`, `changes_requested`, or no
    /// status) are lenient, practices in every other state strict; the other kinds always strict
    /// (their strict minimum is small: a thread needs a title, a post its thread and body...).
    static ValidationMode modeFor(Kind kind, const QJsonObject &fields);
    static ValidationMode modeFor(const Record &record)
    {
        return modeFor(record.kind, record.fields);
    }

private:
    const ReferenceData *m_reference;
};

} // namespace smec::domain
