// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The History panel (issue 19): revisions kept in the replica read offline, two selected are
// compared field by field and word by word (Arabic right to left), "Restore this version" makes
// an ordinary local edit shown at once in the editor, and the reviewer's one click shows what the
// country changed since changes were requested.
#include "domain/referencedata.h"
#include "historydialog.h"
#include "practiceactionbar.h"
#include "practiceeditordialog.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace smec;
using desktop::HistoryDialog;
using desktop::PracticeEditorDialog;

namespace {

const QString delegateId = u"00000000-0000-4000-8000-0000000000d1"_s;
const QString secretariatId = u"00000000-0000-4000-8000-0000000000a1"_s;
const QString titleEn = u"Credit guarantees for small firms"_s;
const QString summaryAr = u"قروض مضمونة للشركات الصغيرة"_s;
const QString summaryAr2 = u"قروض مضمونة للشركات الصغيرة في المناطق الريفية"_s;

domain::User secretariat()
{
    return {secretariatId, u"sec"_s, u"Amina Secretariat"_s, {}, domain::Role::Secretariat};
}

protocol::Revision revision(qint64 rev, const QString &by, const QJsonObject &fields)
{
    protocol::Revision r;
    r.rev = rev;
    r.updatedBy = by;
    r.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, int(rev)), Qt::UTC);
    r.fields = fields;
    return r;
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void panel_readsKeptRevisionsOfflineAndComparesWordByWord();
    void panel_arabicParagraphReadsRightToLeft();
    void restore_isAnOrdinaryEditShownInTheEditor();
    void restore_refusedByTheRules_savesNothing();
    void review_oneClickShowsChangesSinceTheRequest();
    void nothingKept_offline_saysSo();

private:
    HistoryDialog *openHistory(PracticeEditorDialog *editor);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::Replica> m_replica;
    std::unique_ptr<desktop::Workspace> m_workspace;
    domain::Record m_practice;
    QList<protocol::Revision> m_revisions; ///< newest first
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_replica = std::make_unique<replica::Replica>();
    QVERIFY(m_replica->open(m_dir->filePath(u"r.sqlite"_s), u"tst_history"_s).ok());
    domain::ReferenceData reference = domain::ReferenceData::embedded();
    reference.setUsers(
        {{delegateId, u"ken"_s, u"Wanjiru Kamau"_s, u"KEN"_s, domain::Role::Delegate},
         secretariat()});
    m_workspace = std::make_unique<desktop::Workspace>(*m_replica, reference, secretariat());

    // Drafted, submitted, changes requested, edited by the country, submitted again.
    QJsonObject fields{{u"title"_s, u"Credit guarantees"_s},
                       {u"country"_s, u"KEN"_s},
                       {u"status"_s, u"draft"_s},
                       {u"summary"_s, summaryAr},
                       {u"body"_s, u"The state guarantees half of each loan."_s},
                       {u"results"_s, u"12,000 loans in the first year."_s},
                       {u"pillars"_s, QJsonArray{u"finance"_s}},
                       {u"instrument"_s, u"guarantee"_s},
                       {u"implementing_org"_s, u"Ministry of Trade"_s},
                       {u"start_year"_s, 2024}};
    m_revisions.prepend(revision(3, delegateId, fields));
    fields.insert(u"title"_s, titleEn);
    fields.insert(u"status"_s, u"submitted"_s);
    m_revisions.prepend(revision(8, delegateId, fields));
    fields.insert(u"status"_s, u"changes_requested"_s);
    fields.insert(u"review_note"_s, u"Say where."_s);
    m_revisions.prepend(revision(12, secretariatId, fields));
    fields.insert(u"summary"_s, summaryAr2);
    m_revisions.prepend(revision(15, delegateId, fields));
    fields.insert(u"status"_s, u"submitted"_s);
    m_revisions.prepend(revision(19, delegateId, fields));

    m_practice.id = u"6f1c3a52-8d47-4b8e-9c1e-3b0a6d2f4e72"_s;
    m_practice.kind = domain::Kind::Practice;
    m_practice.rev = 19;
    m_practice.createdBy = delegateId;
    m_practice.updatedBy = delegateId;
    m_practice.createdAt = m_practice.updatedAt = QDateTime::currentDateTimeUtc();
    m_practice.fields = fields;
    QVERIFY(m_replica->records().writeServerRecord(m_practice).ok());
    QVERIFY(m_replica->revisions().replace(m_practice.id, m_revisions).ok());
}

void TestHistory::cleanup()
{
    m_workspace.reset();
    m_replica.reset();
    m_dir.reset();
    m_revisions.clear();
}

