// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the main window and the practice editor in French, Arabic, Chinese and Russian over a
// demo profile to docs/screenshots/{main,editor}-{fr,ar,zh_CN,ru}.png: `smec_i18n_screenshots
// OUTDIR` (offscreen works: QT_QPA_PLATFORM=offscreen; Chinese needs a CJK font such as
// fonts-noto-cjk). Not part of the test suite.
#include "demoapp.h"
#include "mainwindow.h"
#include "recordbrowserpage.h"

#include <QApplication>
#include <QDir>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"smecommunity-i18n-screenshots"_s);
    QApplication::setApplicationDisplayName(u"SME Community"_s);
    const QDir out(QApplication::arguments().value(1, u"."_s));
    // The script of the practice each language shows (French: an English one).
    const QList<std::pair<QString, QChar::Script>> languages{{u"fr"_s, QChar::Script_Unknown},
                                                             {u"ar"_s, QChar::Script_Arabic},
                                                             {u"zh_CN"_s, QChar::Script_Han},
                                                             {u"ru"_s, QChar::Script_Cyrillic}};
    for (const auto &[language, script] : languages) {
        smec::i18ntest::DemoApp demo(language);
        if (!demo.started()) {
            qWarning("%s", qPrintable(demo.error()));
            return 1;
        }
        auto *window = demo.app().window();
        window->resize(1400, 860);
        QTest::qWait(500); // let the list and the facet counts load before selecting
        auto *list = window->findChild<QTableView *>(u"practicesList"_s);
        list->setFocus();
        // French: an English practice; the others: the first practice written in theirs.
        int row = 1;
        for (int r = 0; script != QChar::Script_Unknown && r < list->model()->rowCount(); ++r) {
            const QString title = list->model()->index(r, 0).data().toString();
            if (!title.isEmpty() && title.at(0).script() == script) {
                row = r;
                break;
            }
        }
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::qWait(500);
        window->grab().save(out.filePath(u"main-%1.png"_s.arg(language)));

        QWidget *editor = demo.app().openEditor(demo.app().practicesPage()->currentId());
        editor->resize(1500, 840);
        // French labels are long: give the form the width it asks for.
        if (auto *splitter = editor->findChild<QSplitter *>())
            splitter->setSizes({820, 680});
        QTest::qWait(500);
        editor->grab().save(out.filePath(u"editor-%1.png"_s.arg(language)));
        editor->close();
        QTest::qWait(100);
    }
    return 0;
}
