// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "textbuffer.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace smec::datagen {

/// Writes one JSON object as text and parses it into a QJsonObject at the end.
///
/// Building a QJsonObject value by value costs about a microsecond per inserted value (each
/// QJsonValue owns a CBOR container); writing the text and parsing it once is about three times
/// faster for practice-sized records, which is what lets the generator produce 100,000 practices
/// in about a second. Text appended with appendTrusted() must need no JSON escaping (the phrase
/// book is tested for that); everything else goes through string(), which escapes.
class JsonTextWriter final
{
public:
    explicit JsonTextWriter(qsizetype reserve = 512);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Starts a member: writes the separator if needed, then `"name":`.
    void key(QStringView name);

    void string(QStringView value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();

    /// A string value assembled piece by piece: beginText(), appendTrusted()/newline()...,
    /// endText().
    void beginText();
    void appendTrusted(QStringView text) { m_text.append(text); }
    void newline() { m_text.append(u"\\n"); }
    void endText();
    /// Direct access for appending trusted text (see appendTrusted()).
    TextBuffer &buffer() { return m_text; }

    /// Parses what was written; the writer must hold exactly one complete object.
    QJsonObject toObject() const;
    QStringView text() const { return m_text.view(); }

private:
    void separate();

    TextBuffer m_text;
    bool m_needsComma = false;
};

} // namespace smec::datagen
