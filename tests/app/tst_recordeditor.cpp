// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Meetings and commitments: the schema-built editor (autosave through saveDraft, lenient
// validation at the field, read-only without the right) and the browse pages that open it.
#include "domain/referencedata.h"
#include "markdownview.h"
#include "models/facetmodel.h"
#include "models/recordlistmodel.h"
#include "recordbrowserpage.h"
#include "recordeditordialog.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using desktop::RecordEditorDialog;

namespace {
domain::User delegateOf(const QString &country)
{
    return {u"u-del"_s, u"del"_s, u"Delegate"_s, country, domain::Role::Delegate};
}
domain::User secretariat()
{
    return {u"u-sec"_s, u"sec"_s, u"Secretariat"_s, {}, domain::Role::Secretariat};
}
domain::User analyst()
{
    return {u"u-ana"_s, u"ana"_s, u"Analyst"_s, {}, domain::Role::Analyst};
}
} // namespace

class TestRecordEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void meeting_secretariatWritesAgendaAndOutcomes();
    void meeting_delegateCannotEdit();
    void commitment_autosaveAndLenientValidation();
    void commitment_pageFiltersByCountryAndPillar();
    void detailPane_showsRecordAndTheServersRefusal();

private:
    domain::Record store(domain::Kind kind, const QJsonObject &fields);
    void useUser(const domain::User &user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::Replica> m_replica;
    std::unique_ptr<desktop::Workspace> m_workspace;
};

void TestRecordEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<replica::Replica>();
    const auto &reference = domain::ReferenceData::embedded();
    m_replica->setRegionResolver([&reference](const QString &c) { return reference.regionOf(c); });
    QVERIFY(m_replica->open(m_dir->filePath(u"r.sqlite"_s), u"tst_recordeditor"_s).ok());
    m_workspace = std::make_unique<desktop::Workspace>(*m_replica, reference, secretariat());
}

void TestRecordEditor::cleanup()
{
    m_workspace.reset();
    m_replica.reset();
    m_dir.reset();
}

void TestRecordEditor::useUser(const domain::User &user)
{
    m_workspace->setUser(user);
}

domain::Record TestRecordEditor::store(domain::Kind kind, const QJsonObject &fields)
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = kind;
    r.rev = 2;
    r.createdBy = u"someone"_s;
    r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    r.fields = fields;
    const auto written = m_replica->records().writeServerRecord(r);
    Q_ASSERT(written.ok());
    return r;
}

void TestRecordEditor::meeting_secretariatWritesAgendaAndOutcomes()
{
    auto *editor = new RecordEditorDialog(*m_workspace, domain::Kind::Meeting, {});
    QScopedPointer<RecordEditorDialog> guard(editor);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QVERIFY(editor->isWritable());
    auto *title = editor->findChild<QLineEdit *>(u"field_title"_s);
    auto *agenda = editor->findChild<QPlainTextEdit *>(u"agendaEditor"_s);
    auto *outcomes = editor->findChild<QPlainTextEdit *>(u"outcomesEditor"_s);
    auto *mode = editor->findChild<QComboBox *>(u"field_mode"_s);
    auto *startsOn = editor->findChild<QLineEdit *>(u"field_starts_on"_s);
    QVERIFY(title && agenda && outcomes && mode && startsOn);
    title->setFocus();
    QTest::keyClicks(title, u"Regional dialogue on credit"_s);
    QTest::keyClicks(startsOn, u"2027-03-01"_s);
    mode->setCurrentIndex(mode->findData(u"hybrid"_s));
    agenda->setFocus();
    QTest::keyClicks(agenda, u"1. Opening"_s);
    outcomes->setFocus(); // leaving the agenda saves
    QTRY_VERIFY(!editor->recordId().isEmpty());
    QTest::keyClicks(outcomes, u"Agreed a **road map**."_s);
    QVERIFY(editor->saveNow());

    auto stored = m_replica->records().get(editor->recordId());
    QVERIFY(stored.ok() && stored->has_value());
    const QJsonObject f = (*stored)->fields;
    QCOMPARE(f.value(u"title"_s).toString(), u"Regional dialogue on credit"_s);
    QCOMPARE(f.value(u"agenda"_s).toString(), u"1. Opening"_s);
    QCOMPARE(f.value(u"outcomes"_s).toString(), u"Agreed a **road map**."_s);
    QCOMPARE(f.value(u"mode"_s).toString(), u"hybrid"_s);
    QCOMPARE(f.value(u"starts_on"_s).toString(), u"2027-03-01"_s);
    auto pending = m_replica->outbox().pendingCount();
    QVERIFY(pending.ok() && *pending >= 1);
}

