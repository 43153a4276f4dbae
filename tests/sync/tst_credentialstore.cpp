// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sync/credentialstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using smec::Error;
using smec::sync::CredentialStore;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void token_roundTripsThroughKeychain();
    void noKeychain_reportsClearErrorAndStoresNothing();

private:
    // CTest runs each variant with only its own function (tests/sync/CMakeLists.txt); the QSKIPs
    // below are for running the executable by hand with every function.
    bool m_expectNoKeychain = false;
    QString m_service = u"smecommunity-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
};

void TestCredentialStore::initTestCase()
{
    m_expectNoKeychain = qEnvironmentVariableIsSet("SMEC_EXPECT_NO_KEYCHAIN");
}

void TestCredentialStore::token_roundTripsThroughKeychain()
{
    if (m_expectNoKeychain)
        QSKIP("runs only inside the keyring session (tests/support/with-keyring.sh)");
    CredentialStore store(m_service);
    const QString account = u"https://community.example.org|amani"_s;
    const QString token = u"tok-\u00e9-"_s + QUuid::createUuid().toString();

    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(account, token);
    QVERIFY(written.wait(10000));
    QVERIFY2(written.at(0).at(1).value<Error>().code.isEmpty(),
             qPrintable(written.at(0).at(1).value<Error>().message));

    QSignalSpy read(&store, &CredentialStore::tokenRead);
    store.readToken(account);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(0).toString(), account);
    QCOMPARE(read.at(0).at(1).toString(), token);

    QSignalSpy removed(&store, &CredentialStore::tokenRemoved);
    store.removeToken(account);
    QVERIFY(removed.wait(10000));
    QVERIFY(removed.at(0).at(1).value<Error>().code.isEmpty());

    read.clear();
    store.readToken(account);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(1).toString(), QString());
    QCOMPARE(read.at(0).at(2).value<Error>().code, u"not_found"_s);
}

void TestCredentialStore::noKeychain_reportsClearErrorAndStoresNothing()
{
    if (!m_expectNoKeychain)
        QSKIP("runs only without a session bus");
    CredentialStore store(m_service);
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(u"account"_s, u"secret"_s);
    QVERIFY(written.wait(20000));
    const Error error = written.at(0).at(1).value<Error>();
    QVERIFY2(error.code == u"keychain_unavailable"_s || error.code == u"keychain_error"_s,
             qPrintable(error.code));
    QVERIFY(!error.message.isEmpty());

    QSignalSpy read(&store, &CredentialStore::tokenRead);
    store.readToken(u"account"_s);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(0).at(1).toString(), QString());
    QVERIFY(!read.at(0).at(2).value<Error>().code.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
