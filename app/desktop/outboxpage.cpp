// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outboxpage.h"

#include "replica/replica.h"
#include "workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

OutboxPage::OutboxPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget)
    , m_summary(new QLabel)
{
    setObjectName(u"outboxPage"_s);
    m_list->setObjectName(u"outboxList"_s);
    m_list->setAccessibleName(tr("Changes to send"));
    m_list->setWordWrap(true);
    m_summary->setObjectName(u"outboxSummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    reload();
}

void OutboxPage::reload()
{
    m_list->clear();
    auto entries = m_workspace.replica().outbox().list();
    if (!entries) {
        m_summary->setText(entries.error().message);
        return;
    }
    for (const replica::OutboxEntry &e : std::as_const(*entries)) {
        QString title = e.fields.value(u"title"_s).toString();
        if (title.isEmpty())
            title = e.fields.value(u"body"_s).toString().simplified().left(80);
        if (title.isEmpty())
            title = tr("(untitled)");
        const QString when = QLocale().toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat);
        QString text;
        if (e.state == replica::OutboxState::Rejected)
            text = tr("%1 — refused by the server: %2").arg(title, e.errorMessage);
        else if (e.op == replica::OutboxOp::Delete)
            text = tr("%1 — deletion waiting to be sent (%2)").arg(title, when);
        else
            text = tr("%1 — waiting to be sent (%2)").arg(title, when);
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, e.recordId);
        if (e.state == replica::OutboxState::Rejected)
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_list->addItem(item);
    }
    m_summary->setText(entries->isEmpty() ? tr("Everything you changed has been sent.")
                                          : tr("%Ln change(s) made on this computer, oldest first.",
                                               nullptr, int(entries->size())));
}

} // namespace smec::desktop
