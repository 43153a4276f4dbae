// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordeditordialog.h"

#include "domain/accesspolicy.h"
#include "domain/fieldschema.h"
#include "domain/initiative.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "markdowneditor.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

bool isListText(domain::FieldType type)
{
    return type == domain::FieldType::StringList || type == domain::FieldType::IdList ||
           type == domain::FieldType::CountryList;
}

QString kindLabel(domain::Kind kind)
{
    if (kind == domain::Kind::Initiative)
        return RecordEditorDialog::tr("Initiative");
    return kind == domain::Kind::Meeting ? RecordEditorDialog::tr("Meeting")
                                         : RecordEditorDialog::tr("Commitment");
}

QString editorName(domain::Kind kind)
{
    if (kind == domain::Kind::Initiative)
        return u"initiativeEditor"_s;
    return kind == domain::Kind::Meeting ? u"meetingEditor"_s : u"commitmentEditor"_s;
}

enum MilestoneColumn { DoneColumn, TitleColumn, DueColumn };

} // namespace

RecordEditorDialog::RecordEditorDialog(Workspace &workspace, domain::Kind kind, const QString &id,
                                       QWidget *parent)
    : EditorDialog(workspace, kind, id, editorName(kind), parent)
    , m_save(new QPushButton(tr("&Save")))
{
    Q_ASSERT(kind == domain::Kind::Meeting || kind == domain::Kind::Commitment ||
             kind == domain::Kind::Initiative);
    resize(900, 760);

    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    buildForm(form);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"recordFormScroll"_s);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);

    statusLabel()->setWordWrap(true);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save"));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(header(), 1);
    top->addWidget(historyButton());
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(statusLabel());
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &RecordEditorDialog::saveNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void RecordEditorDialog::buildForm(QFormLayout *form)
{
    const domain::Kind kind = record().kind;
    for (const domain::FieldSpec &spec : domain::FieldSchema::fields(kind)) {
        if (spec.serverAssigned || spec.type == domain::FieldType::Sources)
            continue;
        QWidget *editor = nullptr;
        const QString label = spec.displayLabel();
        switch (spec.type) {
        case domain::FieldType::Markdown: {
            auto *md = new MarkdownEditor(spec.name);
            md->setAccessibleFieldName(tr("%1, Markdown").arg(label));
            md->setMinimumHeight(180);
            connect(md, &MarkdownEditor::changed, this, &RecordEditorDialog::markDirty);
            connect(md, &MarkdownEditor::focusLeft, this, &RecordEditorDialog::saveIfDirty);
            editor = md;
            break;
        }
        case domain::FieldType::Enum: {
            auto *combo = new QComboBox;
            combo->addItem(tr("(not set)"), QString());
            for (const domain::FieldOption &o : spec.options)
                combo->addItem(o.displayLabel(), o.value);
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordEditorDialog::markDirty);
            editor = combo;
            break;
        }
        case domain::FieldType::Country: {
            auto *combo = new QComboBox;
            combo->addItem(tr("(not set)"), QString());
            for (const domain::Country &c : workspace().reference().countries())
                combo->addItem(domain::LocalizedNames::country(c.alpha3, c.name), c.alpha3);
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordEditorDialog::markDirty);
            editor = combo;
            break;
        }
        case domain::FieldType::EnumSet: {
            auto *box = new QWidget;
            auto *row = new QHBoxLayout(box);
            row->setContentsMargins(0, 0, 0, 0);
            for (const domain::FieldOption &o : spec.options) {
                auto *check = new QCheckBox(o.displayLabel());
                check->setObjectName(u"field_%1_%2"_s.arg(spec.name, o.value));
                check->setAccessibleName(tr("%1: %2").arg(label, o.displayLabel()));
                connect(check, &QCheckBox::toggled, this, &RecordEditorDialog::markDirty);
                watch(check);
                row->addWidget(check);
            }
            row->addStretch(1);
            editor = box;
            break;
        }
        case domain::FieldType::Bool: {
            auto *check = new QCheckBox;
            connect(check, &QCheckBox::toggled, this, &RecordEditorDialog::markDirty);
            editor = check;
            break;
        }
        case domain::FieldType::Milestones:
            editor = buildMilestones(label);
            break;
        default: {
            auto *line = new QLineEdit;
            if (spec.type == domain::FieldType::Date)
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            else if (spec.type == domain::FieldType::Partners)
                line->setPlaceholderText(
                    tr("Country codes separated by commas (RWA, UGA); new ones are invited"));
            else if (isListText(spec.type))
                line->setPlaceholderText(tr("Separate values with commas"));
            connect(line, &QLineEdit::textEdited, this, &RecordEditorDialog::markDirty);
            editor = line;
            break;
        }
        }
        editor->setObjectName(u"field_"_s + spec.name);
        if (spec.type != domain::FieldType::Markdown)
            editor->setAccessibleName(label);
        watch(editor);
        auto *issue = new QLabel;
        issue->setObjectName(u"issue_"_s + spec.name);
        issue->setStyleSheet(u"color: #c0392b;"_s);
        issue->setWordWrap(true);
        issue->setVisible(false);
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(issue);
        const bool required = spec.isRequired(domain::ValidationMode::Lenient);
        auto *labelWidget = new QLabel(required ? label + u" *"_s : label);
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, cell);
        m_editors.insert(spec.name, editor);
        m_issues.insert(spec.name, issue);
    }
}

