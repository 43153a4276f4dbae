// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "mainwindow.h"
#include "models/commitmenttrackermodel.h"
#include "replica/replica.h"
#include "settings.h"
#include "sync/profile.h"
#include "trackercelldelegate.h"
#include "trackerpage.h"
#include "workspace.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::desktop;

class TestTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresAreTheReplicasCounts_data();
    void figuresAreTheReplicasCounts();
    void dueSoonAndOverdue_asOfTheChosenDay();
    void groupedByPillar_columnsArePillars();
    void clickingASquare_opensThatCommitment();
    void copyAsCsv_oneRowPerCommitment();
    void saveChart_pngAndBadSuffix();

private:
    bool choose(QComboBox *box, const QVariant &data);
    bool reloadAndWait();

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Application> m_app;
    TrackerPage *m_page = nullptr;
};

void TestTracker::initTestCase()
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
    MainWindow *window = m_app->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    m_page = window->findChild<TrackerPage *>(u"trackerPage"_s);
    QVERIFY(m_page);
    QSignalSpy updated(m_page, &TrackerPage::updated);
    window->showSection(MainWindow::Section::Tracker);
    QVERIFY(m_page->isVisible());
    // Read on the reader thread when the section is shown.
    QVERIFY(updated.wait(30000));
    QVERIFY(!m_page->tracker().commitments().isEmpty());
}

void TestTracker::cleanupTestCase()
{
    m_app.reset();
}

bool TestTracker::choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index < 0)
        return false;
    if (box->currentIndex() == index)
        return true;
    QSignalSpy updated(m_page, &TrackerPage::updated);
    box->setCurrentIndex(index);
    return updated.wait(30000);
}

bool TestTracker::reloadAndWait()
{
    QSignalSpy updated(m_page, &TrackerPage::updated);
    m_page->reload();
    return updated.wait(30000);
}

void TestTracker::figuresAreTheReplicasCounts_data()
{
    QTest::addColumn<QString>("pillar");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("oneMeeting");
    QTest::newRow("all") << QString() << QString() << false;
    QTest::newRow("digital") << u"digital"_s << QString() << false;
    QTest::newRow("Africa") << QString() << u"Africa"_s << false;
    QTest::newRow("one meeting") << QString() << QString() << true;
    QTest::newRow("finance in the Americas") << u"finance"_s << u"Americas"_s << false;
}

