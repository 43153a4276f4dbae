// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replica/ftsquerybuilder.h"
#include "replica/replica.h"
#include "replica/replicadatabase.h"
#include "replica/schemamigrator.h"
#include "replica/textnormalizer.h"
#include "replicatestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::replica;

class TestReplicaSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void queryBuilder_quotesEveryToken_data();
    void queryBuilder_quotesEveryToken();
    void normalizer_arabic();
    void search_titleRanksAboveBody();
    void search_prefixAsYouType();
    void search_prefixExpansion_data();
    void search_prefixExpansion();
    void search_prefixWithManyTerms();
    void search_pagesAcrossKinds();
    void queryBuilder_expandedPrefix();
    void optimize_keepsIndexExact();
    void search_latinDiacriticsFold_data();
    void search_latinDiacriticsFold();
    void search_arabicNormalized_data();
    void search_arabicNormalized();
    void search_snippetHighlightsMatch();
    void search_posts();
    void search_hostileInputNeverFails_data();
    void search_hostileInputNeverFails();
    void search_updateAndDeleteKeepIndexExact();
    void deferred_indexCatchesUp();
    void bulkCatchUp_mergesOnlyByCrisis();
    void listText_usesIndex();
    void initiatives_indexedUpdatedOnEditRemovedWhenHidden();
    void initiatives_malformedMilestonesIndexRest();
    void initiatives_existingReplicaCatchesUpAfterMigration();
    void queryBuilder_chinese_data();
    void queryBuilder_chinese();
    void search_chineseSubstrings_data();
    void search_chineseSubstrings();
    void search_chineseRanksAndHighlights();
    void search_russian_data();
    void search_russian();
    void search_mixedScriptsAndLatinUnchanged();

private:
    void add(const domain::Record &record);
    QStringList ids(const QString &text);

    QTemporaryDir *m_dir = nullptr;
    Replica *m_replica = nullptr;
};

void TestReplicaSearch::init()
{
    m_dir = new QTemporaryDir;
    m_replica = new Replica;
    QVERIFY(m_replica->open(m_dir->filePath(u"r.sqlite"_s), u"search-test"_s).ok());
}

void TestReplicaSearch::cleanup()
{
    delete m_replica;
    m_replica = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestReplicaSearch::add(const domain::Record &record)
{
    auto r = m_replica->records().writeServerRecord(record);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
}

QStringList TestReplicaSearch::ids(const QString &text)
{
    auto hits = m_replica->search().search(text);
    if (!hits.ok())
        return {u"error: "_s + hits.error().message};
    QStringList result;
    for (const SearchHit &h : *hits)
        result.append(h.id);
    return result;
}

void TestReplicaSearch::queryBuilder_quotesEveryToken_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   \t "_s << QString();
    QTest::newRow("one word prefix") << u"digit"_s << u"\"digit\"*"_s;
    QTest::newRow("trailing space ends prefix") << u"digital "_s << u"\"digital\""_s;
    QTest::newRow("operators are words")
        << u"green AND NOT loans"_s << u"\"green\" \"AND\" \"NOT\" \"loans\"*"_s;
    QTest::newRow("quotes and stars") << u"\"sme* ^fund -x"_s << u"\"sme\" \"fund\" \"x\""_s;
    QTest::newRow("near") << u"NEAR(a b"_s << u"\"NEAR\" \"a\" \"b\""_s;
    QTest::newRow("one letter no prefix") << u"loans g"_s << u"\"loans\" \"g\""_s;
    QTest::newRow("arabic folded") << u"أحمد"_s << u"\"احمد\"*"_s;
    QTest::newRow("cyrillic prefix") << u"Цифровая трансф"_s << u"\"Цифровая\" \"трансф\"*"_s;
}

void TestReplicaSearch::queryBuilder_quotesEveryToken()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsQueryBuilder::build(input), expected);
}

