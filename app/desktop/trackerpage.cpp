// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "trackerpage.h"

#include "charts.h"
#include "domain/fieldschema.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "export/csvwriter.h"
#include "models/backgroundreader.h"
#include "models/commitmenttrackermodel.h"
#include "models/displaytext.h"
#include "models/facetmodel.h"
#include "replica/replica.h"
#include "statusstyle.h"
#include "trackercelldelegate.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

using Tracker = models::CommitmentTracker;

QStringList statuses()
{
    return domain::FieldSchema::field(domain::Kind::Commitment, u"status")->allowedValues();
}

} // namespace

/// The due and overdue lists: rows are indexes into the tracker's commitments, their text made
/// only for the rows a view shows (thousands can be overdue; items for each would stall).
class TrackerPage::ListModel final : public QAbstractTableModel
{
public:
    ListModel(const models::CommitmentTrackerModel *tracker, const domain::ReferenceData *reference,
              QObject *parent)
        : QAbstractTableModel(parent)
        , m_tracker(tracker)
        , m_reference(reference)
    {}

    void setRows(const QList<int> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    void setHeaders(const QStringList &headers)
    {
        m_headers = headers;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 4;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Tracker::Commitment &c =
            m_tracker->tracker().commitments().at(m_rows.at(index.row()));
        if (role == Qt::UserRole)
            return c.id;
        if (role == Qt::ToolTipRole)
            return models::CommitmentTrackerModel::describe(c);
        if (role == Qt::ForegroundRole && index.column() == 3)
            return StatusStyle::color(c.status);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0:
            return QLocale().toString(c.deadline, QLocale::ShortFormat);
        case 1:
            return models::DisplayText::country(m_reference, c.country);
        case 2:
            return c.title;
        default:
            return StatusStyle::label(c.status);
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    const models::CommitmentTrackerModel *m_tracker;
    const domain::ReferenceData *m_reference;
    QList<int> m_rows;
    QStringList m_headers;
};

TrackerPage::TrackerPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_today(QDate::currentDate())
{
    setObjectName(u"trackerPage"_s);
    m_groupingLabel = new QLabel(this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(u"trackerGrouping"_s);
    m_grouping->addItem(QString(), int(Tracker::Grouping::Meeting));
    m_grouping->addItem(QString(), int(Tracker::Grouping::Pillar));
    m_groupingLabel->setBuddy(m_grouping);
    m_meetingLabel = new QLabel(this);
    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(u"trackerMeeting"_s);
    m_meeting->addItem(QString(), QString());
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(24);
    m_meetingLabel->setBuddy(m_meeting);
    m_pillarLabel = new QLabel(this);
    m_pillar = new QComboBox(this);
    m_pillar->setObjectName(u"trackerPillar"_s);
    m_pillar->addItem(QString(), QString());
    for (const QString &pillar : domain::FieldSchema::pillarIds())
        m_pillar->addItem(QString(), pillar);
    m_pillarLabel->setBuddy(m_pillar);
    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"trackerRegion"_s);
    m_region->addItem(QString(), QString());
    for (const QString &region : m_workspace.reference().regions())
        m_region->addItem(QString(), region);
    m_regionLabel->setBuddy(m_region);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"trackerCopyCsv"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"trackerSaveChart"_s);

    auto *controls = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_groupingLabel, m_grouping, m_meetingLabel, m_meeting,
                                          m_pillarLabel, m_pillar, m_regionLabel, m_region})
        controls->addWidget(w);
    controls->addStretch(1);
    controls->addWidget(m_copy);
    controls->addWidget(m_save);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"trackerCounts"_s);
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);

    m_model = new models::CommitmentTrackerModel(&m_workspace.reference(), this);
    m_matrix = new QTableView(this);
    m_matrix->setObjectName(u"trackerMatrix"_s);
    m_matrix->setModel(m_model);
    auto *delegate = new TrackerCellDelegate(m_matrix);
    m_matrix->setItemDelegate(delegate);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Meeting titles are long: start-aligned and cut at the end (the tooltip has the whole);
    // country names too, so the matrix keeps its width.
    m_matrix->horizontalHeader()->setDefaultSectionSize(130);
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_matrix->setTextElideMode(Qt::ElideRight);
    m_matrix->verticalHeader()->setMaximumWidth(220);
    m_matrix->verticalHeader()->setDefaultSectionSize(TrackerCellDelegate::square +
                                                      3 * TrackerCellDelegate::gap);
    m_matrix->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_matrix->setMouseTracking(true);
    connect(delegate, &TrackerCellDelegate::commitmentClicked, this, &TrackerPage::openRequested);
    connect(m_matrix, &QTableView::activated, this, &TrackerPage::openCell);
    connect(
        m_matrix->verticalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) {
            const int row = m_matrix->verticalHeader()->logicalIndexAt(pos);
            if (row < 0)
                return;
            const QString country =
                m_model->index(row, 0).data(models::CommitmentTrackerModel::CountryRole).toString();
            QMenu menu(this);
            menu.addAction(tr("Open country profile"), this,
                           [this, country] { Q_EMIT countryRequested(country); });
            menu.exec(m_matrix->verticalHeader()->mapToGlobal(pos));
        });
    connect(m_matrix->verticalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        Q_EMIT countryRequested(
            m_model->index(row, 0).data(models::CommitmentTrackerModel::CountryRole).toString());
    });

    auto makeList = [this](const QString &name, ListModel *model) {
        auto *view = new QTableView(this);
        view->setObjectName(name);
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        view->setColumnWidth(0, 100);
        view->setColumnWidth(1, 160);
        view->setColumnWidth(3, 160);
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT openRequested(index.data(Qt::UserRole).toString());
        });
        return view;
    };
    m_dueSoonModel = new ListModel(m_model, &m_workspace.reference(), this);
    m_overdueModel = new ListModel(m_model, &m_workspace.reference(), this);
    m_dueSoon = makeList(u"trackerDueSoon"_s, m_dueSoonModel);
    m_overdue = makeList(u"trackerOverdue"_s, m_overdueModel);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(u"trackerChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"trackerTabs"_s);
    m_tabs->addTab(m_chart, QString());
    m_tabs->addTab(m_dueSoon, QString());
    m_tabs->addTab(m_overdue, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(m_tabs);
    splitter->setSizes({380, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);

    for (QComboBox *box : {m_grouping, m_meeting, m_pillar, m_region})
        connect(box, &QComboBox::currentIndexChanged, this, &TrackerPage::reload);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(csv()); });
    connect(m_save, &QPushButton::clicked, this,
            [this] { Charts::saveAs(this, m_chart, u"commitments-by-pillar.png"_s); });
    retranslate();
    Charts::followPalette(m_chart, palette());
}

