// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using smec::models::NavigationModel;
using Section = NavigationModel::Section;

class TestNavigationModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reviewQueue_onlyWhenVisible();
    void count_showsInLabelAndSignalsOneRow();
    void attention_replacesCountBoldAndSaysWhat();
    void names_everySectionOnceAndBack();
};

void TestNavigationModel::reviewQueue_onlyWhenVisible()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Practices, Dialogue, Meetings, Commitments, Cooperation, Statistics, Tracker, Countries,
    // My drafts, Outbox, Conflicts.
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOf(Section::ReviewQueue), -1);
    QCOMPARE(model.index(model.rowOf(Section::Statistics)).data().toString(), u"Statistics"_s);
    QCOMPARE(model.index(model.rowOf(Section::Cooperation)).data().toString(), u"Cooperation"_s);
    QCOMPARE(model.index(model.rowOf(Section::Tracker)).data().toString(), u"Tracker"_s);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setReviewQueueVisible(true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowOf(Section::ReviewQueue), model.rowOf(Section::Outbox) + 1);
    QCOMPARE(model.index(model.rowOf(Section::ReviewQueue)).data().toString(), u"Review queue"_s);

    model.setReviewQueueVisible(true); // no-op
    QCOMPARE(inserted.size(), 1);
    model.setReviewQueueVisible(false);
    QCOMPARE(model.rowCount(), 11);
}

void TestNavigationModel::count_showsInLabelAndSignalsOneRow()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setCount(Section::Outbox, 3);
    QCOMPARE(changed.size(), 1);
    const QModelIndex outbox = model.index(model.rowOf(Section::Outbox));
    QCOMPARE(changed.at(0).at(0).toModelIndex(), outbox);
    QCOMPARE(outbox.data().toString(), u"Outbox (3)"_s);
    QCOMPARE(outbox.data(NavigationModel::CountRole).toInt(), 3);
    QCOMPARE(outbox.data(NavigationModel::SectionRole).value<Section>(), Section::Outbox);

    model.setCount(Section::Outbox, 3); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
    model.setCount(Section::Outbox, 0);
    QCOMPARE(outbox.data().toString(), u"Outbox"_s);
}

void TestNavigationModel::attention_replacesCountBoldAndSaysWhat()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCount(Section::Cooperation, 16);
    const QModelIndex cooperation = model.index(model.rowOf(Section::Cooperation));
    QCOMPARE(cooperation.data().toString(), u"Cooperation (16)"_s);
    QVERIFY(!cooperation.data(Qt::FontRole).value<QFont>().bold());
    const QString plainAccessible = cooperation.data(Qt::AccessibleTextRole).toString();

    model.setAttention(Section::Cooperation, 2, u"2 invitations to Kenya"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(cooperation.data().toString(), u"Cooperation (2)"_s);
    QCOMPARE(cooperation.data(NavigationModel::AttentionRole).toInt(), 2);
    QCOMPARE(cooperation.data(NavigationModel::CountRole).toInt(), 16);
    QVERIFY(cooperation.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cooperation.data(Qt::AccessibleTextRole).toString(),
             u"Cooperation, 2 invitations to Kenya"_s);
    QCOMPARE(cooperation.data(Qt::ToolTipRole).toString(), u"2 invitations to Kenya"_s);
    model.setAttention(Section::Cooperation, 2, u"2 invitations to Kenya"_s); // no change
    QCOMPARE(changed.size(), 2);

    // Answered: back to the plain count; a negative number is none.
    model.setAttention(Section::Cooperation, -1, u"ignored"_s);
    QCOMPARE(cooperation.data().toString(), u"Cooperation (16)"_s);
    QCOMPARE(cooperation.data(NavigationModel::AttentionRole).toInt(), 0);
    QVERIFY(!cooperation.data(Qt::ToolTipRole).isValid());
    QCOMPARE(cooperation.data(Qt::AccessibleTextRole).toString(), plainAccessible);
}

void TestNavigationModel::names_everySectionOnceAndBack()
{
    // `smecommunity --show NAME`: every section has one name that leads back to it.
    NavigationModel model;
    model.setReviewQueueVisible(true);
    QCOMPARE(NavigationModel::names().size(), model.rowCount());
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto section = model.index(row).data(NavigationModel::SectionRole).value<Section>();
        const QString name = NavigationModel::name(section);
        QVERIFY(!name.isEmpty());
        QVERIFY(!seen.contains(name));
        seen.insert(name);
        QCOMPARE(NavigationModel::sectionNamed(name), std::optional<Section>(section));
    }
    QCOMPARE(NavigationModel::sectionNamed(u"Statistics"),
             std::optional<Section>(Section::Statistics));
    QVERIFY(!NavigationModel::sectionNamed(u"map"));
    QVERIFY(!NavigationModel::sectionNamed(u""));
}

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