void TestReplicaSearch::normalizer_arabic()
{
    QCOMPARE(TextNormalizer::normalize(u"مُحَمَّد"_s), u"محمد"_s);
    QCOMPARE(TextNormalizer::normalize(u"إآأٱ"_s), u"اااا"_s);
    QCOMPARE(TextNormalizer::normalize(u"مدرسة على"_s), u"مدرسه علي"_s);
    QCOMPARE(TextNormalizer::normalize(u"Café"_s), u"Café"_s);
    QCOMPARE(TextNormalizer::sortKey(u"Écoles"_s), u"ecoles"_s);
    QCOMPARE(TextNormalizer::tokens(u"a-b, c😀d"_s), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
}

void TestReplicaSearch::search_titleRanksAboveBody()
{
    const auto inBody =
        test::practice(u"Export support"_s, {{u"body"_s, u"Includes a small guarantee scheme."_s}});
    const auto inTitle =
        test::practice(u"Credit guarantee fund"_s, {{u"body"_s, u"Banks lend to small firms."_s}});
    const auto none = test::practice(u"Training"_s, {{u"body"_s, u"Nothing related."_s}});
    add(inBody);
    add(inTitle);
    add(none);
    QCOMPARE(ids(u"guarantee"_s), (QStringList{inTitle.id, inBody.id}));
}

void TestReplicaSearch::search_prefixAsYouType()
{
    const auto p = test::practice(u"Digitalisation vouchers"_s);
    add(p);
    QCOMPARE(ids(u"dig"_s), QStringList{p.id});
    QCOMPARE(ids(u"digitalisation vou"_s), QStringList{p.id});
    QCOMPARE(ids(u"dig "_s), QStringList{}); // a finished word is not a prefix
}

void TestReplicaSearch::search_prefixExpansion_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected"); // how many of the three practices match
    QTest::newRow("common prefix") << u"guar"_s << 3;
    QTest::newRow("upper case") << u"GUARANT"_s << 3;
    QTest::newRow("longer prefix") << u"guarante"_s << 2;
    QTest::newRow("whole word as prefix") << u"guarantor"_s << 1;
    QTest::newRow("with a word before") << u"credit guar"_s << 2;
    QTest::newRow("accented prefix") << u"écon"_s << 1;
    QTest::newRow("no term") << u"guaz"_s << 0;
    QTest::newRow("arabic prefix") << u"المؤس"_s << 1;
    QTest::newRow("quote in prefix") << u"guar\"an"_s << 0;
}

void TestReplicaSearch::search_prefixExpansion()
{
    // The prefix is looked up in the vocabulary and expanded to OR-ed terms; the documents
    // matched must be exactly those FTS5's own prefix query matches.
    QFETCH(QString, query);
    QFETCH(int, expected);
    add(test::practice(u"Credit guarantee fund"_s, {{u"body"_s, u"Économie locale"_s}}));
    add(test::practice(u"Guaranteed loans"_s, {{u"body"_s, u"credit lines"_s}}));
    add(test::practice(u"Guarantor network"_s, {{u"body"_s, u"دعم المؤسسات الصغيرة"_s}}));
    add(test::practice(u"Unrelated"_s, {{u"body"_s, u"gu ar"_s}}));
    QCOMPARE(ids(query).size(), expected);
    const QString match = FtsQueryBuilder::build(query);
    auto q = m_replica->database().runUncached(
        u"SELECT count(*) FROM practice_fts WHERE practice_fts MATCH ?"_s, {match});
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), expected); // the plain prefix query agrees
}

void TestReplicaSearch::search_prefixWithManyTerms()
{
    // More terms than maxPrefixTerms start with the prefix: FTS5's prefix query is used.
    const int count = SearchIndex::maxPrefixTerms + 6;
    for (int i = 0; i < count; ++i) {
        QString word = u"zeta"_s;
        for (int n = i; n >= 0; n /= 26) {
            word.append(QChar(u'a' + n % 26));
            if (n < 26)
                break;
        }
        add(test::practice(u"Item "_s + word));
    }
    SearchOptions options;
    options.limit = 100;
    auto hits = m_replica->search().search(u"zet"_s, options);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), count);
    QCOMPARE(m_replica->search().search(u"zetab "_s, options)->size(), 1);
}

void TestReplicaSearch::search_pagesAcrossKinds()
{
    add(test::practice(u"Solar solar solar"_s));
    add(test::practice(u"Solar pumps"_s, {{u"body"_s, u"irrigation"_s}}));
    add(test::post(domain::newRecordId(), u"Solar panels for the cooperative"_s));
    auto all = m_replica->search().search(u"solar"_s);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).rank <= all->at(i).rank);
    for (const SearchHit &hit : *all) {
        QVERIFY(!hit.snippet.isEmpty());
        QVERIFY2(hit.snippet.contains(highlightStart), qPrintable(hit.snippet));
    }
    for (int offset = 0; offset < 3; ++offset) {
        auto page = m_replica->search().search(u"solar"_s, {std::nullopt, 1, offset});
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().id, all->at(offset).id);
        QCOMPARE(page->first().snippet, all->at(offset).snippet);
    }
    QVERIFY(m_replica->search().search(u"solar"_s, {std::nullopt, 5, 3})->isEmpty());
}

