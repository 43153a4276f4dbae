// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replica/kindtables.h"
#include "replica/replica.h"
#include "replicatestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::replica;

namespace {

QString regionOf(const QString &country)
{
    static const QMap<QString, QString> regions{{u"KEN"_s, u"Africa"_s},
                                                {u"NGA"_s, u"Africa"_s},
                                                {u"FRA"_s, u"Europe"_s},
                                                {u"CHL"_s, u"Americas"_s}};
    return regions.value(country);
}

} // namespace

class TestReplicaList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void list_filters_data();
    void list_filters();
    void list_sortEveryColumn_data();
    void list_sortEveryColumn();
    void list_paging();
    void list_pagingFromEnd_data();
    void list_pagingFromEnd();
    void list_columnsAndFields();
    void list_localEditsOnly();
    void list_invalidFilterIsAnError();
    void facetCounts_excludeOwnSelection();
    void facetCounts_masksMatchListedRows_data();
    void facetCounts_masksMatchListedRows();
    void countBy_matchesCountOfEachValue_data();
    void countBy_matchesCountOfEachValue();
    void countBy_unknownColumnIsAnError();
    void countBy_everyOfferedDimensionCounts();
    void ordered_yearsOldestFirstElseLargestFirst();
    void otherKinds_postsOfThreadAndCommitments();
    void initiatives_filterAndCountByPartnerCountry();
    void initiatives_invitedCountry_onlyUnansweredInvitations();

private:
    QTemporaryDir m_dir;
    Replica m_replica;
    int m_total = 0;
};

void TestReplicaList::initTestCase()
{
    QVERIFY(m_replica.open(m_dir.filePath(u"list.sqlite"_s), u"list-test"_s).ok());
    m_replica.setRegionResolver(regionOf);
    const QStringList countries{u"KEN"_s, u"NGA"_s, u"FRA"_s, u"CHL"_s};
    const QStringList statuses{u"published"_s, u"draft"_s, u"in_review"_s};
    const QStringList instruments{u"grant"_s, u"loan"_s, u"guarantee"_s, u"training"_s};
    const QStringList pillars{u"digital"_s, u"finance"_s, u"green"_s};
    QList<domain::Record> page;
    // 48 practices: every combination cycles, so expected counts are computable.
    for (int i = 0; i < 48; ++i) {
        QJsonArray ps{pillars.at(i % 3)};
        if (i % 4 == 0)
            ps.append(pillars.at((i + 1) % 3));
        auto p = test::practice(
            u"Practice %1"_s.arg(i, 2, 10, QChar(u'0')),
            {{u"country"_s, countries.at(i % 4)},
             {u"status"_s, statuses.at(i % 3)},
             {u"instrument"_s, instruments.at(i % 4)},
             {u"pillars"_s, ps},
             {u"target_groups"_s, test::strings({i % 2 ? u"micro"_s : u"women_led"_s})},
             {u"start_year"_s, 2000 + i % 12},
             {u"end_year"_s, i % 5 == 0 ? QJsonValue() : 2005 + i % 12},
             {u"evidence_level"_s, i % 2 ? u"proven"_s : u"emerging"_s}},
            i + 1);
        page.append(p);
    }
    QVERIFY(m_replica.applyPage(page, u"c"_s).ok());
    m_total = 48;
}

void TestReplicaList::cleanupTestCase()
{
    m_replica.close();
}

void TestReplicaList::list_filters_data()
{
    QTest::addColumn<QString>("facet");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("expected");
    QTest::newRow("country") << u"country"_s << QStringList{u"KEN"_s} << 12;
    QTest::newRow("two countries") << u"country"_s << QStringList{u"KEN"_s, u"FRA"_s} << 24;
    QTest::newRow("region") << u"region"_s << QStringList{u"Africa"_s} << 24;
    QTest::newRow("status") << u"status"_s << QStringList{u"draft"_s} << 16;
    QTest::newRow("instrument") << u"instrument"_s << QStringList{u"loan"_s} << 12;
    // green: i%3==2 (16) plus i%4==0 with (i+1)%3==2, i.e. i%12==4 (4)
    QTest::newRow("pillar") << u"pillar"_s << QStringList{u"green"_s} << 20;
    QTest::newRow("target group") << u"target_group"_s << QStringList{u"micro"_s} << 24;
    QTest::newRow("evidence") << u"evidence_level"_s << QStringList{u"proven"_s} << 24;
    QTest::newRow("no match") << u"country"_s << QStringList{u"XXX"_s} << 0;
    QTest::newRow("injection as value") << u"country"_s << QStringList{u"' OR 1=1 --"_s} << 0;
}

