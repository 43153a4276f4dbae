// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datagen/syntheticgenerator.h"
#include "domain/referencedata.h"
#include "models/backgroundreader.h"
#include "models/facetcounter.h"
#include "models/facetmodel.h"
#include "models/recordlistmodel.h"
#include "models/searchresultmodel.h"
#include "replica/replica.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::models::BackgroundReader;
using smec::models::FacetCounter;
using smec::models::FacetModel;
using smec::models::RecordListModel;
using smec::models::SearchResultModel;

namespace {
constexpr int practiceCount = 3000;

/// True once every job `reader` was given before this call has been answered or dropped: the
/// worker runs jobs in order and posts their answers in order, so a job asked now is answered
/// after all of them. This is how a test shows that nothing more arrives, without sleeping.
bool readerCaughtUp(BackgroundReader &reader)
{
    QObject requester;
    bool answered = false;
    reader.run<int>(
        &requester, [](smec::replica::Replica &) { return smec::Result<int>(0); },
        [&answered](const smec::Result<int> &) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 60000);
}
} // namespace

class TestRecordListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowCache_allRowsCountedFewPagesHeld();
    void sort_byColumnRunsInSqlAndOrdersRows();
    void filter_byFacetNarrowsTotal();
    void facetModel_countsAndSelection();
    void facetCounter_offThreadLatestOnly();
    void refresh_signalsChangedRowOnly();
    void background_keepsRowsUntilTheNewFilterArrives();
    void background_latestFilterWins();
    void background_sortReadsThePagesInView();
    void background_refreshAddsAndRemovesRows();
    void searchModel_escapesTextAndMarksMatches();
    void searchModel_snippetsReadWithoutMarkdown();

private:
    /// Saves a local edit of the record at `row` (instrument: loan); its id, empty on failure.
    QString editRow(const RecordListModel &model, int row);

    QTemporaryDir m_dir;
    smec::replica::Replica m_replica;
};

void TestRecordListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto &reference = smec::domain::ReferenceData::embedded();
    m_replica.setRegionResolver([&reference](const QString &c) { return reference.regionOf(c); });
    auto opened = m_replica.open(m_dir.filePath(u"replica.sqlite"_s), u"tst_list"_s);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    smec::datagen::SyntheticGenerator generator(7);
    smec::replica::Transaction tx(m_replica.database());
    QVERIFY(tx.started().ok());
    for (int i = 0; i < practiceCount; ++i) {
        smec::domain::Record r = generator.practice(i);
        r.rev = i + 1;
        r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        QVERIFY(m_replica.records().writeServerRecord(r).ok());
    }
    QVERIFY(tx.commit().ok());
}

QString TestRecordListModel::editRow(const RecordListModel &model, int row)
{
    const QString id = model.idAt(row);
    auto record = m_replica.records().get(id);
    if (!record || !record->has_value())
        return {};
    smec::domain::Record edited = **record;
    edited.fields.insert(u"instrument"_s, u"loan"_s);
    return m_replica.records().saveDraft(edited).ok() ? id : QString();
}

void TestRecordListModel::cleanupTestCase()
{
    m_replica.close();
}

void TestRecordListModel::windowCache_allRowsCountedFewPagesHeld()
{
    RecordListModel model(&m_replica);
    model.setReferenceData(&smec::domain::ReferenceData::embedded());
    model.setPageSize(100);
    model.setMaxCachedPages(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QCOMPARE(model.totalCount(), practiceCount);
    QCOMPARE(model.rowCount(), practiceCount);
    QCOMPARE(model.cachedPageCount(), 1);
    // The last row is read without loading what lies between.
    const QString last = model.idAt(practiceCount - 1);
    QVERIFY(!last.isEmpty());
    QCOMPARE(model.cachedPageCount(), 2);
    // Every row, page by page: all distinct, in the replica's own order, and never more than
    // the configured pages held.
    QSet<QString> ids;
    smec::replica::ListFilter all;
    all.limit = practiceCount;
    auto expected = m_replica.lists().list(all);
    QVERIFY(expected.ok());
    QCOMPARE(expected->size(), practiceCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, 0).data(RecordListModel::IdRole).toString();
        QCOMPARE(id, expected->at(row).id);
        ids.insert(id);
        QVERIFY(model.cachedPageCount() <= 4);
    }
    QCOMPARE(ids.size(), practiceCount);
    // Walking forward evicted the first pages and kept the last ones.
    QCOMPARE(model.rowOfId(expected->at(0).id), -1);
    QCOMPARE(model.rowOfId(last), practiceCount - 1);
    QCOMPARE(model.rowOfId(expected->at(practiceCount - 50).id), practiceCount - 50);
    QVERIFY(!model.index(0, model.columnOf(u"title"_s)).data().toString().isEmpty());
    QVERIFY(!model.index(0, model.columnOf(u"country"_s)).data().toString().isEmpty());
    QVERIFY(!model.canFetchMore({}));
}

