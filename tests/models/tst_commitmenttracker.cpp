// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/referencedata.h"
#include "models/commitmenttracker.h"
#include "models/commitmenttrackermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::models;

class TestCommitmentTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_placesEachCommitmentOnce();
    void build_dueAndOverdueOnlyWhenOpen();
    void build_malformedValuesLoseNothing();
    void model_rowsByNameAndTooltips();
};

namespace {

using C = CommitmentTracker::Commitment;
const QDate today(2026, 12, 3);

QList<CommitmentTracker::Group> meetings()
{
    return {{u"m1"_s, u"Nairobi 2025"_s}, {u"m2"_s, u"Geneva 2026"_s}};
}

} // namespace

void TestCommitmentTracker::build_placesEachCommitmentOnce()
{
    const QList<C> rows{
        {u"a"_s, u"A"_s, u"KEN"_s, u"digital"_s, u"achieved"_s, {}, u"m2"_s, {}},
        {u"b"_s, u"B"_s, u"KEN"_s, u"green"_s, u"in_progress"_s, QDate(2027, 1, 1), u"m2"_s, {}},
        {u"c"_s, u"C"_s, u"RWA"_s, u"digital"_s, u"announced"_s, {}, u"m1"_s, {}},
        {u"d"_s, u"D"_s, u"RWA"_s, u"finance"_s, u"withdrawn"_s, {}, QString(), {}},
    };
    const auto t =
        CommitmentTracker::build(rows, meetings(), CommitmentTracker::Grouping::Meeting, today);
    QCOMPARE(t.countries(), (QStringList{u"KEN"_s, u"RWA"_s}));
    // Meetings in their order, only those used, then "no meeting".
    QCOMPARE(t.groups().size(), 3);
    QCOMPARE(t.groups().at(0).key, u"m1"_s);
    QCOMPARE(t.groups().at(1).key, u"m2"_s);
    QCOMPARE(t.groups().at(2).key, QString());
    QCOMPARE(t.cell(u"KEN"_s, 1).size(), 2);
    // Soonest deadline first within a cell; none last.
    QCOMPARE(t.commitments().at(t.cell(u"KEN"_s, 1).at(0)).id, u"b"_s);
    QCOMPARE(t.cell(u"RWA"_s, 0).size(), 1);
    QCOMPARE(t.cell(u"RWA"_s, 2).size(), 1);
    QCOMPARE(t.cell(u"KEN"_s, 0).size(), 0);
    QCOMPARE(t.statusCounts().size(), 6); // every status, 0 included
    QCOMPARE(t.statusCounts().value(u"achieved"_s), 1);
    QCOMPARE(t.statusCounts().value(u"not_achieved"_s), 0);
    QCOMPARE(t.statusByPillar().value(u"digital"_s).value(u"announced"_s), 1);

    const auto byPillar =
        CommitmentTracker::build(rows, meetings(), CommitmentTracker::Grouping::Pillar, today);
    QCOMPARE(byPillar.groups().size(), 3); // digital, finance, green
    QCOMPARE(byPillar.groups().at(0).key, u"digital"_s);
    QCOMPARE(byPillar.cell(u"KEN"_s, 0).size(), 1);
}

void TestCommitmentTracker::build_dueAndOverdueOnlyWhenOpen()
{
    const QList<C> rows{
        {u"late"_s, {}, u"KEN"_s, {}, u"in_progress"_s, today.addDays(-1), {}, {}},
        {u"later"_s, {}, u"KEN"_s, {}, u"announced"_s, today.addDays(-400), {}, {}},
        {u"today"_s, {}, u"KEN"_s, {}, u"announced"_s, today, {}, {}},
        {u"edge"_s, {}, u"KEN"_s, {}, u"in_progress"_s, today.addDays(90), {}, {}},
        {u"beyond"_s, {}, u"KEN"_s, {}, u"in_progress"_s, today.addDays(91), {}, {}},
        {u"done"_s, {}, u"KEN"_s, {}, u"achieved"_s, today.addDays(-5), {}, {}},
        {u"dropped"_s, {}, u"KEN"_s, {}, u"withdrawn"_s, today.addDays(5), {}, {}},
    };
    const auto t = CommitmentTracker::build(rows, {}, CommitmentTracker::Grouping::Meeting, today);
    auto ids = [&t](const QList<int> &list) {
        QStringList out;
        for (int i : list)
            out.append(t.commitments().at(i).id);
        return out;
    };
    QCOMPARE(ids(t.overdue()), (QStringList{u"later"_s, u"late"_s}));
    QCOMPARE(ids(t.dueSoon()), (QStringList{u"today"_s, u"edge"_s}));
}

// A commitment with no country, an unknown status, an unknown meeting or a deadline that is
// not a date is still shown (under "none", its own status, its own column), never dropped,
// and is neither due nor overdue.
void TestCommitmentTracker::build_malformedValuesLoseNothing()
{
    const QList<C> rows{
        {u"x"_s, u"X"_s, QString(), u"digital"_s, u"stalled"_s, {}, u"m9"_s, {}},
        {u"y"_s,
         u"Y"_s,
         u"KEN"_s,
         QString(),
         QString(),
         QDate::fromString(u"31/12/2027"_s, Qt::ISODate),
         u"m1"_s,
         {}},
    };
    const auto t =
        CommitmentTracker::build(rows, meetings(), CommitmentTracker::Grouping::Meeting, today);
    QCOMPARE(t.commitments().size(), 2);
    QCOMPARE(t.countries(), (QStringList{QString(), u"KEN"_s}));
    QCOMPARE(t.statusCounts().value(u"stalled"_s), 1);
    QCOMPARE(t.statusCounts().value(QString()), 1);
    QCOMPARE(t.groups().size(), 2);
    QCOMPARE(t.groups().at(1).key, u"m9"_s); // unknown meeting: its own column, named by id
    QCOMPARE(t.groups().at(1).label, u"m9"_s);
    QVERIFY(t.dueSoon().isEmpty());
    QVERIFY(t.overdue().isEmpty());
}

void TestCommitmentTracker::model_rowsByNameAndTooltips()
{
    domain::ReferenceData reference;
    CommitmentTrackerModel model(&reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<C> rows{
        {u"a"_s, u"Vouchers"_s, u"RWA"_s, u"digital"_s, u"achieved"_s, QDate(2026, 6, 30), u"m1"_s,
         u"All districts covered."_s},
        {u"b"_s, u"Loans"_s, u"KEN"_s, u"finance"_s, u"in_progress"_s, {}, u"m1"_s, {}},
    };
    model.setTracker(
        CommitmentTracker::build(rows, meetings(), CommitmentTracker::Grouping::Meeting, today));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Nairobi 2025"_s);
    const int rwa = model.rowOf(u"RWA"_s);
    QVERIFY(rwa >= 0);
    const QModelIndex cell = model.index(rwa, 0);
    QCOMPARE(cell.data(CommitmentTrackerModel::CommitmentIdsRole).toStringList(),
             QStringList{u"a"_s});
    QCOMPARE(cell.data(CommitmentTrackerModel::StatusesRole).toStringList(),
             QStringList{u"achieved"_s});
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Vouchers"_s) && tip.contains(u"Achieved"_s) &&
                 tip.contains(u"All districts covered."_s),
             qPrintable(tip));
    QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(u"Achieved"_s));
}

QTEST_GUILESS_MAIN(TestCommitmentTracker)
#include "tst_commitmenttracker.moc"
