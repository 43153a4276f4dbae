// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace smec {

/// A failure a caller can act on: a machine code (snake_case, as on the wire), a human message
/// (already translated where it reaches a user) and, for parse and validation errors, the path
/// of the offending value (`mutations[3].fields.pillars[0]`).
struct Error
{
    QString code;
    QString message;
    QString path;

    friend bool operator==(const Error &, const Error &) = default;
};

/// Either a value or an Error. lib/ functions return this instead of throwing or showing dialogs.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace smec