void TestRecordListModel::sort_byColumnRunsInSqlAndOrdersRows()
{
    RecordListModel model(&m_replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    const int yearColumn = model.columnOf(u"start_year"_s);
    QVERIFY(yearColumn >= 0);
    model.sort(yearColumn, Qt::DescendingOrder);
    QCOMPARE(model.filter().sortColumn, u"start_year"_s);
    QVERIFY(model.rowCount() >= model.pageSize());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant v = model.index(row, yearColumn).data(RecordListModel::ColumnValueRole);
        if (v.isNull())
            continue;
        QVERIFY(v.toLongLong() <= previous);
        previous = v.toLongLong();
    }
    // A column SQL cannot sort (a bit mask) is ignored rather than failing.
    model.sort(model.columnOf(u"pillars"_s));
    QCOMPARE(model.filter().sortColumn, u"start_year"_s);
}

void TestRecordListModel::filter_byFacetNarrowsTotal()
{
    RecordListModel model(&m_replica);
    smec::replica::ListFilter filter;
    filter.facets.insert(u"pillar"_s, {u"green"_s});
    model.setFilter(filter);
    QVERIFY(model.totalCount() > 0);
    QVERIFY(model.totalCount() < practiceCount);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, model.columnOf(u"pillars"_s))
                    .data(RecordListModel::ColumnValueRole)
                    .toStringList()
                    .contains(u"green"_s));
}

void TestRecordListModel::facetModel_countsAndSelection()
{
    FacetModel facets;
    QAbstractItemModelTester tester(&facets,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    facets.setReferenceData(&smec::domain::ReferenceData::embedded());
    facets.setKind(smec::domain::Kind::Practice);
    auto counts = m_replica.lists().facetCounts({});
    QVERIFY(counts.ok());
    facets.setCounts(*counts);

    QModelIndex pillarGroup;
    QModelIndex countryGroup;
    for (int row = 0; row < facets.rowCount(); ++row) {
        const QString facet = facets.index(row, 0).data(FacetModel::FacetRole).toString();
        if (facet == u"pillar"_s)
            pillarGroup = facets.index(row, 0);
        if (facet == u"country"_s)
            countryGroup = facets.index(row, 0);
    }
    QVERIFY(pillarGroup.isValid() && countryGroup.isValid());
    QCOMPARE(facets.rowCount(pillarGroup), 3);
    int countrySum = 0;
    for (int row = 0; row < facets.rowCount(countryGroup); ++row)
        countrySum += facets.index(row, 0, countryGroup).data(FacetModel::CountRole).toInt();
    QCOMPARE(countrySum, practiceCount);

    QSignalSpy changed(&facets, &FacetModel::selectionChanged);
    const QModelIndex green = [&] {
        for (int row = 0; row < 3; ++row) {
            const QModelIndex i = facets.index(row, 0, pillarGroup);
            if (i.data(FacetModel::ValueRole).toString() == u"green"_s)
                return i;
        }
        return QModelIndex();
    }();
    QVERIFY(green.isValid());
    QCOMPARE(green.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(facets.setData(green, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(facets.selection().value(u"pillar"_s), QStringList{u"green"_s});

    // New counts keep the group rows and the ticked value.
    smec::replica::ListFilter filter;
    filter.facets = facets.selection();
    auto narrowed = m_replica.lists().facetCounts(filter);
    QVERIFY(narrowed.ok());
    facets.setCounts(*narrowed);
    QCOMPARE(facets.selection().value(u"pillar"_s), QStringList{u"green"_s});
    facets.clearSelection();
    QVERIFY(facets.selection().isEmpty());
}

void TestRecordListModel::facetCounter_offThreadLatestOnly()
{
    BackgroundReader reader(&m_replica);
    FacetCounter counter(&reader);
    QSignalSpy ready(&counter, &FacetCounter::countsReady);
    QSignalSpy failed(&counter, &FacetCounter::errorOccurred);
    smec::replica::ListFilter green;
    green.facets.insert(u"pillar"_s, {u"green"_s});
    smec::replica::ListFilter digital;
    digital.facets.insert(u"pillar"_s, {u"digital"_s});
    digital.facets.insert(u"status"_s, {u"active"_s});
    // Three requests in a row: only the last one is answered.
    counter.request({});
    counter.request(green);
    counter.request(digital);
    QVERIFY(counter.isPending());
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(!counter.isPending());
    QVERIFY(failed.isEmpty());
    const auto counts = ready.at(0).at(0).value<smec::replica::FacetCounts>();
    auto expected = m_replica.lists().facetCounts(digital);
    QVERIFY(expected.ok());
    QCOMPARE(counts.total, expected->total);
    QCOMPARE(counts.facets, expected->facets);
    QVERIFY(counts.total < practiceCount);
    // Nothing more arrives for the superseded requests.
    QVERIFY(readerCaughtUp(reader));
    QCOMPARE(ready.size(), 1);

    // The worker keeps its connection open for the next request.
    counter.request({});
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(ready.at(1).at(0).value<smec::replica::FacetCounts>().total, practiceCount);
}

void TestRecordListModel::refresh_signalsChangedRowOnly()
{
    RecordListModel model(&m_replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    smec::replica::ListFilter filter;
    filter.sortColumn = u"title"_s;
    model.setFilter(filter);
    const QString id = editRow(model, 3);
    QVERIFY(!id.isEmpty());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, 0).data(RecordListModel::StateNameRole).toString(), u"pending"_s);
    QVERIFY(m_replica.records().discardLocalEdit(id).ok());
}

void TestRecordListModel::background_keepsRowsUntilTheNewFilterArrives()
{
    BackgroundReader reader(&m_replica);
    RecordListModel model(&m_replica);
    model.setReader(&reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &RecordListModel::totalCountChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&model, &RecordListModel::loaded);
    model.setFilter({});
    // Nothing is read on this thread: the model is empty until the reader answers.
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), practiceCount);
    QCOMPARE(model.cachedPageCount(), 1);
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.first().first().toLongLong(), practiceCount);
    QVERIFY(!model.idAt(practiceCount - 1).isEmpty()); // later pages load where they are read

    // A narrower filter: the old rows stay until its rows and count arrive together.
    smec::replica::ListFilter green;
    green.facets.insert(u"pillar"_s, {u"green"_s});
    auto greenCount = m_replica.lists().count(green);
    QVERIFY(greenCount.ok());
    QVERIFY(*greenCount > model.pageSize() && *greenCount < practiceCount);
    const int resetsBefore = int(reset.size());
    model.setFilter(green);
    QCOMPARE(model.filter().facets, green.facets);
    QCOMPARE(model.rowCount(), practiceCount);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(reset.size(), resetsBefore + 1);
    QCOMPARE(model.rowCount(), *greenCount);
    QCOMPARE(total.last().first().toLongLong(), *greenCount);
}