void TestReplicaList::list_filters()
{
    QFETCH(QString, facet);
    QFETCH(QStringList, values);
    QFETCH(int, expected);
    ListFilter f;
    f.facets.insert(facet, values);
    f.limit = 1000;
    auto rows = m_replica.lists().list(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), expected);
    QCOMPARE(*m_replica.lists().count(f), expected);
    for (const ListRow &row : *rows) {
        if (facet == u"pillar"_s)
            QVERIFY(row.columns.value(u"pillars"_s).toStringList().contains(values.first()));
        else if (facet == u"country"_s)
            QVERIFY(values.contains(row.columns.value(u"country"_s).toString()));
    }
}

void TestReplicaList::list_sortEveryColumn_data()
{
    QTest::addColumn<QString>("column");
    for (const QString &c : {u"title"_s, u"country"_s, u"region"_s, u"status"_s, u"instrument"_s,
                             u"start_year"_s, u"end_year"_s, u"evidence_level"_s, u"updated_at"_s})
        QTest::newRow(qPrintable(c)) << c;
}

void TestReplicaList::list_sortEveryColumn()
{
    QFETCH(QString, column);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        ListFilter f;
        f.sortColumn = column;
        f.sortOrder = order;
        f.limit = 1000;
        auto rows = m_replica.lists().list(f);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), m_total);
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const QVariant a = rows->at(i - 1).columns.value(column);
            const QVariant b = rows->at(i).columns.value(column);
            if (a.isNull() || b.isNull())
                continue; // NULLs sort first ascending, last descending
            const auto cmp = QVariant::compare(a, b);
            QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                     qPrintable(a.toString() + u" / "_s + b.toString()));
        }
    }
}

void TestReplicaList::list_paging()
{
    ListFilter f;
    f.sortColumn = u"title"_s;
    f.limit = 10;
    QStringList seen;
    for (int offset = 0; offset < m_total; offset += 10) {
        f.offset = offset;
        auto rows = m_replica.lists().list(f);
        QVERIFY(rows.ok());
        for (const ListRow &row : *rows)
            seen.append(row.columns.value(u"title"_s).toString());
    }
    QCOMPARE(seen.size(), m_total);
    QCOMPARE(seen.first(), u"Practice 00"_s);
    QCOMPARE(seen.last(), u"Practice 47"_s);
    QStringList sorted = seen;
    sorted.sort();
    QCOMPARE(seen, sorted);
}

void TestReplicaList::list_pagingFromEnd_data()
{
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("text");
    QTest::newRow("default order") << QString() << int(Qt::AscendingOrder) << QString();
    QTest::newRow("title asc") << u"title"_s << int(Qt::AscendingOrder) << QString();
    QTest::newRow("title desc") << u"title"_s << int(Qt::DescendingOrder) << QString();
    QTest::newRow("start year (NULLs)") << u"start_year"_s << int(Qt::AscendingOrder) << QString();
    QTest::newRow("country desc") << u"country"_s << int(Qt::DescendingOrder) << QString();
    QTest::newRow("relevance") << QString() << int(Qt::AscendingOrder) << u"practice"_s;
}

