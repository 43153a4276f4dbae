// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statisticspage.h"

#include "charts.h"
#include "domain/fieldschema.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "export/csvwriter.h"
#include "models/backgroundreader.h"
#include "models/facetmodel.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

const QString startYear = u"start_year"_s;

struct Counted
{
    qint64 total = 0;
    QMap<QString, int> counts;
    QHash<QString, QString> meetingTitles; ///< when counted by meeting
};

} // namespace

StatisticsPage::StatisticsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"statisticsPage"_s);
    m_subjectLabel = new QLabel(this);
    m_subject = new QComboBox(this);
    m_subject->setObjectName(u"statisticsSubject"_s);
    for (domain::Kind kind : {domain::Kind::Practice, domain::Kind::Commitment})
        m_subject->addItem(QString(), int(kind));
    m_subjectLabel->setBuddy(m_subject);
    m_byLabel = new QLabel(this);
    m_by = new QComboBox(this);
    m_by->setObjectName(u"statisticsBy"_s);
    m_byLabel->setBuddy(m_by);
    fillDimensions();

    m_pillarLabel = new QLabel(this);
    m_pillar = new QComboBox(this);
    m_pillar->setObjectName(u"statisticsPillar"_s);
    m_pillar->addItem(QString(), QString());
    for (const QString &pillar : domain::FieldSchema::pillarIds())
        m_pillar->addItem(
            models::FacetModel::valueLabel(domain::Kind::Practice, nullptr, u"pillar"_s, pillar),
            pillar);
    m_pillarLabel->setBuddy(m_pillar);

    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"statisticsRegion"_s);
    m_region->addItem(QString(), QString());
    for (const QString &region : m_workspace.reference().regions())
        m_region->addItem(QString(), region);
    m_regionLabel->setBuddy(m_region);

    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"statisticsCopyCsv"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"statisticsSaveChart"_s);

    auto *controls = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_subjectLabel, m_subject, m_byLabel, m_by, m_pillarLabel,
                                          m_pillar, m_regionLabel, m_region})
        controls->addWidget(w);
    controls->addStretch(1);
    controls->addWidget(m_copy);
    controls->addWidget(m_save);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statisticsSummary"_s);
    m_summary->setWordWrap(true);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(u"statisticsChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"statisticsTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setSizes({360, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    for (QComboBox *box : {m_by, m_pillar, m_region})
        connect(box, &QComboBox::currentIndexChanged, this, &StatisticsPage::reload);
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        fillDimensions();
        reload();
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QString value = m_table->item(item->row(), 0)->data(Qt::UserRole).toString();
        if (m_shownBy == u"country"_s && !value.isEmpty())
            Q_EMIT countryRequested(value);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(csv()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        Charts::saveAs(this, m_chart,
                       domain::kindName(m_shownKind) + u"s-by-"_s + m_shownBy + u".png"_s);
    });
    retranslate();
    styleChart();
}

domain::Kind StatisticsPage::subject() const
{
    return domain::Kind(m_subject->currentData().toInt());
}

QString StatisticsPage::subjectLabel(domain::Kind kind) const
{
    return kind == domain::Kind::Commitment ? tr("Commitments") : tr("Practices");
}

void StatisticsPage::fillDimensions()
{
    const QString current = m_by->currentData().toString();
    const QStringList dimensions = replica::ListStore::countDimensions(subject());
    const QSignalBlocker blocker(m_by);
    m_by->clear();
    for (const QString &facet : dimensions)
        m_by->addItem(models::FacetModel::facetLabel(facet), facet);
    m_by->setCurrentIndex(std::max(0, m_by->findData(current)));
}

void StatisticsPage::reload()
{
    const QString by = m_by->currentData().toString();
    const domain::Kind kind = subject();
    replica::ListFilter filter;
    filter.kind = kind;
    if (const QString pillar = m_pillar->currentData().toString(); !pillar.isEmpty())
        filter.facets.insert(u"pillar"_s, {pillar});
    if (const QString region = m_region->currentData().toString(); !region.isEmpty())
        filter.facets.insert(u"region"_s, {region});
    // Counted on the reader's connection: a GROUP BY over 100,000 practices stays off the GUI
    // thread; a newer question supersedes an unanswered one.
    m_workspace.reader().run<Counted>(
        this,
        [filter, by](replica::Replica &replica) -> Result<Counted> {
            Counted counted;
            auto counts = replica.lists().countBy(filter, by);
            if (!counts)
                return counts.error();
            auto total = replica.lists().count(filter);
            if (!total)
                return total.error();
            counted.counts = *counts;
            counted.total = *total;
            if (by == u"meeting"_s) {
                // A meeting is named by its title, read here with the counts.
                replica::ListFilter meetings;
                meetings.kind = domain::Kind::Meeting;
                meetings.limit = -1;
                auto rows = replica.lists().list(meetings);
                if (!rows)
                    return rows.error();
                for (const replica::ListRow &row : std::as_const(*rows))
                    counted.meetingTitles.insert(row.id, row.columns.value(u"title"_s).toString());
            }
            return counted;
        },
        [this, kind, by](const Result<Counted> &counted) {
            if (!counted) {
                m_summary->setText(tr("Cannot count: %1").arg(counted.error().message));
                return;
            }
            QList<Figure> figures;
            for (const replica::ValueCount &c : replica::ListStore::ordered(counted->counts, by)) {
                QString label;
                if (c.value.isEmpty())
                    label = tr("Not given");
                else if (by == u"meeting"_s)
                    label = counted->meetingTitles.value(c.value, c.value);
                else
                    label =
                        models::FacetModel::valueLabel(kind, &m_workspace.reference(), by, c.value);
                figures.append({c.value, label, c.count});
            }
            show(kind, by, counted->total, figures);
        });
}

void StatisticsPage::show(domain::Kind kind, const QString &by, qint64 total,
                          const QList<Figure> &figures)
{
    m_shownKind = kind;
    m_shownBy = by;
    m_figures = figures;
    const bool several = by == u"pillar"_s || by == u"target_group"_s;
    const int n = int(total);
    if (kind == domain::Kind::Commitment) {
        m_summary->setText(
            several
                ? tr("%Ln commitment(s); one with several values counts under each.", nullptr, n)
                : tr("%Ln commitment(s).", nullptr, n));
    } else {
        m_summary->setText(
            several ? tr("%Ln practice(s); one with several values counts under each.", nullptr, n)
                    : tr("%Ln practice(s).", nullptr, n));
    }
    m_table->setHorizontalHeaderLabels({tr("Value"), subjectLabel(kind)});

    m_table->setRowCount(int(figures.size()));
    for (int row = 0; row < figures.size(); ++row) {
        auto *label = new QTableWidgetItem(figures.at(row).label);
        label->setData(Qt::UserRole, figures.at(row).value);
        auto *count = new QTableWidgetItem(QLocale().toString(figures.at(row).count));
        count->setData(Qt::UserRole, figures.at(row).count);
        count->setTextAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, count);
    }

    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *set = new QBarSet(models::FacetModel::facetLabel(by));
    QStringList categories;
    int highest = 0;
    // A horizontal bar chart lists the largest first from the top: the axis runs upwards.
    const bool years = by == startYear;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(years ? i : figures.size() - 1 - i);
        *set << f.count;
        categories << f.label;
        highest = std::max(highest, f.count);
    }
    if (by == u"country"_s) {
        // A country's bar opens its profile (bars run upwards: the last figure is bar 0).
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const qsizetype row = m_figures.size() - 1 - index;
            if (row >= 0 && row < m_figures.size() && !m_figures.at(row).value.isEmpty())
                Q_EMIT countryRequested(m_figures.at(row).value);
        });
    }
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    QAbstractBarSeries *series =
        years ? static_cast<QAbstractBarSeries *>(new QBarSeries) : new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(figures.size() <= 30);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(1, highest + highest / 8));
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, years ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(valueAxis, years ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    const QString dimension = models::FacetModel::facetLabel(by).toLower();
    chart->setTitle(kind == domain::Kind::Commitment ? tr("Commitments by %1").arg(dimension)
                                                     : tr("Practices by %1").arg(dimension));
    // Screen readers get the chart's title; the table under it holds the same figures.
    m_chart->setAccessibleName(chart->title());
    m_chart->viewport()->setAccessibleName(chart->title());
    styleChart();
    Q_EMIT updated();
}