void TestRecordListModel::background_latestFilterWins()
{
    BackgroundReader reader(&m_replica);
    RecordListModel model(&m_replica);
    model.setReader(&reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    smec::replica::ListFilter green;
    green.facets.insert(u"pillar"_s, {u"green"_s});
    smec::replica::ListFilter none;
    none.text = u"zzzqqqxx-no-such-word"_s;
    QSignalSpy total(&model, &RecordListModel::totalCountChanged);
    QSignalSpy loaded(&model, &RecordListModel::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Three filters in a row, as typing gives them: only the last one is shown.
    model.setFilter({});
    model.setFilter(green);
    model.setFilter(none);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(readerCaughtUp(reader)); // nothing more arrives for the superseded filters
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(total.isEmpty()); // 0 rows, as before: nothing to report
    QCOMPARE(model.filter().text, none.text);

    // A sort asked while a filter is on its way applies to that filter.
    model.setFilter(green);
    model.sort(model.columnOf(u"title"_s), Qt::DescendingOrder);
    QTRY_COMPARE(loaded.size(), 2);
    QVERIFY(readerCaughtUp(reader));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(model.filter().facets, green.facets);
    QCOMPARE(model.filter().sortColumn, u"title"_s);
    QVERIFY(model.rowCount() > model.pageSize());
    smec::replica::ListFilter expected = green;
    expected.sortColumn = u"title"_s;
    expected.sortOrder = Qt::DescendingOrder;
    expected.limit = 2;
    auto firstRows = m_replica.lists().list(expected);
    QVERIFY(firstRows.ok() && firstRows->size() == 2);
    QCOMPARE(model.idAt(0), firstRows->at(0).id);
    QCOMPARE(model.idAt(1), firstRows->at(1).id);
    QVERIFY(model.index(0, model.columnOf(u"pillars"_s))
                .data(RecordListModel::ColumnValueRole)
                .toStringList()
                .contains(u"green"_s));
}

void TestRecordListModel::background_sortReadsThePagesInView()
{
    // A view keeps its scroll position across a reset: after a sort, the pages it showed are
    // read on the reader with the first one, in the new order, not by the view on this thread.
    BackgroundReader reader(&m_replica);
    RecordListModel model(&m_replica);
    model.setReader(&reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &RecordListModel::loaded);
    model.setFilter({});
    QTRY_COMPARE(loaded.size(), 1);
    const int last = practiceCount - 1;
    QVERIFY(!model.idAt(last).isEmpty()); // the view scrolled to the end
    QCOMPARE(model.cachedPageCount(), 2);

    model.sort(model.columnOf(u"title"_s), Qt::AscendingOrder);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(model.cachedPageCount(), 2); // the first page and the one in view, read together
    smec::replica::ListFilter byTitle;
    byTitle.sortColumn = u"title"_s;
    byTitle.sortOrder = Qt::AscendingOrder;
    byTitle.offset = last;
    byTitle.limit = 1;
    auto lastRow = m_replica.lists().list(byTitle);
    QVERIFY(lastRow.ok() && lastRow->size() == 1);
    QCOMPARE(model.idAt(last), lastRow->first().id);
    QCOMPARE(model.cachedPageCount(), 2);
}

void TestRecordListModel::background_refreshAddsAndRemovesRows()
{
    BackgroundReader reader(&m_replica);
    RecordListModel model(&m_replica);
    model.setReader(&reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &RecordListModel::loaded);
    smec::replica::ListFilter byTitle;
    byTitle.sortColumn = u"title"_s;
    model.setFilter(byTitle);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), practiceCount);

    // An edit of a shown row: one dataChanged, read off this thread.
    const QString id = editRow(model, 3);
    QVERIFY(!id.isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(model.isLoading());
    QCOMPARE(changed.size(), 0);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(3, 0).data(RecordListModel::StateNameRole).toString(), u"pending"_s);
    QVERIFY(m_replica.records().discardLocalEdit(id).ok());

    // A new record: the count grows, the window is read again.
    auto record = m_replica.records().get(id);
    QVERIFY(record.ok() && record->has_value());
    smec::domain::Record draft = **record;
    draft.id.clear();
    draft.rev = 0;
    draft.fields.insert(u"title"_s, u"A new practice from the tests"_s);
    auto saved = m_replica.records().saveDraft(draft);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
    model.refresh();
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(model.rowCount(), practiceCount + 1);
    QCOMPARE(reset.size(), 1);

    // Gone again.
    QVERIFY(m_replica.records().discardLocalEdit(saved->id).ok());
    model.refresh();
    QTRY_COMPARE(loaded.size(), 4);
    QCOMPARE(model.rowCount(), practiceCount);
}

