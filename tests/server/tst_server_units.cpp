// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests of the server's small pieces: gzip framing, request head parsing, cursors, URLs.
#include "server/changefeed.h"
#include "server/contentcoding.h"
#include "server/databaseurl.h"
#include "server/gzip.h"
#include "server/requesthead.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::server;

class TestServerUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gzip_roundTripsAndIsRealGzip();
    void gzip_accepted_data();
    void gzip_accepted();
    void zstd_roundTripsAndIsRealZstd();
    void coding_negotiated_data();
    void coding_negotiated();
    void requestHead_parse_data();
    void requestHead_parse();
    void requestHead_serialize_dropsFields();
    void cursor_roundTrips();
    void cursor_rejectsGarbage_data();
    void cursor_rejectsGarbage();
    void databaseUrl_parse_data();
    void databaseUrl_parse();
    void databaseUrl_redactsPassword();
};

void TestServerUnits::gzip_roundTripsAndIsRealGzip()
{
    QByteArray text;
    for (int i = 0; i < 1000; ++i)
        text += "practice " + QByteArray::number(i) + ", ";
    const QByteArray packed = Gzip::compress(text);
    QVERIFY(packed.startsWith("\x1f\x8b\x08")); // gzip magic and deflate method
    QVERIFY(packed.size() < text.size() / 3);
    QCOMPARE(Gzip::decompress(packed), text);
    QVERIFY(Gzip::decompress("not gzip").isEmpty());
    QVERIFY(Gzip::decompress(packed, 100).isEmpty()); // size cap
}

void TestServerUnits::gzip_accepted_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("gzip") << QByteArray("gzip") << true;
    QTest::newRow("list") << QByteArray("deflate, gzip;q=0.8, br") << true;
    QTest::newRow("upper") << QByteArray("GZIP") << true;
    QTest::newRow("q zero") << QByteArray("gzip;q=0") << false;
    QTest::newRow("identity") << QByteArray("identity") << false;
    QTest::newRow("prefix only") << QByteArray("gzipx") << false;
}

void TestServerUnits::gzip_accepted()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, accepted);
    QCOMPARE(Gzip::accepted(header), accepted);
}

void TestServerUnits::zstd_roundTripsAndIsRealZstd()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += "practice " + QByteArray::number(i) + ", ";
    const QByteArray packed = Zstd::compress(text);
    QVERIFY(packed.startsWith("\x28\xb5\x2f\xfd")); // zstd frame magic
    QVERIFY(packed.size() < text.size() / 3);
    QCOMPARE(Zstd::decompress(packed), text);
    QCOMPARE(encodeBody(ContentCoding::Zstd, text), packed);
    QCOMPARE(Gzip::decompress(encodeBody(ContentCoding::Gzip, text)), text);
    QCOMPARE(encodeBody(ContentCoding::Identity, text), text);
    // Malformed, cut short, or larger than allowed: empty, never a part.
    QVERIFY(Zstd::decompress("not zstd").isEmpty());
    QVERIFY(Zstd::decompress({}).isEmpty());
    QVERIFY(Zstd::decompress(packed.left(packed.size() - 5)).isEmpty());
    QVERIFY(Zstd::decompress(packed, 1000).isEmpty());
    // Two frames one after the other are one body (RFC 8878 allows it).
    QCOMPARE(Zstd::decompress(QByteArray(Zstd::compress("ab") + Zstd::compress("cd"))),
             QByteArray("abcd"));
}

void TestServerUnits::coding_negotiated_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("coding");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("qt's list") << QByteArray("zstd, br, gzip, deflate") << QByteArray("zstd");
    QTest::newRow("gzip only") << QByteArray("gzip, deflate") << QByteArray("gzip");
    QTest::newRow("zstd only") << QByteArray("ZSTD") << QByteArray("zstd");
    QTest::newRow("zstd refused") << QByteArray("zstd;q=0, gzip") << QByteArray("gzip");
    QTest::newRow("gzip weighed more")
        << QByteArray("zstd;q=0.2, gzip;q=0.9") << QByteArray("gzip");
    QTest::newRow("tie") << QByteArray("gzip;q=0.5, zstd;q=0.5") << QByteArray("zstd");
    QTest::newRow("wildcard") << QByteArray("*") << QByteArray("zstd");
    QTest::newRow("wildcard minus zstd") << QByteArray("zstd;q=0, *") << QByteArray("gzip");
    QTest::newRow("nothing we have") << QByteArray("br, deflate") << QByteArray();
    QTest::newRow("bad weight") << QByteArray("zstd;q=abc, gzip;q=x") << QByteArray();
    QTest::newRow("identity") << QByteArray("identity") << QByteArray();
}

void TestServerUnits::coding_negotiated()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, coding);
    QCOMPARE(codingName(negotiateCoding(header)), coding);
}

