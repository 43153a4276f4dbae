// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialoguepage.h"

#include "domain/accesspolicy.h"
#include "models/recordlistmodel.h"
#include "recordbrowserpage.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

DialoguePage::DialoguePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_threads(new RecordBrowserPage(u"threads"_s, domain::Kind::Thread, workspace))
    , m_posts(new models::RecordListModel(&workspace.replica(), this))
    , m_postView(new QTableView)
    , m_composer(new QPlainTextEdit)
    , m_post(new QPushButton(tr("&Post reply")))
    , m_quote(new QPushButton(tr("&Quote")))
    , m_hide(new QPushButton(tr("&Hide post…")))
    , m_newThread(new QPushButton(tr("New &thread…")))
{
    setObjectName(u"dialoguePage"_s);
    m_postView->setObjectName(u"postList"_s);
    m_postView->setAccessibleName(tr("Posts of the thread"));
    m_postView->setModel(m_posts);
    m_postView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_postView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_postView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_postView->verticalHeader()->setVisible(false);
    m_postView->setWordWrap(false);
    m_postView->horizontalHeader()->setStretchLastSection(false);
    m_postView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_posts, &QAbstractItemModel::modelReset, this, [this] {
        const int body = m_posts->columnOf(u"body"_s);
        if (body >= 0)
            m_postView->horizontalHeader()->setSectionResizeMode(body, QHeaderView::Stretch);
    });
    m_composer->setObjectName(u"replyEditor"_s);
    m_composer->setAccessibleName(tr("Your reply, Markdown"));
    m_composer->setPlaceholderText(tr("Write a reply (Markdown). It is sent at the next sync."));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(m_composer->fontMetrics().lineSpacing() * 6 + 12);
    m_post->setObjectName(u"postReplyButton"_s);
    m_quote->setObjectName(u"quoteButton"_s);
    m_quote->setAccessibleName(tr("Quote the selected post"));
    m_hide->setObjectName(u"hidePostButton"_s);
    m_hide->setAccessibleName(tr("Hide the selected post"));
    m_newThread->setObjectName(u"newThreadButton"_s);
    m_newThread->setAccessibleName(tr("Start a new thread"));
    m_hide->setVisible(workspace.user().isCurator());

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(6, 0, 6, 6);
    bottomLayout->addWidget(m_postView, 1);
    bottomLayout->addWidget(m_composer);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newThread);
    buttons->addStretch();
    buttons->addWidget(m_hide);
    buttons->addWidget(m_quote);
    buttons->addWidget(m_post);
    bottomLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_threads);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_threads, &RecordBrowserPage::currentChanged, this, &DialoguePage::onThreadChanged);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &DialoguePage::updateButtons);
    connect(m_postView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DialoguePage::updateButtons);
    connect(m_post, &QPushButton::clicked, this, [this] { postReply(m_composer->toPlainText()); });
    connect(m_quote, &QPushButton::clicked, this, &DialoguePage::quoteSelected);
    connect(m_hide, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Hide post"), tr("Why is this post hidden? The author sees the reason."),
            QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            hideSelected(reason.trimmed());
    });
    connect(m_newThread, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("New thread"), tr("What do you want to discuss?"), QLineEdit::Normal, {}, &ok);
        if (ok && !title.trimmed().isEmpty())
            createThread(title.trimmed(), u"discussion"_s, {});
    });
    onThreadChanged(m_threads->currentId());
}

void DialoguePage::onThreadChanged(const QString &id)
{
    m_threadId = id;
    replica::ListFilter filter;
    filter.kind = domain::Kind::Post;
    filter.threadId = id.isEmpty() ? u"-"_s : id;
    m_posts->setFilter(filter);
    updateButtons();
}

void DialoguePage::reload()
{
    m_threads->reload();
    m_posts->refresh();
}

QString DialoguePage::selectedPostId() const
{
    const QModelIndexList rows = m_postView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_posts->idAt(rows.first().row());
}

void DialoguePage::updateButtons()
{
    const bool thread = !m_threadId.isEmpty();
    m_post->setEnabled(thread && !m_composer->toPlainText().trimmed().isEmpty());
    m_post->setToolTip(thread ? QString() : tr("Choose a thread first."));
    m_quote->setEnabled(!selectedPostId().isEmpty());
    m_hide->setEnabled(!selectedPostId().isEmpty());
}

bool DialoguePage::postReply(const QString &body)
{
    if (m_threadId.isEmpty() || body.trimmed().isEmpty())
        return false;
    domain::Record post;
    post.kind = domain::Kind::Post;
    post.fields.insert(u"thread_id"_s, m_threadId);
    post.fields.insert(u"body"_s, body.trimmed());
    const QString replyTo = selectedPostId();
    post.fields.insert(u"reply_to"_s, replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo));
    const domain::Decision may =
        domain::AccessPolicy::canCreate(m_workspace.user(), domain::Kind::Post, post.fields);
    if (!may.allowed) {
        QMessageBox::information(this, tr("Post reply"), may.reason);
        return false;
    }
    auto saved = m_workspace.replica().records().saveDraft(post);
    if (!saved) {
        QMessageBox::warning(this, tr("Post reply"), saved.error().message);
        return false;
    }
    m_composer->clear();
    reload();
    Q_EMIT changed();
    return true;
}

QString DialoguePage::createThread(const QString &title, const QString &kind,
                                   const QStringList &pillars)
{
    domain::Record thread;
    thread.kind = domain::Kind::Thread;
    thread.fields.insert(u"title"_s, title);
    thread.fields.insert(u"kind"_s, kind);
    thread.fields.insert(u"status"_s, u"open"_s);
    thread.fields.insert(u"pillars"_s, QJsonArray::fromStringList(pillars));
    auto saved = m_workspace.replica().records().saveDraft(thread);
    if (!saved) {
        QMessageBox::warning(this, tr("New thread"), saved.error().message);
        return {};
    }
    m_threads->reload();
    m_threads->showRecord(saved->id);
    onThreadChanged(saved->id);
    Q_EMIT changed();
    return saved->id;
}

void DialoguePage::quoteSelected()
{
    auto post = m_workspace.replica().records().get(selectedPostId());
    if (!post || !post->has_value())
        return;
    QStringList lines = (*post)->fields.value(u"body"_s).toString().split(u'\n');
    for (QString &line : lines)
        line.prepend(u"> "_s);
    m_composer->setPlainText(lines.join(u'\n') + u"\n\n"_s + m_composer->toPlainText());
    m_composer->setFocus();
    m_composer->moveCursor(QTextCursor::End);
}

bool DialoguePage::hideSelected(const QString &reason)
{
    auto post = m_workspace.replica().records().get(selectedPostId());
    if (!post || !post->has_value())
        return false;
    const domain::Decision may = domain::AccessPolicy::canHide(m_workspace.user(), **post);
    if (!may.allowed) {
        QMessageBox::information(this, tr("Hide post"), may.reason);
        return false;
    }
    domain::Record hidden = **post;
    hidden.fields.insert(u"hidden"_s, true);
    hidden.fields.insert(u"hidden_reason"_s, reason);
    auto saved = m_workspace.replica().records().saveDraft(hidden);
    if (!saved)
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace smec::desktop
