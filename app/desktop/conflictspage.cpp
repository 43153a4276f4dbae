// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conflictspage.h"

#include "conflictdialog.h"
#include "domain/fieldschema.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

ConflictsPage::ConflictsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget)
    , m_summary(new QLabel)
    , m_resolve(new QPushButton(tr("&Resolve…")))
{
    setObjectName(u"conflictsPage"_s);
    m_list->setObjectName(u"conflictList"_s);
    m_list->setAccessibleName(tr("Conflicts"));
    m_summary->setObjectName(u"conflictSummary"_s);
    m_resolve->setObjectName(u"conflictResolveButton"_s);
    m_resolve->setAccessibleName(tr("Resolve the selected conflict"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolve(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { resolve(m_list->row(item)); });
    reload();
}

void ConflictsPage::reload()
{
    m_list->clear();
    auto conflicts = m_workspace.replica().conflicts().list();
    if (!conflicts) {
        m_summary->setText(conflicts.error().message);
        return;
    }
    for (const replica::Conflict &c : std::as_const(*conflicts)) {
        const QString title = c.mine.value(u"title"_s)
                                  .toString(c.theirs.value(u"title"_s).toString(tr("(untitled)")));
        auto *item = new QListWidgetItem(
            c.theirsDeleted ? tr("%1 (deleted on the server)").arg(title) : title);
        item->setData(Qt::UserRole, c.recordId);
        m_list->addItem(item);
    }
    m_summary->setText(conflicts->isEmpty()
                           ? tr("No conflicts. Edits made here and on the server fitted together.")
                           : tr("%Ln record(s) changed here and on the server need your decision.",
                                nullptr, int(conflicts->size())));
    m_resolve->setEnabled(!conflicts->isEmpty());
    if (!conflicts->isEmpty())
        m_list->setCurrentRow(0);
}

void ConflictsPage::resolve(int row)
{
    if (row < 0)
        row = 0;
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    auto conflict = m_workspace.replica().conflicts().get(item->data(Qt::UserRole).toString());
    if (!conflict || !conflict->has_value())
        return;
    auto *dialog = new ConflictDialog(m_workspace, **conflict, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT resolved();
    });
    dialog->open();
}

} // namespace smec::desktop
