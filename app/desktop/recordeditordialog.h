// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/validator.h"
#include "editordialog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QFormLayout;
class QTableWidget;
class QLabel;
class QPushButton;

namespace smec::desktop {

/// Writes one meeting (agenda, outcomes), commitment (status, deadline, progress) or initiative
/// (partners as country codes, milestones as a table keeping each one's id): a form built
/// from domain::FieldSchema, one editor per field (`field_<name>`), Markdown fields with a live
/// preview. Saving works as in every EditorDialog (autosaved about a second after typing stops,
/// when a field loses focus and when it closes); validation is lenient and shown under the
/// field. Whether the user may write at all comes from domain::AccessPolicy: without the right
/// the form is read-only and the save button says why in its tooltip.
class RecordEditorDialog final : public EditorDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditorDialog)

public:
    /// Opens record `id` of `kind` (Meeting, Commitment or Initiative), a new one when `id` is
    /// empty.
    RecordEditorDialog(Workspace &workspace, domain::Kind kind, const QString &id,
                       QWidget *parent = nullptr);
    /// Saves what is still unsaved, so closing by any path loses nothing.
    ~RecordEditorDialog() override;

    bool isWritable() const { return m_writable; }
    /// The edited fields merged over the loaded ones.
    QJsonObject fields() const;
    /// The issue shown at `field`, empty when none.
    QString issueText(const QString &field) const;

protected:
    domain::Record edited() const override;
    bool mayWrite(const domain::Record &record) override;
    bool acceptsEdits() const override { return !m_loading && m_writable; }
    void afterSave() override;
    void reloadRecord() override { load(); }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm(QFormLayout *form);
    /// An initiative's milestones: a table of done, title and due date, each row keeping its id.
    QWidget *buildMilestones(const QString &label);
    void addMilestoneRow(const QJsonObject &milestone);
    QJsonArray milestones() const;
    void load();
    void setFields(const QJsonObject &fields);
    void showIssues(const QList<domain::FieldIssue> &issues);
    void watch(QWidget *editor);

    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_issues;
    QPushButton *m_save;
    bool m_loading = false;
    QTableWidget *m_milestones = nullptr;
    QWidget *m_milestonesBox = nullptr;
    bool m_writable = true;
};

} // namespace smec::desktop