// Counts per status, per country and in all are what the replica counts (as `smecommunity-cli
// stats commitments --by status|country` with the same filters); the matrix holds each
// commitment once, in its country's row; the chart draws the same figures.
void TestTracker::figuresAreTheReplicasCounts()
{
    QFETCH(QString, pillar);
    QFETCH(QString, region);
    QFETCH(bool, oneMeeting);
    replica::Replica &replica = m_app->workspace()->replica();
    replica::ListFilter filter;
    filter.kind = domain::Kind::Commitment;
    QString meetingId;
    if (oneMeeting) {
        // The meeting with the most commitments.
        auto byMeeting = replica.lists().countBy(filter, u"meeting"_s);
        QVERIFY(byMeeting.ok());
        int most = 0;
        for (auto it = byMeeting->cbegin(); it != byMeeting->cend(); ++it) {
            if (!it.key().isEmpty() && it.value() > most) {
                most = it.value();
                meetingId = it.key();
            }
        }
        QVERIFY(!meetingId.isEmpty());
        filter.meetingId = meetingId;
    }
    if (!pillar.isEmpty())
        filter.facets.insert(u"pillar"_s, {pillar});
    if (!region.isEmpty())
        filter.facets.insert(u"region"_s, {region});
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"trackerMeeting"_s), meetingId));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"trackerPillar"_s), pillar));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"trackerRegion"_s), region));

    const models::CommitmentTracker &t = m_page->tracker();
    auto total = replica.lists().count(filter);
    QVERIFY(total.ok());
    QCOMPARE(qint64(t.commitments().size()), *total);
    if (pillar.isEmpty() && region.isEmpty() && !oneMeeting)
        QVERIFY(*total >= 10);

    auto byStatus = replica.lists().countBy(filter, u"status"_s);
    QVERIFY(byStatus.ok());
    for (auto it = byStatus->cbegin(); it != byStatus->cend(); ++it)
        QCOMPARE(t.statusCounts().value(it.key()), it.value());
    for (auto it = t.statusCounts().cbegin(); it != t.statusCounts().cend(); ++it)
        QCOMPARE(byStatus->value(it.key()), it.value());
    auto label = m_page->findChild<QLabel *>(u"trackerCounts"_s);
    QVERIFY(label->text().contains(QLocale().toString(*total)));

    auto byCountry = replica.lists().countBy(filter, u"country"_s);
    QVERIFY(byCountry.ok());
    auto *matrix = m_page->findChild<QTableView *>(u"trackerMatrix"_s);
    QAbstractItemModel *model = matrix->model();
    QCOMPARE(model->rowCount(), int(byCountry->size()));
    int cells = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString country =
            model->index(row, 0).data(models::CommitmentTrackerModel::CountryRole).toString();
        int inRow = 0;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex cell = model->index(row, column);
            const QStringList ids =
                cell.data(models::CommitmentTrackerModel::CommitmentIdsRole).toStringList();
            inRow += int(ids.size());
            for (const QString &id : ids) {
                auto record = replica.records().get(id);
                QVERIFY(record.ok() && record->has_value());
                QCOMPARE((*record)->fields.value(u"country"_s).toString(), country);
            }
            if (!ids.isEmpty())
                QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(inRow, byCountry->value(country));
        cells += inRow;
    }
    QCOMPARE(qint64(cells), *total);

    // The stacked chart: each status's set sums to its count.
    auto *view = m_page->findChild<QChartView *>(u"trackerChart"_s);
    QCOMPARE(view->chart()->series().size(), 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    int drawn = 0;
    for (QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            drawn += int(set->at(i));
    }
    QCOMPARE(qint64(drawn), *total);
}

// Open (announced, in progress) commitments with a deadline within 90 days are due; before
// the day, overdue; achieved or withdrawn ones never are. Counted here from the replica's rows.
void TestTracker::dueSoonAndOverdue_asOfTheChosenDay()
{
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"trackerMeeting"_s), QString()));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"trackerPillar"_s), QString()));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"trackerRegion"_s), QString()));
    replica::ListFilter filter;
    filter.kind = domain::Kind::Commitment;
    filter.withFields = true;
    filter.limit = -1;
    auto rows = m_app->workspace()->replica().lists().list(filter);
    QVERIFY(rows.ok());
    QList<QDate> deadlines;
    for (const replica::ListRow &row : std::as_const(*rows)) {
        const QString status = row.fields.value(u"status"_s).toString();
        const QDate deadline =
            QDate::fromString(row.fields.value(u"deadline"_s).toString(), Qt::ISODate);
        if ((status == u"announced"_s || status == u"in_progress"_s) && deadline.isValid())
            deadlines.append(deadline);
    }
    QVERIFY(deadlines.size() >= 2);
    std::sort(deadlines.begin(), deadlines.end());
    for (const QDate &today :
         {deadlines.constFirst().addDays(-30), deadlines.constFirst(),
          deadlines.constLast().addDays(1), deadlines.constLast().addDays(-89)}) {
        m_page->setToday(today);
        QVERIFY(reloadAndWait());
        qsizetype due = 0;
        qsizetype overdue = 0;
        for (const QDate &d : std::as_const(deadlines)) {
            if (d < today)
                ++overdue;
            else if (d <= today.addDays(90))
                ++due;
        }
        const models::CommitmentTracker &t = m_page->tracker();
        QCOMPARE(t.dueSoon().size(), due);
        QCOMPARE(t.overdue().size(), overdue);
        auto *dueList = m_page->findChild<QTableView *>(u"trackerDueSoon"_s);
        auto *overdueList = m_page->findChild<QTableView *>(u"trackerOverdue"_s);
        QCOMPARE(dueList->model()->rowCount(), int(due));
        QCOMPARE(overdueList->model()->rowCount(), int(overdue));
        if (overdue > 0) // a row names its commitment and opens it
            QCOMPARE(overdueList->model()->index(0, 0).data(Qt::UserRole).toString(),
                     t.commitments().at(t.overdue().constFirst()).id);
        for (qsizetype i = 1; i < t.overdue().size(); ++i) // most overdue first
            QVERIFY(t.commitments().at(t.overdue().at(i - 1)).deadline <=
                    t.commitments().at(t.overdue().at(i)).deadline);
    }
    m_page->setToday(QDate::currentDate());
    QVERIFY(reloadAndWait());
}