const models::CommitmentTracker &TrackerPage::tracker() const
{
    return m_model->tracker();
}

void TrackerPage::reload()
{
    replica::ListFilter filter;
    filter.kind = domain::Kind::Commitment;
    if (const QString pillar = m_pillar->currentData().toString(); !pillar.isEmpty())
        filter.facets.insert(u"pillar"_s, {pillar});
    if (const QString region = m_region->currentData().toString(); !region.isEmpty())
        filter.facets.insert(u"region"_s, {region});
    filter.meetingId = m_meeting->currentData().toString();
    const auto grouping = Tracker::Grouping(m_grouping->currentData().toInt());
    const QDate today = m_today;
    // Read and grouped on the reader's connection: 10,000 commitments stay off the GUI thread.
    m_workspace.reader().run<Tracker>(
        this,
        [filter, grouping, today](replica::Replica &replica) {
            return Tracker::read(replica, filter, grouping, today);
        },
        [this](const Result<Tracker> &tracker) {
            if (!tracker) {
                m_counts->setText(tr("Cannot read the commitments: %1")
                                      .arg(tracker.error().message.toHtmlEscaped()));
                return;
            }
            show(*tracker);
        });
}

void TrackerPage::show(Tracker tracker)
{
    fillMeetings(tracker.meetings());
    m_model->setTracker(std::move(tracker));
    const Tracker &t = m_model->tracker();
    // Fixed-width columns keep 100 meetings cheap; a cell shows up to its width in squares.
    QStringList parts;
    for (auto it = t.statusCounts().cbegin(); it != t.statusCounts().cend(); ++it) {
        if (it.key().isEmpty() && it.value() == 0)
            continue;
        const QString name =
            it.key().isEmpty()
                ? tr("No status")
                : models::DisplayText::option(domain::Kind::Commitment, u"status"_s, it.key());
        parts.append(u"<span style=\"color:%1\">%2</span>&nbsp;%3"_s.arg(
            StatusStyle::color(it.key()).name(), StatusStyle::symbol(it.key()),
            tr("%1: %2").arg(name.toHtmlEscaped(), QLocale().toString(it.value()))));
    }
    const int total = int(t.commitments().size());
    // A list of figures, not a sentence: each part is translated whole.
    parts.prepend(tr("%Ln commitment(s)", nullptr, total));
    parts.insert(1, tr("Countries: %1").arg(QLocale().toString(t.countries().size())));
    parts.append(tr("Due within 90 days: %1").arg(QLocale().toString(t.dueSoon().size())));
    parts.append(tr("Overdue: %1").arg(QLocale().toString(t.overdue().size())));
    m_counts->setText(parts.join(u"&nbsp;&nbsp;&nbsp; "_s));
    m_counts->setAccessibleName(m_counts->text().remove(QRegularExpression(u"<[^>]*>"_s)));
    m_dueSoonModel->setRows(t.dueSoon());
    m_overdueModel->setRows(t.overdue());
    m_tabs->setTabText(1,
                       tr("Due within 90 days (%1)").arg(QLocale().toString(t.dueSoon().size())));
    m_tabs->setTabText(2, tr("Overdue (%1)").arg(QLocale().toString(t.overdue().size())));
    showChart();
    Q_EMIT updated();
}