void TestReplicaSearch::queryBuilder_expandedPrefix()
{
    const auto query = FtsQueryBuilder::parse(u"credit gua"_s);
    QCOMPARE(query.tokens, (QStringList{u"credit"_s, u"gua"_s}));
    QVERIFY(query.prefixLast);
    QCOMPARE(FtsQueryBuilder::build(query), u"\"credit\" \"gua\"*"_s);
    QCOMPARE(FtsQueryBuilder::build(query, {u"guarantee"_s, u"gu\"a"_s}),
             u"\"credit\" AND (\"guarantee\" OR \"gu\"\"a\")"_s);
    QVERIFY(!FtsQueryBuilder::parse(u"credit gua "_s).prefixLast);
    QVERIFY(!FtsQueryBuilder::parse(u"credit g"_s).prefixLast);
}

void TestReplicaSearch::optimize_keepsIndexExact()
{
    auto p = test::practice(u"Merged segments"_s);
    for (int i = 0; i < 20; ++i)
        add(test::practice(u"Filler %1 segments"_s.arg(i)));
    add(p);
    QVERIFY(m_replica->search().optimize().ok());
    QCOMPARE(ids(u"merged"_s), QStringList{p.id});
    QCOMPARE(ids(u"segm"_s).size(), 21);
    p.rev = 2;
    p.fields[u"title"_s] = u"Renamed after optimize"_s;
    add(p);
    QCOMPARE(ids(u"merged"_s), QStringList{});
    QCOMPARE(ids(u"renamed"_s), QStringList{p.id});
    QVERIFY(m_replica->database()
                .execOnce(u"INSERT INTO practice_fts(practice_fts, rank)"
                          " VALUES('integrity-check', 0)"_s)
                .ok());
}

void TestReplicaSearch::search_latinDiacriticsFold_data()
{
    QTest::addColumn<QString>("indexed");
    QTest::addColumn<QString>("query");
    QTest::newRow("query without accent")
        << u"Financement des PME éco-innovantes"_s << u"ecoinnovantes"_s;
    QTest::newRow("plain query") << u"Économie numérique"_s << u"economie numerique"_s;
    QTest::newRow("accented query") << u"Economia digital"_s << u"economía"_s;
    QTest::newRow("case") << u"PYMES exportadoras"_s << u"pymes"_s;
    QTest::newRow("german") << u"Förderung für Gründer"_s << u"grunder"_s;
}

void TestReplicaSearch::search_latinDiacriticsFold()
{
    QFETCH(QString, indexed);
    QFETCH(QString, query);
    const auto p = test::practice(indexed);
    add(p);
    if (query == u"ecoinnovantes"_s) // hyphen splits: éco-innovantes is two words
        QCOMPARE(ids(u"eco innovantes"_s), QStringList{p.id});
    else
        QCOMPARE(ids(query), QStringList{p.id});
}

void TestReplicaSearch::search_arabicNormalized_data()
{
    QTest::addColumn<QString>("indexed");
    QTest::addColumn<QString>("query");
    QTest::newRow("hamza alef in text") << u"دعم أصحاب المشاريع الصغيرة"_s << u"اصحاب"_s;
    QTest::newRow("hamza alef in query") << u"دعم اصحاب المشاريع"_s << u"أصحاب"_s;
    QTest::newRow("tashkeel in text") << u"التَّمْوِيل الأخضر"_s << u"التمويل"_s;
    QTest::newRow("tashkeel in query") << u"التمويل الأخضر"_s << u"التَّمْوِيل"_s;
    QTest::newRow("ta marbuta") << u"المؤسسات الصغيرة"_s << u"الصغيره"_s;
    QTest::newRow("arabic prefix") << u"الرقمنة للمؤسسات"_s << u"الرقم"_s;
}

void TestReplicaSearch::search_arabicNormalized()
{
    QFETCH(QString, indexed);
    QFETCH(QString, query);
    const auto p = test::practice(indexed, {{u"language"_s, u"ar"_s}});
    add(p);
    add(test::practice(u"Unrelated English title"_s));
    QCOMPARE(ids(query), QStringList{p.id});
}