void TestTracker::groupedByPillar_columnsArePillars()
{
    auto *grouping = m_page->findChild<QComboBox *>(u"trackerGrouping"_s);
    QVERIFY(choose(grouping, int(models::CommitmentTracker::Grouping::Pillar)));
    replica::ListFilter commitments;
    commitments.kind = domain::Kind::Commitment;
    auto byPillar = m_app->workspace()->replica().lists().countBy(commitments, u"pillar"_s);
    QVERIFY(byPillar.ok());
    int used = 0;
    for (int n : std::as_const(*byPillar))
        used += n > 0 ? 1 : 0;
    auto *matrix = m_page->findChild<QTableView *>(u"trackerMatrix"_s);
    QCOMPARE(matrix->model()->columnCount(), used);
    const QString digital = matrix->model()->headerData(0, Qt::Horizontal).toString();
    QCOMPARE(digital, u"Digital transformation"_s);
    QVERIFY(choose(grouping, int(models::CommitmentTracker::Grouping::Meeting)));
}

void TestTracker::clickingASquare_opensThatCommitment()
{
    auto *matrix = m_page->findChild<QTableView *>(u"trackerMatrix"_s);
    QAbstractItemModel *model = matrix->model();
    QModelIndex cell;
    for (int row = 0; row < model->rowCount() && !cell.isValid(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (!model->index(row, column)
                     .data(models::CommitmentTrackerModel::CommitmentIdsRole)
                     .toStringList()
                     .isEmpty()) {
                cell = model->index(row, column);
                break;
            }
        }
    }
    QVERIFY(cell.isValid());
    matrix->scrollTo(cell);
    const QString id =
        cell.data(models::CommitmentTrackerModel::CommitmentIdsRole).toStringList().constFirst();
    const QRect rect = matrix->visualRect(cell);
    const int edge = TrackerCellDelegate::gap + TrackerCellDelegate::square / 2;
    const QPoint first = matrix->layoutDirection() == Qt::RightToLeft
                             ? QPoint(rect.right() - edge, rect.top() + edge)
                             : QPoint(rect.left() + edge, rect.top() + edge);
    QSignalSpy open(m_page, &TrackerPage::openRequested);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, first);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), id);
    QCOMPARE(m_app->window()->currentSection(), MainWindow::Section::Commitments);
    // A click beside the squares opens nothing.
    m_app->window()->showSection(MainWindow::Section::Tracker);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {},
                      QPoint(rect.center().x(), rect.bottom() - 1));
    QCOMPARE(open.size(), 1);
}

void TestTracker::copyAsCsv_oneRowPerCommitment()
{
    const QString csv = m_page->csv();
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_page->tracker().commitments().size() + 1);
    QVERIFY(lines.constFirst().startsWith(u"Country,"_s));
}

void TestTracker::saveChart_pngAndBadSuffix()
{
    QString error;
    const QString png = m_dir.filePath(u"tracker.png"_s);
    QVERIFY2(m_page->saveChart(png, &error), qPrintable(error));
    QVERIFY(QImage(png).width() > 0);
    QVERIFY(!m_page->saveChart(m_dir.filePath(u"tracker.gif"_s), &error));
    QVERIFY(error.contains(u".png"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"tracker.gif"_s)));
}

QTEST_MAIN(TestTracker)
#include "tst_tracker.moc"