HistoryDialog *TestHistory::openHistory(PracticeEditorDialog *editor)
{
    auto *button = editor->findChild<QPushButton *>(u"historyButton"_s);
    if (!button)
        return nullptr;
    button->click();
    auto *dialog = editor->findChild<HistoryDialog *>(u"historyDialog"_s);
    if (!dialog)
        return nullptr;
    // Fetched off the GUI thread: wait for the list without blocking the event loop.
    if (!QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, 10000))
        return nullptr;
    return dialog;
}

void TestHistory::panel_readsKeptRevisionsOfflineAndComparesWordByWord()
{
    auto *editor = new PracticeEditorDialog(*m_workspace, m_practice.id);
    QScopedPointer<PracticeEditorDialog> guard(editor);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    HistoryDialog *dialog = openHistory(editor);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"historyList"_s);
    auto *state = dialog->findChild<QLabel *>(u"historyState"_s);
    auto *diff = dialog->findChild<QTextBrowser *>(u"historyDiff"_s);
    QVERIFY(list && state && diff);
    QCOMPARE(list->topLevelItemCount(), 5);
    QVERIFY2(state->text().contains(u"Offline"_s), qPrintable(state->text()));
    QCOMPARE(list->topLevelItem(0)->text(0), u"19"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Wanjiru Kamau"_s);
    QCOMPARE(list->topLevelItem(2)->text(1), u"You"_s);
    QVERIFY2(list->topLevelItem(1)->text(3).contains(u"Summary"_s),
             qPrintable(list->topLevelItem(1)->text(3)));

    // Two revisions: the title's change word by word, insertions and deletions marked.
    QVERIFY(dialog->selectRevisions(3, 8));
    const QString html = diff->toHtml();
    QVERIFY2(diff->toPlainText().contains(u"Credit guarantees for small firms"_s),
             qPrintable(diff->toPlainText()));
    QVERIFY2(html.contains(u"line-through"_s), qPrintable(html));
    QVERIFY2(html.contains(u"#d4f3d9"_s), qPrintable(html));
    // The inserted words are in a green span, the unchanged ones are not.
    QTextCursor found = diff->document()->find(u"small"_s);
    QVERIFY(!found.isNull());
    QCOMPARE(found.charFormat().background().color(), QColor(u"#d4f3d9"_s));
    found = diff->document()->find(u"Credit"_s);
    QVERIFY(found.charFormat().background().style() == Qt::NoBrush);

    // Restore is for one revision.
    auto *restore = dialog->findChild<QPushButton *>(u"historyRestore"_s);
    QVERIFY(!restore->isEnabled());
    QVERIFY(dialog->selectRevisions(8, 8));
    QVERIFY(restore->isEnabled());
    dialog->close();
}

void TestHistory::panel_arabicParagraphReadsRightToLeft()
{
    auto *dialog = new HistoryDialog(*m_workspace, m_practice.id, domain::Kind::Practice);
    QScopedPointer<HistoryDialog> guard(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isLoading(); }, 10000));
    QVERIFY(dialog->selectRevisions(12, 15));
    auto *diff = dialog->findChild<QTextBrowser *>(u"historyDiff"_s);
    QTextCursor found = diff->document()->find(u"الريفية"_s);
    QVERIFY(!found.isNull());
    QCOMPARE(found.block().blockFormat().layoutDirection(), Qt::RightToLeft);
    QCOMPARE(found.charFormat().background().color(), QColor(u"#d4f3d9"_s));
    // The unchanged words of the Arabic summary are there, unmarked.
    found = diff->document()->find(u"مضمونة"_s);
    QVERIFY(!found.isNull());
    QVERIFY(found.charFormat().background().style() == Qt::NoBrush);
    // A left-to-right paragraph stays left to right.
    QVERIFY(dialog->selectRevisions(3, 8));
    found = diff->document()->find(u"small"_s);
    QCOMPARE(found.block().blockFormat().layoutDirection(), Qt::LeftToRight);
}