void TrackerPage::fillMeetings(const QList<Tracker::Group> &meetings)
{
    const QString current = m_meeting->currentData().toString();
    const QSignalBlocker blocker(m_meeting);
    while (m_meeting->count() > 1)
        m_meeting->removeItem(1);
    for (const Tracker::Group &meeting : meetings)
        m_meeting->addItem(meeting.label, meeting.key);
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(current)));
}

void TrackerPage::showChart()
{
    const Tracker &t = m_model->tracker();
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    QStringList pillars = domain::FieldSchema::pillarIds();
    if (t.statusByPillar().contains(QString()))
        pillars.append(QString());
    QStringList categories;
    // A horizontal chart draws its first category at the bottom: list the pillars upwards.
    for (auto it = pillars.crbegin(); it != pillars.crend(); ++it)
        categories.append(
            it->isEmpty() ? tr("No pillar")
                          : models::DisplayText::option(domain::Kind::Practice, u"pillars"_s, *it));
    auto *series = new QHorizontalStackedBarSeries;
    int highest = 0;
    for (auto it = pillars.crbegin(); it != pillars.crend(); ++it) {
        int sum = 0;
        for (int n : t.statusByPillar().value(*it))
            sum += n;
        highest = std::max(highest, sum);
    }
    for (const QString &status : statuses()) {
        // The legend's symbol is the text cue beside the colour.
        auto *set = new QBarSet(StatusStyle::label(status));
        set->setColor(StatusStyle::color(status));
        set->setBorderColor(palette().color(QPalette::Base));
        for (auto it = pillars.crbegin(); it != pillars.crend(); ++it)
            *set << t.statusByPillar().value(*it).value(status);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(1, highest));
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->setTitle(tr("Commitments by pillar and status"));
    m_chart->setAccessibleName(chart->title());
    m_chart->viewport()->setAccessibleName(chart->title());
    Charts::followPalette(m_chart, palette());
}