void TestReplicaList::list_pagingFromEnd()
{
    QFETCH(QString, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, text);
    ListFilter f;
    f.sortColumn = sortColumn;
    f.sortOrder = Qt::SortOrder(order);
    f.text = text;
    f.limit = -1;
    auto all = m_replica.lists().list(f);
    QVERIFY(all.ok());
    const int n = int(all->size());
    QVERIFY(n > 10);
    // Every page counted from the end holds the same rows, in the same order, as the page
    // counted from the start, including a short page at the start of the list.
    for (int size : {7, 10}) {
        for (int fromEnd = 0; fromEnd < n; fromEnd += size) {
            ListFilter page = f;
            page.fromEnd = true;
            page.offset = fromEnd;
            page.limit = std::min(size, n - fromEnd);
            auto rows = m_replica.lists().list(page);
            QVERIFY(rows.ok());
            const int start = n - fromEnd - page.limit;
            QCOMPARE(rows->size(), page.limit);
            for (int i = 0; i < page.limit; ++i)
                QCOMPARE(rows->at(i).id, all->at(start + i).id);
        }
    }
}

void TestReplicaList::list_columnsAndFields()
{
    ListFilter f;
    f.sortColumn = u"title"_s;
    f.limit = 1;
    f.withFields = true;
    auto rows = m_replica.lists().list(f);
    const ListRow &row = rows->first();
    QCOMPARE(row.columns.value(u"title"_s).toString(), u"Practice 00"_s);
    QCOMPARE(row.columns.value(u"region"_s).toString(), u"Africa"_s);
    QCOMPARE(row.columns.value(u"start_year"_s).toInt(), 2000);
    QCOMPARE(row.columns.value(u"pillars"_s).toStringList(),
             (QStringList{u"digital"_s, u"finance"_s}));
    QCOMPARE(row.fields.value(u"country"_s).toString(), u"KEN"_s);
    QCOMPARE(row.state, RecordState::Synced);
    QCOMPARE(row.rev, 1);
}

void TestReplicaList::list_localEditsOnly()
{
    auto draft = m_replica.records().saveDraft(test::practice(u"My own draft"_s, {}, 0));
    QVERIFY(draft.ok());
    ListFilter f;
    f.localEditsOnly = true;
    auto rows = m_replica.lists().list(f);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().state, RecordState::Pending);
    QVERIFY(m_replica.records().remove(draft->id).ok());
    QCOMPARE(*m_replica.lists().count(f), 0);
}

void TestReplicaList::list_invalidFilterIsAnError()
{
    ListFilter f;
    f.facets[u"no_such_facet"_s] = QStringList{u"x"_s};
    QCOMPARE(m_replica.lists().list(f).error().code, u"invalid_filter"_s);
    ListFilter sort;
    sort.sortColumn = u"title; DROP TABLE records"_s;
    QCOMPARE(m_replica.lists().list(sort).error().code, u"invalid_filter"_s);
    ListFilter thread;
    thread.kind = domain::Kind::Meeting;
    thread.yearFrom = 2000;
    QCOMPARE(m_replica.lists().count(thread).error().code, u"invalid_filter"_s);
}

void TestReplicaList::facetCounts_excludeOwnSelection()
{
    ListFilter f;
    f.facets[u"country"_s] = QStringList{u"KEN"_s};
    auto counts = m_replica.lists().facetCounts(f);
    QVERIFY(counts.ok());
    QCOMPARE(counts->total, 12);
    // Own facet ignores its selection: every country still shows its full count.
    QCOMPARE(counts->facets.value(u"country"_s).value(u"FRA"_s), 12);
    QCOMPARE(counts->facets.value(u"country"_s).value(u"KEN"_s), 12);
    // Other facets are counted within KEN (i % 4 == 0): instrument always grant.
    QCOMPARE(counts->facets.value(u"instrument"_s).value(u"grant"_s), 12);
    QCOMPARE(counts->facets.value(u"instrument"_s).value(u"loan"_s), 0);
    QCOMPARE(counts->facets.value(u"region"_s).value(u"Africa"_s), 12);
    // i%4==0: i%3 cycles 0,1,2 -> each pillar 4, plus the second pillar of every one
    const auto pillars = counts->facets.value(u"pillar"_s);
    QCOMPARE(pillars.value(u"digital"_s) + pillars.value(u"finance"_s) + pillars.value(u"green"_s),
             24);
    QCOMPARE(counts->facets.value(u"target_group"_s).value(u"women_led"_s), 12);
    QCOMPARE(counts->facets.value(u"target_group"_s).value(u"micro"_s), 0);
    QVERIFY(counts->facets.contains(u"start_year"_s));

    ListFilter years;
    years.yearFrom = 2010;
    years.yearTo = 2011;
    auto c2 = m_replica.lists().facetCounts(years);
    QVERIFY(c2.ok());
    QVERIFY(c2->total > 0);
    int allYears = 0;
    for (int n : c2->facets.value(u"start_year"_s))
        allYears += n;
    QCOMPARE(allYears, m_total);
}

