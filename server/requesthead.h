// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace smec::server {

/// The request line and header fields of one HTTP/1.x request, as HttpGate parses them before
/// any body byte is read.
struct RequestHead
{
    QByteArray method;
    QByteArray target;
    QByteArray version;                          ///< `HTTP/1.1`
    QList<QPair<QByteArray, QByteArray>> fields; ///< names as sent, values trimmed

    /// Parses the header section without its final empty line; nullopt if it is malformed
    /// (bad request line, field without colon, obsolete line folding, control characters).
    static std::optional<RequestHead> parse(QByteArrayView section);

    /// Values of every field named `name` (case-insensitive).
    QList<QByteArray> values(QByteArrayView name) const;
    /// The first value of `name`, or an empty array.
    QByteArray value(QByteArrayView name) const;
    bool has(QByteArrayView name) const { return !values(name).isEmpty(); }

    /// The section in wire form (request line, fields, empty line) without the fields named in
    /// `drop`, plus `extra` (complete `Name: value\r\n` lines).
    QByteArray serialize(const QList<QByteArray> &drop, const QByteArray &extra = {}) const;
};

} // namespace smec::server
