// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editordialog.h"

#include "dialogteardown.h"
#include "historydialog.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>

using namespace Qt::StringLiterals;

namespace smec::desktop {

EditorDialog::EditorDialog(Workspace &workspace, domain::Kind kind, const QString &id,
                           const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_header(new QLabel)
    , m_status(new QLabel)
    , m_history(new QPushButton(tr("&History…")))
{
    setObjectName(objectName);
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    m_record.kind = kind;
    m_record.id = id;

    m_header->setObjectName(u"editorHeader"_s);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setAccessibleName(tr("Save status"));

    m_history->setObjectName(u"historyButton"_s);
    m_history->setToolTip(tr("Every saved version of this record, what changed and who changed "
                             "it; restore an earlier one."));
    connect(m_history, &QPushButton::clicked, this, &EditorDialog::openHistory);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &EditorDialog::saveNow);
}

EditorDialog::~EditorDialog() = default;

HistoryDialog *EditorDialog::openHistory()
{
    saveNow();
    if (m_record.id.isEmpty())
        return nullptr;
    auto *dialog = new HistoryDialog(m_workspace, m_record.id, m_record.kind, this);
    connect(dialog, &HistoryDialog::restored, this, [this](const QString &id) {
        reloadRecord();
        Q_EMIT saved(id);
    });
    dialog->show();
    return dialog;
}

void EditorDialog::finishEditing()
{
    saveNow();
    disconnectChildrenFrom(this);
}

bool EditorDialog::mayWrite(const domain::Record &)
{
    return true;
}

void EditorDialog::markDirty()
{
    if (!acceptsEdits())
        return;
    m_dirty = true;
    m_autosave.start();
    setStatusText(tr("Editing…"));
}

void EditorDialog::saveIfDirty()
{
    if (m_dirty)
        saveNow();
}

bool EditorDialog::saveNow()
{
    m_autosave.stop();
    if (!m_dirty)
        return true;
    const domain::Record r = edited();
    if (!mayWrite(r))
        return false;
    auto stored = m_workspace.replica().records().saveDraft(r);
    if (!stored) {
        setStatusText(tr("Could not save: %1").arg(stored.error().message), true);
        return false;
    }
    setSaved(*stored);
    afterSave();
    setStatusText(tr("Saved on this computer at %1.")
                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved(m_record.id);
    return true;
}

void EditorDialog::setSaved(const domain::Record &stored)
{
    m_record = stored;
    m_dirty = false;
    m_autosave.stop();
}

void EditorDialog::showAutosaveHint()
{
    if (m_status->text().isEmpty())
        setStatusText(tr("Changes are saved automatically on this computer and sent at the next "
                         "sync."));
}

void EditorDialog::setStatusText(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}

void EditorDialog::closeEvent(QCloseEvent *event)
{
    saveNow();
    QDialog::closeEvent(event);
}

void EditorDialog::done(int result)
{
    saveNow();
    QDialog::done(result);
}

} // namespace smec::desktop
