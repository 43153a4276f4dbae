// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace smec::desktop {

class Workspace;

/// What the record editors (practice, meeting, commitment) share: the record being edited, its
/// header and save status line, the dirty flag and the autosave to the replica (a local edit plus
/// its outbox mutation) about a second after typing stops, when a field loses focus, when the
/// window closes and when it is destroyed, so nothing typed is lost if the app is killed.
/// A subclass builds the form and says what the edited record is (`edited()`), whether it may be
/// written (`mayWrite()`) and what to show after a save (`afterSave()`).
class EditorDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDialog)

public:
    ~EditorDialog() override;

    QString recordId() const { return m_record.id; }
    bool isDirty() const { return m_dirty; }
    /// Saves now if anything changed; false (with the message shown) when refused.
    bool saveNow();

    static constexpr int autosaveDelayMs = 1000;

    /// Saves what is unsaved and opens the record's History panel (HistoryDialog); a restored
    /// revision is shown in this editor at once. Returns the dialog (nullptr for a new record).
    class HistoryDialog *openHistory();

Q_SIGNALS:
    /// The record was written to the replica.
    void saved(const QString &id);

protected:
    /// Edits record `id` of `kind`, a new one when `id` is empty; `objectName` names the dialog.
    EditorDialog(Workspace &workspace, domain::Kind kind, const QString &id,
                 const QString &objectName, QWidget *parent);

    /// The record as the form shows it now.
    virtual domain::Record edited() const = 0;
    /// Whether `record` may be written; when not, shows why and returns false.
    virtual bool mayWrite(const domain::Record &record);
    /// Whether edits count (a read-only form or one being filled ignores its own signals).
    virtual bool acceptsEdits() const { return true; }
    /// After a save: show the stored record's issues, update actions.
    virtual void afterSave() {}
    /// Shows the record as the replica holds it now (after a restore from the history).
    virtual void reloadRecord() = 0;

    /// Call first in a subclass's destructor: saves what is unsaved while `edited()` still
    /// reaches the whole subclass, then disconnects the children (see disconnectChildrenFrom).
    void finishEditing();
    /// A field changed: unsaved, autosaved shortly.
    void markDirty();
    /// A field lost focus: saved now when anything changed.
    void saveIfDirty();
    /// `stored` is what the replica now holds: nothing unsaved, no autosave pending.
    void setSaved(const domain::Record &stored);
    /// Says how saving works, unless the status line already says something.
    void showAutosaveHint();
    void setStatusText(const QString &text, bool error = false);

    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

    Workspace &workspace() const { return m_workspace; }
    const domain::Record &record() const { return m_record; }
    void setRecord(const domain::Record &record) { m_record = record; }
    QLabel *header() const { return m_header; }
    QLabel *statusLabel() const { return m_status; }
    /// "History…": subclasses place it in their layout.
    QPushButton *historyButton() const { return m_history; }

private:
    Workspace &m_workspace;
    domain::Record m_record;
    QLabel *m_header;
    QLabel *m_status;
    QPushButton *m_history;
    QTimer m_autosave;
    bool m_dirty = false;
};

} // namespace smec::desktop
