// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conflictdialog.h"
#include "conflictspage.h"
#include "domain/referencedata.h"
#include "languages.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

class TestConflictDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resolve_mixesMineAndTheirsPerField();
    void remoteDelete_acceptDeletionRemovesLocalEdit();
    void defaults_keepChangesMadeOnOneSideOnly();
    void textField_decidedHunkByHunk();
    void hunkActions_translated_data();
    void hunkActions_translated();

private:
    replica::Conflict makeConflict(bool theirsDeleted);
    replica::Conflict makeTextConflict();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::Replica> m_replica;
    std::unique_ptr<desktop::Workspace> m_workspace;
};

void TestConflictDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<replica::Replica>();
    QVERIFY(m_replica->open(m_dir->filePath(u"r.sqlite"_s), u"tst_conflict"_s).ok());
    m_workspace = std::make_unique<desktop::Workspace>(
        *m_replica, domain::ReferenceData::embedded(),
        domain::User{u"u"_s, u"u"_s, u"U"_s, u"FRA"_s, domain::Role::Delegate});
}

void TestConflictDialog::cleanup()
{
    m_workspace.reset();
    m_replica.reset();
    m_dir.reset();
}

replica::Conflict TestConflictDialog::makeConflict(bool theirsDeleted)
{
    domain::Record base;
    base.id = domain::newRecordId();
    base.kind = domain::Kind::Practice;
    base.rev = 1;
    base.fields = QJsonObject{
        {u"title"_s, u"Base title"_s}, {u"summary"_s, u"Base summary"_s}, {u"country"_s, u"FRA"_s}};
    [&] {
        QVERIFY(m_replica->records().writeServerRecord(base).ok());
    }();
    domain::Record mine = base;
    mine.fields.insert(u"title"_s, u"My title"_s);
    mine.fields.insert(u"summary"_s, u"My summary"_s);
    [&] {
        QVERIFY(m_replica->records().saveDraft(mine).ok());
    }();

    replica::Conflict c;
    c.recordId = base.id;
    c.kind = domain::Kind::Practice;
    c.base = base.fields;
    c.mine = mine.fields;
    if (!theirsDeleted) {
        c.theirs = base.fields;
        c.theirs.insert(u"title"_s, u"Their title"_s);
        c.theirs.insert(u"summary"_s, u"Their summary"_s);
    }
    c.theirsRev = 2;
    c.theirsDeleted = theirsDeleted;
    c.detectedAt = QDateTime::currentDateTimeUtc();
    [&] {
        QVERIFY(m_replica->conflicts().add(c).ok());
    }();
    return c;
}

void TestConflictDialog::resolve_mixesMineAndTheirsPerField()
{
    const replica::Conflict c = makeConflict(false);
    desktop::ConflictsPage page(*m_workspace);
    auto *list = page.findChild<QListWidget *>(u"conflictList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 1);

    desktop::ConflictDialog dialog(*m_workspace, c);
    auto *table = dialog.findChild<QTableWidget *>(u"conflictTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2); // summary and title differ
    int titleRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, desktop::ConflictDialog::MineColumn)->text() == u"My title"_s)
            titleRow = row;
    }
    QVERIFY(titleRow >= 0);
    QCOMPARE(table->item(titleRow, desktop::ConflictDialog::TheirsColumn)->text(),
             u"Their title"_s);
    dialog.takeTheirs(titleRow);
    const int summaryRow = 1 - titleRow;
    table->item(summaryRow, desktop::ConflictDialog::ResultColumn)->setText(u"Merged summary"_s);
    auto *resolve = dialog.findChild<QPushButton *>(u"resolveButton"_s);
    QVERIFY(resolve);
    QTest::mouseClick(resolve, Qt::LeftButton);

    auto stored = m_replica->records().get(c.recordId);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->fields.value(u"title"_s).toString(), u"Their title"_s);
    QCOMPARE((*stored)->fields.value(u"summary"_s).toString(), u"Merged summary"_s);
    QCOMPARE(*m_replica->conflicts().count(), 0);
    QVERIFY(*m_replica->outbox().pendingCount() >= 1);
    page.reload();
    QCOMPARE(list->count(), 0);
}