QWidget *RecordEditorDialog::buildMilestones(const QString &label)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_milestones = new QTableWidget(0, 3);
    m_milestones->setObjectName(u"milestonesTable"_s);
    m_milestones->setAccessibleName(label);
    m_milestones->setHorizontalHeaderLabels({tr("Done"), tr("Milestone"), tr("Due (YYYY-MM-DD)")});
    m_milestones->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_milestones->verticalHeader()->setVisible(false);
    m_milestones->setMinimumHeight(150);
    connect(m_milestones, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            markDirty();
    });
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add milestone"));
    add->setObjectName(u"addMilestone"_s);
    auto *remove = new QPushButton(tr("Remove milestone"));
    remove->setObjectName(u"removeMilestone"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(m_milestones);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addMilestoneRow({{u"id"_s, domain::newRecordId()}, {u"done"_s, false}});
        m_milestones->setCurrentCell(m_milestones->rowCount() - 1, TitleColumn);
        m_milestones->editItem(m_milestones->item(m_milestones->rowCount() - 1, TitleColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_milestones->currentRow();
        if (row < 0)
            return;
        m_milestones->removeRow(row);
        markDirty();
        saveIfDirty();
    });
    watch(m_milestones);
    m_milestonesBox = box;
    return box;
}

void RecordEditorDialog::addMilestoneRow(const QJsonObject &milestone)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_milestones->rowCount();
    m_milestones->insertRow(row);
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    done->setCheckState(milestone.value(u"done"_s).toBool() ? Qt::Checked : Qt::Unchecked);
    // The id stays with the milestone whatever is edited or reordered: the merge keys on it.
    done->setData(Qt::UserRole, milestone.value(u"id"_s).toString());
    m_milestones->setItem(row, DoneColumn, done);
    m_milestones->setItem(row, TitleColumn,
                          new QTableWidgetItem(milestone.value(u"title"_s).toString()));
    m_milestones->setItem(row, DueColumn,
                          new QTableWidgetItem(milestone.value(u"due"_s).toString()));
    m_loading = loading;
}

QJsonArray RecordEditorDialog::milestones() const
{
    QJsonArray out;
    // Members this editor does not show (from a newer version) are kept.
    QHash<QString, QJsonObject> before;
    for (const QJsonValue &v : record().fields.value(u"milestones"_s).toArray())
        before.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        const QString id = m_milestones->item(row, DoneColumn)->data(Qt::UserRole).toString();
        QJsonObject m = before.value(id);
        m.insert(u"id"_s, id);
        m.insert(u"title"_s, m_milestones->item(row, TitleColumn)->text().trimmed());
        const QString due = m_milestones->item(row, DueColumn)->text().trimmed();
        if (due.isEmpty())
            m.remove(u"due"_s);
        else
            m.insert(u"due"_s, due);
        m.insert(u"done"_s, m_milestones->item(row, DoneColumn)->checkState() == Qt::Checked);
        out.append(m);
    }
    return out;
}