void TestReplicaList::facetCounts_masksMatchListedRows_data()
{
    QTest::addColumn<QString>("facet");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << QString() << QStringList() << QString();
    QTest::newRow("pillar") << u"pillar"_s << QStringList{u"green"_s} << QString();
    QTest::newRow("target group") << u"target_group"_s << QStringList{u"micro"_s} << QString();
    QTest::newRow("country") << u"country"_s << QStringList{u"KEN"_s} << QString();
    QTest::newRow("pillar and text")
        << u"pillar"_s << QStringList{u"digital"_s, u"finance"_s} << u"practice 1"_s;
}

// Facet counts (bitmask facets from one GROUP BY over the mask columns, the others per index or
// in one pass over the filtered rows) agree with counting the listed rows of the filter without
// that facet's own selection.
void TestReplicaList::facetCounts_masksMatchListedRows()
{
    QFETCH(QString, facet);
    QFETCH(QStringList, values);
    QFETCH(QString, text);
    ListFilter f;
    if (!facet.isEmpty())
        f.facets[facet] = values;
    f.text = text;
    auto counts = m_replica.lists().facetCounts(f);
    QVERIFY(counts.ok());
    auto total = m_replica.lists().count(f);
    QVERIFY(total.ok());
    QCOMPARE(qint64(counts->total), *total);
    const struct
    {
        QString facet;
        QString column;
    } facets[] = {{u"pillar"_s, u"pillars"_s},       {u"target_group"_s, u"target_groups"_s},
                  {u"country"_s, u"country"_s},      {u"region"_s, u"region"_s},
                  {u"status"_s, u"status"_s},        {u"instrument"_s, u"instrument"_s},
                  {u"start_year"_s, u"start_year"_s}};
    for (const auto &mask : facets) {
        ListFilter without = f;
        without.facets.remove(mask.facet);
        without.limit = -1;
        auto rows = m_replica.lists().list(without);
        QVERIFY(rows.ok());
        QMap<QString, int> expected;
        for (const ListRow &row : *rows) {
            const QVariant value = row.columns.value(mask.column);
            if (value.typeId() == QMetaType::QStringList) {
                for (const QString &v : value.toStringList())
                    ++expected[v];
            } else if (!value.isNull()) {
                ++expected[value.toString()];
            }
        }
        const QMap<QString, int> got = counts->facets.value(mask.facet);
        for (auto it = got.cbegin(); it != got.cend(); ++it)
            QCOMPARE(it.value(), expected.value(it.key()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(got.value(it.key()), it.value());
    }
}

void TestReplicaList::countBy_matchesCountOfEachValue_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("facet");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("pillar") << u"pillar"_s << QString() << QStringList();
    QTest::newRow("pillar within green") << u"pillar"_s << u"pillar"_s << QStringList{u"green"_s};
    QTest::newRow("country within finance")
        << u"country"_s << u"pillar"_s << QStringList{u"finance"_s};
    QTest::newRow("region") << u"region"_s << QString() << QStringList();
    QTest::newRow("status within KEN") << u"status"_s << u"country"_s << QStringList{u"KEN"_s};
    QTest::newRow("target group") << u"target_group"_s << QString() << QStringList();
    QTest::newRow("instrument") << u"instrument"_s << QString() << QStringList();
    QTest::newRow("evidence") << u"evidence_level"_s << QString() << QStringList();
}

// countBy groups exactly the rows of the whole filter (its own facet's selection included):
// each value's count is count() with that value added, and a multi-valued facet lists its whole
// vocabulary.
void TestReplicaList::countBy_matchesCountOfEachValue()
{
    QFETCH(QString, by);
    QFETCH(QString, facet);
    QFETCH(QStringList, values);
    ListFilter f;
    if (!facet.isEmpty())
        f.facets[facet] = values;
    auto counts = m_replica.lists().countBy(f, by);
    QVERIFY2(counts.ok(), qPrintable(counts ? QString() : counts.error().message));
    QVERIFY(!counts->isEmpty());
    // Within a selection of the same facet (pillar within green) the count of a value is the
    // rows having both; the listed rows' fields say which.
    ListFilter all = f;
    all.limit = 1000;
    all.withFields = true;
    auto rows = m_replica.lists().list(all);
    QVERIFY(rows.ok());
    int sum = 0;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        QVERIFY2(!it.key().isEmpty(), "every test practice has a value for each facet");
        qint64 expected = 0;
        if (f.facets.contains(by)) {
            for (const ListRow &row : std::as_const(*rows)) {
                if (row.fields.value(u"pillars"_s).toArray().contains(it.key()))
                    ++expected;
            }
        } else {
            ListFilter both = f;
            both.facets[by] = QStringList{it.key()};
            auto n = m_replica.lists().count(both);
            QVERIFY(n.ok());
            expected = *n;
        }
        QCOMPARE(qint64(it.value()), expected);
        sum += it.value();
    }
    auto total = m_replica.lists().count(f);
    QVERIFY(total.ok());
    if (by == u"pillar"_s || by == u"target_group"_s) {
        QVERIFY(sum >= *total); // several values per row
        QCOMPARE(counts->size(), by == u"pillar"_s ? 3 : KindTables::targetGroups().size());
    } else {
        QCOMPARE(qint64(sum), *total);
    }
    if (facet == by) // within green: every row is green
        QCOMPARE(qint64(counts->value(values.constFirst())), *total);
}