QString StatisticsPage::csv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exporting::CsvWriter writer(&buffer, false);
    writer.writeRow({models::FacetModel::facetLabel(m_shownBy), subjectLabel(m_shownKind)});
    for (const Figure &f : m_figures)
        writer.writeRow({f.label, QString::number(f.count)});
    return QString::fromUtf8(buffer.data());
}

bool StatisticsPage::saveChart(const QString &path, QString *error) const
{
    return Charts::save(m_chart, path, error);
}

void StatisticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_shownBy.isEmpty())
            reload(); // the chart's title and the values' labels
    }
    if (event->type() == QEvent::PaletteChange)
        styleChart();
    QWidget::changeEvent(event);
}

void StatisticsPage::retranslate()
{
    m_subjectLabel->setText(tr("C&ount"));
    for (int i = 0; i < m_subject->count(); ++i)
        m_subject->setItemText(i, subjectLabel(domain::Kind(m_subject->itemData(i).toInt())));
    m_byLabel->setText(tr("&by"));
    m_pillarLabel->setText(tr("&Pillar"));
    m_regionLabel->setText(tr("&Region"));
    for (int i = 0; i < m_by->count(); ++i)
        m_by->setItemText(i, models::FacetModel::facetLabel(m_by->itemData(i).toString()));
    m_pillar->setItemText(0, tr("All pillars"));
    for (int i = 1; i < m_pillar->count(); ++i)
        m_pillar->setItemText(i, models::FacetModel::valueLabel(domain::Kind::Practice, nullptr,
                                                                u"pillar"_s,
                                                                m_pillar->itemData(i).toString()));
    m_region->setItemText(0, tr("All regions"));
    for (int i = 1; i < m_region->count(); ++i)
        m_region->setItemText(i, domain::LocalizedNames::region(m_region->itemData(i).toString()));
    m_copy->setText(tr("&Copy as CSV"));
    m_copy->setToolTip(tr("Copy the table to the clipboard as comma-separated values"));
    m_save->setText(tr("&Save chart..."));
    m_save->setToolTip(tr("Save the chart as a PNG image or a PDF document"));
    m_table->setHorizontalHeaderLabels({tr("Value"), subjectLabel(m_shownKind)});
    m_table->setAccessibleName(tr("Figures of the chart"));
    if (m_chart->accessibleName().isEmpty()) {
        m_chart->setAccessibleName(tr("Chart"));
        m_chart->viewport()->setAccessibleName(tr("Chart"));
    }
}

void StatisticsPage::styleChart()
{
    Charts::followPalette(m_chart, palette());
}

} // namespace smec::desktop