void TestReplicaSearch::search_snippetHighlightsMatch()
{
    const auto p = test::practice(
        u"Green credit lines"_s,
        {{u"summary"_s, u"A programme of concessional loans for energy efficiency in SMEs."_s},
         {u"body"_s, u"The ministry partnered with commercial banks."_s}});
    add(p);
    auto hits = m_replica->search().search(u"concessional"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    const SearchHit &hit = hits->first();
    QCOMPARE(hit.title, u"Green credit lines"_s);
    QVERIFY2(hit.snippet.contains(QString(highlightStart) + u"concessional"_s + highlightEnd),
             qPrintable(hit.snippet));

    // Arabic with tashkeel: the highlight still falls on the matching word.
    const auto ar =
        test::practice(u"برنامج"_s, {{u"summary"_s, u"قروض مُيَسَّرة للمؤسسات الصغيرة والمتوسطة"_s}});
    add(ar);
    hits = m_replica->search().search(u"للمؤسسات"_s);
    QCOMPARE(hits->size(), 1);
    QVERIFY2(hits->first().snippet.contains(QString(highlightStart) + u"للمؤسسات"_s + highlightEnd),
             qPrintable(hits->first().snippet));
}

void TestReplicaSearch::search_posts()
{
    const QString threadId = domain::newRecordId();
    domain::Record thread;
    thread.id = threadId;
    thread.kind = domain::Kind::Thread;
    thread.rev = 1;
    thread.fields = QJsonObject{{u"title"_s, u"How to reach informal firms?"_s}};
    add(thread);
    const auto post = test::post(threadId, u"We used mobile money agents."_s);
    add(post);
    add(test::practice(u"Mobile banking for SMEs"_s));
    SearchOptions postsOnly;
    postsOnly.kind = domain::Kind::Post;
    auto hits = m_replica->search().search(u"mobile"_s, postsOnly);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, post.id);
    QCOMPARE(hits->first().kind, domain::Kind::Post);
    QCOMPARE(hits->first().title, u"How to reach informal firms?"_s);
    QCOMPARE(m_replica->search().search(u"mobile"_s)->size(), 2);
}

void TestReplicaSearch::search_hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs{
        u"\""_s,
        u"\"\""_s,
        u"\"unterminated phrase"_s,
        u"AND"_s,
        u"OR"_s,
        u"NOT"_s,
        u"a AND"_s,
        u"OR b"_s,
        u"*"_s,
        u"**"_s,
        u"dig*"_s,
        u"NEAR("_s,
        u"NEAR(a b, 3)"_s,
        u"'; DROP TABLE practices; --"_s,
        u"\"; DROP TABLE records; --"_s,
        u"-"_s,
        u"-green"_s,
        u"^"_s,
        u"^title"_s,
        u"title:green"_s,
        u"{title summary}: loans"_s,
        u"( ) ( )"_s,
        u"+"_s,
        u":"_s,
        u"\\"_s,
        u"%_"_s,
        u"التمويل \"الأخضر"_s,
        u"😀"_s,
        u"😀 green 🌱"_s,
        QString(QChar(0)) + u"nul"_s,
        u"\u200f\u200e"_s,
        u"   "_s,
        QString(),
        u"green "_s.repeated(2000),
        u"x"_s.repeated(20000),
    };
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QTest::newRow(qPrintable(u"input %1"_s.arg(i))) << inputs.at(i);
}

void TestReplicaSearch::search_hostileInputNeverFails()
{
    QFETCH(QString, input);
    add(test::practice(u"Green loans"_s, {{u"body"_s, u"title summary drop table"_s}}));
    add(test::post(domain::newRecordId(), u"green post"_s));
    auto hits = m_replica->search().search(input);
    QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().message));
    ListFilter filter;
    filter.text = input;
    auto rows = m_replica->lists().list(filter);
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
    auto counts = m_replica->lists().facetCounts(filter);
    QVERIFY(counts.ok());
    filter.kind = domain::Kind::Thread; // LIKE path
    QVERIFY(m_replica->lists().list(filter).ok());
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 1); // nothing was dropped
}

void TestReplicaSearch::search_updateAndDeleteKeepIndexExact()
{
    auto p = test::practice(u"Original wording"_s, {{u"tags"_s, test::strings({u"alpha"_s})}});
    add(p);
    QCOMPARE(ids(u"alpha"_s), QStringList{p.id});
    p.rev = 2;
    p.fields[u"title"_s] = u"Revised wording"_s;
    p.fields[u"tags"_s] = test::strings({u"beta"_s, u"gamma"_s});
    add(p);
    QCOMPARE(ids(u"original"_s), QStringList{});
    QCOMPARE(ids(u"alpha"_s), QStringList{});
    QCOMPARE(ids(u"revised"_s), QStringList{p.id});
    QCOMPARE(ids(u"gamma"_s), QStringList{p.id});
    QVERIFY(m_replica->database()
                .execOnce(u"INSERT INTO practice_fts(practice_fts, rank)"
                          " VALUES('integrity-check', 0)"_s)
                .ok());
}