void TestReplicaList::countBy_unknownColumnIsAnError()
{
    auto r = m_replica.lists().countBy(ListFilter{}, u"colour; DROP TABLE practices"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"invalid_filter"_s);
    QVERIFY(!m_replica.lists().countBy(ListFilter{}, u"updated_at"_s).ok());
    auto years = m_replica.lists().countBy(ListFilter{}, u"start_year"_s);
    QVERIFY(years.ok());
    QCOMPARE(years->size(), 12);
    QCOMPARE(years->value(u"2003"_s), 4);
}

// What `stats` and the Statistics page offer is what countBy takes, for both kinds; each sums
// to at least the total (multi-valued facets count a row under each value).
void TestReplicaList::countBy_everyOfferedDimensionCounts()
{
    for (domain::Kind kind : {domain::Kind::Practice, domain::Kind::Commitment}) {
        const QStringList dimensions = ListStore::countDimensions(kind);
        QVERIFY(!dimensions.isEmpty());
        ListFilter f;
        f.kind = kind;
        auto total = m_replica.lists().count(f);
        QVERIFY(total.ok());
        for (const QString &by : dimensions) {
            auto counts = m_replica.lists().countBy(f, by);
            QVERIFY2(counts.ok(), qPrintable(by));
            int sum = 0;
            for (int n : std::as_const(*counts))
                sum += n;
            QVERIFY2(sum >= *total, qPrintable(by));
        }
    }
    QVERIFY(ListStore::countDimensions(domain::Kind::Post).isEmpty());
}

void TestReplicaList::ordered_yearsOldestFirstElseLargestFirst()
{
    const QMap<QString, int> counts{{u"2021"_s, 3}, {u"2019"_s, 9}, {u"2020"_s, 3}, {QString(), 1}};
    QList<ValueCount> years = ListStore::ordered(counts, u"start_year"_s);
    QCOMPARE(years.size(), 4);
    QCOMPARE(years.at(0).value, QString());
    QCOMPARE(years.at(1).value, u"2019"_s);
    QCOMPARE(years.at(3).value, u"2021"_s);
    QList<ValueCount> largest = ListStore::ordered(counts, u"country"_s);
    QCOMPARE(largest.at(0).value, u"2019"_s);
    QCOMPARE(largest.at(0).count, 9);
    // Equal counts keep value order.
    QCOMPARE(largest.at(1).value, u"2020"_s);
    QCOMPARE(largest.at(2).value, u"2021"_s);
    QCOMPARE(largest.at(3).count, 1);
}

