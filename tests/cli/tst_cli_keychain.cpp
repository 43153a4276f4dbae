// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smecommunity-cli login with the token in a real keychain (gnome-keyring in a private D-Bus
// session): the token is usable by later commands and is written to no file of the profile.
#include "clirunner.h"
#include "serverprocess.h"

#include "sync/profile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::test::CliResult;
using smec::test::runCli;
using smec::test::ServerProcess;

class TestCliKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void login_keepsTokenInKeychainOnly();
};

void TestCliKeychain::login_keepsTokenInKeychainOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = u"sqlite:"_s + dir.filePath(u"server.sqlite"_s);
    QVERIFY(ServerProcess::addUser(db, u"ken"_s, u"delegate"_s, u"KEN"_s, u"ken-password"_s));
    ServerProcess server;
    QVERIFY2(server.start(db), server.standardError().constData());
    const QString profile = dir.filePath(u"profile"_s);

    const CliResult login =
        runCli(profile,
               {u"login"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(server.port()),
                u"--username"_s, u"ken"_s, u"--password-stdin"_s},
               "ken-password\n");
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY2(login.err.contains("keychain"), login.err.constData());
    QVERIFY(!QFile::exists(QDir(profile).filePath(u"token"_s)));

    // The token is in the keychain, where the engine finds it...
    const CliResult sync = runCli(profile, {u"sync"_s, u"--json"_s});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    smec::sync::Profile opened(profile);
    const auto token = smec::sync::tokens::read(opened);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
    QVERIFY(token->size() >= 32);

    // ...and in no file of the profile.
    QDirIterator files(profile, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token->toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 2); // settings.ini and replica.sqlite at least

    // Logout removes it from the keychain.
    const CliResult logout = runCli(profile, {u"logout"_s});
    QVERIFY2(logout.exitCode == 0, logout.err.constData());
    QVERIFY(!smec::sync::tokens::read(opened).ok() || smec::sync::tokens::read(opened)->isEmpty());
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