void TestServerUnits::requestHead_parse_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("simple") << QByteArray("GET /a HTTP/1.1\r\nHost: x") << true << QByteArray("GET")
                            << QByteArray("x");
    QTest::newRow("lf only") << QByteArray("POST /a HTTP/1.1\nhost:   y  \n") << true
                             << QByteArray("POST") << QByteArray("y");
    QTest::newRow("no fields") << QByteArray("GET / HTTP/1.0") << true << QByteArray("GET")
                               << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray() << QByteArray();
    QTest::newRow("two words") << QByteArray("GET /") << false << QByteArray() << QByteArray();
    QTest::newRow("not http") << QByteArray("GET / FTP/1.0") << false << QByteArray()
                              << QByteArray();
    QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c") << false << QByteArray()
                             << QByteArray();
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost x") << false << QByteArray()
                              << QByteArray();
    QTest::newRow("space in name")
        << QByteArray("GET / HTTP/1.1\r\nHo st: x") << false << QByteArray() << QByteArray();
    QTest::newRow("control char") << QByteArray("GET / HTTP/1.1\r\nHost: a\x01") << false
                                  << QByteArray() << QByteArray();
}

void TestServerUnits::requestHead_parse()
{
    QFETCH(QByteArray, section);
    QFETCH(bool, valid);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, host);
    const auto head = RequestHead::parse(section);
    QCOMPARE(head.has_value(), valid);
    if (head) {
        QCOMPARE(head->method, method);
        QCOMPARE(head->value("HOST"), host);
    }
}

void TestServerUnits::requestHead_serialize_dropsFields()
{
    const auto head = RequestHead::parse("POST /m HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                                         "Transfer-Encoding: chunked");
    QVERIFY(head);
    QCOMPARE(head->serialize({"expect", "transfer-encoding"}, "Content-Length: 3\r\n"),
             QByteArray("POST /m HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n"));
}

void TestServerUnits::cursor_roundTrips()
{
    const QString id = u"0b7c2d5e-4f3a-4c1b-9a8e-123456789abc"_s;
    const QString cursor = ChangeFeed::encodeCursor(id, 42);
    const auto decoded = ChangeFeed::decodeCursor(cursor);
    QVERIFY(decoded);
    QCOMPARE(decoded->first, id);
    QCOMPARE(decoded->second, 42);
    QVERIFY(!cursor.contains(u'='));
    QVERIFY(!cursor.contains(u'/'));
}

void TestServerUnits::cursor_rejectsGarbage_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << u"!!!"_s;
    QTest::newRow("wrong version")
        << QString::fromLatin1(QByteArray("v9.0b7c2d5e-4f3a-4c1b-9a8e-123456789abc.1").toBase64());
    QTest::newRow("negative") << QString::fromLatin1(
        QByteArray("v1.0b7c2d5e-4f3a-4c1b-9a8e-123456789abc.-1").toBase64());
    QTest::newRow("short id") << QString::fromLatin1(QByteArray("v1.abc.1").toBase64());
    QTest::newRow("too long") << QString(5000, u'A');
}

void TestServerUnits::cursor_rejectsGarbage()
{
    QFETCH(QString, cursor);
    QVERIFY(!ChangeFeed::decodeCursor(cursor));
}

void TestServerUnits::databaseUrl_parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("target"); // path or host/db
    QTest::newRow("sqlite") << u"sqlite:/var/lib/smec/db.sqlite"_s << true << false
                            << u"/var/lib/smec/db.sqlite"_s;
    QTest::newRow("sqlite relative") << u"sqlite:data.db"_s << true << false << u"data.db"_s;
    QTest::newRow("sqlite empty") << u"sqlite:"_s << false << false << QString();
    QTest::newRow("postgres") << u"postgresql://smec:pw@db.example:5433/smec"_s << true << true
                              << u"db.example/smec"_s;
    QTest::newRow("postgres no db")
        << u"postgresql://smec@db.example/"_s << false << true << QString();
    QTest::newRow("mysql") << u"mysql://x/y"_s << false << false << QString();
}

void TestServerUnits::databaseUrl_parse()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(bool, postgres);
    QFETCH(QString, target);
    const auto parsed = DatabaseUrl::parse(url);
    QCOMPARE(parsed.ok(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->backend == DatabaseUrl::Backend::Postgres, postgres);
    QCOMPARE(postgres ? parsed->host + u'/' + parsed->database : parsed->path, target);
}

void TestServerUnits::databaseUrl_redactsPassword()
{
    const auto parsed = DatabaseUrl::parse(u"postgresql://smec:secret@h:5433/db"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->port, 5433);
    QCOMPARE(parsed->password, u"secret"_s);
    QVERIFY(!parsed->redacted().contains(u"secret"_s));
}

QTEST_GUILESS_MAIN(TestServerUnits)
#include "tst_server_units.moc"
