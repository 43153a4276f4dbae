// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace smec::protocol {

/// A JSON path under construction, as a chain of stack-allocated links: it costs nothing until
/// an error renders it (`mutations[3].fields.pillars[0]`). A link refers to its parent and to
/// the key text, so keep each link in a named local that outlives its children.
class JsonPath final
{
public:
    /// The document itself (renders as an empty string).
    JsonPath() = default;
    /// A path that starts with already rendered text, e.g. `changes[2]`.
    explicit JsonPath(QStringView prefix)
        : m_type(Type::Prefix)
        , m_text(prefix)
    {}

    JsonPath key(QStringView name) const { return JsonPath(this, Type::Key, name, 0); }
    JsonPath index(qsizetype i) const { return JsonPath(this, Type::Index, {}, i); }

    QString toString() const;

    /// Appends a member name to a rendered path: `.name` (or `name` at the start) for plain
    /// names, `["na me"]` with JSON escapes for anything else.
    static void appendKey(QString &path, QStringView name);
    static void appendIndex(QString &path, qsizetype index);

private:
    enum class Type { Root, Prefix, Key, Index };
    JsonPath(const JsonPath *parent, Type type, QStringView text, qsizetype index)
        : m_parent(parent)
        , m_type(type)
        , m_text(text)
        , m_index(index)
    {}
    void render(QString &out) const;

    const JsonPath *m_parent = nullptr;
    Type m_type = Type::Root;
    QStringView m_text;
    qsizetype m_index = 0;
};

} // namespace smec::protocol
