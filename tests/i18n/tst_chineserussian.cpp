// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The app started in Chinese (`--lang zh` or `zh_CN`) or Russian shows that language: menus,
// actions, sidebar sections, the editor's tabs, country and region names, pillar names, dates and
// numbers; Russian plural forms follow its three rules (1 / 2-4 / 5-20).
#include "demoapp.h"
#include "mainwindow.h"
#include "models/displaytext.h"
#include "models/navigationmodel.h"
#include "settingsdialog.h"

#include "domain/localizednames.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

class TestChineseRussian final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_showsTheLanguage_data();
    void mainWindow_showsTheLanguage();
    void editor_showsTheLanguage_data();
    void editor_showsTheLanguage();
    void russian_hasThreePluralForms();
    void chinese_hasOnePluralForm();
    void settings_offersChineseAndRussian();
};

void TestChineseRussian::initTestCase()
{
    QCoreApplication::setOrganizationName(u"smec-tst-i18n-zhru"_s);
}

void TestChineseRussian::mainWindow_showsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("syncNow");
    QTest::addColumn<QString>("practices");
    QTest::addColumn<QString>("germany");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("pillar");
    QTest::addColumn<QString>("number");
    // `--lang zh` finds the zh_CN translation, as `--lang zh_CN` does.
    for (const QString &code : {u"zh"_s, u"zh_CN"_s})
        QTest::newRow(qPrintable(code))
            << code << u"文件(F)"_s << u"立即同步(Y)"_s << u"实践"_s << u"德国"_s << u"东亚"_s
            << u"数字化转型"_s << u"12345.5"_s;
    QTest::newRow("ru") << u"ru"_s << u"Файл"_s << u"Синхронизировать"_s << u"Практики"_s
                        << u"Германия"_s << u"Восточная Азия"_s << u"Цифровая трансформация"_s
                        << u"12345,5"_s;
}

void TestChineseRussian::mainWindow_showsTheLanguage()
{
    QFETCH(QString, language);
    i18ntest::DemoApp demo(language);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    desktop::MainWindow *window = demo.app().window();
    QStringList menus;
    for (QAction *a : window->menuBar()->actions())
        menus.append(a->text().remove(u'&'));
    QFETCH(QString, fileMenu);
    QVERIFY2(menus.contains(fileMenu), qPrintable(menus.join(u", "_s)));
    using C = desktop::MainWindow::Command;
    QFETCH(QString, syncNow);
    QCOMPARE(window->action(C::SyncNow)->text().remove(u'&'), syncNow);

    models::NavigationModel *nav = window->navigationModel();
    QStringList sections;
    for (int row = 0; row < nav->rowCount(); ++row)
        sections.append(nav->index(row, 0).data(Qt::DisplayRole).toString());
    QFETCH(QString, practices);
    QVERIFY2(sections.join(u' ').contains(practices), qPrintable(sections.join(u", "_s)));

    // Reference data, numbers and dates follow the language.
    QFETCH(QString, germany);
    QCOMPARE(models::DisplayText::country(&domain::ReferenceData::embedded(), u"DEU"_s), germany);
    QFETCH(QString, region);
    QCOMPARE(domain::LocalizedNames::region(u"Eastern Asia"_s), region);
    QFETCH(QString, pillar);
    QCOMPARE(QCoreApplication::translate("smec::domain::FieldSchema", "Digital transformation"),
             pillar);
    QFETCH(QString, number);
    QCOMPARE(QLocale().toString(12345.5, 'f', 1).remove(QLocale().groupSeparator()), number);
    const QString date = models::DisplayText::dateTime(u"2026-03-05T10:00:00Z"_s);
    if (language.startsWith(u"zh"_s))
        QVERIFY2(date.startsWith(u"2026/3/5"_s), qPrintable(date));
    else
        QVERIFY2(date.startsWith(u"05.03.2026"_s), qPrintable(date));
}

void TestChineseRussian::editor_showsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lessons");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"经验教训(L)"_s;
    QTest::newRow("ru") << u"ru"_s << u"Извлечённые уроки"_s;
}

void TestChineseRussian::editor_showsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lessons);
    i18ntest::DemoApp demo(language);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    QWidget *editor = demo.app().openEditor({});
    auto *tabs = editor->findChild<QTabWidget *>(u"markdownTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(2).remove(u'&'), lessons);
    editor->close();
}

void TestChineseRussian::russian_hasThreePluralForms()
{
    desktop::Languages::install(u"ru"_s);
    auto practices = [](int n) {
        return QCoreApplication::translate("smec::desktop::RecordBrowserPage", "%Ln practice(s)",
                                           nullptr, n);
    };
    QCOMPARE(practices(1), u"1 практика"_s);
    QCOMPARE(practices(21), u"21 практика"_s);
    QCOMPARE(practices(3), u"3 практики"_s);
    QCOMPARE(practices(24), u"24 практики"_s);
    QCOMPARE(practices(5), u"5 практик"_s);
    QCOMPARE(practices(11), u"11 практик"_s);
    QCOMPARE(practices(12), u"12 практик"_s);
    QCOMPARE(practices(1000), QLocale().toString(1000) + u" практик"_s);
    desktop::Languages::install(u"en"_s);
}

void TestChineseRussian::chinese_hasOnePluralForm()
{
    desktop::Languages::install(u"zh"_s);
    for (const int n : {1, 2, 5, 1000})
        QCOMPARE(QCoreApplication::translate("smec::desktop::RecordBrowserPage", "%Ln practice(s)",
                                             nullptr, n),
                 QLocale().toString(n) + u" 项实践"_s);
    desktop::Languages::install(u"en"_s);
}

void TestChineseRussian::settings_offersChineseAndRussian()
{
    i18ntest::DemoApp demo(u"ru"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    desktop::SettingsDialog dialog(demo.settings());
    QCOMPARE(dialog.windowTitle(), u"Настройки"_s);
    auto *language = dialog.findChild<QComboBox *>(u"settingsLanguage"_s);
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), u"ru"_s);
    const int chinese = language->findData(u"zh_CN"_s);
    QVERIFY(chinese >= 0);
    QCOMPARE(language->itemText(chinese), u"简体中文"_s);
    language->setCurrentIndex(chinese);
    dialog.accept();
    QCOMPARE(demo.settings().language(), u"zh_CN"_s);
}

QTEST_MAIN(TestChineseRussian)
#include "tst_chineserussian.moc"
