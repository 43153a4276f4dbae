// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace smec::protocol {

/// The wire form of a time: UTC ISO-8601 with milliseconds and `Z`,
/// `yyyy-MM-ddTHH:mm:ss.zzzZ`, years 0001 to 9999. An invalid QDateTime, or one outside those
/// years, gives an empty string.
QString formatTimestamp(const QDateTime &time);
/// Parses exactly that form (nothing looser: no offsets, no missing milliseconds) into a UTC
/// QDateTime; nullopt for anything else, including impossible dates such as February 30.
std::optional<QDateTime> parseTimestamp(QStringView text);

} // namespace smec::protocol
