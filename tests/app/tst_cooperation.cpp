// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Cooperation section: joint initiatives listed with their facets (partner country
// included), the invitation shown to the invited country's delegate with Join/Decline, and the
// editor's milestone table keeping each milestone's id.
#include "domain/initiative.h"
#include "domain/referencedata.h"
#include "initiativeactionbar.h"
#include "markdownview.h"
#include "models/facetmodel.h"
#include "models/recordlistmodel.h"
#include "recordbrowserpage.h"
#include "recordeditordialog.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;

namespace {
domain::User delegateOf(const QString &country)
{
    return {u"u-"_s + country.toLower(), country.toLower(), u"Delegate"_s, country,
            domain::Role::Delegate};
}
} // namespace

class TestCooperation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void page_listsInitiativesWithPartnerFacet();
    void invitedDelegate_joinsFromTheDetailPane();
    void editor_milestonesKeepTheirIds();
    void invitationsFilter_listsOnlyMyCountrysInvitations();

private:
    domain::Record store(const QJsonObject &fields);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::Replica> m_replica;
    std::unique_ptr<desktop::Workspace> m_workspace;
};

void TestCooperation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<replica::Replica>();
    const auto &reference = domain::ReferenceData::embedded();
    m_replica->setRegionResolver([&reference](const QString &c) { return reference.regionOf(c); });
    QVERIFY(m_replica->open(m_dir->filePath(u"r.sqlite"_s), u"tst_cooperation"_s).ok());
    m_workspace = std::make_unique<desktop::Workspace>(*m_replica, reference, delegateOf(u"RWA"_s));
}

void TestCooperation::cleanup()
{
    m_workspace.reset();
    m_replica.reset();
    m_dir.reset();
}

domain::Record TestCooperation::store(const QJsonObject &fields)
{
    domain::Record r;
    r.id = domain::newRecordId();
    r.kind = domain::Kind::Initiative;
    r.rev = 3;
    r.createdBy = u"u-ken"_s;
    r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    r.fields = fields;
    const auto written = m_replica->records().writeServerRecord(r);
    Q_ASSERT(written.ok());
    return r;
}

