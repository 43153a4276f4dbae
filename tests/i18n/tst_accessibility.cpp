// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every interactive element of the main window and its dialogs (settings, sign-in, practice
// editor, conflict) has an accessible name, reached through QAccessible as a screen reader
// would; the main commands have shortcuts; the sign-in dialog's focus order follows its form.
#include "conflictdialog.h"
#include "demoapp.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "recordbrowserpage.h"
#include "replica/replica.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "workspace.h"

#include <QAccessible>
#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString path;
    for (QObject *p = o; p; p = p->parent()) {
        const QString name = p->objectName().isEmpty()
                                 ? QString::fromLatin1(p->metaObject()->className())
                                 : p->objectName();
        path.prepend(path.isEmpty() ? name : name + u'/');
    }
    return u"role 0x%1 at %2"_s.arg(int(iface->role()), 0, 16).arg(path);
}

// Walks the accessible tree under `root`; appends every visible interactive element without a
// name to `unnamed`.
void walk(QAccessibleInterface *iface, QStringList &unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    // Table cells and list items are named by their data; their views are checked.
    if (role == QAccessible::Cell || role == QAccessible::ListItem ||
        role == QAccessible::TreeItem || role == QAccessible::RowHeader ||
        role == QAccessible::ColumnHeader)
        return;
    // Qt's own parts: a line edit's clear button (Escape clears too, and it takes no focus)
    // and the editor inside a spin box, which the named spin box speaks for.
    QObject *object = iface->object();
    if (object && (object->inherits("QLineEditIconButton") ||
                   (object->parent() && object->parent()->inherits("QAbstractSpinBox"))))
        return;
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed.append(describe(iface));
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, depth + 1);
}

// Also every focusable widget, even those the accessible tree reaches differently.
void checkFocusable(QWidget *top, QStringList &unnamed)
{
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(top) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QSplitterHandle") ||
            (w->parent() && w->parent()->inherits("QAbstractSpinBox")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (iface && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            const QString entry = describe(iface);
            if (!unnamed.contains(entry))
                unnamed.append(entry);
        }
    }
}

QStringList unnamedIn(QWidget *top)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(top), unnamed);
    checkFocusable(top, unnamed);
    return unnamed;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyInteractiveElement_hasAName_data();
    void everyInteractiveElement_hasAName();
    void mainCommands_haveShortcuts();
    void signIn_focusFollowsTheForm();
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(u"smec-tst-i18n-a11y"_s);
    QAccessible::setActive(true);
}

void TestAccessibility::everyInteractiveElement_hasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ar") << u"ar"_s;
}

void TestAccessibility::everyInteractiveElement_hasAName()
{
    QFETCH(QString, language);
    i18ntest::DemoApp demo(language);
    QVERIFY2(demo.started(), qPrintable(demo.error()));
    desktop::MainWindow *window = demo.app().window();
    window->resize(1200, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QStringList unnamed;

    // Every section of the sidebar in turn, so each page is visible once.
    models::NavigationModel *nav = window->navigationModel();
    for (int row = 0; row < nav->rowCount(); ++row) {
        window->showSection(nav->index(row)
                                .data(models::NavigationModel::SectionRole)
                                .value<models::NavigationModel::Section>());
        QCoreApplication::processEvents();
        for (const QString &u : unnamedIn(window)) {
            if (!unnamed.contains(u))
                unnamed.append(u);
        }
    }
    window->quickSearchField()->setText(u"water"_s);
    QCoreApplication::processEvents();
    unnamed += unnamedIn(window);
    window->quickSearchField()->clear();

    desktop::SettingsDialog settings(demo.settings(), window);
    settings.show();
    unnamed += unnamedIn(&settings);
    settings.close();

    desktop::SignInDialog signIn(window);
    signIn.show();
    unnamed += unnamedIn(&signIn);
    signIn.close();

    auto *list = window->findChild<QTableView *>(u"practicesList"_s);
    QVERIFY(list);
    window->showSection(models::NavigationModel::Section::Practices);
    // The list loads off the GUI thread first: wait for its rows, not for a fixed time.
    auto *practices = demo.app().practicesPage()->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(!practices->isLoading() && list->model()->rowCount() > 1, 30000);
    list->setCurrentIndex(list->model()->index(1, 0));
    QVERIFY(!demo.app().practicesPage()->currentId().isEmpty());
    QWidget *editor = demo.app().openEditor(demo.app().practicesPage()->currentId());
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    unnamed += unnamedIn(editor);
    editor->close();

    QWidget *newEditor = demo.app().openEditor({});
    QVERIFY(QTest::qWaitForWindowExposed(newEditor));
    unnamed += unnamedIn(newEditor);
    newEditor->close();

    // A conflict on a demo practice: mine edits the title, theirs the summary.
    desktop::Workspace &ws = *demo.app().workspace();
    auto stored = ws.replica().records().get(demo.app().practicesPage()->currentId());
    QVERIFY(stored.ok() && stored->has_value());
    const domain::Record base = **stored;
    replica::Conflict conflict;
    conflict.recordId = base.id;
    conflict.kind = base.kind;
    conflict.base = base.fields;
    conflict.mine = base.fields;
    conflict.mine.insert(u"title"_s, u"My title"_s);
    conflict.theirs = base.fields;
    conflict.theirs.insert(u"summary"_s, u"Their summary"_s);
    conflict.theirsRev = base.rev + 1;
    conflict.detectedAt = QDateTime::currentDateTimeUtc();
    desktop::ConflictDialog conflictDialog(ws, conflict, window);
    conflictDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&conflictDialog));
    unnamed += unnamedIn(&conflictDialog);
    conflictDialog.close();

    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(u"without an accessible name:\n"_s + unnamed.join(u'\n')));
}

void TestAccessibility::mainCommands_haveShortcuts()
{
    desktop::MainWindow window;
    using C = desktop::MainWindow::Command;
    for (C c : {C::NewPractice, C::SyncNow}) {
        QAction *a = window.action(c);
        QVERIFY(a);
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
    }
    // Settings and Quit use the platform's standard keys, which some platforms leave empty.
    for (const char *name : {"actionFind"}) {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a && !a->shortcut().isEmpty(), name);
    }
}

void TestAccessibility::signIn_focusFollowsTheForm()
{
    desktop::SignInDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto edits = dialog.findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 3);
    // Tab from each visible line edit reaches the next one below it (never one above).
    QWidget *w = dialog.focusWidget();
    QVERIFY(w);
    int previousY = -1;
    for (int i = 0; i < 4; ++i) {
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            const int y = edit->mapTo(&dialog, QPoint()).y();
            QVERIFY2(y > previousY, qPrintable(edit->objectName()));
            previousY = y;
        }
        w = w->nextInFocusChain();
        while (w && (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus)))
            w = w->nextInFocusChain();
        QVERIFY(w);
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
