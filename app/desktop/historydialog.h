// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/record.h"
#include "historyjob.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace smec::desktop {

class Workspace;

/// The History panel of a record: its revisions (who, when, which fields changed), fetched on
/// demand off the GUI thread and kept in the replica so a history once seen reads offline. Select
/// one revision to see what it changed, or two to compare them, field by field and word by word
/// (deletions struck through in red, insertions in green; right-to-left text reads right to
/// left). "Restore this version" writes that revision's content as an ordinary local edit.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(Workspace &workspace, const QString &recordId, domain::Kind kind,
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    /// Fetches the history again (the server when reachable).
    void reload();
    bool isLoading() const { return m_job.isRunning(); }
    /// Once loaded, compares the revision where the secretariat last requested changes with the
    /// newest: what the country changed since (the review's one click).
    void compareSinceChangesRequested();
    /// Selects the revisions `older` and `newer` (equal: one) and shows their difference.
    bool selectRevisions(qint64 older, qint64 newer);
    QList<protocol::Revision> revisions() const { return m_revisions; }

Q_SIGNALS:
    /// A revision's content was saved as a local edit of the record.
    void restored(const QString &id);
    /// The history was (re)loaded; `ok` false when nothing could be shown.
    void loaded(bool ok);

private:
    void onFinished();
    void showSelection();
    void restoreSelected();
    void applySinceRequest();
    QString who(const QString &userId) const;
    QString diffHtml(const protocol::Revision *older, const protocol::Revision &newer) const;

    Workspace &m_workspace;
    QString m_id;
    domain::Kind m_kind;
    HistoryJob m_job;
    QList<protocol::Revision> m_revisions; ///< newest first
    bool m_sinceRequest = false;
    QLabel *m_state;
    QTreeWidget *m_list;
    QTextBrowser *m_diff;
    QPushButton *m_restore;
    QPushButton *m_refresh;
};

} // namespace smec::desktop
