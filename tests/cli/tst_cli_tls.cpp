// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// smecommunity-cli against a real smecommunity-server speaking HTTPS with throwaway certificates
// (tests/support/testcertificates.h): every certificate problem is refused with exit code 4 and a
// message that names the server and the problem; the right --ca-cert is accepted and kept for
// the next syncs; nothing is signed in or lost by a refusal (DESIGN.md section 5, invariant 7).
#include "clirunner.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QJsonObject>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::test::CliResult;
using smec::test::runCli;
using smec::test::ServerProcess;
using smec::test::TestCertificates;

namespace {

enum Exit { Ok = 0, Invalid = 3, Unreachable = 4, Auth = 5 };

QByteArray describe(const CliResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

#define CLI_EXPECT(result, code) QVERIFY2((result).exitCode == (code), describe(result).constData())

} // namespace

class TestCliTls final : public QObject
{
    Q_OBJECT

private:
    QString profile(const QString &name) const { return m_dir.filePath(name); }
    static QString url(const ServerProcess &server)
    {
        return u"https://localhost:%1"_s.arg(server.port());
    }
    CliResult login(const QString &profileName, const ServerProcess &server,
                    const QStringList &extra = {});
    /// Runs a login refused for a certificate problem: exit 4, the one-line message naming the
    /// server and `reason`, and a profile still not signed in.
    void expectRefusedLogin(const QString &profileName, const ServerProcess &server,
                            const QStringList &extra, QSslError::SslError reason);

    QTemporaryDir m_dir;
    QString m_db;
    TestCertificates m_certs;

private Q_SLOTS:
    void initTestCase();
    void login_untrustedCa_exits4();
    void login_otherCaGiven_exits4();
    void login_certificateForAnotherHost_exits4();
    void login_expiredCertificate_exits4();
    void login_caCertNotPem_exits3_nothingSignedIn();
    void login_rightCaCert_signsInAndKeepsTrustingIt();
};

void TestCliTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_certs.create(m_dir.path(), &error), qPrintable(error));
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QByteArray err;
    QCOMPARE(ServerProcess::runCommand({u"seed"_s, u"--database"_s, m_db, u"--demo"_s}, {}, nullptr,
                                       &err),
             0);
    QVERIFY(ServerProcess::addUser(m_db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
}

CliResult TestCliTls::login(const QString &profileName, const ServerProcess &server,
                            const QStringList &extra)
{
    return runCli(profile(profileName),
                  QStringList{u"login"_s, u"--server"_s, url(server), u"--username"_s, u"sec"_s,
                              u"--password-stdin"_s, u"--token-file"_s} +
                      extra,
                  "sec-password");
}

void TestCliTls::expectRefusedLogin(const QString &profileName, const ServerProcess &server,
                                    const QStringList &extra, QSslError::SslError reason)
{
    const CliResult r = login(profileName, server, extra);
    CLI_EXPECT(r, Unreachable);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(r.err).trimmed();
    // One line: where, what kind of failure, and Qt's words for each certificate problem.
    QVERIFY2(!message.contains(u'\n'), r.err.constData());
    const QString prefix =
        u"Cannot sign in at %1: The server's certificate could not be verified: "_s.arg(
            url(server));
    QVERIFY2(message.startsWith(prefix), r.err.constData());
    const QStringList reasons = message.mid(prefix.size()).split(u"; "_s);
    QVERIFY2(reasons.contains(QSslError(reason).errorString()), r.err.constData());
    // Refused means not signed in: the next command says so (exit 5), nothing half-stored.
    const CliResult status = runCli(profile(profileName), {u"sync"_s});
    CLI_EXPECT(status, Auth);
    QVERIFY(!QFile::exists(profile(profileName) + u"/token"_s));
}

void TestCliTls::login_untrustedCa_exits4()
{
    // The server's CA is nobody's: not in the system store, not given.
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.localhost().serveArgs(), false),
             server.standardError().constData());
    expectRefusedLogin(u"untrusted"_s, server, {}, QSslError::UnableToGetLocalIssuerCertificate);
    QCOMPARE(server.terminate(), 0); // the refused handshake did not harm the server
}

