// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "comparepage.h"
#include "countriespage.h"
#include "countryprofilepage.h"
#include "domain/initiative.h"
#include "domain/referencedata.h"
#include "mainwindow.h"
#include "models/displaytext.h"
#include "recordbrowserpage.h"
#include "replica/replica.h"
#include "settings.h"
#include "showview.h"
#include "statisticspage.h"
#include "sync/profile.h"
#include "trackerpage.h"
#include "workspace.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::desktop;

class TestCountries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profile_isTheReplicasFigures_data();
    void profile_isTheReplicasFigures();
    void profile_rowOpensTheRecord();
    void profile_reachableFromDetailPaneTrackerAndStatistics();
    void compare_sideBySide();
    void compare_refusesBadChoices();
    void showView_parsesCountryAndCompare();

private:
    replica::Replica &replica() { return m_app->workspace()->replica(); }
    replica::ListFilter ofCountry(domain::Kind kind, const QString &country) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Application> m_app;
    CountriesPage *m_page = nullptr;
};

void TestCountries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settings = std::make_unique<Settings>(m_dir.path());
    m_settings->profile().setValue(sync::Profile::Key::OfflineMode, true);
    Application::Options options;
    options.demoData = true;
    options.skipSignIn = true;
    m_app = std::make_unique<Application>(*m_settings, options);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    m_page = m_app->window()->findChild<CountriesPage *>(u"countriesPage"_s);
    QVERIFY(m_page);
}

void TestCountries::cleanupTestCase()
{
    m_app.reset();
}

replica::ListFilter TestCountries::ofCountry(domain::Kind kind, const QString &country) const
{
    replica::ListFilter filter;
    filter.kind = kind;
    filter.facets.insert(u"country"_s, {country});
    return filter;
}

void TestCountries::profile_isTheReplicasFigures_data()
{
    QTest::addColumn<QString>("country");
    QTest::newRow("Kenya") << u"KEN"_s;
    QTest::newRow("Mexico") << u"MEX"_s;
    QTest::newRow("Senegal") << u"SEN"_s;
    QTest::newRow("Rwanda") << u"RWA"_s;
}

// Each figure is what `smecommunity-cli stats KIND --by B --country ISO3` counts; each list holds
// what the replica holds for the country, counted here from the records themselves.
void TestCountries::profile_isTheReplicasFigures()
{
    QFETCH(QString, country);
    CountryProfilePage *profile = m_page->profile();
    QSignalSpy updated(profile, &CountryProfilePage::updated);
    QVERIFY(m_app->showCountry(country));
    QCOMPARE(m_app->window()->currentSection(), MainWindow::Section::Countries);
    QVERIFY(updated.wait(30000));
    const models::CountryProfile &p = profile->profile();
    QCOMPARE(p.country, country);

    const auto practices = ofCountry(domain::Kind::Practice, country);
    const auto commitments = ofCountry(domain::Kind::Commitment, country);
    QCOMPARE(p.practiceCount, *replica().lists().count(practices));
    QCOMPARE(p.commitmentCount, *replica().lists().count(commitments));
    QCOMPARE(p.figures.value(u"practice_status"_s),
             *replica().lists().countBy(practices, u"status"_s));
    QCOMPARE(p.figures.value(u"pillar"_s), *replica().lists().countBy(practices, u"pillar"_s));
    QCOMPARE(p.figures.value(u"commitment_status"_s),
             *replica().lists().countBy(commitments, u"status"_s));
    QCOMPARE(profile->findChild<QTableWidget *>(u"profilePractices"_s)->rowCount(),
             int(p.practiceCount));
    QCOMPARE(profile->findChild<QTableWidget *>(u"profileCommitments"_s)->rowCount(),
             int(p.commitmentCount));
    QVERIFY(profile->findChild<QLabel *>(u"profileFigures"_s)
                ->text()
                .contains(QLocale().toString(p.practiceCount)));

    // Meetings hosted and attended, from the meetings' own fields.
    replica::ListFilter all;
    all.limit = -1;
    all.withFields = true;
    all.kind = domain::Kind::Meeting;
    int hosted = 0;
    int attended = 0;
    auto meetings = replica().lists().list(all);
    QVERIFY(meetings.ok());
    for (const replica::ListRow &row : std::as_const(*meetings)) {
        const bool hosts = row.fields.value(u"host_country"_s).toString() == country;
        hosted += hosts ? 1 : 0;
        attended +=
            !hosts && row.fields.value(u"participants"_s).toArray().contains(country) ? 1 : 0;
    }
    QCOMPARE(p.meetingsHosted, hosted);
    QCOMPARE(p.meetingsAttended, attended);
    QCOMPARE(profile->findChild<QTableWidget *>(u"profileMeetings"_s)->rowCount(),
             hosted + attended);

    // Threads started by its delegates, from each thread's author.
    all.kind = domain::Kind::Thread;
    int started = 0;
    auto threads = replica().lists().list(all);
    QVERIFY(threads.ok());
    for (const replica::ListRow &row : std::as_const(*threads)) {
        auto record = replica().records().get(row.id);
        QVERIFY(record.ok() && record->has_value());
        const domain::User *author = m_app->workspace()->reference().userById((*record)->createdBy);
        started +=
            author && author->country == country && author->role == domain::Role::Delegate ? 1 : 0;
    }
    QCOMPARE(p.threadsStarted, started);

    // Initiatives it leads or has joined; an invitation alone does not count.
    all.kind = domain::Kind::Initiative;
    QStringList initiatives;
    auto rows = replica().lists().list(all);
    QVERIFY(rows.ok());
    for (const replica::ListRow &row : std::as_const(*rows)) {
        if (row.fields.value(u"lead_country"_s).toString() == country ||
            domain::Initiative::partnerState(row.fields, country) == domain::Initiative::joined)
            initiatives.append(row.id);
    }
    QStringList shown;
    for (const models::CountryProfile::Item &item : p.initiatives)
        shown.append(item.id);
    initiatives.sort();
    shown.sort();
    QCOMPARE(shown, initiatives);
    if (country == u"KEN"_s || country == u"RWA"_s)
        QVERIFY(!shown.isEmpty()); // Kenya leads one that Rwanda joined (demo data)
}