void TrackerPage::openCell(const QModelIndex &index)
{
    const QStringList ids =
        index.data(models::CommitmentTrackerModel::CommitmentIdsRole).toStringList();
    if (ids.size() == 1) {
        Q_EMIT openRequested(ids.constFirst());
        return;
    }
    if (ids.isEmpty())
        return;
    // Several in one cell: the keyboard user picks one from a menu.
    const Tracker &t = m_model->tracker();
    QMenu menu(this);
    const QList<int> cell =
        t.cell(index.data(models::CommitmentTrackerModel::CountryRole).toString(), index.column());
    for (int i : cell) {
        const Tracker::Commitment &c = t.commitments().at(i);
        const QString id = c.id;
        menu.addAction(StatusStyle::symbol(c.status) + u' ' + c.title, this,
                       [this, id] { Q_EMIT openRequested(id); });
    }
    menu.exec(m_matrix->viewport()->mapToGlobal(m_matrix->visualRect(index).bottomLeft()));
}

QString TrackerPage::csv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exporting::CsvWriter writer(&buffer, false);
    const Tracker &t = m_model->tracker();
    writer.writeRow({tr("Country"),
                     t.grouping() == Tracker::Grouping::Pillar ? tr("Pillar") : tr("Meeting"),
                     tr("Commitment"), tr("Status"), tr("Deadline")});
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString country =
            m_model->index(row, 0).data(models::CommitmentTrackerModel::CountryRole).toString();
        for (int group = 0; group < m_model->columnCount(); ++group) {
            for (int i : t.cell(country, group)) {
                const Tracker::Commitment &c = t.commitments().at(i);
                writer.writeRow(
                    {models::DisplayText::country(&m_workspace.reference(), country),
                     m_model->groupLabel(group), c.title,
                     models::DisplayText::option(domain::Kind::Commitment, u"status"_s, c.status),
                     c.deadline.toString(Qt::ISODate)});
            }
        }
    }
    return QString::fromUtf8(buffer.data());
}

bool TrackerPage::saveChart(const QString &path, QString *error) const
{
    return Charts::save(m_chart, path, error);
}

void TrackerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    if (event->type() == QEvent::PaletteChange)
        Charts::followPalette(m_chart, palette());
    QWidget::changeEvent(event);
}

void TrackerPage::retranslate()
{
    m_groupingLabel->setText(tr("&Columns"));
    m_grouping->setItemText(0, tr("By meeting"));
    m_grouping->setItemText(1, tr("By pillar"));
    m_meetingLabel->setText(tr("&Meeting"));
    m_meeting->setItemText(0, tr("All meetings"));
    m_pillarLabel->setText(tr("&Pillar"));
    m_pillar->setItemText(0, tr("All pillars"));
    for (int i = 1; i < m_pillar->count(); ++i)
        m_pillar->setItemText(i, models::DisplayText::option(domain::Kind::Practice, u"pillars"_s,
                                                             m_pillar->itemData(i).toString()));
    m_regionLabel->setText(tr("&Region"));
    m_region->setItemText(0, tr("All regions"));
    for (int i = 1; i < m_region->count(); ++i)
        m_region->setItemText(i, domain::LocalizedNames::region(m_region->itemData(i).toString()));
    m_copy->setText(tr("&Copy as CSV"));
    m_copy->setToolTip(tr("Copy the commitments shown to the clipboard as comma-separated values"));
    m_save->setText(tr("&Save chart..."));
    m_save->setToolTip(tr("Save the chart as a PNG image or a PDF document"));
    m_matrix->setAccessibleName(tr("Commitments by country"));
    m_tabs->setAccessibleName(tr("Commitments by pillar, due and overdue"));
    if (m_chart->accessibleName().isEmpty()) {
        m_chart->setAccessibleName(tr("Commitments by pillar and status"));
        m_chart->viewport()->setAccessibleName(m_chart->accessibleName());
    }
    m_tabs->setTabText(0, tr("By pillar"));
    const QStringList headers{tr("Deadline"), tr("Country"), tr("Commitment"), tr("Status")};
    m_dueSoonModel->setHeaders(headers);
    m_dueSoon->setAccessibleName(tr("Commitments due within 90 days"));
    m_overdueModel->setHeaders(headers);
    m_overdue->setAccessibleName(tr("Overdue commitments"));
    m_tabs->setTabText(1, tr("Due within 90 days"));
    m_tabs->setTabText(2, tr("Overdue"));
}

} // namespace smec::desktop
