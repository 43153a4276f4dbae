// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/referencedata.h"
#include "models/searchresultmodel.h"
#include "replica/replica.h"
#include "searchpage.h"
#include "snippetdelegate.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

class TestSearchPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typing_showsRankedHighlightedResults();
    void indexStillBuilding_isSaid();
    void initiatives_foundWithTheirKind_openedAsInitiatives();
};

void TestSearchPage::typing_showsRankedHighlightedResults()
{
    QTemporaryDir dir;
    replica::Replica replica;
    QVERIFY(replica.open(dir.filePath(u"r.sqlite"_s), u"tst_search"_s).ok());
    auto add = [&](const QString &title, const QString &body) {
        domain::Record r;
        r.id = domain::newRecordId();
        r.kind = domain::Kind::Practice;
        r.rev = 1;
        r.fields =
            QJsonObject{{u"title"_s, title}, {u"body"_s, body}, {u"status"_s, u"published"_s}};
        QVERIFY(replica.records().writeServerRecord(r).ok());
    };
    add(u"Crédit vert pour PME"_s, u"Des prêts verts <script>x</script> pour les entreprises"_s);
    add(u"Export credit"_s, u"Guarantees for exporters"_s);
    desktop::Workspace workspace(replica, domain::ReferenceData::embedded(),
                                 {u"u"_s, u"u"_s, u"U"_s, {}, domain::Role::Analyst});
    desktop::SearchPage page(workspace);
    page.show();
    auto *results = page.findChild<QListView *>(u"searchResults"_s);
    QVERIFY(results);
    page.setQuery(u"pret"_s); // diacritic-insensitive, prefix
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QModelIndex hit = results->model()->index(0, 0);
    QCOMPARE(hit.data().toString(), u"Crédit vert pour PME"_s);
    const QString html = desktop::SnippetDelegate::html(hit);
    QVERIFY2(html.contains(u"<b>"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<script>"_s));
    // FTS syntax never reaches the user as an error: it is searched for as words, so hostile
    // text whose words match still finds the record, and text whose words do not match shows an
    // empty list and says so.
    auto *summary = page.findChild<QLabel *>(u"searchSummary"_s);
    QVERIFY(summary);
    page.setQuery(u"\"export ( -credit* ^"_s, true);
    QVERIFY2(!summary->text().contains(u"not available"_s), qPrintable(summary->text()));
    QCOMPARE(results->model()->rowCount(), 1);
    QCOMPARE(results->model()->index(0, 0).data().toString(), u"Export credit"_s);
    page.setQuery(u"\"unbalanced AND ( OR *"_s, true);
    QVERIFY2(!summary->text().contains(u"not available"_s), qPrintable(summary->text()));
    QCOMPARE(results->model()->rowCount(), 0);
    QVERIFY2(summary->text().startsWith(u"Nothing matches"_s), qPrintable(summary->text()));
}

void TestSearchPage::indexStillBuilding_isSaid()
{
    // Right after a first sync the records are stored and the index catches up: a search then
    // says so instead of looking complete.
    QTemporaryDir dir;
    replica::Replica replica;
    QVERIFY(replica.open(dir.filePath(u"r.sqlite"_s), u"tst_search_building"_s).ok());
    replica.search().setDeferred(true);
    for (int i = 0; i < 3; ++i) {
        domain::Record r;
        r.id = domain::newRecordId();
        r.kind = domain::Kind::Practice;
        r.rev = i + 1;
        r.fields = QJsonObject{{u"title"_s, u"Mangrove restoration %1"_s.arg(i)}};
        QVERIFY(replica.records().writeServerRecord(r).ok());
    }
    QVERIFY(replica.search().catchUp(1).ok()); // one of three indexed so far
    desktop::Workspace workspace(replica, domain::ReferenceData::embedded(),
                                 {u"u"_s, u"u"_s, u"U"_s, {}, domain::Role::Analyst});
    desktop::SearchPage page(workspace);
    page.show();
    auto *results = page.findChild<QListView *>(u"searchResults"_s);
    auto *summary = page.findChild<QLabel *>(u"searchSummary"_s);
    QVERIFY(results && summary);
    page.setQuery(u"mangrove"_s, true);
    QCOMPARE(results->model()->rowCount(), 1);
    QVERIFY2(summary->text().contains(u"still being built (2 record"_s),
             qPrintable(summary->text()));
    // Once the index is complete the note is gone and every record is found.
    QVERIFY(replica.search().catchUpAll().ok());
    page.setQuery(u"mangroves"_s, true);
    page.setQuery(u"mangrove"_s, true);
    QCOMPARE(results->model()->rowCount(), 3);
    QVERIFY2(!summary->text().contains(u"still being built"_s), qPrintable(summary->text()));
}

void TestSearchPage::initiatives_foundWithTheirKind_openedAsInitiatives()
{
    QTemporaryDir dir;
    replica::Replica replica;
    QVERIFY(replica.open(dir.filePath(u"r.sqlite"_s), u"tst_search_initiatives"_s).ok());
    domain::Record practice;
    practice.id = domain::newRecordId();
    practice.kind = domain::Kind::Practice;
    practice.rev = 1;
    practice.fields = QJsonObject{{u"title"_s, u"Solar pumps for farmers"_s}};
    QVERIFY(replica.records().writeServerRecord(practice).ok());
    domain::Record initiative;
    initiative.id = domain::newRecordId();
    initiative.kind = domain::Kind::Initiative;
    initiative.rev = 1;
    initiative.fields = QJsonObject{
        {u"title"_s, u"Sahel mini-grids"_s},
        {u"lead_country"_s, u"SEN"_s},
        {u"status"_s, u"active"_s},
        {u"milestones"_s, QJsonArray{QJsonObject{{u"id"_s, domain::newRecordId()},
                                                 {u"title"_s, u"Solar tender launched"_s}}}}};
    QVERIFY(replica.records().writeServerRecord(initiative).ok());
    desktop::Workspace workspace(replica, domain::ReferenceData::embedded(),
                                 {u"u"_s, u"u"_s, u"U"_s, {}, domain::Role::Analyst});
    desktop::SearchPage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *results = page.findChild<QListView *>(u"searchResults"_s);
    QVERIFY(results);
    page.setQuery(u"solar"_s, true);
    QCOMPARE(results->model()->rowCount(), 2);
    QModelIndex found;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = results->model()->index(row, 0);
        const bool isInitiative =
            index.data(models::SearchResultModel::IdRole).toString() == initiative.id;
        // Each hit says what it is, on screen and to a screen reader.
        const QString kind = isInitiative ? u"Joint initiative"_s : u"Practice"_s;
        QCOMPARE(index.data(models::SearchResultModel::KindLabelRole).toString(), kind);
        QVERIFY(desktop::SnippetDelegate::html(index).contains(kind));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().startsWith(kind + u", "_s));
        if (isInitiative)
            found = index;
    }
    QVERIFY(found.isValid());
    QCOMPARE(found.data().toString(), u"Sahel mini-grids"_s);
    // Opening it asks for an initiative, so the window shows it in Cooperation.
    QSignalSpy opened(&page, &desktop::SearchPage::openRequested);
    results->setCurrentIndex(found);
    Q_EMIT results->activated(found);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), initiative.id);
    QCOMPARE(opened.first().at(1).value<domain::Kind>(), domain::Kind::Initiative);
}

QTEST_MAIN(TestSearchPage)
#include "tst_searchpage.moc"