void TestReplicaSearch::deferred_indexCatchesUp()
{
    m_replica->search().setDeferred(true);
    QList<domain::Record> page;
    for (int i = 0; i < 25; ++i)
        page.append(test::practice(u"Deferred item %1"_s.arg(i)));
    QVERIFY(m_replica->applyPage(page, u"c"_s).ok());
    QCOMPARE(*m_replica->lists().count(ListFilter{}), 25); // browsable at once
    QCOMPARE(*m_replica->search().isComplete(), false);
    QCOMPARE(*m_replica->search().pendingCount(), 25);
    QCOMPARE(ids(u"deferred"_s).size(), 0);

    // An update and a delete while still queued.
    page[0].rev = 2;
    page[0].fields[u"title"_s] = u"Renamed"_s;
    QVERIFY(m_replica->records().writeServerRecord(page[0]).ok());
    page[1].deleted = true;
    QVERIFY(m_replica->records().writeServerRecord(page[1]).ok());

    // A second connection (another thread in the app) builds the index.
    {
        Replica indexer;
        QVERIFY(indexer.open(m_dir->filePath(u"r.sqlite"_s), u"search-indexer"_s).ok());
        auto n = indexer.search().catchUp(10);
        QVERIFY(n.ok());
        QCOMPARE(*n, 10);
        QVERIFY(indexer.search().catchUpAll(10).ok());
        QCOMPARE(*indexer.search().isComplete(), true);
    }
    QCOMPARE(ids(u"deferred"_s).size(), 23);
    QCOMPARE(ids(u"renamed"_s), QStringList{page[0].id});

    m_replica->search().setDeferred(false);
    QVERIFY(m_replica->search().rebuild().ok());
    QCOMPARE(*m_replica->search().isComplete(), false);
    QVERIFY(m_replica->search().catchUpAll().ok());
    QCOMPARE(ids(u"deferred"_s).size(), 23);
}

void TestReplicaSearch::bulkCatchUp_mergesOnlyByCrisis()
{
    const auto automerge = [&](const QString &table = u"practice_fts"_s) {
        auto q = m_replica->database().run(
            u"SELECT v FROM %1_config WHERE k = 'automerge'"_s.arg(table));
        const int v = q && (*q)->next() ? (*q)->value(0).toInt() : -1; // -1: FTS5's default
        if (q)
            (*q)->finish();
        return v;
    };
    m_replica->search().setDeferred(true);
    QList<domain::Record> page;
    const qint64 n = SearchIndex::optimizeAfter;
    for (qint64 i = 0; i < n; ++i)
        page.append(test::practice(u"Bulk item %1"_s.arg(i)));
    QVERIFY(m_replica->applyPage(page, u"c"_s).ok());
    m_replica->search().setDeferred(false);

    SearchIndex::CatchUpAll how;
    how.batchSize = 2500;
    how.optimizeIfLarge = false;
    QList<int> seen;
    QList<int> seenInitiatives;
    how.afterBatch = [&](qint64) {
        seen.append(automerge());
        // Every indexed kind's table (an upgraded replica may queue initiatives with the bulk).
        seenInitiatives.append(automerge(u"initiative_fts"_s));
        return true;
    };
    auto indexed = m_replica->search().catchUpAll(how);
    QVERIFY(indexed.ok());
    QCOMPARE(*indexed, n);
    QCOMPARE(seen, QList<int>(4, 0)); // off while the bulk is indexed
    QCOMPARE(seenInitiatives, QList<int>(4, 0));
    QCOMPARE(automerge(), SearchIndex::defaultAutomerge); // and back afterwards
    QCOMPARE(automerge(u"initiative_fts"_s), SearchIndex::defaultAutomerge);
    QCOMPARE(ids(u"bulk"_s).size(), 50); // the default page of hits
    QVERIFY(m_replica->database()
                .execOnce(u"INSERT INTO practice_fts(practice_fts, rank)"
                          " VALUES('integrity-check', 0)"_s)
                .ok());

    // A stop half way (a cancelled sync) also restores it; a small queue leaves it alone.
    QVERIFY(m_replica->search().rebuild().ok());
    how.afterBatch = [](qint64) {
        return false;
    };
    QVERIFY(m_replica->search().catchUpAll(how).ok());
    QCOMPARE(automerge(), SearchIndex::defaultAutomerge);
    QVERIFY(m_replica->database()
                .execOnce(u"INSERT INTO practice_fts(practice_fts, rank) VALUES('automerge', 8)"_s)
                .ok());
    add(test::practice(u"One more"_s));
    QVERIFY(m_replica->search().catchUpAll(how).ok());
    QCOMPARE(automerge(), 8);
}

void TestReplicaSearch::listText_usesIndex()
{
    const auto a = test::practice(u"Alpha guarantee"_s, {{u"country"_s, u"KEN"_s}});
    const auto b = test::practice(
        u"Beta"_s, {{u"country"_s, u"FRA"_s}, {u"body"_s, u"mentions guarantee once"_s}});
    add(a);
    add(b);
    add(test::practice(u"Gamma"_s, {{u"country"_s, u"KEN"_s}}));
    ListFilter f;
    f.text = u"guarantee"_s;
    auto rows = m_replica->lists().list(f);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->first().id, a.id); // relevance: title match first
    f.facets[u"country"_s] = QStringList{u"FRA"_s};
    rows = m_replica->lists().list(f);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, b.id);
}