void TestRecordListModel::searchModel_escapesTextAndMarksMatches()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    smec::replica::SearchHit hit;
    hit.id = u"x"_s;
    hit.title = u"Green <loans>"_s;
    hit.snippet = u"a <script>alert(1)</script> "_s + smec::replica::highlightStart + u"green"_s +
                  smec::replica::highlightEnd + u" & " + smec::replica::highlightStart + u"cut"_s;
    model.setHits({hit});
    const QString html = model.index(0).data(SearchResultModel::SnippetHtmlRole).toString();
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(html.contains(u"<b>green</b>"_s));
    QVERIFY(html.contains(u"&amp;"_s));
    QVERIFY(html.endsWith(u"<b>cut</b>"_s)); // an unterminated match is closed

    auto hits = m_replica.search().search(u"digital"_s);
    QVERIFY(hits.ok());
    model.setHits(*hits);
    QVERIFY(model.rowCount() > 0);
}

void TestRecordListModel::searchModel_snippetsReadWithoutMarkdown()
{
    using smec::replica::highlightEnd;
    using smec::replica::highlightStart;
    const QString raw = u"## What worked\n- "_s + highlightStart + u"Mobile"_s + highlightEnd +
                        u"-money accounts in **women's own names**\n\n| Budget | 500 |\n"
                        u"1. Use `forms` offline"_s;
    QCOMPARE(SearchResultModel::readableSnippet(raw),
             u"What worked "_s + highlightStart + u"Mobile"_s + highlightEnd +
                 u"-money accounts in women's own names Budget 500 Use forms offline"_s);
    // Ordinary prose keeps its dashes, numbers and asterisks.
    QCOMPARE(SearchResultModel::readableSnippet(u"from 2019 - 2021, rated 4* by 3.5 million"_s),
             u"from 2019 - 2021, rated 4* by 3.5 million"_s);
}

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
