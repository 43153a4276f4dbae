// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/practicestatus.h"
#include "editordialog.h"

class QTabWidget;

namespace smec::desktop {

class MarkdownEditor;
class PracticeActionBar;
class PracticeFormWidget;

/// Writes or curates one practice: the structured fields, Markdown editors with live preview for
/// the body, results and lessons, and the action bar. Saving works as in every EditorDialog:
/// autosaved to the replica about a second after typing stops, when a field loses focus and when
/// the window closes.
class PracticeEditorDialog final : public EditorDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeEditorDialog)

public:
    /// Opens practice `id`, or a new practice when `id` is empty.
    PracticeEditorDialog(Workspace &workspace, const QString &id, QWidget *parent = nullptr);
    /// Saves what is still unsaved, so closing by any path loses nothing.
    ~PracticeEditorDialog() override;

    /// Moves the practice to `target` (submit, withdraw, curate); `note` is the review note for
    /// changes requested. False when validation or permissions stop it.
    bool transition(domain::PracticeStatus target, const QString &note = {});
    PracticeFormWidget *form() const { return m_form; }
    PracticeActionBar *actionBar() const { return m_actions; }

protected:
    domain::Record edited() const override;
    void afterSave() override;
    void reloadRecord() override { load(); }

private:
    void load();
    void requestTransition(domain::PracticeStatus target);
    void validateLeniently();

    PracticeFormWidget *m_form;
    MarkdownEditor *m_body;
    MarkdownEditor *m_results;
    MarkdownEditor *m_lessons;
    QTabWidget *m_tabs;
    PracticeActionBar *m_actions;
};

} // namespace smec::desktop