namespace {

domain::Record initiative(const QString &title, const QJsonObject &extra = {}, qint64 rev = 1)
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = domain::Kind::Initiative;
    r.rev = rev;
    r.fields =
        QJsonObject{{u"title"_s, title}, {u"lead_country"_s, u"KEN"_s}, {u"status"_s, u"active"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        r.fields.insert(it.key(), it.value());
    return r;
}

QJsonArray milestones(const QStringList &titles)
{
    QJsonArray list;
    for (const QString &title : titles)
        list.append(QJsonObject{{u"id"_s, domain::newRecordId()}, {u"title"_s, title}});
    return list;
}

} // namespace

void TestReplicaSearch::initiatives_indexedUpdatedOnEditRemovedWhenHidden()
{
    auto i = initiative(u"Lake Victoria invoicing"_s,
                        {{u"summary"_s, u"Cross-border pilot"_s},
                         {u"description"_s, u"Customs offices share e-invoices"_s},
                         {u"outcomes"_s, u"Clearance time halved"_s},
                         {u"milestones"_s, milestones({u"Onboard exporters"_s, u"Audit"_s})}});
    add(i);
    add(test::practice(u"Invoicing for cooperatives"_s));
    // Every text field is searchable, milestone titles included.
    for (const QString &word :
         {u"victoria"_s, u"pilot"_s, u"customs"_s, u"clearance"_s, u"onboard"_s, u"audit"_s})
        QCOMPARE(ids(word), QStringList{i.id});
    auto hits = m_replica->search().search(u"invoicing"_s);
    QCOMPARE(hits->size(), 2); // the initiative and the practice
    SearchOptions only;
    only.kind = domain::Kind::Initiative;
    hits = m_replica->search().search(u"invoic"_s, only); // a prefix, as typed
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, i.id);
    QCOMPARE(hits->first().kind, domain::Kind::Initiative);
    QCOMPARE(hits->first().title, u"Lake Victoria invoicing"_s);
    QVERIFY(hits->first().snippet.contains(highlightStart));

    // A local edit re-indexes it at once: the old words go, the new ones come.
    domain::Record edit = **m_replica->records().get(i.id);
    edit.fields[u"description"_s] = u"Revenue authorities exchange records"_s;
    edit.fields[u"milestones"_s] = milestones({u"Sign memorandum"_s});
    QVERIFY(m_replica->records().saveDraft(edit).ok());
    QCOMPARE(ids(u"customs"_s), QStringList{});
    QCOMPARE(ids(u"onboard"_s), QStringList{});
    QCOMPARE(ids(u"revenue"_s), QStringList{i.id});
    QCOMPARE(ids(u"memorandum"_s), QStringList{i.id});

    // A pulled edit too.
    i.rev = 2;
    i.fields = edit.fields;
    i.fields[u"outcomes"_s] = u"Trade doubled"_s;
    add(i);
    QCOMPARE(ids(u"clearance"_s), QStringList{});
    QCOMPARE(ids(u"doubled"_s), QStringList{i.id});
    QVERIFY(m_replica->database()
                .execOnce(u"INSERT INTO initiative_fts(initiative_fts, rank)"
                          " VALUES('integrity-check', 0)"_s)
                .ok());

    // Out of this user's sight (the feed sends a tombstone after declining): out of the index.
    domain::Record gone;
    gone.id = i.id;
    gone.kind = domain::Kind::Initiative;
    gone.rev = 3;
    gone.deleted = true;
    add(gone);
    QCOMPARE(ids(u"doubled"_s), QStringList{});
    QCOMPARE(ids(u"victoria"_s), QStringList{});
    QCOMPARE(m_replica->search().search(u"invoicing"_s)->size(), 1); // the practice stays
    QVERIFY(m_replica->database()
                .execOnce(u"INSERT INTO initiative_fts(initiative_fts, rank)"
                          " VALUES('integrity-check', 0)"_s)
                .ok());

    // Seen again later: back in the index.
    i.rev = 4;
    add(i);
    QCOMPARE(ids(u"doubled"_s), QStringList{i.id});
    // rebuild() and optimize() cover initiatives.
    QVERIFY(m_replica->search().rebuild().ok());
    QCOMPARE(*m_replica->search().pendingCount(), 2);
    QVERIFY(m_replica->search().catchUpAll().ok());
    QVERIFY(m_replica->search().optimize().ok());
    QCOMPARE(ids(u"doubled"_s), QStringList{i.id});
}

