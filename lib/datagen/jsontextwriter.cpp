// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsontextwriter.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace smec::datagen {

JsonTextWriter::JsonTextWriter(qsizetype reserve)
    : m_text(reserve)
{}

void JsonTextWriter::separate()
{
    if (m_needsComma)
        m_text.append(u',');
}

void JsonTextWriter::beginObject()
{
    separate();
    m_text.append(u'{');
    m_needsComma = false;
}

void JsonTextWriter::endObject()
{
    m_text.append(u'}');
    m_needsComma = true;
}

void JsonTextWriter::beginArray()
{
    separate();
    m_text.append(u'[');
    m_needsComma = false;
}

void JsonTextWriter::endArray()
{
    m_text.append(u']');
    m_needsComma = true;
}

void JsonTextWriter::key(QStringView name)
{
    separate();
    m_text.append(u'"');
    m_text.append(name);
    m_text.append(u'"');
    m_text.append(u':');
    m_needsComma = false;
}

void JsonTextWriter::string(QStringView value)
{
    beginText();
    qsizetype run = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        m_text.append(value.mid(run, i - run));
        run = i + 1;
        switch (c) {
        case u'"':
            m_text.append(QStringView(u"\\\""));
            break;
        case u'\\':
            m_text.append(QStringView(u"\\\\"));
            break;
        case u'\n':
            m_text.append(QStringView(u"\\n"));
            break;
        case u'\t':
            m_text.append(QStringView(u"\\t"));
            break;
        case u'\r':
            m_text.append(QStringView(u"\\r"));
            break;
        default: {
            static constexpr char16_t hex[] = u"0123456789abcdef";
            const char16_t escaped[] = {u'\\', u'u', u'0', u'0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            m_text.append(QStringView(escaped, 6));
            break;
        }
        }
    }
    m_text.append(value.mid(run));
    endText();
}

void JsonTextWriter::integer(qint64 value)
{
    separate();
    m_text.appendNumber(value);
    m_needsComma = true;
}

void JsonTextWriter::boolean(bool value)
{
    separate();
    m_text.append(value ? QStringView(u"true") : QStringView(u"false"));
    m_needsComma = true;
}

void JsonTextWriter::null()
{
    separate();
    m_text.append(QStringView(u"null"));
    m_needsComma = true;
}

void JsonTextWriter::beginText()
{
    separate();
    m_text.append(u'"');
}

void JsonTextWriter::endText()
{
    m_text.append(u'"');
    m_needsComma = true;
}

QJsonObject JsonTextWriter::toObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_text.view().toUtf8(), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "JsonTextWriter::toObject",
               qPrintable(error.errorString()));
    return document.object();
}

} // namespace smec::datagen