void TestCooperation::page_listsInitiativesWithPartnerFacet()
{
    store({{u"title"_s, u"Corridor"_s},
           {u"lead_country"_s, u"KEN"_s},
           {u"status"_s, u"active"_s},
           {u"partners"_s,
            QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"joined"_s}},
                       QJsonObject{{u"country"_s, u"UGA"_s}, {u"state"_s, u"invited"_s}}}}});
    store({{u"title"_s, u"Green review"_s},
           {u"lead_country"_s, u"JOR"_s},
           {u"status"_s, u"completed"_s},
           {u"partners"_s,
            QJsonArray{QJsonObject{{u"country"_s, u"TUR"_s}, {u"state"_s, u"joined"_s}}}}});
    desktop::RecordBrowserPage page(u"cooperation"_s, domain::Kind::Initiative, *m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QTableView *>(u"cooperationList"_s);
    QVERIFY(list);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    models::FacetModel *facets = page.facetModel();
    // Each partner country is counted once in the partner facet.
    QTRY_VERIFY(facets
                    ->match(facets->index(0, 0), models::FacetModel::ValueRole, u"UGA"_s, 1,
                            Qt::MatchRecursive)
                    .size() == 1);
    facets->setSelection({{u"partner"_s, {u"RWA"_s}}});
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Corridor"_s);
    facets->setSelection({{u"country"_s, {u"JOR"_s}}});
    // The same row count as before: wait for the other row.
    QTRY_COMPARE(list->model()->index(0, 0).data().toString(), u"Green review"_s);
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestCooperation::invitedDelegate_joinsFromTheDetailPane()
{
    const domain::Record proposal =
        store({{u"title"_s, u"Twinning of one-stop shops"_s},
               {u"lead_country"_s, u"KEN"_s},
               {u"status"_s, u"proposed"_s},
               {u"partners"_s,
                QJsonArray{QJsonObject{{u"country"_s, u"RWA"_s}, {u"state"_s, u"invited"_s}}}}});
    desktop::RecordBrowserPage page(u"cooperation"_s, domain::Kind::Initiative, *m_workspace);
    auto *bar = new desktop::InitiativeActionBar(*m_workspace);
    page.addDetailWidget(bar);
    connect(&page, &desktop::RecordBrowserPage::detailShown, bar,
            &desktop::InitiativeActionBar::setRecordId);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showRecord(proposal.id);
    auto *join = bar->findChild<QPushButton *>(u"initiativeJoin"_s);
    auto *decline = bar->findChild<QPushButton *>(u"initiativeDecline"_s);
    auto *leave = bar->findChild<QPushButton *>(u"initiativeLeave"_s);
    auto *state = bar->findChild<QLabel *>(u"initiativeState"_s);
    QVERIFY(join && decline && leave && state);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(state->text().contains(u"Rwanda"_s));
    QVERIFY(join->isVisible() && decline->isVisible() && !leave->isVisible());
    // An unanswered invitation is a banner: marked, bold, named for screen readers.
    QCOMPARE(bar->property("invitation").toBool(), true);
    QVERIFY(state->font().bold());
    QVERIFY(state->text().contains(u"invited to join"_s));
    QCOMPARE(bar->accessibleName(), u"Invitation to Rwanda"_s);

    QSignalSpy changed(bar, &desktop::InitiativeActionBar::changed);
    QTest::mouseClick(join, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    auto stored = m_replica->records().get(proposal.id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(domain::Initiative::partnerState((*stored)->fields, u"RWA"), u"joined"_s);
    QVERIFY(!join->isVisible() && leave->isVisible());
    QCOMPARE(bar->property("invitation").toBool(), false); // answered: an ordinary bar again
    QVERIFY(!state->font().bold());

    // The lead country's delegate sees no join button: nobody joins for Rwanda.
    m_workspace->setUser(delegateOf(u"KEN"_s));
    bar->setRecordId(proposal.id);
    QVERIFY(!join->isVisible() && !leave->isVisible());
    QVERIFY(state->text().contains(u"Kenya"_s));
}

void TestCooperation::editor_milestonesKeepTheirIds()
{
    m_workspace->setUser(delegateOf(u"KEN"_s));
    const QString first = domain::newRecordId();
    const domain::Record initiative = store(
        {{u"title"_s, u"Corridor"_s},
         {u"lead_country"_s, u"KEN"_s},
         {u"status"_s, u"active"_s},
         {u"milestones"_s, QJsonArray{QJsonObject{
                               {u"id"_s, first}, {u"title"_s, u"Pilot"_s}, {u"done"_s, false}}}}});
    auto *editor =
        new desktop::RecordEditorDialog(*m_workspace, domain::Kind::Initiative, initiative.id);
    QScopedPointer<desktop::RecordEditorDialog> guard(editor);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QVERIFY(editor->isWritable());
    auto *table = editor->findChild<QTableWidget *>(u"milestonesTable"_s);
    auto *add = editor->findChild<QPushButton *>(u"addMilestone"_s);
    auto *partners = editor->findChild<QLineEdit *>(u"field_partners"_s);
    QVERIFY(table && add && partners);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setCheckState(Qt::Checked);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    table->item(1, 1)->setText(u"Scale up"_s);
    partners->setFocus();
    QTest::keyClicks(partners, u"rwa, UGA"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 5000);
    editor->close();

    auto stored = m_replica->records().get(initiative.id);
    QVERIFY(stored.ok() && stored->has_value());
    const QJsonObject f = (*stored)->fields;
    const QJsonArray milestones = f.value(u"milestones"_s).toArray();
    QCOMPARE(milestones.size(), 2);
    QCOMPARE(milestones.at(0).toObject().value(u"id"_s).toString(), first);
    QCOMPARE(milestones.at(0).toObject().value(u"done"_s).toBool(), true);
    QVERIFY(domain::isCanonicalId(milestones.at(1).toObject().value(u"id"_s).toString()));
    QCOMPARE(milestones.at(1).toObject().value(u"title"_s).toString(), u"Scale up"_s);
    // Countries typed in are invited, never joined.
    QCOMPARE(
        domain::Initiative::partners(f),
        (QList<domain::InitiativePartner>{{u"RWA"_s, u"invited"_s}, {u"UGA"_s, u"invited"_s}}));
}

void TestCooperation::invitationsFilter_listsOnlyMyCountrysInvitations()
{
    const auto partner = [](const QString &country, const QString &state) {
        return QJsonObject{{u"country"_s, country}, {u"state"_s, state}};
    };
    const domain::Record a = store({{u"title"_s, u"Invites Rwanda"_s},
                                    {u"lead_country"_s, u"KEN"_s},
                                    {u"partners"_s, QJsonArray{partner(u"RWA"_s, u"invited"_s)}}});
    const domain::Record b = store({{u"title"_s, u"Invites Rwanda and Uganda"_s},
                                    {u"lead_country"_s, u"TZA"_s},
                                    {u"partners"_s, QJsonArray{partner(u"UGA"_s, u"joined"_s),
                                                               partner(u"RWA"_s, u"invited"_s)}}});
    store({{u"title"_s, u"Rwanda joined"_s},
           {u"lead_country"_s, u"KEN"_s},
           {u"partners"_s, QJsonArray{partner(u"RWA"_s, u"joined"_s)}}});
    store({{u"title"_s, u"Without Rwanda"_s}, {u"lead_country"_s, u"KEN"_s}});
    desktop::RecordBrowserPage page(u"cooperation"_s, domain::Kind::Initiative, *m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QTableView *>(u"cooperationList"_s);
    auto *only = page.findChild<QCheckBox *>(u"cooperationInvitationsOnly"_s);
    auto *clear = page.findChild<QPushButton *>(u"cooperationClearFilters"_s);
    QVERIFY(list && only && clear);
    QCOMPARE(only->accessibleName(), u"Invitations to my country"_s);
    QVERIFY(only->toolTip().contains(u"Rwanda"_s));
    QTRY_COMPARE(list->model()->rowCount(), 4);
    QTest::mouseClick(only, Qt::LeftButton);
    QVERIFY(only->isChecked());
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QStringList ids{page.listModel()->idAt(0), page.listModel()->idAt(1)};
    ids.sort();
    QStringList expected{a.id, b.id};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(page.currentFilter().invitedCountry, u"RWA"_s);
    // "Clear filters" clears it too.
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!only->isChecked());
    QTRY_COMPARE(list->model()->rowCount(), 4);

    // Only a delegate has a country to be invited: an analyst's page has no such filter.
    m_workspace->setUser({u"u-a"_s, u"a"_s, u"Analyst"_s, {}, domain::Role::Analyst});
    desktop::RecordBrowserPage analystPage(u"cooperation"_s, domain::Kind::Initiative,
                                           *m_workspace);
    QVERIFY(!analystPage.findChild<QCheckBox *>(u"cooperationInvitationsOnly"_s));
}

QTEST_MAIN(TestCooperation)
#include "tst_cooperation.moc"