void TestCountries::profile_rowOpensTheRecord()
{
    QVERIFY(m_app->showCountry(u"KEN"_s));
    QSignalSpy updated(m_page->profile(), &CountryProfilePage::updated);
    QVERIFY(updated.wait(30000) || !m_page->profile()->profile().practices.isEmpty());
    auto *practices = m_page->profile()->findChild<QTableWidget *>(u"profilePractices"_s);
    QVERIFY(practices->rowCount() > 0);
    const QString id = practices->item(0, 0)->data(Qt::UserRole).toString();
    QSignalSpy open(m_page->profile(), &CountryProfilePage::openRequested);
    Q_EMIT practices->itemActivated(practices->item(0, 0));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(1).toString(), id);
    QCOMPARE(m_app->window()->currentSection(), MainWindow::Section::Practices);
    QTRY_COMPARE(m_app->practicesPage()->currentId(), id);
}

// A country shown anywhere leads to its profile: the detail pane's button, the tracker's row
// header, the statistics by country.
void TestCountries::profile_reachableFromDetailPaneTrackerAndStatistics()
{
    MainWindow *window = m_app->window();
    RecordBrowserPage *practices = m_app->practicesPage();
    window->showSection(MainWindow::Section::Practices);
    const QString id = practices->currentId();
    QVERIFY(!id.isEmpty());
    auto record = replica().records().get(id);
    QVERIFY(record.ok() && record->has_value());
    const QString country = (*record)->fields.value(u"country"_s).toString();
    auto *button = practices->findChild<QPushButton *>(u"practicesCountryProfile"_s);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    const QString name = models::DisplayText::country(&m_app->workspace()->reference(), country);
    QTRY_VERIFY2(button->text().contains(name),
                 qPrintable(button->text())); // read off the GUI thread
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window->currentSection(), MainWindow::Section::Countries);
    QCOMPARE(m_page->profile()->country(), country);

    auto *tracker = window->findChild<TrackerPage *>(u"trackerPage"_s);
    Q_EMIT tracker->countryRequested(u"MEX"_s); // as its row header's menu does
    QCOMPARE(window->currentSection(), MainWindow::Section::Countries);
    QCOMPARE(m_page->profile()->country(), u"MEX"_s);

    auto *statistics = window->findChild<StatisticsPage *>(u"statisticsPage"_s);
    QSignalSpy counted(statistics, &StatisticsPage::updated);
    window->showSection(MainWindow::Section::Statistics);
    QVERIFY(counted.wait(30000));
    auto *by = statistics->findChild<QComboBox *>(u"statisticsBy"_s);
    by->setCurrentIndex(by->findData(u"country"_s));
    QVERIFY(counted.wait(30000));
    auto *table = statistics->findChild<QTableWidget *>(u"statisticsTable"_s);
    QVERIFY(table->rowCount() > 0);
    const QString first = table->item(0, 0)->data(Qt::UserRole).toString();
    Q_EMIT table->itemActivated(table->item(0, 1));
    QCOMPARE(window->currentSection(), MainWindow::Section::Countries);
    QCOMPARE(m_page->profile()->country(), first);
}