void TestCliTls::login_otherCaGiven_exits4()
{
    // A CA file is given, but not the one that signed the server's certificate.
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.localhost().serveArgs(), false),
             server.standardError().constData());
    expectRefusedLogin(u"otherca"_s, server, {u"--ca-cert"_s, m_certs.otherCaCert()},
                       QSslError::UnableToGetLocalIssuerCertificate);
    QCOMPARE(server.terminate(), 0);
}

void TestCliTls::login_certificateForAnotherHost_exits4()
{
    // Signed by the trusted CA, but for other.example.org: trusting the CA is not enough.
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.otherHost().serveArgs(), false),
             server.standardError().constData());
    expectRefusedLogin(u"otherhost"_s, server, {u"--ca-cert"_s, m_certs.caCert()},
                       QSslError::HostNameMismatch);
    QCOMPARE(server.terminate(), 0);
}

void TestCliTls::login_expiredCertificate_exits4()
{
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.expired().serveArgs(), false),
             server.standardError().constData());
    expectRefusedLogin(u"expired"_s, server, {u"--ca-cert"_s, m_certs.caCert()},
                       QSslError::CertificateExpired);
    QCOMPARE(server.terminate(), 0);
}

void TestCliTls::login_caCertNotPem_exits3_nothingSignedIn()
{
    // Malformed input: a CA "file" that holds no certificate is refused before any connection.
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.localhost().serveArgs(), false),
             server.standardError().constData());
    const QString notPem = m_dir.filePath(u"not-a-certificate.pem"_s);
    {
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a certificate\n");
    }
    const CliResult r = login(u"notpem"_s, server, {u"--ca-cert"_s, notPem});
    CLI_EXPECT(r, Invalid);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             u"Sign-in failed: The trusted CA file %1 holds no PEM certificate."_s.arg(notPem));
    CLI_EXPECT(runCli(profile(u"notpem"_s), {u"sync"_s}), Auth);
    QCOMPARE(server.terminate(), 0);
}

void TestCliTls::login_rightCaCert_signsInAndKeepsTrustingIt()
{
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.localhost().serveArgs(), false),
             server.standardError().constData());
    CLI_EXPECT(login(u"right"_s, server, {u"--ca-cert"_s, m_certs.caCert()}), Ok);
    // The CA stays with the profile: later commands need no --ca-cert.
    const CliResult first = runCli(profile(u"right"_s), {u"sync"_s, u"--json"_s});
    CLI_EXPECT(first, Ok);
    QVERIFY2(first.json().object().value("pulled"_L1).toInt() > 0, first.out.constData());

    // The same address now presents a certificate for another host: the sync is refused with
    // exit 4, says what to do, and keeps the local edit for later.
    const quint16 port = server.port();
    QCOMPARE(server.terminate(), 0);
    const CliResult created =
        runCli(profile(u"right"_s), {u"create"_s, u"practice"_s, u"--file"_s, u"-"_s},
               R"({"title":"Kept through a refused sync"})");
    CLI_EXPECT(created, Ok);
    ServerProcess impostor;
    QVERIFY2(impostor.start(m_db,
                            m_certs.otherHost().serveArgs() +
                                QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)},
                            false),
             impostor.standardError().constData());
    QCOMPARE(impostor.port(), port);
    const CliResult refused = runCli(profile(u"right"_s), {u"sync"_s});
    CLI_EXPECT(refused, Unreachable);
    const QString message = QString::fromUtf8(refused.err).trimmed();
    QVERIFY2(message.startsWith(u"The secure connection to %1 failed (The server's certificate "
                                u"could not be verified: "_s.arg(url(impostor))),
             refused.err.constData());
    QVERIFY2(message.contains(QSslError(QSslError::HostNameMismatch).errorString()),
             refused.err.constData());
    QVERIFY2(message.endsWith(u"). If the server uses a private certificate authority, sign in "
                              u"again with --ca-cert FILE."_s),
             refused.err.constData());
    const CliResult status = runCli(profile(u"right"_s), {u"status"_s, u"--json"_s});
    CLI_EXPECT(status, Ok);
    QCOMPARE(status.json().object().value("pending"_L1).toInt(), 1);
    QCOMPARE(impostor.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_cli_tls.moc"
