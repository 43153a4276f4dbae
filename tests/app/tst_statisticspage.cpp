// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "mainwindow.h"
#include "replica/replica.h"
#include "settings.h"
#include "statisticspage.h"
#include "sync/profile.h"
#include "workspace.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smec;
using namespace smec::desktop;

class TestStatisticsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresAreTheReplicasCounts_data();
    void figuresAreTheReplicasCounts();
    void copyAsCsv_isTheTable();
    void saveChart_pngAndPdf();

private:
    /// Selects `data` in `box` and waits for the recount it causes.
    bool choose(QComboBox *box, const QString &data);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Application> m_app;
    StatisticsPage *m_page = nullptr;
};

void TestStatisticsPage::initTestCase()
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
    m_page = window->findChild<StatisticsPage *>(u"statisticsPage"_s);
    QVERIFY(m_page);
    QSignalSpy updated(m_page, &StatisticsPage::updated);
    window->showSection(MainWindow::Section::Statistics);
    QVERIFY(m_page->isVisible());
    // Counted on the reader thread when the section is shown.
    QVERIFY(updated.wait(30000));
}

void TestStatisticsPage::cleanupTestCase()
{
    m_app.reset();
}

bool TestStatisticsPage::choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    if (index < 0)
        return false;
    if (box->currentIndex() == index)
        return true;
    QSignalSpy updated(m_page, &StatisticsPage::updated);
    box->setCurrentIndex(index);
    return updated.wait(30000);
}

void TestStatisticsPage::figuresAreTheReplicasCounts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("pillar");
    QTest::addColumn<QString>("region");
    const int practice = int(domain::Kind::Practice);
    const int commitment = int(domain::Kind::Commitment);
    QTest::newRow("pillar") << practice << u"pillar"_s << QString() << QString();
    QTest::newRow("region within green") << practice << u"region"_s << u"green"_s << QString();
    QTest::newRow("instrument in Africa")
        << practice << u"instrument"_s << QString() << u"Africa"_s;
    QTest::newRow("start year") << practice << u"start_year"_s << QString() << QString();
    QTest::newRow("commitments by status") << commitment << u"status"_s << QString() << QString();
    QTest::newRow("commitments by country within finance")
        << commitment << u"country"_s << u"finance"_s << QString();
    QTest::newRow("commitments by pillar") << commitment << u"pillar"_s << QString() << QString();
}