void TestReplicaList::otherKinds_postsOfThreadAndCommitments()
{
    const QString threadId = domain::newRecordId();
    QList<domain::Record> page;
    for (int i = 0; i < 5; ++i) {
        auto p = test::post(threadId, u"Post %1"_s.arg(i));
        p.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, i), Qt::UTC);
        page.append(p);
    }
    page.append(test::post(domain::newRecordId(), u"Elsewhere"_s));
    domain::Record c;
    c.id = domain::newRecordId();
    c.kind = domain::Kind::Commitment;
    c.rev = 1;
    c.fields = QJsonObject{{u"title"_s, u"Open a one-stop shop"_s},
                           {u"country"_s, u"CHL"_s},
                           {u"pillar"_s, u"digital"_s},
                           {u"status"_s, u"in_progress"_s}};
    page.append(c);
    QVERIFY(m_replica.applyPage(page, u"c2"_s).ok());

    ListFilter posts;
    posts.kind = domain::Kind::Post;
    posts.threadId = threadId;
    posts.withFields = true;
    auto rows = m_replica.lists().list(posts);
    QCOMPARE(rows->size(), 5);
    QCOMPARE(rows->first().fields.value(u"body"_s).toString(), u"Post 0"_s);
    QCOMPARE(rows->last().fields.value(u"body"_s).toString(), u"Post 4"_s);

    ListFilter commitments;
    commitments.kind = domain::Kind::Commitment;
    commitments.facets[u"pillar"_s] = QStringList{u"digital"_s};
    commitments.text = u"one-stop"_s;
    rows = m_replica.lists().list(commitments);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().columns.value(u"region"_s).toString(), u"Americas"_s);
    auto counts = m_replica.lists().facetCounts(commitments);
    QCOMPARE(counts->facets.value(u"status"_s).value(u"in_progress"_s), 1);
}

void TestReplicaList::initiatives_filterAndCountByPartnerCountry()
{
    const auto initiative = [](const QString &title, const QString &lead,
                               const QList<std::pair<QString, QString>> &partners) {
        domain::Record r;
        r.id = domain::newRecordId();
        r.kind = domain::Kind::Initiative;
        r.rev = 1;
        QJsonArray list;
        for (const auto &[country, state] : partners)
            list.append(QJsonObject{{u"country"_s, country}, {u"state"_s, state}});
        r.fields = QJsonObject{{u"title"_s, title},
                               {u"lead_country"_s, lead},
                               {u"status"_s, u"active"_s},
                               {u"pillars"_s, QJsonArray{u"digital"_s}},
                               {u"partners"_s, list}};
        return r;
    };
    QVERIFY(m_replica
                .applyPage({initiative(u"Corridor"_s, u"KEN"_s,
                                       {{u"RWA"_s, u"joined"_s}, {u"UGA"_s, u"invited"_s}}),
                            initiative(u"Review"_s, u"RWA"_s, {{u"TUR"_s, u"joined"_s}}),
                            initiative(u"Alone"_s, u"CHL"_s, {})},
                           u"i1"_s)
                .ok());
    ListFilter f;
    f.kind = domain::Kind::Initiative;
    f.facets[u"partner"_s] = QStringList{u"RWA"_s};
    auto rows = m_replica.lists().list(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().columns.value(u"title"_s).toString(), u"Corridor"_s);
    // "involves": led by or partnering with Rwanda.
    f.facets.clear();
    f.facets[u"involves"_s] = QStringList{u"RWA"_s};
    QCOMPARE(m_replica.lists().count(f).value(), 2);
    // A code is matched whole: "RW" matches nothing.
    f.facets[u"involves"_s] = QStringList{u"RW"_s};
    QCOMPARE(m_replica.lists().count(f).value(), 0);

    f.facets.clear();
    auto counts = m_replica.lists().facetCounts(f);
    QVERIFY(counts.ok());
    const QMap<QString, int> partners = counts->facets.value(u"partner"_s);
    QCOMPARE(partners.value(u"RWA"_s), 1);
    QCOMPARE(partners.value(u"UGA"_s), 1);
    QCOMPARE(partners.value(u"TUR"_s), 1);
    QVERIFY(!partners.contains(u"KEN"_s));
    auto by = m_replica.lists().countBy(f, u"partner"_s);
    QVERIFY(by.ok());
    QCOMPARE(by->value(u"RWA"_s), 1);
    QCOMPARE(by->value(QString()), 1); // the initiative without partners
}