void TestReplicaSearch::initiatives_malformedMilestonesIndexRest()
{
    // A draft may hold milestones that are not objects (the validator reports them); indexing
    // skips those entries and keeps the rest, directly and through the deferred queue.
    QJsonArray odd = milestones({u"Harmonise tariffs"_s});
    odd.append(u"just text"_s);
    odd.append(42);
    odd.append(QJsonObject{{u"title"_s, 7}});
    const auto direct = initiative(u"Odd milestones"_s, {{u"milestones"_s, odd}});
    add(direct);
    QCOMPARE(ids(u"harmonise"_s), QStringList{direct.id});
    QCOMPARE(ids(u"just"_s), QStringList{});
    const auto notAList = initiative(u"Scalar milestones"_s, {{u"milestones"_s, u"tariffs"_s}});
    add(notAList);
    QCOMPARE(ids(u"scalar"_s), QStringList{notAList.id});
    m_replica->search().setDeferred(true);
    const auto queued = initiative(u"Queued odd"_s, {{u"milestones"_s, odd}});
    add(queued);
    QCOMPARE(ids(u"queued"_s), QStringList{});
    QVERIFY(m_replica->search().catchUpAll().ok());
    QCOMPARE(ids(u"queued"_s), QStringList{queued.id});
    QCOMPARE(ids(u"harmonise"_s).size(), 2);
}

void TestReplicaSearch::initiatives_existingReplicaCatchesUpAfterMigration()
{
    // A replica of schema 7 already holds initiatives (and one the user can no longer see).
    const QString path = m_dir->filePath(u"v7.sqlite"_s);
    const QString live = domain::newRecordId();
    const QString hidden = domain::newRecordId();
    {
        ReplicaDatabase db;
        OpenOptions v7;
        v7.targetVersion = 7;
        QVERIFY(db.open(path, u"search-v7"_s, v7).ok());
        QVERIFY(db.run(u"INSERT INTO records (id, kind, rev, deleted, fields)"
                       " VALUES (?, 'initiative', 3, 0, ?), (?, 'initiative', 4, 1, '{}')"_s,
                       {live,
                        u"{\"title\":\"Sahel solar twinning\","
                        "\"milestones\":[{\"id\":\"x\",\"title\":\"Train installers\"}]}"_s,
                        hidden})
                    .ok());
        QVERIFY(db.run(u"INSERT INTO initiatives (rid, title) SELECT rid,"
                       " json_extract(fields, '$.title') FROM records WHERE id = ?"_s,
                       {live})
                    .ok());
        QVERIFY(
            db.run(u"INSERT INTO fts_queue (rid) SELECT rid FROM records WHERE id = ?"_s, {live})
                .ok()); // queued before the upgrade as well: queued once
    }
    Replica upgraded;
    QVERIFY(upgraded.open(path, u"search-v8"_s).ok());
    QCOMPARE(*upgraded.database().schemaVersion(), SchemaMigrator::currentVersion);
    QCOMPARE(*upgraded.search().pendingCount(), 1);
    QCOMPARE(upgraded.search().search(u"sahel"_s)->size(), 0); // not before the catch-up
    auto indexed = upgraded.search().catchUpAll();
    QVERIFY(indexed.ok());
    QCOMPARE(*indexed, 1);
    auto hits = upgraded.search().search(u"installers"_s);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, live);
    QCOMPARE(hits->first().kind, domain::Kind::Initiative);
    QCOMPARE(hits->first().title, u"Sahel solar twinning"_s);
    // The step is self-contained: its statements alone make the table, view, rank and queue.
    QCOMPARE(SchemaMigrator::stepStatements(8), SearchIndex::initiativeSchemaStatements());
}

QTEST_GUILESS_MAIN(TestReplicaSearch)
#include "tst_replica_search.moc"

void TestReplicaSearch::queryBuilder_chinese_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("run is one token") << u"数字化"_s << u"\"数字化\"*"_s;
    QTest::newRow("finished run") << u"数字化 "_s << u"\"数字化\""_s;
    // A lone ideograph is a prefix of the index's bigrams wherever it stands.
    QTest::newRow("lone ideograph") << u"化"_s << u"\"化\"*"_s;
    QTest::newRow("lone ideograph first") << u"数 转型 "_s << u"\"数\"* \"转型\""_s;
    QTest::newRow("scripts split") << u"5G网络"_s << u"\"5G\" \"网络\"*"_s;
    QTest::newRow("punctuation separates") << u"中小企业，补贴"_s << u"\"中小企业\" \"补贴\"*"_s;
    QTest::newRow("quotes stay text") << u"\"数\"字*"_s << u"\"数\"* \"字\"*"_s;
}

void TestReplicaSearch::queryBuilder_chinese()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsQueryBuilder::build(input), expected);
}