void TestRecordEditor::meeting_delegateCannotEdit()
{
    const domain::Record meeting =
        store(domain::Kind::Meeting, {{u"title"_s, u"Ministerial"_s}, {u"kind"_s, u"regional"_s}});
    useUser(delegateOf(u"FRA"_s));
    RecordEditorDialog editor(*m_workspace, domain::Kind::Meeting, meeting.id);
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(!editor.isWritable());
    auto *save = editor.findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty()); // says why
    auto *title = editor.findChild<QLineEdit *>(u"field_title"_s);
    QVERIFY(title->isReadOnly());
    QCOMPARE(title->text(), u"Ministerial"_s);

    // The browse page offers no "New" to a delegate, and does to the secretariat.
    desktop::RecordBrowserPage page(u"meetings"_s, domain::Kind::Meeting, *m_workspace);
    auto *newButton = page.findChild<QPushButton *>(u"meetingsNew"_s);
    QVERIFY(newButton);
    QVERIFY(!newButton->isEnabled());
    QVERIFY(!newButton->toolTip().isEmpty());
    useUser(secretariat());
    desktop::RecordBrowserPage secretariatPage(u"meetings"_s, domain::Kind::Meeting, *m_workspace);
    QVERIFY(secretariatPage.findChild<QPushButton *>(u"meetingsNew"_s)->isEnabled());
}

void TestRecordEditor::commitment_autosaveAndLenientValidation()
{
    useUser(delegateOf(u"KEN"_s));
    const domain::Record commitment =
        store(domain::Kind::Commitment, {{u"title"_s, u"Halve payment delays"_s},
                                         {u"country"_s, u"KEN"_s},
                                         {u"pillar"_s, u"finance"_s},
                                         {u"status"_s, u"announced"_s}});
    auto *editor = new RecordEditorDialog(*m_workspace, domain::Kind::Commitment, commitment.id);
    QScopedPointer<RecordEditorDialog> guard(editor);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QVERIFY(editor->isWritable());
    auto *status = editor->findChild<QComboBox *>(u"field_status"_s);
    auto *deadline = editor->findChild<QLineEdit *>(u"field_deadline"_s);
    auto *progress = editor->findChild<QPlainTextEdit *>(u"progress_noteEditor"_s);
    QVERIFY(status && deadline && progress);
    status->setCurrentIndex(status->findData(u"in_progress"_s));
    progress->setFocus();
    QTest::keyClicks(progress, u"Two thirds of invoices paid in 30 days."_s);
    // A deadline that is not a date is kept as typed and flagged at the field after autosave.
    deadline->setFocus();
    QTest::keyClicks(deadline, u"end of 2027"_s);
    QVERIFY(editor->isDirty());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 5000); // the autosave debounce
    QVERIFY(!editor->issueText(u"deadline"_s).isEmpty());
    auto *issue = editor->findChild<QWidget *>(u"issue_deadline"_s);
    QVERIFY(issue && issue->isVisible());

    auto stored = m_replica->records().get(commitment.id);
    QVERIFY(stored.ok() && stored->has_value());
    const QJsonObject f = (*stored)->fields;
    QCOMPARE(f.value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(f.value(u"progress_note"_s).toString(), u"Two thirds of invoices paid in 30 days."_s);
    QCOMPARE(f.value(u"deadline"_s).toString(), u"end of 2027"_s);

    // A delegate of another country may read but not change it.
    useUser(delegateOf(u"FRA"_s));
    RecordEditorDialog other(*m_workspace, domain::Kind::Commitment, commitment.id);
    other.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(!other.isWritable());
    useUser(analyst());
    RecordEditorDialog reader(*m_workspace, domain::Kind::Commitment, commitment.id);
    reader.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(!reader.isWritable());
}