void TestReplicaList::initiatives_invitedCountry_onlyUnansweredInvitations()
{
    const auto initiative = [](const QString &title, const QString &lead, const QJsonArray &list) {
        domain::Record r;
        r.id = domain::newRecordId();
        r.kind = domain::Kind::Initiative;
        r.rev = 1;
        r.fields =
            QJsonObject{{u"title"_s, title}, {u"lead_country"_s, lead}, {u"partners"_s, list}};
        return r;
    };
    const auto partner = [](const QString &country, const QString &state) {
        return QJsonObject{{u"country"_s, country}, {u"state"_s, state}};
    };
    const auto invited =
        initiative(u"Invites Ghana"_s, u"KEN"_s,
                   {partner(u"RWA"_s, u"joined"_s), partner(u"GHA"_s, u"invited"_s)});
    const auto invitedToo =
        initiative(u"Also invites Ghana"_s, u"SEN"_s, {partner(u"GHA"_s, u"invited"_s)});
    QVERIFY(
        m_replica
            .applyPage({invited, invitedToo,
                        // Ghana joined here: answered, not pending.
                        initiative(u"Ghana joined"_s, u"KEN"_s, {partner(u"GHA"_s, u"joined"_s)}),
                        // Ghana leads: nobody invites the lead.
                        initiative(u"Ghana leads"_s, u"GHA"_s, {partner(u"SEN"_s, u"invited"_s)}),
                        // Malformed partners (a draft): never an invitation, never an error.
                        initiative(u"Odd partners"_s, u"KEN"_s,
                                   {u"GHA"_s, 3, QJsonObject{{u"country"_s, u"GHA"_s}}})},
                       u"inv1"_s)
            .ok());
    ListFilter f;
    f.kind = domain::Kind::Initiative;
    f.invitedCountry = u"GHA"_s;
    auto rows = m_replica.lists().list(f);
    QVERIFY(rows.ok());
    QStringList ids;
    for (const ListRow &row : *rows)
        ids.append(row.id);
    ids.sort();
    QStringList expected{invited.id, invitedToo.id};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(m_replica.lists().count(f).value(), 2);
    // Combined with facets like any other filter.
    f.facets[u"country"_s] = QStringList{u"SEN"_s};
    QCOMPARE(m_replica.lists().count(f).value(), 1);
    f.facets.clear();
    // Once Ghana joins, the invitation is answered.
    domain::Record joined = invited;
    joined.rev = 2;
    joined.fields[u"partners"_s] =
        QJsonArray{partner(u"RWA"_s, u"joined"_s), partner(u"GHA"_s, u"joined"_s)};
    QVERIFY(m_replica.records().writeServerRecord(joined).ok());
    QCOMPARE(m_replica.lists().count(f).value(), 1);
    // A code is matched whole; other kinds have no invitations.
    f.invitedCountry = u"GH"_s;
    QCOMPARE(m_replica.lists().count(f).value(), 0);
    f.kind = domain::Kind::Practice;
    f.invitedCountry = u"GHA"_s;
    QVERIFY(!m_replica.lists().count(f).ok());
}

QTEST_GUILESS_MAIN(TestReplicaList)
#include "tst_replica_list.moc"
