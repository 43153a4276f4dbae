// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ServerConnection: the one factory both apps use to reach the profile's server. Each refusal
// has its own code, so the apps can tell the user what to do; nothing here needs a server.
#include "sync/profile.h"
#include "sync/serverconnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::sync;

class TestServerConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_refusesProfileWithoutServer();
    void open_refusesAddressThePolicyRefuses();
    void open_refusesMissingOrEmptyToken();
    void open_refusesUnusableCaFile();
    void open_carriesServerAndToken();
    void openAnonymous_normalisesAddress();

private:
    static protocol::UserInfo alice()
    {
        protocol::UserInfo user;
        user.id = u"6f1c1f0e-0000-4000-8000-000000000001"_s;
        user.username = u"alice"_s;
        user.role = u"delegate"_s;
        return user;
    }
};

void TestServerConnection::open_refusesProfileWithoutServer()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    auto connection = ServerConnection::open(profile);
    QVERIFY(!connection);
    QCOMPARE(connection.error().code, u"not_signed_in"_s);
    QVERIFY2(connection.error().message.contains(profile.dir()),
             qPrintable(connection.error().message));
}

void TestServerConnection::open_refusesAddressThePolicyRefuses()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    // Plain HTTP to another machine would carry the token in the clear.
    profile.setSignedIn(u"http://example.org"_s, {}, Profile::TokenStorage::File, alice());
    QVERIFY(tokens::write(profile, u"secret"_s));
    auto connection = ServerConnection::open(profile);
    QVERIFY(!connection);
    QCOMPARE(connection.error().code, u"invalid_server_url"_s);
}

void TestServerConnection::open_refusesMissingOrEmptyToken()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    profile.setSignedIn(u"https://example.org"_s, {}, Profile::TokenStorage::File, alice());
    auto missing = ServerConnection::open(profile);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"token_unavailable"_s);
    QVERIFY2(missing.error().message.contains(profile.dir()), qPrintable(missing.error().message));

    QVERIFY(tokens::write(profile, QString()));
    auto empty = ServerConnection::open(profile);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, u"token_unavailable"_s);
    QVERIFY(!empty.error().message.isEmpty());
}

void TestServerConnection::open_refusesUnusableCaFile()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    profile.setSignedIn(u"https://example.org"_s, dir.filePath(u"missing-ca.pem"_s),
                        Profile::TokenStorage::File, alice());
    QVERIFY(tokens::write(profile, u"secret"_s));
    auto connection = ServerConnection::open(profile);
    QVERIFY(!connection);
    // Local input, not the server's fault: the CLI exits 3 for it, not 4.
    QCOMPARE(connection.error().code, u"ca_file"_s);
    QVERIFY(connection.error().message.contains(u"missing-ca.pem"_s));
}

void TestServerConnection::open_carriesServerAndToken()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    profile.setSignedIn(u"https://example.org:8443"_s, {}, Profile::TokenStorage::File, alice());
    QVERIFY(tokens::write(profile, u"secret-token"_s));
    auto connection = ServerConnection::open(profile);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    QCOMPARE(connection->serverUrl(), QUrl(u"https://example.org:8443"_s));
    QCOMPARE(connection->api().token(), QByteArray("secret-token"));
}

void TestServerConnection::openAnonymous_normalisesAddress()
{
    auto connection = ServerConnection::openAnonymous(u"  community.example.org "_s, {});
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    QCOMPARE(connection->serverUrl().scheme(), u"https"_s);
    QCOMPARE(connection->serverUrl().host(), u"community.example.org"_s);
    QVERIFY(connection->api().token().isEmpty());
    QCOMPARE(ServerConnection::openAnonymous(QString(), {}).error().code, u"invalid_server_url"_s);
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
