// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the real windows over a demo profile to PNG files for docs/screenshots (run by hand
// under a display: `screenshots OUTDIR PROFILE`). Not part of the test suite.
#include "application.h"
#include "conflictdialog.h"
#include "countriespage.h"
#include "historydialog.h"
#include "languages.h"
#include "mainwindow.h"
#include "recordbrowserpage.h"
#include "settings.h"
#include "workspace.h"

#include "replica/replica.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace smec;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"smecommunity-screenshots"_s);
    const QStringList args = QApplication::arguments();
    const QString out = args.value(1, u"."_s);
    // Translators, locale and direction as the app sets them: English (with its plural forms)
    // unless a language code is given.
    const QString language = args.value(3, u"en"_s);
    desktop::Languages::install(language);
    const bool rtl = language == u"ar"_s;
    const QString prefix = rtl ? u"arabic-"_s : QString();
    smec::desktop::Settings settings(args.value(2, QDir::temp().filePath(u"smec-shots"_s)));
    using Key = smec::sync::Profile::Key;
    smec::sync::Profile &profile = settings.profile();
    profile.setValue(Key::OfflineMode, true);
    profile.setValue(Key::UserId, u"demo-secretariat"_s);
    profile.setValue(Key::UserDisplayName, u"Demo secretariat"_s);
    profile.setValue(Key::UserRole, u"secretariat"_s);
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

    window->showSection(smec::models::NavigationModel::Section::Statistics);
    QTest::qWait(800);
    window->grab().save(QDir(out).filePath(prefix + u"statistics.png"_s));

    window->showSection(smec::models::NavigationModel::Section::Tracker);
    QTest::qWait(800);
    window->grab().save(QDir(out).filePath(prefix + u"tracker.png"_s));

    application.showCountry(u"KEN"_s);
    QTest::qWait(800);
    window->grab().save(QDir(out).filePath(prefix + u"country.png"_s));

    if (auto *countries = window->findChild<desktop::CountriesPage *>(u"countriesPage"_s)) {
        countries->compare({u"KEN"_s, u"RWA"_s, u"GHA"_s});
        QTest::qWait(800);
        window->grab().save(QDir(out).filePath(prefix + u"compare.png"_s));
    }

    window->quickSearchField()->setText(u"women water"_s);
    QTest::qWait(600);
    window->grab().save(QDir(out).filePath(prefix + u"search.png"_s));

    // A conflict as a sync records it: the delegate reworded the summary and moved the start
    // year on the plane while the secretariat edited the same summary and added a tag.
    replica::Replica &replica = application.workspace()->replica();
    auto current = replica.records().get(application.practicesPage()->currentId());
    if (!current || !*current)
        return 1;
    const domain::Record base = **current;
    QJsonObject mine = base.fields;
    mine.insert(u"summary"_s, QString(base.fields.value(u"summary"_s).toString() +
                                      u" Uptake doubled once the forms were available offline."_s));
    mine.insert(u"start_year"_s, base.fields.value(u"start_year"_s).toInt() + 1);
    QJsonObject theirs = base.fields;
    theirs.insert(u"summary"_s, QString(base.fields.value(u"summary"_s).toString() +
                                        u" Figures checked against the 2025 survey."_s));
    QJsonArray tags = base.fields.value(u"tags"_s).toArray();
    tags.append(u"peer-reviewed"_s);
    theirs.insert(u"tags"_s, tags);
    replica::Conflict conflict;
    conflict.recordId = base.id;
    conflict.kind = base.kind;
    conflict.base = base.fields;
    conflict.mine = mine;
    conflict.theirs = theirs;
    conflict.theirsRev = base.rev + 1;
    conflict.detectedAt = QDateTime::currentDateTimeUtc();
    desktop::ConflictDialog dialog(*application.workspace(), conflict, window);
    dialog.resize(1100, 520);
    dialog.show();
    QTest::qWait(600);
    dialog.grab().save(QDir(out).filePath(prefix + u"conflict.png"_s));
    dialog.close();

    // The History panel as a fetch leaves it in the replica: drafted, changes requested, edited
    // by the country, resubmitted; the reviewer compares the request with now.
    QJsonObject drafted = base.fields;
    drafted.insert(u"status"_s, u"changes_requested"_s);
    drafted.insert(u"review_note"_s, u"Please give figures for the first year."_s);
    drafted.insert(
        u"summary"_s,
        QString(base.fields.value(u"summary"_s).toString().section(u'.', 0, 0) + u"."_s));
    QJsonObject edited = base.fields;
    edited.insert(u"status"_s, u"submitted"_s);
    edited.insert(u"review_note"_s, drafted.value(u"review_note"_s));
    QList<protocol::Revision> history;
    const QList<std::pair<qint64, QJsonObject>> steps{{base.rev + 40, edited},
                                                      {base.rev + 31, drafted}};
    for (const auto &[rev, fields] : steps) {
        protocol::Revision r;
        r.rev = rev;
        r.updatedBy = u"demo-secretariat"_s;
        r.updatedAt = QDateTime::currentDateTimeUtc().addDays(-int(base.rev + 40 - rev));
        r.fields = fields;
        history.append(r);
    }
    if (!replica.revisions().replace(base.id, history))
        return 1;
    auto *historyDialog =
        new desktop::HistoryDialog(*application.workspace(), base.id, base.kind, window);
    historyDialog->resize(1000, 620);
    historyDialog->show();
    if (!QTest::qWaitFor([historyDialog] { return !historyDialog->isLoading(); }, 5000))
        return 1;
    historyDialog->compareSinceChangesRequested();
    QTest::qWait(600);
    historyDialog->grab().save(QDir(out).filePath(prefix + u"history.png"_s));
    return 0;
}