void RecordEditorDialog::watch(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool RecordEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        saveIfDirty();
    return EditorDialog::eventFilter(watched, event);
}

void RecordEditorDialog::load()
{
    const domain::User &user = workspace().user();
    domain::Record r = record();
    if (!r.id.isEmpty()) {
        auto stored = workspace().replica().records().get(r.id);
        if (stored && stored->has_value())
            r = **stored;
        else
            setStatusText(stored ? tr("This record is no longer in your copy.")
                                 : stored.error().message,
                          true);
    } else if (r.kind == domain::Kind::Commitment && !user.country.isEmpty()) {
        r.fields.insert(u"country"_s, user.country);
    } else if (r.kind == domain::Kind::Initiative) {
        if (!user.country.isEmpty())
            r.fields.insert(u"lead_country"_s, user.country);
        r.fields.insert(u"status"_s, domain::Initiative::proposed);
    }
    setRecord(r);
    setFields(r.fields);
    const QString title = r.fields.value(u"title"_s).toString();
    const QString kind = kindLabel(r.kind);
    setWindowTitle(title.isEmpty() ? tr("New %1").arg(kind.toLower())
                                   : tr("%1 – %2", "title – kind").arg(title, kind));
    header()->setText(title.isEmpty() ? tr("New %1").arg(kind.toLower()) : title);

    const bool isNew = r.rev == 0 && r.id.isEmpty();
    const domain::Decision may = isNew ? domain::AccessPolicy::canCreate(user, r.kind, r.fields)
                                       : domain::AccessPolicy::canEdit(user, r);
    m_writable = may.allowed;
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setReadOnly(!m_writable);

        else if (auto *md = qobject_cast<MarkdownEditor *>(editor))
            md->editor()->setReadOnly(!m_writable);
        else
            editor->setEnabled(m_writable);
    }
    m_save->setEnabled(m_writable);
    m_save->setToolTip(m_writable ? tr("Save on this computer now (also automatic)") : may.reason);
    if (!m_writable)
        setStatusText(may.reason, true);
    else
        showAutosaveHint();
}

void RecordEditorDialog::setFields(const QJsonObject &fields)
{
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const domain::FieldSpec *spec = domain::FieldSchema::field(record().kind, it.key());
        const QJsonValue value = fields.value(it.key());
        if (spec && spec->type == domain::FieldType::Partners) {
            if (auto *line = qobject_cast<QLineEdit *>(it.value()))
                line->setText(domain::Initiative::partnerCountries(fields).join(u", "_s));
        } else if (spec && spec->type == domain::FieldType::Milestones) {
            m_milestones->setRowCount(0);
            for (const QJsonValue &m : value.toArray())
                addMilestoneRow(m.toObject());
        } else if (auto *md = qobject_cast<MarkdownEditor *>(it.value())) {
            md->setMarkdown(value.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        } else if (auto *check = qobject_cast<QCheckBox *>(it.value())) {
            check->setChecked(value.toBool());
        } else if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            if (value.isArray()) {
                QStringList items;
                for (const QJsonValue &v : value.toArray())
                    items.append(v.toString());
                line->setText(items.join(u", "_s));
            } else if (value.isDouble()) {
                line->setText(QString::number(value.toDouble()));
            } else {
                line->setText(value.toString());
            }
        } else if (spec && spec->type == domain::FieldType::EnumSet) {
            QStringList values;
            for (const QJsonValue &v : value.toArray())
                values.append(v.toString());
            for (const domain::FieldOption &o : spec->options) {
                if (auto *box =
                        it.value()->findChild<QCheckBox *>(u"field_%1_%2"_s.arg(it.key(), o.value)))
                    box->setChecked(values.contains(o.value));
            }
        }
    }
    m_loading = false;
}

