// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace smec::models {
class RecordListModel;
}

namespace smec::desktop {

class RecordBrowserPage;
class Workspace;

/// Peer dialogue: threads by pillar (with their posts in the detail pane), the posts of the
/// current thread, and a composer to reply, quote a post, start a thread, or (secretariat) hide a
/// post with a reason. Posts and threads are saved to the replica and sent at the next sync.
class DialoguePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialoguePage)

public:
    explicit DialoguePage(Workspace &workspace, QWidget *parent = nullptr);

    RecordBrowserPage *threads() const { return m_threads; }
    void reload();
    /// Posts `body` in the current thread, replying to the selected post if any; false when
    /// there is no thread or nothing to say.
    bool postReply(const QString &body);
    /// Creates a thread; returns its id (empty on failure).
    QString createThread(const QString &title, const QString &kind, const QStringList &pillars);
    /// Puts the selected post, as a Markdown quote, into the composer.
    void quoteSelected();
    /// Hides the selected post with `reason` (secretariat).
    bool hideSelected(const QString &reason);

Q_SIGNALS:
    void changed();

private:
    void onThreadChanged(const QString &id);
    QString selectedPostId() const;
    void updateButtons();

    Workspace &m_workspace;
    RecordBrowserPage *m_threads;
    models::RecordListModel *m_posts;
    QTableView *m_postView;
    QPlainTextEdit *m_composer;
    QPushButton *m_post;
    QPushButton *m_quote;
    QPushButton *m_hide;
    QPushButton *m_newThread;
    QString m_threadId;
};

} // namespace smec::desktop
