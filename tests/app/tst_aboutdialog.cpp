// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help > About names the licence (GPL-3.0-or-later) and every third-party component of SME
// Community with its licence, and the main window's About action opens it.

#include "aboutdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::desktop::AboutDialog;
using smec::desktop::MainWindow;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheLicence();
    void listsThirdPartyComponentsWithTheirLicences();
    void mainWindowAction_opensIt();
};

void TestAboutDialog::namesTheLicence()
{
    AboutDialog dialog;
    auto *licence = dialog.findChild<QLabel *>(u"aboutLicence"_s);
    QVERIFY(licence);
    QVERIFY(licence->text().contains(u"GPL-3.0-or-later"_s));
    QVERIFY(licence->text().contains(u"GNU General Public License"_s));
    QVERIFY(licence->text().contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));
    auto *copyright = dialog.findChild<QLabel *>(u"aboutCopyright"_s);
    QVERIFY(copyright);
    QVERIFY(copyright->text().contains(u"SME Community contributors"_s));
}

void TestAboutDialog::listsThirdPartyComponentsWithTheirLicences()
{
    AboutDialog dialog;
    auto *table = dialog.findChild<QTableWidget *>(u"aboutComponents"_s);
    QVERIFY(table);
    QHash<QString, QString> licenceOf;
    for (int row = 0; row < table->rowCount(); ++row)
        licenceOf.insert(table->item(row, 0)->text().section(u' ', 0, 0),
                         table->item(row, 1)->text());
    QCOMPARE(licenceOf.size(), 6);
    QVERIFY(licenceOf.value(u"Qt"_s).startsWith(u"LGPL-3.0"_s));
    QVERIFY(licenceOf.value(u"Qt"_s).contains(u"Qt HTTP Server"_s));
    QVERIFY(licenceOf.value(u"Qt"_s).contains(u"Qt Charts"_s));
    QVERIFY(licenceOf.value(u"Qt"_s).contains(u"GPL-3.0"_s));
    QCOMPARE(licenceOf.value(u"KSyntaxHighlighting"_s), u"MIT"_s);
    QCOMPARE(licenceOf.value(u"QtKeychain"_s), u"BSD-3-Clause"_s);
    QCOMPARE(licenceOf.value(u"libsodium"_s), u"ISC"_s);
    QCOMPARE(licenceOf.value(u"dtl"_s), u"BSD-3-Clause"_s);
    QCOMPARE(licenceOf.value(u"SQLite"_s), u"public domain"_s);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!table->item(row, 2)->text().isEmpty());
}

void TestAboutDialog::mainWindowAction_opensIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), u"About SME Community"_s);
    dialog->close();
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
