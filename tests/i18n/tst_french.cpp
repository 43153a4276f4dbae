// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The app started in French shows French: menus, actions, sidebar sections, the editor's tabs,
// country names and dates; and the settings dialog offers the languages.
#include "demoapp.h"
#include "mainwindow.h"
#include "models/displaytext.h"
#include "models/navigationmodel.h"
#include "recordbrowserpage.h"
#include "settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

class TestFrench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_showsFrench();
    void editor_showsFrench();
    void settings_offersTheLanguages();
};

void TestFrench::initTestCase()
{
    QCoreApplication::setOrganizationName(u"smec-tst-i18n-french"_s);
}

void TestFrench::mainWindow_showsFrench()
{
    i18ntest::DemoApp demo(u"fr"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    desktop::MainWindow *window = demo.app().window();
    QStringList menus;
    for (QAction *a : window->menuBar()->actions())
        menus.append(a->text().remove(u'&'));
    QVERIFY2(menus.contains(u"Fichier"_s), qPrintable(menus.join(u", "_s)));
    QVERIFY2(menus.contains(u"Aide"_s), qPrintable(menus.join(u", "_s)));
    using C = desktop::MainWindow::Command;
    QCOMPARE(window->action(C::NewPractice)->text().remove(u'&'), u"Nouvelle pratique…"_s);
    QCOMPARE(window->action(C::SyncNow)->text().remove(u'&'), u"Synchroniser maintenant"_s);

    models::NavigationModel *nav = window->navigationModel();
    QStringList sections;
    for (int row = 0; row < nav->rowCount(); ++row)
        sections.append(nav->index(row, 0).data(Qt::DisplayRole).toString());
    QVERIFY2(sections.join(u' ').contains(u"Pratiques"_s), qPrintable(sections.join(u", "_s)));
    QVERIFY2(sections.join(u' ').contains(u"Réunions"_s), qPrintable(sections.join(u", "_s)));

    // Reference data and formats follow the language.
    QCOMPARE(models::DisplayText::country(&domain::ReferenceData::embedded(), u"DEU"_s),
             u"Allemagne"_s);
    QCOMPARE(models::DisplayText::dateTime(u"2026-03-05T10:00:00Z"_s).left(5), u"05/03"_s);
}

void TestFrench::editor_showsFrench()
{
    i18ntest::DemoApp demo(u"fr"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    QWidget *editor = demo.app().openEditor({});
    auto *tabs = editor->findChild<QTabWidget *>(u"markdownTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(2).remove(u'&'), u"Enseignements tirés"_s);
    editor->close();
}

void TestFrench::settings_offersTheLanguages()
{
    i18ntest::DemoApp demo(u"fr"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    desktop::SettingsDialog dialog(demo.settings());
    QCOMPARE(dialog.windowTitle(), u"Paramètres"_s);
    auto *language = dialog.findChild<QComboBox *>(u"settingsLanguage"_s);
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), u"fr"_s);
    QStringList codes;
    for (int i = 0; i < language->count(); ++i)
        codes.append(language->itemData(i).toString());
    QCOMPARE(codes,
             (QStringList{QString(), u"en"_s, u"fr"_s, u"es"_s, u"ar"_s, u"zh_CN"_s, u"ru"_s}));
    language->setCurrentIndex(language->findData(u"ar"_s));
    dialog.accept();
    QCOMPARE(demo.settings().language(), u"ar"_s);
}

QTEST_MAIN(TestFrench)
#include "tst_french.moc"
