// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "practiceformwidget.h"

#include "domain/fieldschema.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {
const domain::Kind practice = domain::Kind::Practice;

QString labelOf(const QString &field)
{
    const domain::FieldSpec *spec = domain::FieldSchema::field(practice, field);
    return spec ? spec->displayLabel() : field;
}

void fillChoices(QComboBox *combo, const QString &field)
{
    combo->addItem(PracticeFormWidget::tr("(not set)"), QString());
    if (const domain::FieldSpec *spec = domain::FieldSchema::field(practice, field)) {
        for (const domain::FieldOption &option : spec->options)
            combo->addItem(option.displayLabel(), option.value);
    }
}

QStringList arrayStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QSpinBox *yearBox()
{
    auto *box = new QSpinBox;
    box->setRange(1899, 2100);
    box->setSpecialValueText(PracticeFormWidget::tr("(not set)"));
    box->setValue(1899);
    return box;
}
} // namespace

PracticeFormWidget::PracticeFormWidget(const domain::ReferenceData &reference, QWidget *parent)
    : QWidget(parent)
    , m_reference(reference)
    , m_title(new QLineEdit)
    , m_summary(new QPlainTextEdit)
    , m_country(new QComboBox)
    , m_instrument(new QComboBox)
    , m_org(new QLineEdit)
    , m_startYear(yearBox())
    , m_endYear(yearBox())
    , m_budget(new QDoubleSpinBox)
    , m_beneficiaries(new QSpinBox)
    , m_evidence(new QComboBox)
    , m_sources(new QPlainTextEdit)
    , m_tags(new QLineEdit)
    , m_language(new QLineEdit)
{
    setObjectName(u"practiceForm"_s);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);

    m_title->setMaxLength(int(domain::FieldSchema::titleMaxLength));
    m_title->setPlaceholderText(tr("A short name a peer would search for"));
    addRow(form, u"title"_s, m_title);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_summary->setPlaceholderText(tr("Two or three sentences: what, for whom, with what result"));
    addRow(form, u"summary"_s, m_summary);

    m_country->addItem(tr("(not set)"), QString());
    for (const domain::Country &c : reference.countries())
        m_country->addItem(domain::LocalizedNames::country(c.alpha3, c.name), c.alpha3);
    m_country->setEditable(false);
    addRow(form, u"country"_s, m_country);

    auto *pillarBox = new QWidget;
    auto *pillarLayout = new QHBoxLayout(pillarBox);
    pillarLayout->setContentsMargins(0, 0, 0, 0);
    if (const domain::FieldSpec *spec = domain::FieldSchema::field(practice, u"pillars")) {
        for (const domain::FieldOption &o : spec->options) {
            auto *box = new QCheckBox(o.displayLabel());
            box->setObjectName(u"pillar_"_s + o.value);
            box->setAccessibleName(tr("Pillar %1").arg(o.displayLabel()));
            m_pillars.insert(o.value, box);
            pillarLayout->addWidget(box);
            watch(box);
        }
    }
    pillarLayout->addStretch();
    addRow(form, u"pillars"_s, pillarBox);

    fillChoices(m_instrument, u"instrument"_s);
    addRow(form, u"instrument"_s, m_instrument);

    auto *groupBox = new QWidget;
    auto *groupLayout = new QGridLayout(groupBox);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    if (const domain::FieldSpec *spec = domain::FieldSchema::field(practice, u"target_groups")) {
        int i = 0;
        for (const domain::FieldOption &o : spec->options) {
            auto *box = new QCheckBox(o.displayLabel());
            box->setObjectName(u"targetGroup_"_s + o.value);
            box->setAccessibleName(tr("Target group %1").arg(o.displayLabel()));
            m_targetGroups.insert(o.value, box);
            groupLayout->addWidget(box, i / 2, i % 2);
            watch(box);
            ++i;
        }
    }
    addRow(form, u"target_groups"_s, groupBox);

    addRow(form, u"implementing_org"_s, m_org);
    auto *years = new QWidget;
    auto *yearsLayout = new QHBoxLayout(years);
    yearsLayout->setContentsMargins(0, 0, 0, 0);
    m_startYear->setObjectName(u"field_start_year"_s);
    m_startYear->setAccessibleName(labelOf(u"start_year"_s));
    m_endYear->setObjectName(u"field_end_year"_s);
    m_endYear->setAccessibleName(labelOf(u"end_year"_s));
    watch(m_startYear);
    watch(m_endYear);
    yearsLayout->addWidget(m_startYear);
    yearsLayout->addWidget(new QLabel(tr("to", "from year to year")));
    yearsLayout->addWidget(m_endYear);
    yearsLayout->addStretch();
    addRow(form, u"start_year"_s, years);

    m_budget->setRange(0, 1e13);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("(not set)"));
    addRow(form, u"budget_usd"_s, m_budget);
    m_beneficiaries->setRange(0, std::numeric_limits<int>::max());
    m_beneficiaries->setGroupSeparatorShown(true);
    m_beneficiaries->setSpecialValueText(tr("(not set)"));
    addRow(form, u"beneficiaries"_s, m_beneficiaries);
    fillChoices(m_evidence, u"evidence_level"_s);
    addRow(form, u"evidence_level"_s, m_evidence);
    m_sources->setTabChangesFocus(true);
    m_sources->setFixedHeight(m_sources->fontMetrics().lineSpacing() * 3 + 12);
    m_sources->setPlaceholderText(tr("One per line: title | https://address"));
    addRow(form, u"sources"_s, m_sources);
    m_tags->setPlaceholderText(tr("Comma-separated"));
    addRow(form, u"tags"_s, m_tags);
    m_language->setPlaceholderText(tr("e.g. en, fr, es, ar"));
    addRow(form, u"language"_s, m_language);
}

