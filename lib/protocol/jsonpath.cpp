// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonpath.h"

using namespace Qt::StringLiterals;

namespace smec::protocol {

namespace {

bool isPlainName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QString JsonPath::toString() const
{
    QString out;
    render(out);
    return out;
}

void JsonPath::render(QString &out) const
{
    if (m_parent)
        m_parent->render(out);
    switch (m_type) {
    case Type::Root:
        break;
    case Type::Prefix:
        out += m_text;
        break;
    case Type::Key:
        appendKey(out, m_text);
        break;
    case Type::Index:
        appendIndex(out, m_index);
        break;
    }
}

void JsonPath::appendKey(QString &path, QStringView name)
{
    if (isPlainName(name)) {
        if (!path.isEmpty())
            path += u'.';
        path += name;
        return;
    }
    path += u"[\""_s;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            path += u'\\';
            path += c;
        } else if (u < 0x20) {
            path += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        } else {
            path += c;
        }
    }
    path += u"\"]"_s;
}

void JsonPath::appendIndex(QString &path, qsizetype index)
{
    path += u'[';
    path += QString::number(index);
    path += u']';
}

} // namespace smec::protocol
