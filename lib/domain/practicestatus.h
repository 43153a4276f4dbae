// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace smec::domain {

/// The curation states of a practice (DESIGN.md section 3). Which moves between them are allowed,
/// and for whom, is decided by AccessPolicy.
enum class PracticeStatus { Draft, Submitted, InReview, ChangesRequested, Published, Archived };

inline constexpr std::array<PracticeStatus, 6> allPracticeStatuses{
    PracticeStatus::Draft,     PracticeStatus::Submitted,
    PracticeStatus::InReview,  PracticeStatus::ChangesRequested,
    PracticeStatus::Published, PracticeStatus::Archived};

/// The wire name: `draft`, `submitted`, `in_review`, `changes_requested`, `published`, `archived`.
QString practiceStatusName(PracticeStatus status);
/// Parses a wire name; nullopt for anything else.
std::optional<PracticeStatus> practiceStatusFromName(QStringView name);
/// The translated, human name ("Changes requested").
QString practiceStatusLabel(PracticeStatus status);
/// The status stored in practice fields: a missing or null `status` is a draft (a practice
/// just created offline); nullopt if `status` holds something that is not a status.
std::optional<PracticeStatus> practiceStatusOf(const QJsonObject &fields);

/// The reference code the server assigns on a practice's first submit: `PRA-<year>-<sequence>`,
/// the sequence zero-padded to four digits (`PRA-2026-0142`) and wider when it outgrows them.
QString practiceRefCode(int year, qint64 sequence);
/// True if `code` has the shape practiceRefCode() produces.
bool isPracticeRefCode(QStringView code);

} // namespace smec::domain
