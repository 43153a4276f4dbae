// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "practiceeditordialog.h"

#include "domain/accesspolicy.h"
#include "domain/validator.h"
#include "historydialog.h"
#include "markdowneditor.h"
#include "models/displaytext.h"
#include "practiceactionbar.h"
#include "practiceformwidget.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

PracticeEditorDialog::PracticeEditorDialog(Workspace &workspace, const QString &id, QWidget *parent)
    : EditorDialog(workspace, domain::Kind::Practice, id, u"practiceEditor"_s, parent)
    , m_form(new PracticeFormWidget(workspace.reference()))
    , m_body(new MarkdownEditor(u"body"_s))
    , m_results(new MarkdownEditor(u"results"_s))
    , m_lessons(new MarkdownEditor(u"lessons"_s))
    , m_tabs(new QTabWidget)
    , m_actions(new PracticeActionBar)
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1180, 820);

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

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(header(), 1);
    top->addWidget(historyButton());
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(statusLabel());
    layout->addWidget(m_actions);

    connect(m_form, &PracticeFormWidget::changed, this, &PracticeEditorDialog::markDirty);
    connect(m_form, &PracticeFormWidget::focusLeft, this, &PracticeEditorDialog::saveIfDirty);
    for (MarkdownEditor *editor : {m_body, m_results, m_lessons}) {
        connect(editor, &MarkdownEditor::changed, this, &PracticeEditorDialog::markDirty);
        connect(editor, &MarkdownEditor::focusLeft, this, &PracticeEditorDialog::saveIfDirty);
    }
    connect(m_actions, &PracticeActionBar::saveRequested, this, &PracticeEditorDialog::saveNow);
    connect(m_actions, &PracticeActionBar::changesSinceRequestRequested, this, [this] {
        if (HistoryDialog *dialog = openHistory())
            dialog->compareSinceChangesRequested();
    });
    connect(m_actions, &PracticeActionBar::transitionRequested, this,
            &PracticeEditorDialog::requestTransition);
    load();
}

void PracticeEditorDialog::load()
{
    domain::Record r = record();
    const domain::User &user = workspace().user();
    if (!r.id.isEmpty()) {
        auto stored = workspace().replica().records().get(r.id);
        if (stored && stored->has_value())
            r = **stored;
        else
            setStatusText(stored ? tr("This practice is no longer in your copy.")
                                 : stored.error().message,
                          true);
    } else if (!user.country.isEmpty() && user.role == domain::Role::Delegate) {
        r.fields.insert(u"country"_s, user.country);
    }
    setRecord(r);
    m_form->setFields(r.fields);
    m_body->setMarkdown(r.fields.value(u"body"_s).toString());
    m_results->setMarkdown(r.fields.value(u"results"_s).toString());
    m_lessons->setMarkdown(r.fields.value(u"lessons"_s).toString());
    const QString title = r.fields.value(u"title"_s).toString();
    setWindowTitle(title.isEmpty() ? tr("New practice") : tr("%1 – Practice").arg(title));
    const auto status = domain::practiceStatusOf(r.fields);
    header()->setText(title.isEmpty() ? tr("New practice")
                                      : tr("%1 (%2)", "title (status)")
                                            .arg(title, domain::practiceStatusLabel(status.value_or(
                                                            domain::PracticeStatus::Draft))));
    m_actions->update(user, r);
    showAutosaveHint();
}

domain::Record PracticeEditorDialog::edited() const
{
    domain::Record r = record();
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

void PracticeEditorDialog::validateLeniently()
{
    const domain::Record r = edited();
    const domain::Validator validator(workspace().reference());
    m_form->showIssues(validator.validate(r.kind, r.fields, domain::Validator::modeFor(r)));
}

void PracticeEditorDialog::afterSave()
{
    validateLeniently();
    m_actions->update(workspace().user(), record());
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
        domain::AccessPolicy::canTransition(workspace().user(), record(), target);
    if (!may.allowed) {
        setStatusText(may.reason, true);
        return false;
    }
    domain::Record updated = edited();
    updated.fields.insert(u"status"_s, domain::practiceStatusName(target));
    if (!note.trimmed().isEmpty())
        updated.fields.insert(u"review_note"_s, note.trimmed());
    const domain::Validator validator(workspace().reference());
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
        record().rev > 0 || !record().fields.isEmpty() ? std::optional(record()) : std::nullopt;
    const domain::Decision write =
        domain::AccessPolicy::canWrite(workspace().user(), current, updated);
    if (!write.allowed) {
        setStatusText(write.reason, true);
        return false;
    }
    auto stored = workspace().replica().records().saveDraft(updated);
    if (!stored) {
        setStatusText(tr("Could not save: %1").arg(stored.error().message), true);
        return false;
    }
    setSaved(*stored);
    load();
    setStatusText(tr("Now %1. The change is sent at the next sync.")
                      .arg(domain::practiceStatusLabel(target)));
    Q_EMIT saved(recordId());
    return true;
}

PracticeEditorDialog::~PracticeEditorDialog()
{
    finishEditing();
}

} // namespace smec::desktop