void TestConflictDialog::remoteDelete_acceptDeletionRemovesLocalEdit()
{
    const replica::Conflict c = makeConflict(true);
    desktop::ConflictDialog dialog(*m_workspace, c);
    auto *take = dialog.findChild<QPushButton *>(u"takeServerButton"_s);
    QVERIFY(take);
    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(*m_replica->conflicts().count(), 0);
    QCOMPARE(*m_replica->outbox().pendingCount(), 0);
    auto local = m_replica->records().hasLocalEdit(c.recordId);
    QVERIFY(local.ok());
    QVERIFY(!*local);
}

void TestConflictDialog::defaults_keepChangesMadeOnOneSideOnly()
{
    // Only the summary was changed on both sides; the server alone changed the start year and
    // this computer alone changed the tags. Resolving without touching anything must keep both
    // one-sided changes, not revert the server's.
    replica::Conflict c = makeConflict(false);
    c.base.insert(u"start_year"_s, 2024);
    c.mine.insert(u"start_year"_s, 2024);
    c.theirs.insert(u"start_year"_s, 2021);
    c.mine.insert(u"tags"_s, QJsonArray{u"fintech"_s});
    c.theirs.insert(u"title"_s, u"My title"_s); // both sides made the same change
    desktop::ConflictDialog dialog(*m_workspace, c);
    auto *table = dialog.findChild<QTableWidget *>(u"conflictTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3); // summary, start year, tags; the title agrees
    // The one real conflict comes first and says so in words, not only in bold.
    QVERIFY(table->item(0, desktop::ConflictDialog::FieldColumn)
                ->text()
                .contains(u"changed here and on the server"_s));
    QCOMPARE(table->item(0, desktop::ConflictDialog::ResultColumn)->text(), u"My summary"_s);
    const QJsonObject result = dialog.resultFields();
    QCOMPARE(result.value(u"start_year"_s).toInt(), 2021);
    QCOMPARE(result.value(u"tags"_s).toArray(), QJsonArray{u"fintech"_s});
    QCOMPARE(result.value(u"summary"_s).toString(), u"My summary"_s);
    QCOMPARE(result.value(u"title"_s).toString(), u"My title"_s);
}

replica::Conflict TestConflictDialog::makeTextConflict()
{
    domain::Record base;
    base.id = domain::newRecordId();
    base.kind = domain::Kind::Practice;
    base.rev = 1;
    base.fields =
        QJsonObject{{u"title"_s, u"Plan"_s},
                    {u"body"_s, u"Étape un.\n\nالخطوة الثانية.\n\nPaso tres.\n\nFin.\n"_s}};
    [&] {
        QVERIFY(m_replica->records().writeServerRecord(base).ok());
    }();
    domain::Record mine = base;
    mine.fields.insert(u"body"_s, u"Étape un, la mienne.\n\nالخطوة الثانية.\n\n"
                                  "Paso tres, mío.\n\nFin.\n"_s);
    [&] {
        QVERIFY(m_replica->records().saveDraft(mine).ok());
    }();
    replica::Conflict c;
    c.recordId = base.id;
    c.kind = domain::Kind::Practice;
    c.base = base.fields;
    c.mine = mine.fields;
    c.theirs = base.fields;
    c.theirs.insert(u"body"_s, u"Étape un, celle du serveur.\n\nالخطوة الثانية المعدلة.\n\n"
                               "Paso tres, del servidor.\n\nFin.\n"_s);
    c.theirsRev = 2;
    [&] {
        QVERIFY(m_replica->conflicts().add(c).ok());
    }();
    return c;
}

void TestConflictDialog::hunkActions_translated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("both");
    QTest::addColumn<QString>("marker");
    QTest::newRow("fr") << u"fr"_s << u"Prendre les &deux"_s
                        << u"[endroit 1, non décidé : le mien]"_s;
    QTest::newRow("es") << u"es"_s << u"Tomar &ambos"_s << u"[lugar 1, sin decidir: el mío]"_s;
    QTest::newRow("ar") << u"ar"_s << u"خذ الاثنين"_s << u"[الموضع 1، لم يُحسم: نسختي]"_s;
}

