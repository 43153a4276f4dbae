// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Arabic mirrors the whole interface: the application, the main window and the practice editor
// run right to left, the sidebar sits right of the list, the form right of the Markdown tabs,
// and a Markdown view lays out each paragraph in its own script's direction.
#include "demoapp.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "paragraphdirection.h"
#include "recordbrowserpage.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {

// Left edge of `w` in the coordinates of `top`.
int leftIn(const QWidget *w, const QWidget *top)
{
    return w->mapTo(top, QPoint(0, 0)).x();
}

} // namespace

class TestRtl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_mirrorsInArabic();
    void mainWindow_staysLeftToRightInFrench();
    void editor_mirrorsInArabic();
    void markdownView_setsDirectionPerParagraph();
};

void TestRtl::initTestCase()
{
    QCoreApplication::setOrganizationName(u"smec-tst-i18n-rtl"_s);
}

void TestRtl::mainWindow_mirrorsInArabic()
{
    i18ntest::DemoApp demo(u"ar"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    desktop::MainWindow *window = demo.app().window();
    window->resize(1200, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    auto *sidebar = window->findChild<QWidget *>(u"sidebar"_s);
    auto *list = window->findChild<QTableView *>(u"practicesList"_s);
    QVERIFY(sidebar && list);
    QVERIFY(list->isVisible());
    QVERIFY2(
        leftIn(sidebar, window) > leftIn(list, window),
        qPrintable(
            u"sidebar at %1, list at %2"_s.arg(leftIn(sidebar, window)).arg(leftIn(list, window))));
    // The sidebar hugs the right edge of the window.
    QVERIFY(leftIn(sidebar, window) + sidebar->width() > window->width() - 40);
    // The status bar mirrors too.
    QCOMPARE(window->statusBar()->layoutDirection(), Qt::RightToLeft);
    // Text is Arabic: the menu bar's first menu is translated.
    const QString firstMenu = window->menuBar()->actions().value(0)->text();
    QVERIFY2(firstMenu.contains(QChar(0x0645)) || firstMenu.contains(QChar(0x0644)),
             qPrintable(firstMenu));
}

void TestRtl::mainWindow_staysLeftToRightInFrench()
{
    i18ntest::DemoApp demo(u"fr"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    desktop::MainWindow *window = demo.app().window();
    window->resize(1200, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *sidebar = window->findChild<QWidget *>(u"sidebar"_s);
    auto *list = window->findChild<QTableView *>(u"practicesList"_s);
    QVERIFY(sidebar && list);
    QVERIFY(leftIn(sidebar, window) < leftIn(list, window));
}

void TestRtl::editor_mirrorsInArabic()
{
    i18ntest::DemoApp demo(u"ar"_s);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    QWidget *editor = demo.app().openEditor(demo.app().practicesPage()->currentId());
    QVERIFY(editor);
    editor->resize(1200, 800);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QCOMPARE(editor->layoutDirection(), Qt::RightToLeft);
    auto *form = editor->findChild<QWidget *>(u"practiceFormScroll"_s);
    auto *tabs = editor->findChild<QWidget *>(u"markdownTabs"_s);
    QVERIFY(form && tabs);
    QVERIFY2(leftIn(form, editor) > leftIn(tabs, editor),
             qPrintable(
                 u"form at %1, tabs at %2"_s.arg(leftIn(form, editor)).arg(leftIn(tabs, editor))));
    // In the form, a field's label is right of the field.
    auto *title = editor->findChild<QWidget *>(u"field_title"_s);
    QVERIFY(title);
    const auto labels = editor->findChildren<QLabel *>();
    const QLabel *titleLabel = nullptr;
    for (const QLabel *label : labels) {
        if (label->buddy() == title)
            titleLabel = label;
    }
    if (titleLabel)
        QVERIFY(leftIn(titleLabel, editor) > leftIn(title, editor));
    editor->close();
}

void TestRtl::markdownView_setsDirectionPerParagraph()
{
    desktop::MarkdownView view;
    view.setLayoutDirection(Qt::LeftToRight);
    view.setSafeMarkdown(u"Support for SMEs in Jordan.\n\n"
                         u"دعم المؤسسات الصغيرة والمتوسطة في الأردن.\n\n"
                         u"2024\n\n"
                         u"«البرنامج» covers 300 SMEs."_s);
    QStringList seen;
    QList<Qt::LayoutDirection> directions;
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().isEmpty())
            continue;
        directions.append(b.textDirection());
        seen.append(b.text());
    }
    QCOMPARE(directions.size(), 4);
    QCOMPARE(directions.at(0), Qt::LeftToRight);
    QCOMPARE(directions.at(1), Qt::RightToLeft);
    QCOMPARE(directions.at(2), Qt::LeftToRight); // no strong character: the interface's
    QCOMPARE(directions.at(3), Qt::RightToLeft); // first strong character is Arabic

    desktop::MarkdownView arabic;
    arabic.setLayoutDirection(Qt::RightToLeft);
    arabic.setSafeMarkdown(u"2024\n\nEnglish paragraph"_s);
    QCOMPARE(arabic.document()->begin().textDirection(), Qt::RightToLeft);
    QCOMPARE(arabic.document()->lastBlock().textDirection(), Qt::LeftToRight);

    QCOMPARE(desktop::ParagraphDirection::of(u"  (1) "_s, Qt::RightToLeft), Qt::RightToLeft);
    QCOMPARE(desktop::ParagraphDirection::of(u"- مرحبا hello"_s, Qt::LeftToRight), Qt::RightToLeft);
}

QTEST_MAIN(TestRtl)
#include "tst_rtl.moc"
