// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparepage.h"

#include "charts.h"
#include "countrycombo.h"
#include "domain/fieldschema.h"
#include "domain/referencedata.h"
#include "export/csvwriter.h"
#include "models/backgroundreader.h"
#include "models/displaytext.h"
#include "models/facetmodel.h"
#include "replica/replica.h"
#include "statusstyle.h"
#include "workspace.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

using Profile = models::CountryProfile;

/// Country colours (Okabe-Ito, distinct from each other for colour-blind readers); the legend
/// names each.
const QColor countryColours[ComparePage::maxCountries] = {
    QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
    QColor(0xCC, 0x79, 0xA7)};

/// The figures compared and the values of each, in a fixed order (the vocabulary), so the rows
/// line up; values nobody has are left out below.
QStringList valuesOf(const QString &figure)
{
    using domain::FieldSchema;
    if (figure == u"pillar"_s)
        return FieldSchema::pillarIds();
    const domain::FieldSpec *spec =
        figure == u"target_group"_s ? FieldSchema::field(domain::Kind::Practice, u"target_groups")
        : figure == u"commitment_status"_s ? FieldSchema::field(domain::Kind::Commitment, u"status")
                                           : FieldSchema::field(domain::Kind::Practice, figure);
    return spec ? spec->allowedValues() : QStringList();
}

} // namespace

ComparePage::ComparePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"comparePage"_s);
    auto *controls = new QHBoxLayout;
    for (int i = 0; i < maxCountries; ++i) {
        auto *label = new QLabel(this);
        auto *combo = new CountryCombo(m_workspace.reference(), i >= 2, this);
        combo->setObjectName(u"compareCountry%1"_s.arg(i));
        label->setBuddy(combo);
        m_labels.append(label);
        m_countries.append(combo);
        controls->addWidget(label);
        controls->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ComparePage::reload);
    }
    controls->addStretch(1);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"compareCopyCsv"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"compareSaveChart"_s);
    controls->addWidget(m_copy);
    controls->addWidget(m_save);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, 1, this);
    m_table->setObjectName(u"compareTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            [this](int column) {
                if (column >= 1 && column <= m_shown.size())
                    Q_EMIT countryRequested(m_shown.at(column - 1).country);
            });

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(u"compareChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setSizes({360, 260});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(csv()); });
    connect(m_save, &QPushButton::clicked, this,
            [this] { Charts::saveAs(this, m_chart, u"countries-by-pillar.png"_s); });
    retranslate();
    Charts::followPalette(m_chart, palette());
}

QStringList ComparePage::countries() const
{
    QStringList codes;
    for (const CountryCombo *combo : m_countries) {
        if (!combo->country().isEmpty() && !codes.contains(combo->country()))
            codes.append(combo->country());
    }
    return codes;
}

bool ComparePage::compare(const QStringList &codes)
{
    if (codes.size() < 2 || codes.size() > maxCountries)
        return false;
    for (const QString &code : codes) {
        if (m_countries.constFirst()->findData(code.toUpper()) < 0)
            return false;
    }
    for (int i = 0; i < maxCountries; ++i) {
        const QSignalBlocker blocker(m_countries.at(i));
        if (i < codes.size())
            m_countries.at(i)->setCountry(codes.at(i));
        else
            m_countries.at(i)->setCurrentIndex(0); // none
    }
    reload();
    return true;
}

void ComparePage::reload()
{
    const QStringList codes = countries();
    if (codes.size() < 2) {
        m_summary->setText(tr("Choose at least two different countries."));
        return;
    }
    m_workspace.reader().run<QList<Profile>>(
        this,
        [codes](replica::Replica &replica) -> Result<QList<Profile>> {
            QList<Profile> all;
            for (const QString &code : codes) {
                auto figures = Profile::readFigures(replica, code);
                if (!figures)
                    return figures.error();
                all.append(*figures);
            }
            return all;
        },
        [this](const Result<QList<Profile>> &figures) {
            if (!figures) {
                m_summary->setText(tr("Cannot count: %1").arg(figures.error().message));
                return;
            }
            show(*figures);
        });
}

QString ComparePage::figureTitle(const QString &figure) const
{
    if (figure == u"pillar"_s)
        return tr("Practices per pillar");
    if (figure == u"instrument"_s)
        return tr("Instruments used");
    if (figure == u"target_group"_s)
        return tr("Target groups reached");
    if (figure == u"evidence_level"_s)
        return tr("Evidence levels");
    if (figure == u"practice_status"_s)
        return tr("Practices by status");
    return tr("Commitment statuses");
}