void PracticeFormWidget::addRow(QFormLayout *form, const QString &field, QWidget *editor)
{
    auto *cell = new QWidget;
    // Rows keep their natural height; spare space stays below the form.
    cell->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->setAlignment(Qt::AlignTop);
    layout->addWidget(editor);
    auto *issue = new QLabel;
    issue->setObjectName(u"issue_"_s + field);
    issue->setWordWrap(true);
    issue->setVisible(false);
    issue->setStyleSheet(u"color: #c0392b;"_s);
    layout->addWidget(issue);
    m_issueLabels.insert(field, issue);
    if (editor->objectName().isEmpty())
        editor->setObjectName(u"field_"_s + field);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(labelOf(field));
    auto *label = new QLabel(labelOf(field));
    label->setBuddy(editor);
    form->addRow(label, cell);
    if (field == u"start_year"_s) {
        m_issueLabels.insert(u"end_year"_s, issue);
        label->setText(tr("Years"));
    }
    if (!editor->inherits("QCheckBox") && editor->focusPolicy() != Qt::NoFocus)
        watch(editor);
}

void PracticeFormWidget::watch(QWidget *editor)
{
    editor->installEventFilter(this);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        connect(dspin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
}

bool PracticeFormWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_loading)
        Q_EMIT focusLeft();
    return QWidget::eventFilter(watched, event);
}

void PracticeFormWidget::setFields(const QJsonObject &fields)
{
    m_loading = true;
    m_loaded = fields;
    m_title->setText(fields.value(u"title"_s).toString());
    m_summary->setPlainText(fields.value(u"summary"_s).toString());
    m_country->setCurrentIndex(qMax(0, m_country->findData(fields.value(u"country"_s).toString())));
    const QStringList pillars = arrayStrings(fields.value(u"pillars"_s));
    for (auto it = m_pillars.cbegin(); it != m_pillars.cend(); ++it)
        it.value()->setChecked(pillars.contains(it.key()));
    m_instrument->setCurrentIndex(
        qMax(0, m_instrument->findData(fields.value(u"instrument"_s).toString())));
    const QStringList groups = arrayStrings(fields.value(u"target_groups"_s));
    for (auto it = m_targetGroups.cbegin(); it != m_targetGroups.cend(); ++it)
        it.value()->setChecked(groups.contains(it.key()));
    m_org->setText(fields.value(u"implementing_org"_s).toString());
    m_startYear->setValue(fields.value(u"start_year"_s).toInt(m_startYear->minimum()));
    m_endYear->setValue(fields.value(u"end_year"_s).toInt(m_endYear->minimum()));
    m_budget->setValue(fields.value(u"budget_usd"_s).toDouble(0));
    m_beneficiaries->setValue(fields.value(u"beneficiaries"_s).toInt(0));
    m_evidence->setCurrentIndex(
        qMax(0, m_evidence->findData(fields.value(u"evidence_level"_s).toString())));
    QStringList sourceLines;
    const QJsonArray sources = fields.value(u"sources"_s).toArray();
    for (const QJsonValue &s : sources) {
        const QJsonObject o = s.toObject();
        sourceLines.append(tr("%1 | %2", "source title | url")
                               .arg(o.value(u"title"_s).toString(), o.value(u"url"_s).toString()));
    }
    m_sources->setPlainText(sourceLines.join(u'\n'));
    m_tags->setText(arrayStrings(fields.value(u"tags"_s)).join(u", "_s));
    m_language->setText(fields.value(u"language"_s).toString());
    m_loading = false;
}

