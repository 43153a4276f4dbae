// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The strict JSON layer under every decoder: what QJsonDocument would let through silently.
#include "protocol/limits.h"
#include "protocol/strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::protocol::parseStrictJson;
namespace limits = smec::protocol::limits;

namespace {

constexpr qsizetype bigLimit = 64 * 1024 * 1024;

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray nestedObjects(int depth)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += "{\"a\":";
    out += "1";
    out += QByteArray(depth, '}');
    return out;
}

} // namespace

class TestStrictJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_acceptsValidDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray("[]");
        QTest::newRow("whitespace around") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] } \n");
        QTest::newRow("all scalars")
            << QByteArray(R"({"s":"x","i":-12,"d":1.5e3,"t":true,"f":false,"n":null})");
        QTest::newRow("escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\"]");
        QTest::newRow("surrogate pair escape") << QByteArray(R"(["\ud83d\ude00"])");
        QTest::newRow("raw 2-byte utf8") << QByteArray("[\"\xc3\xa9\"]");
        QTest::newRow("raw 3-byte utf8") << QByteArray("[\"\xe2\x82\xac\"]");
        QTest::newRow("raw 4-byte utf8") << QByteArray("[\"\xf0\x9f\x98\x80\"]");
        QTest::newRow("largest code point") << QByteArray("[\"\xf4\x8f\xbf\xbf\"]");
        QTest::newRow("U+FFFF noncharacter") << QByteArray("[\"\xef\xbf\xbf\"]");
        QTest::newRow("escaped control char") << QByteArray(R"(["\u0001"])");
        QTest::newRow("int64 max") << QByteArray("[9223372036854775807]");
        QTest::newRow("int64 min") << QByteArray("[-9223372036854775808]");
        QTest::newRow("double max") << QByteArray("[1.7976931348623157e308]");
        QTest::newRow("subnormal") << QByteArray("[4.9e-324]");
        QTest::newRow("big exponent on zero") << QByteArray("[0e999999999999]");
        QTest::newRow("minus zero") << QByteArray("[-0]");
        QTest::newRow("depth at limit") << nested(limits::maxDepth);
        QTest::newRow("objects at depth limit") << nestedObjects(limits::maxDepth);
        QTest::newRow("same key in sibling objects") << QByteArray(R"([{"a":1},{"a":2}])");
        QTest::newRow("same key at two levels") << QByteArray(R"({"a":{"a":1}})");
        QTest::newRow("keys differing in case") << QByteArray(R"({"a":1,"A":2})");
    }

    void parse_acceptsValidDocuments()
    {
        QFETCH(QByteArray, bytes);
        const auto result = parseStrictJson(bytes, bigLimit);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }

    void parse_keepsValuesExactly()
    {
        const auto result = parseStrictJson(
            R"({"big":9007199254740993,"text":"a\u00e9\ud83d\ude00","neg":-42})", bigLimit);
        QVERIFY(result.ok());
        const QJsonObject object = result->object();
        QCOMPARE(object.value("big"_L1).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(object.value("text"_L1).toString(), u"a\u00e9\U0001F600"_s);
        QCOMPARE(object.value("neg"_L1).toInteger(), -42);
    }

    void parse_rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");

        const QString json = u"invalid_json"_s;
        // Syntax.
        QTest::newRow("empty") << QByteArray() << json << QString();
        QTest::newRow("only whitespace") << QByteArray(" \n") << json << QString();
        QTest::newRow("top-level string") << QByteArray("\"x\"") << json << QString();
        QTest::newRow("top-level number") << QByteArray("1") << json << QString();
        QTest::newRow("top-level null") << QByteArray("null") << json << QString();
        QTest::newRow("unclosed object") << QByteArray("{") << json << QString();
        QTest::newRow("unclosed array") << QByteArray("[1,") << json << u"[1]"_s;
        QTest::newRow("trailing comma array") << QByteArray("[1,]") << json << u"[1]"_s;
        QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})") << json << QString();
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << json << u"a"_s;
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << json << QString();
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << json << QString();
        QTest::newRow("trailing garbage") << QByteArray("{} x") << json << QString();
        QTest::newRow("two documents") << QByteArray("{}{}") << json << QString();
        QTest::newRow("comment") << QByteArray("{/*x*/}") << json << QString();
        QTest::newRow("bad literal") << QByteArray("[tru]") << json << u"[0]"_s;
        QTest::newRow("capital literal") << QByteArray("[True]") << json << u"[0]"_s;
        QTest::newRow("NaN") << QByteArray("[NaN]") << json << u"[0]"_s;
        QTest::newRow("Infinity") << QByteArray("[Infinity]") << json << u"[0]"_s;
        QTest::newRow("plus sign") << QByteArray("[+1]") << json << u"[0]"_s;
        QTest::newRow("leading zero") << QByteArray("[01]") << json << u"[0]"_s;
        QTest::newRow("bare minus") << QByteArray("[-]") << json << u"[0]"_s;
        QTest::newRow("dot without digits") << QByteArray("[1.]") << json << u"[0]"_s;
        QTest::newRow("leading dot") << QByteArray("[.5]") << json << u"[0]"_s;
        QTest::newRow("exponent without digits") << QByteArray("[1e]") << json << u"[0]"_s;
        QTest::newRow("hex number") << QByteArray("[0x10]") << json << u"[0]"_s;
        QTest::newRow("unterminated string") << QByteArray("[\"abc") << json << u"[0]"_s;
        QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << json << u"[0]"_s;
        QTest::newRow("raw tab in string") << QByteArray("[\"a\tb\"]") << json << u"[0]"_s;
        QTest::newRow("raw NUL in string") << QByteArray("[\"a\0b\"]", 6) << json << u"[0]"_s;
        QTest::newRow("NUL outside string") << QByteArray("[1]\0", 4) << json << QString();
        QTest::newRow("bad escape") << QByteArray(R"(["\x41"])") << json << u"[0]"_s;
        QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << json << u"[0]"_s;
        QTest::newRow("non-hex unicode escape") << QByteArray(R"(["\u12G4"])") << json << u"[0]"_s;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << json << QString();

        // Escapes Qt would turn into U+FFFD or keep as unpaired surrogates.
        QTest::newRow("escaped NUL") << QByteArray(R"({"a":"x\u0000"})") << json << u"a"_s;
        QTest::newRow("lone high surrogate") << QByteArray(R"({"a":"\ud800"})") << json << u"a"_s;
        QTest::newRow("lone high surrogate then text")
            << QByteArray(R"({"a":"\ud800x"})") << json << u"a"_s;
        QTest::newRow("high surrogate then non-low")
            << QByteArray(R"({"a":"\ud800\u0041"})") << json << u"a"_s;
        QTest::newRow("two high surrogates")
            << QByteArray(R"({"a":"\ud800\ud800"})") << json << u"a"_s;
        QTest::newRow("lone low surrogate") << QByteArray(R"({"a":"\udc00"})") << json << u"a"_s;
        QTest::newRow("reversed pair") << QByteArray(R"({"a":"\ude00\ud83d"})") << json << u"a"_s;

        // Invalid UTF-8, which QJsonDocument silently replaces with U+FFFD.
        QTest::newRow("lone continuation byte") << QByteArray("{\"a\":\"\x80\"}") << json << u"a"_s;
        QTest::newRow("overlong 2-byte slash C0 AF")
            << QByteArray("{\"a\":\"\xc0\xaf\"}") << json << u"a"_s;
        QTest::newRow("overlong 2-byte C1 BF")
            << QByteArray("{\"a\":\"\xc1\xbf\"}") << json << u"a"_s;
        QTest::newRow("overlong 3-byte E0 80 AF")
            << QByteArray("{\"a\":\"\xe0\x80\xaf\"}") << json << u"a"_s;
        QTest::newRow("overlong 3-byte E0 9F BF")
            << QByteArray("{\"a\":\"\xe0\x9f\xbf\"}") << json << u"a"_s;
        QTest::newRow("overlong 4-byte F0 80 80 AF")
            << QByteArray("{\"a\":\"\xf0\x80\x80\xaf\"}") << json << u"a"_s;
        QTest::newRow("overlong 4-byte F0 8F BF BF")
            << QByteArray("{\"a\":\"\xf0\x8f\xbf\xbf\"}") << json << u"a"_s;
        QTest::newRow("encoded surrogate ED A0 80")
            << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << json << u"a"_s;
        QTest::newRow("encoded surrogate ED BF BF")
            << QByteArray("{\"a\":\"\xed\xbf\xbf\"}") << json << u"a"_s;
        QTest::newRow("encoded surrogate pair (CESU-8)")
            << QByteArray("{\"a\":\"\xed\xa0\xbd\xed\xb8\x80\"}") << json << u"a"_s;
        QTest::newRow("above U+10FFFF F4 90 80 80")
            << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << json << u"a"_s;
        QTest::newRow("F5 lead byte")
            << QByteArray("{\"a\":\"\xf5\x80\x80\x80\"}") << json << u"a"_s;
        QTest::newRow("FF byte") << QByteArray("{\"a\":\"\xff\"}") << json << u"a"_s;
        QTest::newRow("FE byte") << QByteArray("{\"a\":\"\xfe\"}") << json << u"a"_s;
        QTest::newRow("truncated 2-byte at end of string")
            << QByteArray("{\"a\":\"\xc3\"}") << json << u"a"_s;
        QTest::newRow("truncated 3-byte") << QByteArray("{\"a\":\"\xe2\x82\"}") << json << u"a"_s;
        QTest::newRow("truncated 4-byte")
            << QByteArray("{\"a\":\"\xf0\x9f\x98\"}") << json << u"a"_s;
        QTest::newRow("truncated at end of input")
            << QByteArray("{\"a\":\"\xf0\x9f") << json << u"a"_s;
        QTest::newRow("2-byte lead then ASCII") << QByteArray("{\"a\":\"\xc3"
                                                              "A\"}")
                                                << json << u"a"_s;
        QTest::newRow("invalid utf8 in key") << QByteArray("{\"k\xff\":1}") << json << QString();
        QTest::newRow("invalid utf8 in second key")
            << QByteArray("{\"a\":1,\"\xc0\x80\":2}") << json << QString();
        QTest::newRow("non-ASCII outside strings")
            << QByteArray("{\"a\":1\xc2\xa0}") << json << u"a"_s;
        QTest::newRow("latin-1 text") << QByteArray("{\"a\":\"caf\xe9\"}") << json << u"a"_s;

        // Duplicate member names: QJsonDocument keeps the last silently; we refuse.
        QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})") << json << u"a"_s;
        QTest::newRow("duplicate key nested")
            << QByteArray(R"({"x":[{"b":1,"c":2,"b":3}]})") << json << u"x[0].b"_s;
        QTest::newRow("duplicate key via escape")
            << QByteArray(R"({"ab":1,"a\u0062":2})") << json << u"ab"_s;
        QByteArray manyKeys = "{";
        for (int i = 0; i < 100; ++i)
            manyKeys += "\"k" + QByteArray::number(i) + "\":0,";
        manyKeys += "\"k57\":1}";
        QTest::newRow("duplicate key after many (hash set)") << manyKeys << json << u"k57"_s;

        // Numbers QJsonDocument would round or turn into infinity.
        QTest::newRow("integer above int64")
            << QByteArray(R"({"n":9223372036854775808})") << json << u"n"_s;
        QTest::newRow("integer below int64")
            << QByteArray(R"({"n":-9223372036854775809})") << json << u"n"_s;
        QTest::newRow("huge integer")
            << QByteArray(R"({"n":123456789012345678901234567890})") << json << u"n"_s;
        QTest::newRow("double overflow") << QByteArray(R"({"n":1e309})") << json << u"n"_s;
        QTest::newRow("negative double overflow")
            << QByteArray(R"({"n":-1.8e308})") << json << u"n"_s;
        QTest::newRow("underflow to zero") << QByteArray(R"({"n":1e-400})") << json << u"n"_s;
        QTest::newRow("huge exponent")
            << QByteArray(R"({"n":1e99999999999999999999})") << json << u"n"_s;
        QTest::newRow("many digits overflow")
            << QByteArray("{\"n\":" + QByteArray(400, '9') + ".0}") << json << u"n"_s;

        // Nesting.
        QTest::newRow("arrays one level too deep")
            << nested(limits::maxDepth + 1) << json << QString("[0]"_L1).repeated(limits::maxDepth);
        QTest::newRow("very deep arrays")
            << nested(100000) << json << QString("[0]"_L1).repeated(limits::maxDepth);
        QTest::newRow("unbalanced very deep")
            << QByteArray(100000, '[') << json << QString("[0]"_L1).repeated(limits::maxDepth);
        QString objectsPath = u"a"_s;
        for (int i = 1; i < limits::maxDepth; ++i)
            objectsPath += u".a"_s;
        QTest::newRow("objects one level too deep")
            << nestedObjects(limits::maxDepth + 1) << json << objectsPath;

        // Sizes.
        QTest::newRow("string over the limit")
            << QByteArray("{\"body\":\"" + QByteArray(limits::maxStringBytes + 1, 'x') + "\"}")
            << u"payload_too_large"_s << u"body"_s;
        QTest::newRow("escaped string over the limit")
            << QByteArray("{\"body\":\"" + QByteArray(limits::maxStringBytes / 3, 'x') +
                          QByteArray("\\u20ac").repeated(limits::maxStringBytes / 3 + 1) + "\"}")
            << u"payload_too_large"_s << u"body"_s;
        QTest::newRow("key over the limit")
            << QByteArray("{\"" + QByteArray(limits::maxKeyBytes + 1, 'k') + "\":1}") << json
            << QString();
    }

    void parse_rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const auto result = parseStrictJson(bytes, bigLimit);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().path, path);
        QVERIFY(!result.error().message.isEmpty());
    }

    void parse_acceptsStringAtTheLimit()
    {
        const QByteArray body(limits::maxStringBytes - 2, 'x');
        QVERIFY(parseStrictJson("[\"" + body + "\xc3\xa9\"]", bigLimit).ok());
        QVERIFY(!parseStrictJson("[\"" + body + "\xe2\x82\xac\"]", bigLimit).ok());
    }

    void parse_rejectsDocumentOverTheLimit()
    {
        const auto result = parseStrictJson(QByteArray("[1,2,3]"), 6);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"payload_too_large"_s);
        QVERIFY(parseStrictJson(QByteArray("[1,2,3]"), 7).ok());
    }

    void parse_namesPathOfKeysThatNeedQuoting()
    {
        const auto result = parseStrictJson(R"({"a b":{"x.y":[0,"\ud800"]}})", bigLimit);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().path, uR"(["a b"]["x.y"][1])"_s);
    }

    void parse_messageSaysWhereAndWhat()
    {
        const auto result = parseStrictJson(R"({"mutations":[{"id":"\ud800"}]})", bigLimit);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().path, u"mutations[0].id"_s);
        QVERIFY2(result.error().message.contains(u"mutations[0].id"_s),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"surrogate"_s),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