void TestConflictDialog::hunkActions_translated()
{
    QFETCH(QString, language);
    QFETCH(QString, both);
    QFETCH(QString, marker);
    desktop::Languages::install(language);
    const replica::Conflict c = makeTextConflict();
    {
        desktop::ConflictDialog dialog(*m_workspace, c);
        auto *button = dialog.findChild<QPushButton *>(u"hunkBothButton"_s);
        auto *merged = dialog.findChild<QPlainTextEdit *>(u"conflictMergedText"_s);
        QVERIFY(button && merged);
        QCOMPARE(button->text(), both);
        QVERIFY2(merged->toPlainText().contains(marker), qPrintable(merged->toPlainText()));
    }
    desktop::Languages::install(u"en"_s);
}

void TestConflictDialog::textField_decidedHunkByHunk()
{
    const replica::Conflict c = makeTextConflict();
    desktop::ConflictDialog dialog(*m_workspace, c);
    auto *hunks = dialog.findChild<QTableWidget *>(u"conflictHunks"_s);
    auto *merged = dialog.findChild<QPlainTextEdit *>(u"conflictMergedText"_s);
    auto *table = dialog.findChild<QTableWidget *>(u"conflictTable"_s);
    QVERIFY(hunks && merged && table);
    // Two places conflict; the Arabic paragraph changed on the server only and merged.
    QCOMPARE(dialog.hunkCount(), 2);
    QCOMPARE(hunks->rowCount(), 2);
    QCOMPARE(hunks->item(0, desktop::ConflictDialog::HunkMineColumn)->text(),
             u"Étape un, la mienne.\n"_s);
    QCOMPARE(hunks->item(1, desktop::ConflictDialog::HunkTheirsColumn)->text(),
             u"Paso tres, del servidor.\n"_s);
    QVERIFY(merged->toPlainText().contains(u"الخطوة الثانية المعدلة."_s));
    QVERIFY(merged->toPlainText().contains(u"[place 1, not decided: mine]"_s));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, desktop::ConflictDialog::ResultColumn)->text(),
             u"Étape un, la mienne.\n\nالخطوة الثانية المعدلة.\n\nPaso tres, mío.\n\nFin.\n"_s);

    // Hunk 1: the buttons act on the selected row; theirs.
    hunks->setCurrentCell(0, desktop::ConflictDialog::HunkMineColumn);
    auto *theirsButton = dialog.findChild<QPushButton *>(u"hunkTheirsButton"_s);
    QVERIFY(theirsButton);
    QTest::mouseClick(theirsButton, Qt::LeftButton);
    QVERIFY(!merged->toPlainText().contains(u"[place 1, not decided: mine]"_s));
    QVERIFY(merged->toPlainText().contains(u"[place 2, not decided: mine]"_s));
    // Hunk 2: both, then edited in the result cell (an edit replaces the choice).
    hunks->setCurrentCell(1, desktop::ConflictDialog::HunkMineColumn);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"hunkBothButton"_s), Qt::LeftButton);
    QCOMPARE(hunks->item(1, desktop::ConflictDialog::HunkResultColumn)->text(),
             u"Paso tres, mío.\nPaso tres, del servidor.\n"_s);
    hunks->item(1, desktop::ConflictDialog::HunkResultColumn)->setText(u"Paso tres, juntos."_s);

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"resolveButton"_s), Qt::LeftButton);
    auto stored = m_replica->records().get(c.recordId);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->fields.value(u"body"_s).toString(),
             u"Étape un, celle du serveur.\n\nالخطوة الثانية المعدلة.\n\nPaso tres, juntos.\n\n"
             "Fin.\n"_s);
    QCOMPARE(*m_replica->conflicts().count(), 0);
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