void TestReplicaSearch::search_chineseSubstrings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("inner word") << u"数字化"_s << true;
    QTest::newRow("inner word finished") << u"数字化 "_s << true;
    QTest::newRow("whole title") << u"中小企业数字化转型补贴"_s << true;
    QTest::newRow("two characters") << u"转型"_s << true;
    QTest::newRow("one character at the start") << u"中"_s << true;
    QTest::newRow("one character inside") << u"字"_s << true;
    QTest::newRow("one character at the end") << u"贴"_s << true;
    QTest::newRow("one character at the end, finished") << u"贴 "_s << true;
    QTest::newRow("two words") << u"企业 补贴"_s << true;
    QTest::newRow("characters out of order") << u"化数字"_s << false;
    QTest::newRow("absent character") << u"绿"_s << false;
    QTest::newRow("across punctuation") << u"贴试"_s << false;
    QTest::newRow("kana") << u"デジタル"_s << true;
}

void TestReplicaSearch::search_chineseSubstrings()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto p =
        test::practice(u"中小企业数字化转型补贴"_s,
                       {{u"summary"_s, u"补贴。试点：デジタル化支援"_s}, {u"language"_s, u"zh"_s}});
    add(p);
    add(test::practice(u"Green credit lines for SMEs"_s));
    QCOMPARE(ids(query), found ? QStringList{p.id} : QStringList{});
}

void TestReplicaSearch::search_chineseRanksAndHighlights()
{
    const auto inBody =
        test::practice(u"中小企业培训"_s, {{u"body"_s, u"该计划也支持绿色转型。"_s}});
    const auto inTitle =
        test::practice(u"绿色转型基金"_s, {{u"body"_s, u"为中小企业提供贷款。"_s}});
    add(inBody);
    add(inTitle);
    QCOMPARE(ids(u"绿色转型"_s), (QStringList{inTitle.id, inBody.id}));
    auto hits = m_replica->search().search(u"绿色"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->last().id, inBody.id);
    QVERIFY2(hits->last().snippet.contains(QString(highlightStart) + u"绿色"_s + highlightEnd),
             qPrintable(hits->last().snippet));
    // A lone character highlights that character.
    hits = m_replica->search().search(u"贷"_s);
    QCOMPARE(hits->size(), 1);
    QVERIFY2(hits->first().snippet.contains(QString(highlightStart) + u"贷"_s),
             qPrintable(hits->first().snippet));
}

void TestReplicaSearch::search_russian_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("case") << u"ЦИФРОВАЯ"_s << true;
    QTest::newRow("lower") << u"цифровая трансформация"_s << true;
    QTest::newRow("yo in text, ye in query") << u"зеленое"_s << true;
    QTest::newRow("yo in query") << u"зелёное"_s << true;
    QTest::newRow("capital yo in query") << u"ЗЕЛЁНОЕ"_s << true;
    QTest::newRow("ye in text, yo in query") << u"ёмкость"_s << true;
    QTest::newRow("prefix as you type") << u"МСП трансф"_s << true;
    QTest::newRow("short i stays") << u"малыи"_s << false;
    QTest::newRow("short i") << u"малый"_s << true;
    QTest::newRow("absent") << u"кредит"_s << false;
}

void TestReplicaSearch::search_russian()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto p =
        test::practice(u"Цифровая трансформация МСП"_s,
                       {{u"summary"_s, u"Зелёное финансирование; малый бизнес, емкость."_s},
                        {u"language"_s, u"ru"_s}});
    add(p);
    add(test::practice(u"Digital vouchers"_s));
    QCOMPARE(ids(query), found ? QStringList{p.id} : QStringList{});
}

void TestReplicaSearch::search_mixedScriptsAndLatinUnchanged()
{
    const auto mixed =
        test::practice(u"5G网络 for SMEs"_s, {{u"summary"_s, u"Économie numérique"_s}});
    const auto latin = test::practice(u"Network vouchers"_s);
    add(mixed);
    add(latin);
    QCOMPARE(ids(u"5G网络"_s), QStringList{mixed.id});
    QCOMPARE(ids(u"网 smes"_s), QStringList{mixed.id});
    QCOMPARE(ids(u"economie"_s), QStringList{mixed.id});
    QCOMPARE(ids(u"netw"_s), QStringList{latin.id});
    // The migration's catch-up and a rebuild index CJK text the same way as a live write.
    QVERIFY(m_replica->search().rebuild().ok());
    QCOMPARE(ids(u"网络"_s), QStringList{});
    QVERIFY(m_replica->search().catchUpAll().ok());
    QCOMPARE(ids(u"网络"_s), QStringList{mixed.id});
    QCOMPARE(ids(u"络"_s), QStringList{mixed.id});
}
