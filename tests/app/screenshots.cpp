// Renders the real windows over a demo profile to PNG files for docs/screenshots (run by hand
// under a display: `screenshots OUTDIR PROFILE`). Not part of the test suite.
#include "application.h"
#include "mainwindow.h"
#include "recordbrowserpage.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"smecommunity-screenshots"_s);
    const QStringList args = QApplication::arguments();
    const QString out = args.value(1, u"."_s);
    const bool rtl = args.value(3) == u"ar"_s;
    if (rtl) {
        QLocale::setDefault(QLocale(QLocale::Arabic));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    }
    const QString prefix = rtl ? u"arabic-"_s : QString();
    smec::desktop::Settings settings(args.value(2, QDir::temp().filePath(u"smec-shots"_s)));
    using Key = smec::desktop::Settings::Key;
    settings.setValue(Key::OfflineMode, true);
    settings.setValue(Key::UserId, u"demo-secretariat"_s);
    settings.setValue(Key::UserDisplayName, u"Demo secretariat"_s);
    settings.setValue(Key::UserRole, u"secretariat"_s);
    smec::desktop::Application::Options options;
    options.demoData = true;
    options.skipSignIn = true;
    smec::desktop::Application application(settings, options);
    if (!application.start())
        return 1;
    auto *window = application.window();
    window->resize(1400, 860);
    auto *list = window->findChild<QTableView *>(u"practicesList"_s);
    list->selectRow(1);
    QTest::qWait(600);
    window->grab().save(QDir(out).filePath(prefix + u"main-window.png"_s));

    QWidget *editor = application.openEditor(application.practicesPage()->currentId());
    editor->resize(1300, 840);
    QTest::qWait(600);
    editor->grab().save(QDir(out).filePath(prefix + u"editor.png"_s));
    editor->close();

    window->showSection(smec::models::NavigationModel::Section::Dialogue);
    QTest::qWait(300);
    window->grab().save(QDir(out).filePath(prefix + u"thread.png"_s));

    window->quickSearchField()->setText(u"women water"_s);
    QTest::qWait(600);
    window->grab().save(QDir(out).filePath(prefix + u"search.png"_s));
    return 0;
}
