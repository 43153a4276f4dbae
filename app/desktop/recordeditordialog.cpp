// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordeditordialog.h"

#include "dialogteardown.h"
#include "domain/accesspolicy.h"
#include "domain/fieldschema.h"
#include "domain/localizednames.h"
#include "domain/referencedata.h"
#include "markdowneditor.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
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
    return kind == domain::Kind::Meeting ? RecordEditorDialog::tr("Meeting")
                                         : RecordEditorDialog::tr("Commitment");
}

} // namespace

RecordEditorDialog::RecordEditorDialog(Workspace &workspace, domain::Kind kind, const QString &id,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_header(new QLabel)
    , m_status(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
{
    Q_ASSERT(kind == domain::Kind::Meeting || kind == domain::Kind::Commitment);
    setObjectName(kind == domain::Kind::Meeting ? u"meetingEditor"_s : u"commitmentEditor"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    resize(900, 760);
    m_record.kind = kind;
    m_record.id = id;

    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    buildForm(form);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"recordFormScroll"_s);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);

    m_header->setObjectName(u"editorHeader"_s);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setWordWrap(true);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save"));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &RecordEditorDialog::saveNow);
    connect(m_save, &QPushButton::clicked, this, &RecordEditorDialog::saveNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void RecordEditorDialog::buildForm(QFormLayout *form)
{
    const domain::Kind kind = m_record.kind;
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
            connect(md, &MarkdownEditor::focusLeft, this, [this] {
                if (m_dirty)
                    saveNow();
            });
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
            for (const domain::Country &c : m_workspace.reference().countries())
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
        default: {
            auto *line = new QLineEdit;
            if (spec.type == domain::FieldType::Date)
                line->setPlaceholderText(tr("YYYY-MM-DD"));
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

void RecordEditorDialog::watch(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool RecordEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_dirty)
        saveNow();
    return QDialog::eventFilter(watched, event);
}

void RecordEditorDialog::load()
{
    const domain::User &user = m_workspace.user();
    if (!m_record.id.isEmpty()) {
        auto stored = m_workspace.replica().records().get(m_record.id);
        if (stored && stored->has_value())
            m_record = **stored;
        else
            setStatusText(stored ? tr("This record is no longer in your copy.")
                                 : stored.error().message,
                          true);
    } else if (m_record.kind == domain::Kind::Commitment && !user.country.isEmpty()) {
        m_record.fields.insert(u"country"_s, user.country);
    }
    setFields(m_record.fields);
    const QString title = m_record.fields.value(u"title"_s).toString();
    const QString kind = kindLabel(m_record.kind);
    setWindowTitle(title.isEmpty() ? tr("New %1").arg(kind.toLower())
                                   : tr("%1 – %2", "title – kind").arg(title, kind));
    m_header->setText(title.isEmpty() ? tr("New %1").arg(kind.toLower()) : title);

    const bool isNew = m_record.rev == 0 && m_record.id.isEmpty();
    const domain::Decision may =
        isNew ? domain::AccessPolicy::canCreate(user, m_record.kind, m_record.fields)
              : domain::AccessPolicy::canEdit(user, m_record);
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
    else if (m_status->text().isEmpty())
        setStatusText(tr("Changes are saved automatically on this computer and sent at the next "
                         "sync."));
}

void RecordEditorDialog::setFields(const QJsonObject &fields)
{
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const domain::FieldSpec *spec = domain::FieldSchema::field(m_record.kind, it.key());
        const QJsonValue value = fields.value(it.key());
        if (auto *md = qobject_cast<MarkdownEditor *>(it.value())) {
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
    QJsonObject out = m_record.fields;
    auto put = [&out](const QString &name, const QJsonValue &value) {
        if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()) ||
            (value.isArray() && value.toArray().isEmpty()))
            out.remove(name);
        else
            out.insert(name, value);
    };
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const domain::FieldSpec *spec = domain::FieldSchema::field(m_record.kind, it.key());
        if (!spec)
            continue;
        if (auto *md = qobject_cast<MarkdownEditor *>(it.value())) {
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

void RecordEditorDialog::markDirty()
{
    if (m_loading || !m_writable)
        return;
    m_dirty = true;
    m_autosave.start();
    setStatusText(tr("Editing…"));
}

bool RecordEditorDialog::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || !m_writable)
        return !m_dirty;
    domain::Record r = m_record;
    r.fields = fields();
    const std::optional<domain::Record> current =
        m_record.rev > 0 || !m_record.id.isEmpty() ? std::optional(m_record) : std::nullopt;
    const domain::Decision write = domain::AccessPolicy::canWrite(m_workspace.user(), current, r);
    if (!write.allowed) {
        setStatusText(write.reason, true);
        return false;
    }
    auto stored = m_workspace.replica().records().saveDraft(r);
    if (!stored) {
        setStatusText(tr("Could not save: %1").arg(stored.error().message), true);
        return false;
    }
    m_record = *stored;
    m_dirty = false;
    const domain::Validator validator(m_workspace.reference());
    showIssues(
        validator.validate(m_record.kind, m_record.fields, domain::Validator::modeFor(m_record)));
    setStatusText(tr("Saved on this computer at %1.")
                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved(m_record.id);
    return true;
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

void RecordEditorDialog::setStatusText(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}

RecordEditorDialog::~RecordEditorDialog()
{
    saveNow();
    disconnectChildrenFrom(this);
}

void RecordEditorDialog::closeEvent(QCloseEvent *event)
{
    saveNow();
    QDialog::closeEvent(event);
}

void RecordEditorDialog::done(int result)
{
    saveNow();
    QDialog::done(result);
}

} // namespace smec::desktop
