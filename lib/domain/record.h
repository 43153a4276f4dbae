// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace smec::domain {

/// The kinds of synced record (DESIGN.md section 2; `initiative`: issue 25).
enum class Kind { Practice, Thread, Post, Meeting, Commitment, Initiative };

inline constexpr std::array<Kind, 6> allKinds{Kind::Practice, Kind::Thread,     Kind::Post,
                                              Kind::Meeting,  Kind::Commitment, Kind::Initiative};

/// The wire name of a kind: `practice`, `thread`, `post`, `meeting`, `commitment`, `initiative`.
QString kindName(Kind kind);
/// Parses a wire name; nullopt for anything else (case-sensitive, as on the wire).
std::optional<Kind> kindFromName(QStringView name);

/// A synced record: the envelope set by client and server, and the kind-specific fields.
/// Fields are kept as JSON so that fields unknown to this version survive a round trip.
struct Record
{
    QString id; ///< lower-case UUID without braces, created by the client
    Kind kind = Kind::Practice;
    qint64 rev = 0; ///< 0 = never synced
    bool deleted = false;
    QString createdBy;
    QString updatedBy;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QJsonObject fields;

    friend bool operator==(const Record &, const Record &) = default;
};

/// A new random record id in the canonical form.
QString newRecordId();
/// True if `id` is a UUID in the canonical lower-case form without braces.
bool isCanonicalId(QStringView id);

} // namespace smec::domain
