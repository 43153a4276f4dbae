// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/referencedata.h"
#include "outboxpage.h"
#include "practiceactionbar.h"
#include "practiceeditordialog.h"
#include "practiceformwidget.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using desktop::PracticeEditorDialog;

namespace {
domain::User delegateOf(const QString &country)
{
    return {u"u-del"_s, u"del"_s, u"Delegate"_s, country, domain::Role::Delegate};
}
domain::User secretariat()
{
    return {u"u-sec"_s, u"sec"_s, u"Secretariat"_s, {}, domain::Role::Secretariat};
}
} // namespace

class TestPracticeEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void autosave_writesReplicaAfterDebounce();
    void close_savesWhatWasTyped();
    void submit_showsStrictIssuesAtFields();
    void actionBar_followsRoleAndState_data();
    void actionBar_followsRoleAndState();
    void requestChanges_storesNoteAndStatus();

private:
    domain::Record storePractice(const QString &status, const QString &country);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::Replica> m_replica;
    std::unique_ptr<desktop::Workspace> m_workspace;
};

void TestPracticeEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<replica::Replica>();
    QVERIFY(m_replica->open(m_dir->filePath(u"r.sqlite"_s), u"tst_editor"_s).ok());
    m_workspace = std::make_unique<desktop::Workspace>(
        *m_replica, domain::ReferenceData::embedded(), delegateOf(u"FRA"_s));
}

void TestPracticeEditor::cleanup()
{
    m_workspace.reset();
    m_replica.reset();
    m_dir.reset();
}

domain::Record TestPracticeEditor::storePractice(const QString &status, const QString &country)
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = domain::Kind::Practice;
    r.rev = 3;
    r.createdBy = u"someone"_s;
    r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    r.fields = QJsonObject{{u"title"_s, u"Green loans for small firms"_s},
                           {u"status"_s, status},
                           {u"country"_s, country}};
    const auto written = m_replica->records().writeServerRecord(r);
    if (!written.ok())
        qWarning() << written.error().message;
    return r;
}

void TestPracticeEditor::autosave_writesReplicaAfterDebounce()
{
    auto *editor = new PracticeEditorDialog(*m_workspace, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *title = editor->findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(title);
    title->setFocus();
    QTest::keyClicks(title, u"Digital vouchers"_s);
    QVERIFY(editor->isDirty());
    QVERIFY(editor->recordId().isEmpty()); // not yet: the debounce is running
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), PracticeEditorDialog::autosaveDelayMs * 4);
    const QString id = editor->recordId();
    QVERIFY(!id.isEmpty());
    auto stored = m_replica->records().get(id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->fields.value(u"title"_s).toString(), u"Digital vouchers"_s);
    QCOMPARE((*stored)->fields.value(u"country"_s).toString(), u"FRA"_s);
    QCOMPARE(*m_replica->outbox().pendingCount(), 1);

    auto *body = editor->findChild<QPlainTextEdit *>(u"bodyEditor"_s);
    QVERIFY(body);
    body->setFocus();
    QTest::keyClicks(body, u"## How"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), PracticeEditorDialog::autosaveDelayMs * 4);
    QCOMPARE((*m_replica->records().get(id))->fields.value(u"body"_s).toString(), u"## How"_s);
    QCOMPARE(*m_replica->outbox().pendingCount(), 1); // folded into the unsent mutation
    editor->close();

    desktop::OutboxPage outbox(*m_workspace);
    auto *list = outbox.findChild<QListWidget *>(u"outboxList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"Digital vouchers"_s));
}