void TestRecordEditor::commitment_pageFiltersByCountryAndPillar()
{
    store(domain::Kind::Commitment, {{u"title"_s, u"A"_s},
                                     {u"country"_s, u"KEN"_s},
                                     {u"pillar"_s, u"finance"_s},
                                     {u"status"_s, u"announced"_s},
                                     {u"deadline"_s, u"2027-01-01"_s}});
    store(domain::Kind::Commitment, {{u"title"_s, u"B"_s},
                                     {u"country"_s, u"KEN"_s},
                                     {u"pillar"_s, u"digital"_s},
                                     {u"status"_s, u"in_progress"_s}});
    store(domain::Kind::Commitment, {{u"title"_s, u"C"_s},
                                     {u"country"_s, u"FRA"_s},
                                     {u"pillar"_s, u"finance"_s},
                                     {u"status"_s, u"achieved"_s}});
    desktop::RecordBrowserPage page(u"commitments"_s, domain::Kind::Commitment, *m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QTableView *>(u"commitmentsList"_s);
    QVERIFY(list);
    // The list reads on the workspace's reader thread.
    QTRY_COMPARE(list->model()->rowCount(), 3);
    QVERIFY(page.listModel()->columnOf(u"deadline"_s) >= 0);
    QVERIFY(page.listModel()->columnOf(u"status"_s) >= 0);
    models::FacetModel *facets = page.facetModel();
    // Counts arrive from the worker thread.
    QTRY_VERIFY(facets
                    ->match(facets->index(0, 0), models::FacetModel::ValueRole, u"KEN"_s, 1,
                            Qt::MatchRecursive)
                    .size() == 1);
    facets->setSelection({{u"country"_s, {u"KEN"_s}}});
    QTRY_COMPARE(list->model()->rowCount(), 2);
    facets->setSelection({{u"country"_s, {u"KEN"_s}}, {u"pillar"_s, {u"finance"_s}}});
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"A"_s);
}

void TestRecordEditor::detailPane_showsRecordAndTheServersRefusal()
{
    const domain::Record meeting =
        store(domain::Kind::Meeting, {{u"title"_s, u"Ministerial round table on SME finance"_s},
                                      {u"kind"_s, u"ministerial"_s},
                                      {u"mode"_s, u"in_person"_s},
                                      {u"starts_on"_s, u"2027-03-10"_s},
                                      {u"agenda"_s, u"1. Credit guarantees"_s}});
    desktop::RecordBrowserPage page(u"meetings"_s, domain::Kind::Meeting, *m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *detail = page.findChild<desktop::MarkdownView *>(u"meetingsDetail"_s);
    auto *banner = page.findChild<QLabel *>(u"meetingsBanner"_s);
    auto *edit = page.findChild<QPushButton *>(u"meetingsEdit"_s);
    QVERIFY(detail && banner && edit);
    // The first row is selected once the list has been read; its detail is read off the GUI
    // thread and shown when it arrives.
    QSignalSpy shown(&page, &desktop::RecordBrowserPage::detailShown);
    QTRY_COMPARE(page.currentId(), meeting.id);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().first().toString(), meeting.id);
    QVERIFY(detail->toPlainText().contains(u"Ministerial round table on SME finance"_s));
    QVERIFY(detail->toPlainText().contains(u"Credit guarantees"_s));
    QVERIFY(banner->isHidden());
    QVERIFY(edit->isEnabled()); // the secretariat edits meetings

    // A local edit the server refused: the pane says why, from the outbox entry.
    domain::Record edited = meeting;
    edited.fields.insert(u"title"_s, u"Round table (renamed)"_s);
    QVERIFY(m_replica->records().saveDraft(edited).ok());
    auto entries = m_replica->outbox().forRecord(meeting.id);
    QVERIFY(entries.ok() && entries->size() == 1);
    QVERIFY(m_replica->outbox()
                .markRejected(entries->first().seq,
                              {u"validation_failed"_s, u"The agenda needs a venue."_s, {}})
                .ok());
    page.reload();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"The agenda needs a venue."_s), qPrintable(banner->text()));
    QVERIFY(detail->toPlainText().contains(u"Round table (renamed)"_s));

    // The edit discarded: back to the server's version, no banner.
    QVERIFY(m_replica->records().discardLocalEdit(meeting.id).ok());
    page.reload();
    QTRY_VERIFY(banner->isHidden());
    QTRY_VERIFY(detail->toPlainText().contains(u"Ministerial round table on SME finance"_s));
}

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
