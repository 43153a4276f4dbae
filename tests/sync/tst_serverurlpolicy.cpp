// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sync/serverurlpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using smec::sync::ServerUrlPolicy;

class TestServerUrlPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
};

void TestServerUrlPolicy::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = refused

    QTest::newRow("bare host means https")
        << u"community.example.org"_s << u"https://community.example.org"_s;
    QTest::newRow("https kept, trailing slash dropped")
        << u"https://Community.Example.org/"_s << u"https://community.example.org"_s;
    QTest::newRow("port kept") << u"https://example.org:8443"_s << u"https://example.org:8443"_s;
    QTest::newRow("path prefix kept")
        << u"https://example.org/sme/"_s << u"https://example.org/sme"_s;
    QTest::newRow("http to localhost allowed")
        << u"http://localhost:8080"_s << u"http://localhost:8080"_s;
    QTest::newRow("http to 127.0.0.2 allowed")
        << u"http://127.0.0.2:1"_s << u"http://127.0.0.2:1"_s;
    QTest::newRow("http to ::1 allowed") << u"http://[::1]:9000"_s << u"http://[::1]:9000"_s;
    QTest::newRow("http to a remote host refused") << u"http://example.org"_s << QString();
    QTest::newRow("http to a private address refused") << u"http://10.0.0.1"_s << QString();
    QTest::newRow("ftp refused") << u"ftp://example.org"_s << QString();
    QTest::newRow("empty refused") << u"   "_s << QString();
    QTest::newRow("credentials refused") << u"https://user:pw@example.org"_s << QString();
    QTest::newRow("garbage refused") << u"https://exa mple.org"_s << QString();
}

void TestServerUrlPolicy::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const auto result = ServerUrlPolicy::normalise(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_server_url"_s);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().toString(), expected);
    }
}

QTEST_GUILESS_MAIN(TestServerUrlPolicy)
#include "tst_serverurlpolicy.moc"
