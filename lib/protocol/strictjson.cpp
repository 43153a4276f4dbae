// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "strictjson.h"

#include "errorcodes.h"
#include "jsonpath.h"
#include "limits.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QSet>

#include <array>
#include <charconv>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace smec::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smec::protocol", text);
}

// Bytes that may appear unescaped inside a string and need no further look: printable ASCII
// other than the quote and the backslash.
constexpr std::array<bool, 256> plainStringBytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[c] = c != '"' && c != '\\';
    return table;
}();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of the well-formed UTF-8 sequence at `p` (Unicode table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 if it is ill-formed or truncated.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar b0 = p[0];
    const auto cont = [&](qsizetype i, uchar lo = 0x80, uchar hi = 0xBF) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (b0 == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b0 == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

qsizetype utf8Size(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// A validating single pass over the bytes. It builds nothing but the member names of the open
// objects (to find duplicates and to name the path of an error); QJsonDocument builds the tree
// once the bytes are known to be good.
class Scanner final
{
public:
    // lupdate files the messages below under this class's name.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("smec::protocol::Scanner", text);
    }

    Scanner(const QByteArray &bytes, ValueSpans *spans = nullptr)
        : m_begin(reinterpret_cast<const uchar *>(bytes.constData()))
        , m_end(m_begin + bytes.size())
        , m_pos(m_begin)
        , m_spans(spans)
    {}

    bool scan()
    {
        if (m_end - m_begin >= 3 && m_begin[0] == 0xEF && m_begin[1] == 0xBB && m_begin[2] == 0xBF)
            return fail(tr("a byte order mark is not allowed"));
        skipSpace();
        if (m_pos == m_end)
            return fail(tr("empty document"));
        if (*m_pos != '{' && *m_pos != '[')
            return fail(tr("the document must be a JSON object or array"));
        if (!value(0))
            return false;
        skipSpace();
        if (m_pos != m_end)
            return fail(tr("unexpected data after the JSON value"));
        return true;
    }

    const Error &error() const { return m_error; }

private:
    struct Segment
    {
        bool isKey = false;
        QByteArray key; // UTF-8, unescaped
        qsizetype index = 0;
    };

    // The member names of one open object; a hash set takes over once linear search would cost.
    struct Names
    {
        std::vector<QByteArray> list;
        QSet<QByteArray> set;

        bool insert(const QByteArray &name)
        {
            if (list.size() < 16) {
                for (const QByteArray &n : list) {
                    if (n == name)
                        return false;
                }
                list.push_back(name);
                if (list.size() == 16)
                    set = QSet<QByteArray>(list.begin(), list.end());
                return true;
            }
            const qsizetype before = set.size();
            set.insert(name);
            return set.size() != before;
        }
    };

    bool fail(const QString &what, QLatin1StringView code = codes::invalidJson)
    {
        QString path;
        for (const Segment &s : m_path) {
            if (s.isKey)
                JsonPath::appendKey(path, QString::fromUtf8(s.key));
            else
                JsonPath::appendIndex(path, s.index);
        }
        const qsizetype offset = m_pos - m_begin;
        const QString where = path.isEmpty() ? tr("at byte %1").arg(offset)
                                             : tr("at %1 (byte %2)").arg(path).arg(offset);
        m_error = Error{code, tr("%1: %2").arg(where, what), path};
        return false;
    }

    void skipSpace()
    {
        while (m_pos != m_end &&
               (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }

    bool value(int depth)
    {
        if (m_pos == m_end)
            return fail(tr("unexpected end of document, a value was expected"));
        switch (*m_pos) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr, limits::maxStringBytes);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (*m_pos == '-' || isDigit(char(*m_pos)))
                return number();
            return fail(tr("unexpected character, a value was expected"));
        }
    }

    bool literal(const char *word)
    {
        const auto size = qsizetype(std::strlen(word));
        if (m_end - m_pos < size || std::memcmp(m_pos, word, size_t(size)) != 0)
            return fail(tr("invalid literal"));
        m_pos += size;
        return true;
    }

    bool object(int depth)
    {
        if (depth > limits::maxDepth)
            return fail(tr("nesting deeper than %1 levels").arg(limits::maxDepth));
        ++m_pos; // '{'
        skipSpace();
        if (m_pos != m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        Names names;
        bool first = true;
        for (;;) {
            // An error in or before a name belongs to the object: the path gets the name once read.
            if (!first)
                m_path.pop_back();
            first = false;
            if (m_pos == m_end || *m_pos != '"')
                return fail(tr("a member name in double quotes was expected"));
            QByteArray name;
            if (!string(&name, limits::maxKeyBytes))
                return false;
            m_path.push_back(Segment{true, name, 0});
            if (!names.insert(name))
                return fail(tr("duplicate member name"));
            skipSpace();
            if (m_pos == m_end || *m_pos != ':')
                return fail(tr("a colon was expected after the member name"));
            ++m_pos;
            skipSpace();
            const uchar *valueBegin = m_pos;
            if (!value(depth))
                return false;
            if (m_spans && depth == m_spans->depth && name == m_spans->name) {
                const qsizetype index =
                    m_path.size() >= 2 ? m_path[m_path.size() - 2].index : qsizetype(0);
                m_spans->spans.push_back({index, valueBegin - m_begin, m_pos - m_begin});
            }
            skipSpace();
            if (m_pos != m_end && *m_pos == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (m_pos != m_end && *m_pos == '}') {
                ++m_pos;
                m_path.pop_back();
                return true;
            }
            return fail(tr("a comma or a closing brace was expected"));
        }
    }

    bool array(int depth)
    {
        if (depth > limits::maxDepth)
            return fail(tr("nesting deeper than %1 levels").arg(limits::maxDepth));
        ++m_pos; // '['
        skipSpace();
        if (m_pos != m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        m_path.push_back(Segment{false, {}, 0});
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (m_pos != m_end && *m_pos == ',') {
                ++m_pos;
                skipSpace();
                ++m_path.back().index;
                continue;
            }
            if (m_pos != m_end && *m_pos == ']') {
                ++m_pos;
                m_path.pop_back();
                return true;
            }
            return fail(tr("a comma or a closing bracket was expected"));
        }
    }

    // Reads four hex digits after `\u` at m_pos; -1 if they are not there.
    int hex4()
    {
        if (m_end - m_pos < 4)
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(char(m_pos[i]));
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        m_pos += 4;
        return v;
    }

    // Scans a string at m_pos (on the opening quote). With `decoded`, also unescapes it there.
    bool string(QByteArray *decoded, qsizetype maxBytes)
    {
        const uchar *start = ++m_pos;
        qsizetype size = 0;
        bool escaped = false;
        for (;;) {
            const uchar *run = m_pos;
            while (m_pos != m_end && plainStringBytes[*m_pos])
                ++m_pos;
            size += m_pos - run;
            if (decoded && escaped)
                decoded->append(reinterpret_cast<const char *>(run), m_pos - run);
            if (m_pos == m_end)
                return fail(tr("unterminated string"));
            const uchar c = *m_pos;
            if (c == '"')
                break;
            if (c < 0x20)
                return fail(
                    tr("control character U+%1 must be escaped").arg(int(c), 4, 16, QChar(u'0')));
            if (c >= 0x80) {
                const int n = utf8SequenceLength(m_pos, m_end);
                if (n == 0)
                    return fail(tr("invalid UTF-8 byte sequence"));
                if (decoded && escaped)
                    decoded->append(reinterpret_cast<const char *>(m_pos), n);
                m_pos += n;
                size += n;
                continue;
            }
            // c == '\\'
            if (decoded && !escaped) {
                *decoded = QByteArray(reinterpret_cast<const char *>(start), m_pos - start);
                escaped = true;
            }
            ++m_pos;
            if (m_pos == m_end)
                return fail(tr("unterminated string"));
            char32_t cp = 0;
            switch (*m_pos++) {
            case '"':
                cp = '"';
                break;
            case '\\':
                cp = '\\';
                break;
            case '/':
                cp = '/';
                break;
            case 'b':
                cp = '\b';
                break;
            case 'f':
                cp = '\f';
                break;
            case 'n':
                cp = '\n';
                break;
            case 'r':
                cp = '\r';
                break;
            case 't':
                cp = '\t';
                break;
            case 'u': {
                const int unit = hex4();
                if (unit < 0)
                    return fail(tr("\\u must be followed by four hex digits"));
                if (unit == 0)
                    return fail(tr("\\u0000 is not allowed in strings"));
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return fail(tr("lone low surrogate escape"));
                cp = char32_t(unit);
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u')
                        return fail(tr("lone high surrogate escape"));
                    m_pos += 2;
                    const int low = hex4();
                    if (low < 0)
                        return fail(tr("\\u must be followed by four hex digits"));
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(tr("lone high surrogate escape"));
                    cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                }
                break;
            }
            default:
                return fail(tr("invalid escape sequence"));
            }
            size += utf8Size(cp);
            if (decoded)
                appendUtf8(*decoded, cp);
        }
        if (decoded && !escaped) // no copy: the bytes outlive the scanner
            *decoded =
                QByteArray::fromRawData(reinterpret_cast<const char *>(start), m_pos - start);
        ++m_pos; // closing quote
        if (size > maxBytes) {
            if (decoded)
                return fail(tr("member name longer than %1 bytes").arg(maxBytes));
            return fail(tr("string longer than %1 bytes").arg(maxBytes), codes::payloadTooLarge);
        }
        return true;
    }

    bool number()
    {
        const uchar *start = m_pos;
        const bool negative = *m_pos == '-';
        if (negative)
            ++m_pos;
        if (m_pos == m_end || !isDigit(char(*m_pos)))
            return fail(tr("invalid number"));
        const uchar *intStart = m_pos;
        if (*m_pos == '0') {
            ++m_pos;
            if (m_pos != m_end && isDigit(char(*m_pos)))
                return fail(tr("numbers must not have leading zeros"));
        } else {
            while (m_pos != m_end && isDigit(char(*m_pos)))
                ++m_pos;
        }
        const uchar *intEnd = m_pos;
        bool integer = true;
        if (m_pos != m_end && *m_pos == '.') {
            integer = false;
            ++m_pos;
            if (m_pos == m_end || !isDigit(char(*m_pos)))
                return fail(tr("invalid number: digits must follow the decimal point"));
            while (m_pos != m_end && isDigit(char(*m_pos)))
                ++m_pos;
        }
        if (m_pos != m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            integer = false;
            ++m_pos;
            if (m_pos != m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (m_pos == m_end || !isDigit(char(*m_pos)))
                return fail(tr("invalid number: digits must follow the exponent"));
            while (m_pos != m_end && isDigit(char(*m_pos)))
                ++m_pos;
        }

        if (integer) {
            // QJsonDocument keeps integers exactly as int64 and silently rounds anything larger.
            quint64 magnitude = 0;
            const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
            for (const uchar *p = intStart; p != intEnd; ++p) {
                const quint64 digit = quint64(*p - '0');
                if (magnitude > (limit - digit) / 10)
                    return fail(tr("integer out of the 64-bit range"));
                magnitude = magnitude * 10 + digit;
            }
            return true;
        }

        double parsed = 0;
        const auto [ptr, ec] = std::from_chars(reinterpret_cast<const char *>(start),
                                               reinterpret_cast<const char *>(m_pos), parsed);
        Q_UNUSED(ptr);
        if (ec == std::errc::result_out_of_range) {
            // QJsonDocument refuses both overflow and underflow to zero; say so clearly here.
            return fail(tr("number out of the range of a double"));
        } else if (ec != std::errc()) {
            return fail(tr("invalid number"));
        }
        return true;
    }

    const uchar *m_begin;
    const uchar *m_end;
    const uchar *m_pos;
    std::vector<Segment> m_path;
    Error m_error;
    ValueSpans *m_spans = nullptr;
};

} // namespace

Result<QJsonDocument> parseStrictJson(const QByteArray &bytes, qsizetype maxBytes)
{
    return parseStrictJson(bytes, maxBytes, nullptr);
}

Result<QJsonDocument> parseStrictJson(const QByteArray &bytes, qsizetype maxBytes,
                                      ValueSpans *spans)
{
    if (bytes.size() > maxBytes) {
        return Error{codes::payloadTooLarge,
                     tr("the document is %1 bytes, more than the limit of %2 bytes")
                         .arg(bytes.size())
                         .arg(maxBytes),
                     {}};
    }
    Scanner scanner(bytes, spans);
    if (!scanner.scan())
        return scanner.error();

    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The scanner accepts a subset of what QJsonDocument does; reaching this is a bug here.
        return Error{codes::invalidJson,
                     tr("at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                     {}};
    }
    return document;
}

} // namespace smec::protocol