// What the page shows (table, chart) is what the replica counts with the same filter: every
// value's figure equals a count() of the practices with it.
void TestStatisticsPage::figuresAreTheReplicasCounts()
{
    QFETCH(int, kind);
    QFETCH(QString, by);
    QFETCH(QString, pillar);
    QFETCH(QString, region);
    auto *subject = m_page->findChild<QComboBox *>(u"statisticsSubject"_s);
    const int subjectIndex = subject->findData(kind);
    QVERIFY(subjectIndex >= 0);
    if (subject->currentIndex() != subjectIndex) {
        QSignalSpy updated(m_page, &StatisticsPage::updated);
        subject->setCurrentIndex(subjectIndex);
        QVERIFY(updated.wait(30000));
    }
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"statisticsPillar"_s), pillar));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"statisticsRegion"_s), region));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"statisticsBy"_s), by));

    replica::Replica &replica = m_app->workspace()->replica();
    replica::ListFilter filter;
    filter.kind = domain::Kind(kind);
    if (!pillar.isEmpty())
        filter.facets.insert(u"pillar"_s, {pillar});
    if (!region.isEmpty())
        filter.facets.insert(u"region"_s, {region});
    const QList<StatisticsPage::Figure> &figures = m_page->figures();
    QVERIFY(!figures.isEmpty());
    auto *table = m_page->findChild<QTableWidget *>(u"statisticsTable"_s);
    QCOMPARE(table->rowCount(), figures.size());
    int sum = 0;
    for (int row = 0; row < figures.size(); ++row) {
        const StatisticsPage::Figure &f = figures.at(row);
        QCOMPARE(table->item(row, 0)->text(), f.label);
        QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toInt(), f.count);
        sum += f.count;
        if (f.value.isEmpty() || by == pillar)
            continue;
        replica::ListFilter one = filter;
        if (by == u"start_year"_s) {
            one.yearTo = f.value.toInt(); // started in or before that year...
            auto before = replica.lists().count(one);
            one.yearTo = f.value.toInt() - 1;
            auto earlier = replica.lists().count(one);
            QVERIFY(before.ok() && earlier.ok());
            QCOMPARE(*before - *earlier, qint64(f.count)); // ...and not before
            continue;
        }
        one.facets.insert(by, {f.value});
        auto n = replica.lists().count(one);
        QVERIFY(n.ok());
        QCOMPARE(qint64(f.count), *n);
    }
    auto total = replica.lists().count(filter);
    QVERIFY(total.ok());
    if (by == u"pillar"_s)
        QVERIFY(sum >= *total);
    else
        QCOMPARE(qint64(sum), *total);
    if (by == u"start_year"_s) {
        for (int row = 1; row < figures.size(); ++row)
            QVERIFY(figures.at(row - 1).value < figures.at(row).value); // oldest first
    } else {
        for (int row = 1; row < figures.size(); ++row)
            QVERIFY(figures.at(row - 1).count >= figures.at(row).count); // largest first
    }

    // The chart draws the same figures: one bar per value.
    auto *view = m_page->findChild<QChartView *>(u"statisticsChart"_s);
    QCOMPARE(view->chart()->series().size(), 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 1);
    qreal drawn = 0;
    for (int i = 0; i < series->barSets().constFirst()->count(); ++i)
        drawn += series->barSets().constFirst()->at(i);
    QCOMPARE(int(drawn), sum);
    QCOMPARE(series->barSets().constFirst()->count(), figures.size());
}

void TestStatisticsPage::copyAsCsv_isTheTable()
{
    auto *subject = m_page->findChild<QComboBox *>(u"statisticsSubject"_s);
    if (subject->currentIndex() != 0) {
        QSignalSpy updated(m_page, &StatisticsPage::updated);
        subject->setCurrentIndex(0);
        QVERIFY(updated.wait(30000));
    }
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"statisticsPillar"_s), QString()));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"statisticsRegion"_s), QString()));
    QVERIFY(choose(m_page->findChild<QComboBox *>(u"statisticsBy"_s), u"evidence_level"_s));
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"statisticsCopyCsv"_s), Qt::LeftButton);
    const QString csv = QGuiApplication::clipboard()->text();
    QCOMPARE(csv, m_page->csv());
    const QStringList lines = csv.trimmed().split(u"\r\n"_s);
    QCOMPARE(lines.size(), m_page->figures().size() + 1); // header, then one line per value
    QVERIFY2(lines.first().contains(u"Practices"_s), qPrintable(lines.first()));
    const StatisticsPage::Figure &top = m_page->figures().constFirst();
    QVERIFY2(lines.at(1).endsWith(u',' + QString::number(top.count)), qPrintable(lines.at(1)));
}

void TestStatisticsPage::saveChart_pngAndPdf()
{
    QTemporaryDir out;
    QString error;
    const QString png = out.filePath(u"chart.png"_s);
    QVERIFY2(m_page->saveChart(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->findChild<QChartView *>(u"statisticsChart"_s)->size() *
                               m_page->devicePixelRatio());

    const QString pdf = out.filePath(u"chart.pdf"_s);
    QVERIFY2(m_page->saveChart(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 1000);

    // Anything else is refused with a reason, and nothing is written.
    QVERIFY(!m_page->saveChart(out.filePath(u"chart.gif"_s), &error));
    QVERIFY(error.contains(u".png"_s));
    QVERIFY(!QFile::exists(out.filePath(u"chart.gif"_s)));
    QVERIFY(!m_page->saveChart(u"/nonexistent-dir/chart.png"_s, &error));
    QVERIFY(error.contains(u"/nonexistent-dir/chart.png"_s));
}

QTEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