QJsonObject RecordEditorDialog::fields() const
{
    QJsonObject out = record().fields;
    auto put = [&out](const QString &name, const QJsonValue &value) {
        if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()) ||
            (value.isArray() && value.toArray().isEmpty()))
            out.remove(name);
        else
            out.insert(name, value);
    };
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const domain::FieldSpec *spec = domain::FieldSchema::field(record().kind, it.key());
        if (!spec)
            continue;
        if (spec->type == domain::FieldType::Partners) {
            // Listed countries keep their state; new ones are invited, missing ones removed.
            auto *line = qobject_cast<QLineEdit *>(it.value());
            QJsonObject partners{{it.key(), QJsonArray()}};
            for (const QString &item : line->text().split(u',', Qt::SkipEmptyParts)) {
                const QString code = item.trimmed().toUpper();
                if (code.isEmpty())
                    continue;
                const QString state = domain::Initiative::partnerState(record().fields, code);
                partners = domain::Initiative::withPartner(
                    partners, code, state.isEmpty() ? domain::Initiative::invited : state);
            }
            put(it.key(), partners.value(it.key()));
        } else if (spec->type == domain::FieldType::Milestones) {
            put(it.key(), milestones());
        } else if (auto *md = qobject_cast<MarkdownEditor *>(it.value())) {
            put(it.key(), md->markdown());
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            put(it.key(), combo->currentData().toString());
        } else if (auto *check = qobject_cast<QCheckBox *>(it.value())) {
            if (check->isChecked() || out.contains(it.key()))
                out.insert(it.key(), check->isChecked());
        } else if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            const QString text = line->text().trimmed();
            if (isListText(spec->type)) {
                QJsonArray items;
                for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
                    const QString v = item.trimmed();
                    if (!v.isEmpty())
                        items.append(spec->type == domain::FieldType::CountryList ? v.toUpper()
                                                                                  : v);
                }
                put(it.key(), items);
            } else if (spec->type == domain::FieldType::Int ||
                       spec->type == domain::FieldType::Number) {
                // Lenient: what cannot be read as a number is kept as typed, and the validator
                // says so at the field.
                bool ok = false;
                const double n = QLocale().toDouble(text, &ok);
                if (text.isEmpty())
                    out.remove(it.key());
                else
                    out.insert(it.key(), ok ? QJsonValue(n) : QJsonValue(text));
            } else {
                put(it.key(), text);
            }
        } else if (spec->type == domain::FieldType::EnumSet) {
            QJsonArray values;
            for (const domain::FieldOption &o : spec->options) {
                auto *box =
                    it.value()->findChild<QCheckBox *>(u"field_%1_%2"_s.arg(it.key(), o.value));
                if (box && box->isChecked())
                    values.append(o.value);
            }
            put(it.key(), values);
        }
    }
    return out;
}

domain::Record RecordEditorDialog::edited() const
{
    domain::Record r = record();
    r.fields = fields();
    return r;
}

bool RecordEditorDialog::mayWrite(const domain::Record &edited)
{
    if (!m_writable)
        return false;
    const domain::Record &loaded = record();
    const std::optional<domain::Record> current =
        loaded.rev > 0 || !loaded.id.isEmpty() ? std::optional(loaded) : std::nullopt;
    const domain::Decision write =
        domain::AccessPolicy::canWrite(workspace().user(), current, edited);
    if (!write.allowed) {
        setStatusText(write.reason, true);
        return false;
    }
    return true;
}

void RecordEditorDialog::afterSave()
{
    const domain::Record &r = record();
    const domain::Validator validator(workspace().reference());
    showIssues(validator.validate(r.kind, r.fields, domain::Validator::modeFor(r)));
}

void RecordEditorDialog::showIssues(const QList<domain::FieldIssue> &issues)
{
    for (QLabel *label : std::as_const(m_issues)) {
        label->clear();
        label->setVisible(false);
    }
    for (const domain::FieldIssue &issue : issues) {
        QLabel *label = m_issues.value(issue.field);
        if (!label)
            continue;
        label->setText(label->text().isEmpty() ? issue.message
                                               : label->text() + u'\n' + issue.message);
        label->setVisible(true);
    }
}

QString RecordEditorDialog::issueText(const QString &field) const
{
    QLabel *label = m_issues.value(field);
    return label ? label->text() : QString();
}

RecordEditorDialog::~RecordEditorDialog()
{
    finishEditing();
}

} // namespace smec::desktop
