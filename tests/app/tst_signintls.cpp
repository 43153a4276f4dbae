// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop's first-start sign-in against a real smecommunity-server speaking HTTPS with
// throwaway certificates: each certificate problem comes back into the dialog as the reason,
// nothing is signed in, and the right trusted CA file (Advanced) signs in and opens the window.
#include "application.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "settings.h"
#include "signindialog.h"
#include "testcertificates.h"

#include "sync/profile.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec::desktop;
using smec::test::ServerProcess;
using smec::test::TestCertificates;

class TestSignInTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signIn_certificateProblem_shownInDialog_data();
    void signIn_certificateProblem_shownInDialog();
    void signIn_rightCaFile_signsInAndOpensWindow();

private:
    /// The visible first-start dialog, filled in for `port`; nullptr when none.
    static SignInDialog *fillDialog(quint16 port, const QString &caFile);

    QTemporaryDir m_dir;
    QString m_db;
    TestCertificates m_certs;
};

void TestSignInTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_certs.create(m_dir.path(), &error), qPrintable(error));
    m_db = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
    QVERIFY(ServerProcess::addUser(m_db, u"sec"_s, u"secretariat"_s, {}, u"sec-password"_s));
}

SignInDialog *TestSignInTls::fillDialog(quint16 port, const QString &caFile)
{
    SignInDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<SignInDialog *>(w); d && d->isVisible())
            dialog = d;
    if (!dialog)
        return nullptr;
    dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s)
        ->setText(u"https://localhost:%1"_s.arg(port));
    dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"sec"_s);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"sec-password"_s);
    dialog->findChild<QGroupBox *>(u"advancedGroup"_s)->setChecked(!caFile.isEmpty());
    dialog->findChild<QLineEdit *>(u"caFileEdit"_s)->setText(caFile);
    return dialog;
}

void TestSignInTls::signIn_certificateProblem_shownInDialog_data()
{
    QTest::addColumn<QString>("serverCert");
    QTest::addColumn<QString>("serverKey");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<int>("reason");
    QTest::newRow("untrusted CA") << m_certs.localhost().cert << m_certs.localhost().key << false
                                  << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("another host") << m_certs.otherHost().cert << m_certs.otherHost().key << true
                                  << int(QSslError::HostNameMismatch);
    QTest::newRow("expired") << m_certs.expired().cert << m_certs.expired().key << true
                             << int(QSslError::CertificateExpired);
}

void TestSignInTls::signIn_certificateProblem_shownInDialog()
{
    QFETCH(QString, serverCert);
    QFETCH(QString, serverKey);
    QFETCH(bool, trustCa);
    QFETCH(int, reason);
    ServerProcess server;
    QVERIFY2(server.start(m_db, {u"--tls-cert"_s, serverCert, u"--tls-key"_s, serverKey}, false),
             server.standardError().constData());
    QTemporaryDir profileDir;
    Settings settings(profileDir.path());
    Application app(settings, Application::Options{});
    QSignalSpy failed(&app, &Application::startFailed);
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    SignInDialog *dialog = fillDialog(server.port(), trustCa ? m_certs.caCert() : QString());
    QVERIFY(dialog);
    auto *signIn = dialog->findChild<QPushButton *>(u"signInButton"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    auto *message = dialog->findChild<QLabel *>(u"signInError"_s);
    const QString prefix = u"The server's certificate could not be verified: "_s;
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled() && message->text().startsWith(prefix), 30000);
    QVERIFY(message->isVisible());
    const QStringList reasons = message->text().mid(prefix.size()).split(u"; "_s);
    QVERIFY2(reasons.contains(QSslError(QSslError::SslError(reason)).errorString()),
             qPrintable(message->text()));
    // Refused: the dialog stays for another try, nothing is signed in, no window.
    QVERIFY(dialog->isVisible());
    QVERIFY(!settings.isConfigured());
    QVERIFY(!app.window());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(server.terminate(), 0);
}

void TestSignInTls::signIn_rightCaFile_signsInAndOpensWindow()
{
    ServerProcess server;
    QVERIFY2(server.start(m_db, m_certs.localhost().serveArgs(), false),
             server.standardError().constData());
    QTemporaryDir profileDir;
    Settings settings(profileDir.path());
    Application app(settings, Application::Options{});
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    // First without the CA: refused; then with it, in the same dialog.
    SignInDialog *dialog = fillDialog(server.port(), {});
    QVERIFY(dialog);
    auto *signIn = dialog->findChild<QPushButton *>(u"signInButton"_s);
    auto *message = dialog->findChild<QLabel *>(u"signInError"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled() && message->isVisible() &&
                                 message->text().contains(u"certificate"_s),
                             30000);
    QVERIFY(fillDialog(server.port(), m_certs.caCert()) == dialog);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 30000);
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    QVERIFY(settings.isConfigured());
    QCOMPARE(settings.profile().caFile(), m_certs.caCert());
    QCOMPARE(settings.profile().serverUrl(), u"https://localhost:%1"_s.arg(server.port()));
    QCOMPARE(server.terminate(), 0);
}

QTEST_MAIN(TestSignInTls)
#include "tst_signintls.moc"
