// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/savedsearchmodel.h"
#include "replica/replica.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using smec::models::SavedSearchModel;
using smec::replica::SavedSearch;

class TestSavedSearchModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void save_addsRowsInNameOrderWithEveryRole();
    void save_sameNameReplacesTheRow();
    void save_withoutName_isRefusedWithAMessage();
    void remove_dropsTheRow();
    void reload_showsWhatAnotherWriterSaved();
    void noReplica_isEmptyAndRefusesSaves();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<smec::replica::Replica> m_replica;
};

void TestSavedSearchModel::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = std::make_unique<smec::replica::Replica>();
    auto opened = m_replica->open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(
                                      QString::fromLatin1(QTest::currentTestFunction()))),
                                  u"tst_savedsearch"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void TestSavedSearchModel::cleanup()
{
    m_replica.reset();
}

void TestSavedSearchModel::save_addsRowsInNameOrderWithEveryRole()
{
    SavedSearchModel model(m_replica.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    const QJsonObject facets{{u"pillars"_s, QJsonArray{u"green"_s}}};
    QString error;
    QVERIFY(model.save({0, u"Green loans"_s, u"loan"_s, facets, {}, {}}, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(model.save({0, u"all finance"_s, {}, {}, {}, {}}));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children
    const QModelIndex first = model.index(0);
    const QModelIndex second = model.index(1);
    QCOMPARE(first.data().toString(), u"all finance"_s); // names compared without case
    QCOMPARE(second.data(SavedSearchModel::NameRole).toString(), u"Green loans"_s);
    QCOMPARE(second.data(SavedSearchModel::QueryRole).toString(), u"loan"_s);
    QCOMPARE(second.data(SavedSearchModel::FacetsRole).toJsonObject(), facets);
    QCOMPARE(second.data(Qt::ToolTipRole).toString(), u"Saved search Green loans: loan"_s);
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), u"Saved search all finance"_s);
    QVERIFY(!second.data(Qt::DecorationRole).isValid());
    QCOMPARE(model.searchAt(1).query, u"loan"_s);
    QCOMPARE(model.searchAt(2).name, QString()); // out of range: an empty search
    QCOMPARE(model.searchAt(-1).name, QString());
}

void TestSavedSearchModel::save_sameNameReplacesTheRow()
{
    SavedSearchModel model(m_replica.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.save({0, u"Startups"_s, u"seed"_s, {}, {}, {}}));
    QVERIFY(model.save({0, u"  Startups "_s, u"equity"_s, {}, {}, {}}));

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), u"Startups"_s);
    QCOMPARE(model.index(0).data(SavedSearchModel::QueryRole).toString(), u"equity"_s);
}

void TestSavedSearchModel::save_withoutName_isRefusedWithAMessage()
{
    SavedSearchModel model(m_replica.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QString error;
    QVERIFY(!model.save({0, u"   "_s, u"loan"_s, {}, {}, {}}, &error));
    QCOMPARE(error, u"A saved search needs a name."_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0); // nothing changed, so the view keeps its state
}

void TestSavedSearchModel::remove_dropsTheRow()
{
    SavedSearchModel model(m_replica.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.save({0, u"a"_s, {}, {}, {}, {}}));
    QVERIFY(model.save({0, u"b"_s, {}, {}, {}, {}}));

    QVERIFY(model.remove(u"a"_s));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), u"b"_s);
    auto stored = m_replica->savedSearches().list();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
}

void TestSavedSearchModel::reload_showsWhatAnotherWriterSaved()
{
    SavedSearchModel model(m_replica.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_replica->savedSearches().save({0, u"From the CLI"_s, u"grant"_s, {}, {}, {}}).ok());
    QCOMPARE(model.rowCount(), 0); // the model reads the store when asked, not on every write

    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SavedSearchModel::QueryRole).toString(), u"grant"_s);
}

void TestSavedSearchModel::noReplica_isEmptyAndRefusesSaves()
{
    SavedSearchModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.save({0, u"a"_s, {}, {}, {}, {}}));
    QVERIFY(!model.remove(u"a"_s));
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSavedSearchModel)
#include "tst_savedsearchmodel.moc"
