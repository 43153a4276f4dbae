// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requesthead.h"

namespace smec::server {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControl(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

std::optional<RequestHead> RequestHead::parse(QByteArrayView section)
{
    RequestHead head;
    const QList<QByteArray> lines = section.toByteArray().split('\n');
    bool first = true;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            first = false;
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() ||
                hasControl(parts[1]) || !parts[2].startsWith("HTTP/"))
                return std::nullopt;
            head.method = parts[0];
            head.target = parts[1];
            head.version = parts[2];
            continue;
        }
        if (line.isEmpty())
            continue; // tolerate the trailing line break of the section
        if (line.startsWith(' ') || line.startsWith('\t'))
            return std::nullopt; // obsolete line folding (RFC 9112 5.2)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || hasControl(value))
            return std::nullopt;
        head.fields.append({name, value});
    }
    if (first)
        return std::nullopt;
    return head;
}

QList<QByteArray> RequestHead::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const auto &[key, value] : fields) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            out.append(value);
    }
    return out;
}

QByteArray RequestHead::value(QByteArrayView name) const
{
    for (const auto &[key, value] : fields) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray RequestHead::serialize(const QList<QByteArray> &drop, const QByteArray &extra) const
{
    QByteArray out = method + ' ' + target + ' ' + version + "\r\n";
    for (const auto &[key, value] : fields) {
        bool dropped = false;
        for (const QByteArray &d : drop) {
            if (QByteArrayView(key).compare(d, Qt::CaseInsensitive) == 0)
                dropped = true;
        }
        if (!dropped)
            out += key + ": " + value + "\r\n";
    }
    out += extra;
    out += "\r\n";
    return out;
}

} // namespace smec::server