void TestCountries::compare_sideBySide()
{
    ComparePage *compare = m_page->comparison();
    QSignalSpy updated(compare, &ComparePage::updated);
    m_app->window()->showSection(MainWindow::Section::Countries);
    const QStringList codes{u"KEN"_s, u"MEX"_s, u"RWA"_s};
    QVERIFY(m_page->compare(codes));
    QVERIFY(updated.wait(30000));
    QCOMPARE(m_page->currentWidget(), compare);
    QCOMPARE(compare->countries(), codes);
    QCOMPARE(compare->figures().size(), 3);
    for (int i = 0; i < codes.size(); ++i) {
        const models::CountryProfile &f = compare->figures().at(i);
        QCOMPARE(f.country, codes.at(i));
        const auto practices = ofCountry(domain::Kind::Practice, codes.at(i));
        for (const QString &by :
             {u"pillar"_s, u"instrument"_s, u"target_group"_s, u"evidence_level"_s})
            QCOMPARE(f.figures.value(by), *replica().lists().countBy(practices, by));
        QCOMPARE(f.figures.value(u"commitment_status"_s),
                 *replica().lists().countBy(ofCountry(domain::Kind::Commitment, codes.at(i)),
                                            u"status"_s));
    }
    auto *table = compare->findChild<QTableWidget *>(u"compareTable"_s);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(1)->text(),
             m_app->workspace()->reference().countryName(u"KEN"));
    // The first row is the practices in all, per country.
    for (int i = 0; i < codes.size(); ++i)
        QCOMPARE(table->item(0, i + 1)->text(),
                 QLocale().toString(compare->figures().at(i).practiceCount));
    auto *view = compare->findChild<QChartView *>(u"compareChart"_s);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 3);
    for (int i = 0; i < codes.size(); ++i) {
        int sum = 0;
        for (int n : compare->figures().at(i).figures.value(u"pillar"_s))
            sum += n;
        int drawn = 0;
        for (int b = 0; b < series->barSets().at(i)->count(); ++b)
            drawn += int(series->barSets().at(i)->at(b));
        QCOMPARE(drawn, sum);
    }
    const QStringList lines = compare->csv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), table->rowCount() + 1);
    QString error;
    QVERIFY2(compare->saveChart(m_dir.filePath(u"compare.png"_s), &error), qPrintable(error));
    QVERIFY(!compare->saveChart(m_dir.filePath(u"compare.txt"_s), &error));
}

// One country, five, or an unknown code change nothing.
void TestCountries::compare_refusesBadChoices()
{
    ComparePage *compare = m_page->comparison();
    const QStringList before = compare->countries();
    QVERIFY(!m_page->compare({u"KEN"_s}));
    QVERIFY(!m_page->compare({u"KEN"_s, u"MEX"_s, u"RWA"_s, u"SEN"_s, u"GHA"_s}));
    QVERIFY(!m_page->compare({u"KEN"_s, u"XXX"_s}));
    QCOMPARE(compare->countries(), before);
    QVERIFY(!m_page->showCountry(u"XXX"_s));
}

void TestCountries::showView_parsesCountryAndCompare()
{
    const domain::ReferenceData &reference = domain::ReferenceData::embedded();
    QString error;
    auto shown = ShowView::parse(u"country:ken"_s, reference, &error);
    QVERIFY(shown);
    QCOMPARE(shown->section, MainWindow::Section::Countries);
    QCOMPARE(shown->country, u"KEN"_s);
    shown = ShowView::parse(u"compare:KEN,RWA,GHA"_s, reference, &error);
    QVERIFY(shown);
    QCOMPARE(shown->compare, (QStringList{u"KEN"_s, u"RWA"_s, u"GHA"_s}));
    shown = ShowView::parse(u"tracker"_s, reference, &error);
    QVERIFY(shown);
    QCOMPARE(shown->section, MainWindow::Section::Tracker);

    QVERIFY(!ShowView::parse(u"country:XYZ"_s, reference, &error));
    QVERIFY(error.contains(u"XYZ"_s));
    QVERIFY(!ShowView::parse(u"compare:KEN"_s, reference, &error));
    QVERIFY(error.contains(u"two to four"_s));
    QVERIFY(!ShowView::parse(u"compare:KEN,KEN"_s, reference, &error)); // one country twice
    QVERIFY(!ShowView::parse(u"compare:KEN,RWA,GHA,SEN,MEX"_s, reference, &error));
    QVERIFY(!ShowView::parse(u"compare:KEN,ZZZ"_s, reference, &error));
    QVERIFY(error.contains(u"ZZZ"_s));
    QVERIFY(!ShowView::parse(u"map"_s, reference, &error));
    QVERIFY(error.contains(u"tracker"_s));
}

QTEST_MAIN(TestCountries)
#include "tst_countries.moc"