void TestPracticeEditor::close_savesWhatWasTyped()
{
    const domain::Record r = storePractice(u"draft"_s, u"FRA"_s);
    auto *editor = new PracticeEditorDialog(*m_workspace, r.id);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *org = editor->findChild<QLineEdit *>(u"field_implementing_org"_s);
    QVERIFY(org);
    org->setFocus();
    QTest::keyClicks(org, u"Bpifrance"_s);
    QVERIFY(editor->isDirty());
    editor->close(); // before the debounce fires
    auto stored = m_replica->records().get(r.id);
    QCOMPARE((*stored)->fields.value(u"implementing_org"_s).toString(), u"Bpifrance"_s);
    QCOMPARE((*stored)->fields.value(u"title"_s).toString(), u"Green loans for small firms"_s);
}

void TestPracticeEditor::submit_showsStrictIssuesAtFields()
{
    const domain::Record r = storePractice(u"draft"_s, u"FRA"_s);
    auto *editor = new PracticeEditorDialog(*m_workspace, r.id);
    editor->show();
    auto *submit = editor->findChild<QPushButton *>(u"actionSubmit"_s);
    QVERIFY(submit);
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(!editor->form()->issueText(u"summary"_s).isEmpty());
    QVERIFY(!editor->form()->issueText(u"pillars"_s).isEmpty());
    QVERIFY(editor->form()->issueText(u"title"_s).isEmpty());
    auto stored = m_replica->records().get(r.id);
    QCOMPARE((*stored)->fields.value(u"status"_s).toString(), u"draft"_s);
    editor->close();
}

void TestPracticeEditor::actionBar_followsRoleAndState_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("delegate submits own draft") << "delegate"
                                                << "draft"
                                                << "actionSubmit" << true;
    QTest::newRow("delegate cannot publish") << "delegate"
                                             << "draft"
                                             << "actionPublish" << false;
    QTest::newRow("delegate withdraws submitted") << "delegate"
                                                  << "submitted"
                                                  << "actionWithdraw" << true;
    QTest::newRow("other country cannot submit") << "other"
                                                 << "draft"
                                                 << "actionSubmit" << false;
    QTest::newRow("secretariat publishes in review") << "secretariat"
                                                     << "in_review"
                                                     << "actionPublish" << true;
    QTest::newRow("secretariat requests changes") << "secretariat"
                                                  << "submitted"
                                                  << "actionRequestChanges" << true;
    QTest::newRow("secretariat archives published") << "secretariat"
                                                    << "published"
                                                    << "actionArchive" << true;
    QTest::newRow("delegate cannot archive") << "delegate"
                                             << "published"
                                             << "actionArchive" << false;
}

void TestPracticeEditor::actionBar_followsRoleAndState()
{
    QFETCH(QString, role);
    QFETCH(QString, status);
    QFETCH(QString, button);
    QFETCH(bool, enabled);
    const domain::Record r = storePractice(status, u"FRA"_s);
    m_workspace->setUser(role == u"secretariat"_s ? secretariat()
                         : role == u"other"_s     ? delegateOf(u"DEU"_s)
                                                  : delegateOf(u"FRA"_s));
    PracticeEditorDialog editor(*m_workspace, r.id);
    auto *b = editor.findChild<QPushButton *>(button);
    QVERIFY(b);
    QCOMPARE(b->isEnabled(), enabled);
    if (!enabled)
        QVERIFY2(!b->toolTip().isEmpty(), "a disabled action says why");
}

void TestPracticeEditor::requestChanges_storesNoteAndStatus()
{
    domain::Record r = storePractice(u"submitted"_s, u"FRA"_s);
    m_workspace->setUser(secretariat());
    PracticeEditorDialog editor(*m_workspace, r.id);
    QVERIFY(editor.transition(domain::PracticeStatus::ChangesRequested,
                              u"Add the evaluation report."_s));
    auto stored = m_replica->records().get(r.id);
    QCOMPARE((*stored)->fields.value(u"status"_s).toString(), u"changes_requested"_s);
    QCOMPARE((*stored)->fields.value(u"review_note"_s).toString(), u"Add the evaluation report."_s);
    QCOMPARE(*m_replica->outbox().pendingCount(), 1);
}

QTEST_MAIN(TestPracticeEditor)
#include "tst_practiceeditor.moc"