QJsonObject PracticeFormWidget::fields() const
{
    QJsonObject f = m_loaded;
    auto setText = [&f](const QString &name, const QString &value) {
        if (value.trimmed().isEmpty())
            f.remove(name);
        else
            f.insert(name, value);
    };
    auto setList = [&f](const QString &name, const QStringList &values) {
        if (values.isEmpty())
            f.remove(name);
        else
            f.insert(name, QJsonArray::fromStringList(values));
    };
    setText(u"title"_s, m_title->text().trimmed());
    setText(u"summary"_s, m_summary->toPlainText());
    setText(u"country"_s, m_country->currentData().toString());
    QStringList pillars;
    if (const domain::FieldSpec *spec = domain::FieldSchema::field(practice, u"pillars")) {
        for (const domain::FieldOption &o : spec->options) {
            if (m_pillars.value(o.value)->isChecked())
                pillars.append(o.value);
        }
    }
    setList(u"pillars"_s, pillars);
    setText(u"instrument"_s, m_instrument->currentData().toString());
    QStringList groups;
    if (const domain::FieldSpec *spec = domain::FieldSchema::field(practice, u"target_groups")) {
        for (const domain::FieldOption &o : spec->options) {
            if (m_targetGroups.value(o.value)->isChecked())
                groups.append(o.value);
        }
    }
    setList(u"target_groups"_s, groups);
    setText(u"implementing_org"_s, m_org->text().trimmed());
    auto setNumber = [&f](const QString &name, double value, bool set) {
        if (set)
            f.insert(name, value);
        else
            f.remove(name);
    };
    setNumber(u"start_year"_s, m_startYear->value(), m_startYear->value() > m_startYear->minimum());
    setNumber(u"end_year"_s, m_endYear->value(), m_endYear->value() > m_endYear->minimum());
    setNumber(u"budget_usd"_s, m_budget->value(), m_budget->value() > 0);
    setNumber(u"beneficiaries"_s, m_beneficiaries->value(), m_beneficiaries->value() > 0);
    setText(u"evidence_level"_s, m_evidence->currentData().toString());
    QJsonArray sources;
    const QStringList lines = m_sources->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype bar = line.lastIndexOf(u'|');
        const QString title = bar >= 0 ? line.left(bar).trimmed() : QString();
        const QString url = (bar >= 0 ? line.mid(bar + 1) : line).trimmed();
        if (url.isEmpty())
            continue;
        sources.append(QJsonObject{{u"title"_s, title.isEmpty() ? url : title}, {u"url"_s, url}});
    }
    if (sources.isEmpty())
        f.remove(u"sources"_s);
    else
        f.insert(u"sources"_s, sources);
    QStringList tags;
    const QStringList rawTags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &t : rawTags) {
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    }
    setList(u"tags"_s, tags);
    setText(u"language"_s, m_language->text().trimmed());
    return f;
}

void PracticeFormWidget::showIssues(const QList<domain::FieldIssue> &issues)
{
    QHash<QString, QStringList> messages;
    for (const domain::FieldIssue &issue : issues)
        messages[issue.field].append(issue.message);
    for (auto it = m_issueLabels.cbegin(); it != m_issueLabels.cend(); ++it) {
        QStringList text = messages.value(it.key());
        if (it.key() == u"start_year"_s)
            text.append(messages.value(u"end_year"_s));
        if (it.key() == u"end_year"_s)
            continue; // shares the start year's label
        it.value()->setText(text.join(u'\n'));
        it.value()->setVisible(!text.isEmpty());
    }
}

QString PracticeFormWidget::issueText(const QString &field) const
{
    QLabel *label = m_issueLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace smec::desktop