void ComparePage::show(const QList<Profile> &figures)
{
    m_shown = figures;
    QStringList headers{tr("Figure")};
    for (const Profile &p : figures)
        headers.append(models::DisplayText::country(&m_workspace.reference(), p.country));
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(0);
    QLocale locale;
    auto addRow = [&](const QString &label, const QStringList &cells, bool heading) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *first = new QTableWidgetItem(label);
        if (heading) {
            QFont bold = m_table->font();
            bold.setBold(true);
            first->setFont(bold);
            first->setData(Qt::UserRole, true);
        }
        m_table->setItem(row, 0, first);
        for (int i = 0; i < cells.size(); ++i) {
            auto *cell = new QTableWidgetItem(cells.at(i));
            cell->setTextAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
            m_table->setItem(row, i + 1, cell);
        }
    };
    QStringList totals;
    for (const Profile &p : figures)
        totals.append(locale.toString(p.practiceCount));
    addRow(tr("Practices"), totals, true);
    for (const QString &figure : Profile::figureNames()) {
        if (figure == u"practice_status"_s)
            continue; // the published/draft split says little across countries
        const bool commitments = figure == u"commitment_status"_s;
        if (commitments) {
            QStringList counts;
            for (const Profile &p : figures)
                counts.append(locale.toString(p.commitmentCount));
            addRow(tr("Commitments"), counts, true);
        }
        addRow(figureTitle(figure), {}, true);
        const domain::Kind kind = commitments ? domain::Kind::Commitment : domain::Kind::Practice;
        const QString facet = commitments ? u"status"_s : figure;
        for (const QString &value : valuesOf(figure)) {
            QStringList counts;
            bool any = false;
            for (const Profile &p : figures) {
                const int n = p.figures.value(figure).value(value);
                any = any || n > 0;
                counts.append(locale.toString(n));
            }
            if (!any)
                continue;
            QString label =
                models::FacetModel::valueLabel(kind, &m_workspace.reference(), facet, value);
            if (commitments)
                label = StatusStyle::label(value);
            addRow(u"    "_s + label, counts, false);
        }
    }
    m_summary->setText(tr("%n countries compared; a practice with several pillars or target "
                          "groups counts under each.",
                          nullptr, int(figures.size())));
    showChart();
    Q_EMIT updated();
}

void ComparePage::showChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QBarSeries;
    int highest = 0;
    const QStringList pillars = domain::FieldSchema::pillarIds();
    for (int i = 0; i < m_shown.size(); ++i) {
        const Profile &p = m_shown.at(i);
        auto *set = new QBarSet(models::DisplayText::country(&m_workspace.reference(), p.country));
        set->setColor(countryColours[i % maxCountries]);
        set->setBorderColor(countryColours[i % maxCountries]);
        for (const QString &pillar : pillars) {
            const int n = p.figures.value(u"pillar"_s).value(pillar);
            *set << n;
            highest = std::max(highest, n);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (const QString &pillar : pillars)
        categories->append(
            models::DisplayText::option(domain::Kind::Practice, u"pillars"_s, pillar));
    auto *values = new QValueAxis;
    // Room above the highest bar for its label.
    values->setRange(0, highest + std::max(1, highest / 8));
    values->setLabelFormat(u"%d"_s);
    values->applyNiceNumbers();
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->setTitle(tr("Practices per pillar"));
    m_chart->setAccessibleName(chart->title());
    m_chart->viewport()->setAccessibleName(chart->title());
    Charts::followPalette(m_chart, palette());
}

QString ComparePage::csv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exporting::CsvWriter writer(&buffer, false);
    QStringList header;
    for (int column = 0; column < m_table->columnCount(); ++column)
        header.append(m_table->horizontalHeaderItem(column)->text());
    writer.writeRow(header);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            // Figures as plain numbers (no group separators) for spreadsheets.
            QString text = item ? item->text().trimmed() : QString();
            if (column > 0 && !text.isEmpty())
                text = QString::number(QLocale().toInt(text));
            cells.append(text);
        }
        writer.writeRow(cells);
    }
    return QString::fromUtf8(buffer.data());
}

bool ComparePage::saveChart(const QString &path, QString *error) const
{
    return Charts::save(m_chart, path, error);
}

void ComparePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (CountryCombo *combo : std::as_const(m_countries))
            combo->retranslate();
        retranslate();
        reload();
    }
    if (event->type() == QEvent::PaletteChange)
        Charts::followPalette(m_chart, palette());
    QWidget::changeEvent(event);
}

void ComparePage::retranslate()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        m_labels.at(i)->setText(tr("Country &%1").arg(i + 1));
        if (i >= 2)
            m_countries.at(i)->setItemText(0, tr("(none)"));
    }
    m_copy->setText(tr("&Copy as CSV"));
    m_copy->setToolTip(tr("Copy the table to the clipboard as comma-separated values"));
    m_save->setText(tr("&Save chart..."));
    m_save->setToolTip(tr("Save the chart as a PNG image or a PDF document"));
    m_table->setAccessibleName(tr("Countries compared"));
    m_chart->setAccessibleName(tr("Practices per pillar"));
    m_chart->viewport()->setAccessibleName(m_chart->accessibleName());
}

} // namespace smec::desktop
