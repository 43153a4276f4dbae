// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "practiceeditordialog.h"

#include "dialogteardown.h"
#include "domain/accesspolicy.h"
#include "domain/validator.h"
#include "markdowneditor.h"
#include "models/displaytext.h"
#include "practiceactionbar.h"
#include "practiceformwidget.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

PracticeEditorDialog::PracticeEditorDialog(Workspace &workspace, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new PracticeFormWidget(workspace.reference()))
    , m_body(new MarkdownEditor(u"body"_s))
    , m_results(new MarkdownEditor(u"results"_s))
    , m_lessons(new MarkdownEditor(u"lessons"_s))
    , m_tabs(new QTabWidget)
    , m_actions(new PracticeActionBar)
    , m_header(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(u"practiceEditor"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    resize(1180, 820);
    m_record.kind = domain::Kind::Practice;
    m_record.id = id;

    m_body->setAccessibleFieldName(tr("Policy or programme, Markdown"));
    m_results->setAccessibleFieldName(tr("Results and evidence, Markdown"));
    m_lessons->setAccessibleFieldName(tr("Lessons learned, Markdown"));
    m_tabs->setObjectName(u"markdownTabs"_s);
    m_tabs->setAccessibleName(tr("Markdown sections"));
    m_tabs->addTab(m_body, tr("Policy or &programme"));
    m_tabs->addTab(m_results, tr("Res&ults and evidence"));
    m_tabs->addTab(m_lessons, tr("&Lessons learned"));

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"practiceFormScroll"_s);
    scroll->setAccessibleName(tr("Practice details"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(560);

    auto *splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({580, 700});

    m_header->setObjectName(u"editorHeader"_s);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setAccessibleName(tr("Save status"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_actions);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &PracticeEditorDialog::saveNow);
    connect(m_form, &PracticeFormWidget::changed, this, &PracticeEditorDialog::markDirty);
    connect(m_form, &PracticeFormWidget::focusLeft, this, [this] {
        if (m_dirty)
            saveNow();
    });
    for (MarkdownEditor *editor : {m_body, m_results, m_lessons}) {
        connect(editor, &MarkdownEditor::changed, this, &PracticeEditorDialog::markDirty);
        connect(editor, &MarkdownEditor::focusLeft, this, [this] {
            if (m_dirty)
                saveNow();
        });
    }
    connect(m_actions, &PracticeActionBar::saveRequested, this, &PracticeEditorDialog::saveNow);
    connect(m_actions, &PracticeActionBar::transitionRequested, this,
            &PracticeEditorDialog::requestTransition);
    load();
}

void PracticeEditorDialog::load()
{
    if (!m_record.id.isEmpty()) {
        auto stored = m_workspace.replica().records().get(m_record.id);
        if (stored && stored->has_value())
            m_record = **stored;
        else
            setStatusText(stored ? tr("This practice is no longer in your copy.")
                                 : stored.error().message,
                          true);
    } else if (!m_workspace.user().country.isEmpty() &&
               m_workspace.user().role == domain::Role::Delegate) {
        m_record.fields.insert(u"country"_s, m_workspace.user().country);
    }
    m_form->setFields(m_record.fields);
    m_body->setMarkdown(m_record.fields.value(u"body"_s).toString());
    m_results->setMarkdown(m_record.fields.value(u"results"_s).toString());
    m_lessons->setMarkdown(m_record.fields.value(u"lessons"_s).toString());
    const QString title = m_record.fields.value(u"title"_s).toString();
    setWindowTitle(title.isEmpty() ? tr("New practice") : tr("%1 – Practice").arg(title));
    const auto status = domain::practiceStatusOf(m_record.fields);
    m_header->setText(title.isEmpty() ? tr("New practice")
                                      : tr("%1 (%2)", "title (status)")
                                            .arg(title, domain::practiceStatusLabel(status.value_or(
                                                            domain::PracticeStatus::Draft))));
    m_actions->update(m_workspace.user(), m_record);
    if (m_status->text().isEmpty())
        setStatusText(tr("Changes are saved automatically on this computer and sent at the next "
                         "sync."));
}

domain::Record PracticeEditorDialog::edited() const
{
    domain::Record r = m_record;
    r.fields = m_form->fields();
    auto setMarkdown = [&r](const QString &name, const QString &text) {
        if (text.trimmed().isEmpty())
            r.fields.remove(name);
        else
            r.fields.insert(name, text);
    };
    setMarkdown(u"body"_s, m_body->markdown());
    setMarkdown(u"results"_s, m_results->markdown());
    setMarkdown(u"lessons"_s, m_lessons->markdown());
    return r;
}

void PracticeEditorDialog::markDirty()
{
    m_dirty = true;
    m_autosave.start();
    setStatusText(tr("Editing…"));
}

void PracticeEditorDialog::setStatusText(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}

void PracticeEditorDialog::validateLeniently()
{
    const domain::Record r = edited();
    const domain::Validator validator(m_workspace.reference());
    m_form->showIssues(validator.validate(r.kind, r.fields, domain::Validator::modeFor(r)));
}

bool PracticeEditorDialog::saveNow()
{
    m_autosave.stop();
    if (!m_dirty)
        return true;
    const domain::Record r = edited();
    auto stored = m_workspace.replica().records().saveDraft(r);
    if (!stored) {
        setStatusText(tr("Could not save: %1").arg(stored.error().message), true);
        return false;
    }
    m_record = *stored;
    m_dirty = false;
    validateLeniently();
    m_actions->update(m_workspace.user(), m_record);
    setStatusText(tr("Saved on this computer at %1.")
                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved(m_record.id);
    return true;
}

void PracticeEditorDialog::requestTransition(domain::PracticeStatus target)
{
    QString note;
    if (domain::AccessPolicy::transitionNeedsReviewNote(target)) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(
            this, tr("Request changes"),
            tr("Tell the country what to change before this practice can be published:"), {}, &ok);
        if (!ok)
            return;
    }
    transition(target, note);
}

bool PracticeEditorDialog::transition(domain::PracticeStatus target, const QString &note)
{
    const domain::Decision may =
        domain::AccessPolicy::canTransition(m_workspace.user(), m_record, target);
    if (!may.allowed) {
        setStatusText(may.reason, true);
        return false;
    }
    domain::Record updated = edited();
    updated.fields.insert(u"status"_s, domain::practiceStatusName(target));
    if (!note.trimmed().isEmpty())
        updated.fields.insert(u"review_note"_s, note.trimmed());
    const domain::Validator validator(m_workspace.reference());
    const QList<domain::FieldIssue> issues =
        validator.validate(updated.kind, updated.fields, domain::Validator::modeFor(updated));
    m_form->showIssues(issues);
    if (!issues.isEmpty()) {
        QStringList lines{
            tr("%n field(s) need attention before this step.", nullptr, int(issues.size()))};
        for (const domain::FieldIssue &issue : issues) {
            // The Markdown sections have no label of their own in the form.
            if (issue.field == u"body"_s || issue.field == u"results"_s ||
                issue.field == u"lessons"_s)
                lines.append(issue.message);
        }
        setStatusText(lines.join(u'\n'), true);
        return false;
    }
    const std::optional<domain::Record> current =
        m_record.rev > 0 || !m_record.fields.isEmpty() ? std::optional(m_record) : std::nullopt;
    const domain::Decision write =
        domain::AccessPolicy::canWrite(m_workspace.user(), current, updated);
    if (!write.allowed) {
        setStatusText(write.reason, true);
        return false;
    }
    auto stored = m_workspace.replica().records().saveDraft(updated);
    if (!stored) {
        setStatusText(tr("Could not save: %1").arg(stored.error().message), true);
        return false;
    }
    m_record = *stored;
    m_dirty = false;
    m_autosave.stop();
    load();
    setStatusText(tr("Now %1. The change is sent at the next sync.")
                      .arg(domain::practiceStatusLabel(target)));
    Q_EMIT saved(m_record.id);
    return true;
}

PracticeEditorDialog::~PracticeEditorDialog()
{
    saveNow();
    disconnectChildrenFrom(this);
}

void PracticeEditorDialog::closeEvent(QCloseEvent *event)
{
    saveNow();
    QDialog::closeEvent(event);
}

void PracticeEditorDialog::done(int result)
{
    saveNow();
    QDialog::done(result);
}

} // namespace smec::desktop