void TestHistory::restore_isAnOrdinaryEditShownInTheEditor()
{
    auto *editor = new PracticeEditorDialog(*m_workspace, m_practice.id);
    QScopedPointer<PracticeEditorDialog> guard(editor);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    HistoryDialog *dialog = openHistory(editor);
    QVERIFY(dialog);
    QVERIFY(dialog->selectRevisions(3, 3));
    auto *restore = dialog->findChild<QPushButton *>(u"historyRestore"_s);
    QVERIFY(restore->isEnabled());
    restore->click();
    const QString said = dialog->findChild<QLabel *>(u"historyState"_s)->text();
    QVERIFY2(said.contains(u"next sync"_s), qPrintable(said));
    auto stored = m_replica->records().get(m_practice.id);
    QVERIFY(stored && stored->has_value());
    const QJsonObject fields = (*stored)->fields;
    QCOMPARE(fields.value("title"_L1).toString(), u"Credit guarantees"_s);
    QCOMPARE(fields.value("summary"_L1).toString(), summaryAr);
    // The workflow stays where it is: still submitted, the review note kept.
    QCOMPARE(fields.value("status"_L1).toString(), u"submitted"_s);
    QCOMPARE(fields.value("review_note"_L1).toString(), u"Say where."_s);
    // A local edit queued for the next sync, on top of the server's rev.
    QCOMPARE(*m_replica->outbox().pendingCount(), 1);
    auto entries = m_replica->outbox().forRecord(m_practice.id);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->constFirst().baseRev, 19);
    QCOMPARE(*m_replica->state(m_practice.id), replica::RecordState::Pending);
    // The editor shows it at once.
    QVERIFY2(
        editor->findChild<QLabel *>(u"editorHeader"_s)->text().contains(u"Credit guarantees"_s),
        qPrintable(editor->findChild<QLabel *>(u"editorHeader"_s)->text()));
    QVERIFY(!editor->findChild<QLabel *>(u"editorHeader"_s)->text().contains(u"small firms"_s));
    dialog->close();
}

void TestHistory::restore_refusedByTheRules_savesNothing()
{
    // An analyst may read the history but not edit the practice: the restore is refused with
    // the rule's reason, and nothing is queued.
    m_workspace->setUser({u"00000000-0000-4000-8000-0000000000b1"_s,
                          u"ana"_s,
                          u"Analyst"_s,
                          {},
                          domain::Role::Analyst});
    auto *dialog = new HistoryDialog(*m_workspace, m_practice.id, domain::Kind::Practice);
    QScopedPointer<HistoryDialog> guard(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isLoading(); }, 10000));
    QVERIFY(dialog->selectRevisions(3, 3));
    dialog->findChild<QPushButton *>(u"historyRestore"_s)->click();
    const QString said = dialog->findChild<QLabel *>(u"historyState"_s)->text();
    QVERIFY2(said.startsWith(u"Cannot restore"_s), qPrintable(said));
    QCOMPARE(*m_replica->outbox().pendingCount(), 0);
    QCOMPARE((*m_replica->records().get(m_practice.id))->fields, m_practice.fields);
}

void TestHistory::review_oneClickShowsChangesSinceTheRequest()
{
    auto *editor = new PracticeEditorDialog(*m_workspace, m_practice.id);
    QScopedPointer<PracticeEditorDialog> guard(editor);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    QPushButton *since = editor->actionBar()->changesSinceRequestButton();
    QVERIFY(since->isVisible());
    since->click();
    auto *dialog = editor->findChild<HistoryDialog *>(u"historyDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"historyList"_s);
    QVERIFY(QTest::qWaitFor([&] { return list->selectedItems().size() == 2; }, 10000));
    QList<QString> selected;
    for (QTreeWidgetItem *item : list->selectedItems())
        selected << item->text(0);
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QList<QString>{u"12"_s, u"19"_s}));
    auto *diff = dialog->findChild<QTextBrowser *>(u"historyDiff"_s);
    QVERIFY(diff->toPlainText().contains(u"الريفية"_s));
    QVERIFY2(dialog->findChild<QLabel *>(u"historyState"_s)->text().contains(u"since"_s),
             qPrintable(dialog->findChild<QLabel *>(u"historyState"_s)->text()));

    // A delegate has no such button; neither has a practice never sent back.
    m_workspace->setUser(
        {delegateId, u"ken"_s, u"Wanjiru Kamau"_s, u"KEN"_s, domain::Role::Delegate});
    editor->actionBar()->update(m_workspace->user(), m_practice);
    QVERIFY(since->isHidden());
    domain::Record fresh = m_practice;
    fresh.fields.remove(u"review_note"_s);
    editor->actionBar()->update(secretariat(), fresh);
    QVERIFY(since->isHidden());
    dialog->close();
}

void TestHistory::nothingKept_offline_saysSo()
{
    QVERIFY(m_replica->revisions().replace(m_practice.id, {}).ok());
    auto *dialog = new HistoryDialog(*m_workspace, m_practice.id, domain::Kind::Practice);
    QScopedPointer<HistoryDialog> guard(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isLoading(); }, 10000));
    QCOMPARE(dialog->findChild<QTreeWidget *>(u"historyList"_s)->topLevelItemCount(), 0);
    const QString text = dialog->findChild<QLabel *>(u"historyState"_s)->text();
    QVERIFY2(text.contains(u"No history of this record is kept"_s), qPrintable(text));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
