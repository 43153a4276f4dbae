// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "domain/validator.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QFormLayout;
class QLabel;
class QPushButton;

namespace smec::desktop {

class Workspace;

/// Writes one meeting (agenda, outcomes) or commitment (status, deadline, progress): a form built
/// from domain::FieldSchema, one editor per field (`field_<name>`), Markdown fields with a live
/// preview. Like the practice editor it autosaves through Replica::records().saveDraft() about a
/// second after typing stops, when a field loses focus and when it closes; validation is lenient
/// and shown under the field. Whether the user may write at all comes from domain::AccessPolicy:
/// without the right the form is read-only and the save button says why in its tooltip.
class RecordEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditorDialog)

public:
    /// Opens record `id` of `kind` (Meeting or Commitment), a new one when `id` is empty.
    RecordEditorDialog(Workspace &workspace, domain::Kind kind, const QString &id,
                       QWidget *parent = nullptr);
    /// Saves what is still unsaved, so closing by any path loses nothing.
    ~RecordEditorDialog() override;

    QString recordId() const { return m_record.id; }
    bool isDirty() const { return m_dirty; }
    bool isWritable() const { return m_writable; }
    /// Saves now if anything changed; false (with the message shown) when refused.
    bool saveNow();
    /// The edited fields merged over the loaded ones.
    QJsonObject fields() const;
    /// The issue shown at `field`, empty when none.
    QString issueText(const QString &field) const;

    static constexpr int autosaveDelayMs = 1000;

Q_SIGNALS:
    void saved(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm(QFormLayout *form);
    void load();
    void setFields(const QJsonObject &fields);
    void markDirty();
    void showIssues(const QList<domain::FieldIssue> &issues);
    void setStatusText(const QString &text, bool error = false);
    void watch(QWidget *editor);

    Workspace &m_workspace;
    domain::Record m_record;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_issues;
    QLabel *m_header;
    QLabel *m_status;
    QPushButton *m_save;
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_writable = true;
};

} // namespace smec::desktop
