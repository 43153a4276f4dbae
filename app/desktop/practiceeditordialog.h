// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/practicestatus.h"
#include "domain/record.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QTabWidget;

namespace smec::desktop {

class MarkdownEditor;
class PracticeActionBar;
class PracticeFormWidget;
class Workspace;

/// Writes or curates one practice: the structured fields, Markdown editors with live preview for
/// the body, results and lessons, and the action bar. Every edit is autosaved to the replica (a
/// local edit plus its outbox mutation) about a second after typing stops, when a field loses
/// focus and when the window closes, so nothing typed is lost if the app is killed.
class PracticeEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeEditorDialog)

public:
    /// Opens practice `id`, or a new practice when `id` is empty.
    PracticeEditorDialog(Workspace &workspace, const QString &id, QWidget *parent = nullptr);
    /// Saves what is still unsaved, so closing by any path loses nothing.
    ~PracticeEditorDialog() override;

    QString recordId() const { return m_record.id; }
    bool isDirty() const { return m_dirty; }
    /// Saves now if anything changed; false (with the message shown) when the replica refused.
    bool saveNow();
    /// Moves the practice to `target` (submit, withdraw, curate); `note` is the review note for
    /// changes requested. False when validation or permissions stop it.
    bool transition(domain::PracticeStatus target, const QString &note = {});
    PracticeFormWidget *form() const { return m_form; }
    PracticeActionBar *actionBar() const { return m_actions; }
    static constexpr int autosaveDelayMs = 1000;

Q_SIGNALS:
    /// The practice was written to the replica.
    void saved(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

private:
    void load();
    void markDirty();
    void requestTransition(domain::PracticeStatus target);
    domain::Record edited() const;
    void validateLeniently();
    void setStatusText(const QString &text, bool error = false);

    Workspace &m_workspace;
    domain::Record m_record;
    PracticeFormWidget *m_form;
    MarkdownEditor *m_body;
    MarkdownEditor *m_results;
    MarkdownEditor *m_lessons;
    QTabWidget *m_tabs;
    PracticeActionBar *m_actions;
    QLabel *m_header;
    QLabel *m_status;
    QTimer m_autosave;
    bool m_dirty = false;
};

} // namespace smec::desktop
