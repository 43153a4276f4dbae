// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historydialog.h"

#include "domain/accesspolicy.h"
#include "domain/fieldschema.h"
#include "domain/revisionfields.h"
#include "domain/validator.h"
#include "domain/worddiff.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

constexpr int revRole = Qt::UserRole;

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

} // namespace

HistoryDialog::HistoryDialog(Workspace &workspace, const QString &recordId, domain::Kind kind,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(recordId)
    , m_kind(kind)
    , m_state(new QLabel)
    , m_list(new QTreeWidget)
    , m_diff(new QTextBrowser)
    , m_restore(new QPushButton(tr("&Restore this version")))
    , m_refresh(new QPushButton(tr("Re&fresh")))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("History"));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    resize(980, 640);

    m_state->setObjectName(u"historyState"_s);
    m_state->setWordWrap(true);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setHeaderLabels({tr("Revision"), tr("By"), tr("When"), tr("Changed fields")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_diff->setObjectName(u"historyDiff"_s);
    m_diff->setAccessibleName(tr("Differences"));
    m_diff->setPlaceholderText(
        tr("Select a revision to see what it changed, or two to compare them."));
    m_restore->setObjectName(u"historyRestore"_s);
    m_restore->setEnabled(false);
    m_refresh->setObjectName(u"historyRefresh"_s);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setSizes({220, 380});
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::showSelection);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_job, &HistoryJob::finished, this, &HistoryDialog::onFinished);
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::reload()
{
    if (m_job.isRunning())
        return;
    m_state->setText(tr("Fetching the history…"));
    m_refresh->setEnabled(false);
    m_job.start({m_workspace.replica().database().path(), m_workspace.profileDir(), m_id});
}

void HistoryDialog::compareSinceChangesRequested()
{
    m_sinceRequest = true;
    if (!m_job.isRunning() && !m_revisions.isEmpty())
        applySinceRequest();
}

void HistoryDialog::onFinished()
{
    m_refresh->setEnabled(true);
    const auto &result = m_job.result();
    m_list->clear();
    m_revisions.clear();
    if (!result) {
        m_state->setText(result.error().code == u"history_unavailable"_s
                             ? tr("No history of this record is kept on this computer, and the "
                                  "server cannot be reached. Try again when online.")
                             : tr("The history cannot be shown: %1").arg(result.error().message));
        Q_EMIT loaded(false);
        return;
    }
    m_revisions = result->revisions;
    const QLocale locale;
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        const protocol::Revision &r = m_revisions.at(i);
        const bool oldest = i + 1 == m_revisions.size();
        QStringList changed;
        for (const QString &name : domain::RevisionFields::changed(
                 m_kind, oldest ? QJsonObject() : m_revisions.at(i + 1).fields, r.fields)) {
            const domain::FieldSpec *spec = domain::FieldSchema::field(m_kind, name);
            changed.append(spec ? spec->displayLabel() : name);
        }
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(r.rev), who(r.updatedBy),
                     locale.toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat),
                     r.deleted ? tr("Deleted") : changed.join(tr(", "))});
        item->setData(0, revRole, r.rev);
    }
    if (result->fromCache)
        m_state->setText(tr("Offline: this is the history kept on this computer from an earlier "
                            "visit; newer revisions may be missing."));
    else
        m_state->setText(tr("%n revision(s) you may see, newest first. Select two to compare.",
                            nullptr, int(m_revisions.size())));
    if (m_sinceRequest)
        applySinceRequest();
    Q_EMIT loaded(true);
}

void HistoryDialog::applySinceRequest()
{
    m_sinceRequest = false;
    // The request is the write that moved the practice to changes_requested; the country's
    // edits after it keep that status until they resubmit.
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        const auto status = [this](qsizetype at) {
            return at < m_revisions.size() ? m_revisions.at(at).fields.value("status"_L1).toString()
                                           : QString();
        };
        if (status(i) == "changes_requested"_L1 && status(i + 1) != "changes_requested"_L1) {
            selectRevisions(m_revisions.at(i).rev, m_revisions.constFirst().rev);
            m_state->setText(tr("What the country changed since changes were requested "
                                "(revision %1 to %2).")
                                 .arg(m_revisions.at(i).rev)
                                 .arg(m_revisions.constFirst().rev));
            return;
        }
    }
    m_state->setText(tr("No request for changes is in this practice's history."));
}

bool HistoryDialog::selectRevisions(qint64 older, qint64 newer)
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const qint64 rev = item->data(0, revRole).toLongLong();
        if (rev == older || rev == newer)
            items << item;
    }
    if (items.isEmpty() || (older != newer && items.size() != 2))
        return false;
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setSelected(true);
    m_list->setCurrentItem(items.constFirst(), 0, QItemSelectionModel::NoUpdate);
    showSelection();
    return true;
}

QString HistoryDialog::who(const QString &userId) const
{
    if (userId == m_workspace.user().id)
        return tr("You");
    for (const domain::User &u : m_workspace.reference().users())
        if (u.id == userId)
            return u.displayName;
    return userId;
}

void HistoryDialog::showSelection()
{
    QList<qint64> revs;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        revs << item->data(0, revRole).toLongLong();
    std::sort(revs.begin(), revs.end());
    m_restore->setEnabled(false);
    if (revs.isEmpty() || revs.size() > 2) {
        m_diff->setHtml(revs.isEmpty() ? QString()
                                       : u"<p>%1</p>"_s.arg(htmlText(
                                             tr("Select one revision, or two to compare."))));
        return;
    }
    qsizetype newer = -1, older = -1;
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        if (m_revisions.at(i).rev == revs.constLast())
            newer = i;
        if (m_revisions.at(i).rev == revs.constFirst())
            older = i;
    }
    if (newer < 0 || older < 0)
        return;
    if (revs.size() == 1) {
        // One revision: what it changed against the one before it.
        older = newer + 1 < m_revisions.size() ? newer + 1 : -1;
        m_restore->setEnabled(!m_revisions.at(newer).deleted);
    }
    m_diff->setHtml(diffHtml(older >= 0 ? &m_revisions.at(older) : nullptr, m_revisions.at(newer)));
}

QString HistoryDialog::diffHtml(const protocol::Revision *older,
                                const protocol::Revision &newer) const
{
    const QJsonObject before = older ? older->fields : QJsonObject();
    const QStringList changed = domain::RevisionFields::changed(m_kind, before, newer.fields);
    QString html = u"<p><b>%1</b></p>"_s.arg(
        htmlText(older ? tr("Revision %1 compared with revision %2").arg(newer.rev).arg(older->rev)
                       : tr("Revision %1, the oldest you may see").arg(newer.rev)));
    if (changed.isEmpty())
        html += u"<p>%1</p>"_s.arg(htmlText(tr("No field differs.")));
    for (const QString &name : changed) {
        const domain::FieldSpec *spec = domain::FieldSchema::field(m_kind, name);
        const QString oldText = domain::RevisionFields::text(before.value(name));
        const QString newText = domain::RevisionFields::text(newer.fields.value(name));
        // Each paragraph takes the direction of its text, so Arabic reads right to left.
        const bool rtl = (newText.isEmpty() ? oldText : newText).isRightToLeft();
        html += u"<h4>%1</h4><p dir=\"%2\" align=\"%3\">"_s.arg(
            htmlText(spec ? spec->displayLabel() : name), rtl ? u"rtl"_s : u"ltr"_s,
            rtl ? u"right"_s : u"left"_s);
        for (const domain::WordDiffSegment &s : domain::wordDiff(oldText, newText)) {
            switch (s.type) {
            case domain::WordDiffSegment::Type::Common:
                html += htmlText(s.text);
                break;
            case domain::WordDiffSegment::Type::Deleted:
                html += u"<span style=\"background-color:#fbd5d5; color:#8a1c1c; "
                        "text-decoration:line-through\">%1</span>"_s.arg(htmlText(s.text));
                break;
            case domain::WordDiffSegment::Type::Inserted:
                html += u"<span style=\"background-color:#d4f3d9; color:#14532d\">%1</span>"_s.arg(
                    htmlText(s.text));
                break;
            }
        }
        html += u"</p>"_s;
    }
    return html;
}

void HistoryDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1)
        return;
    const qint64 rev = selected.constFirst()->data(0, revRole).toLongLong();
    const protocol::Revision *revision = nullptr;
    for (const protocol::Revision &r : std::as_const(m_revisions))
        if (r.rev == rev)
            revision = &r;
    auto current = m_workspace.replica().records().get(m_id);
    if (!revision || !current || !current->has_value() || (*current)->deleted) {
        m_state->setText(tr("This record is not on this computer; sync first."));
        return;
    }
    domain::Record updated = **current;
    updated.fields =
        domain::RevisionFields::restored(updated.kind, (*current)->fields, revision->fields);
    if (updated.fields == (*current)->fields) {
        m_state->setText(tr("The record already has the content of revision %1.").arg(rev));
        return;
    }
    const domain::Decision decision =
        domain::AccessPolicy::canWrite(m_workspace.user(), **current, updated);
    if (!decision) {
        m_state->setText(tr("Cannot restore: %1").arg(decision.reason));
        return;
    }
    const domain::Validator validator;
    const auto issues =
        validator.validate(updated.kind, updated.fields, domain::Validator::modeFor(updated));
    if (!issues.isEmpty()) {
        m_state->setText(tr("Cannot restore: %1").arg(issues.constFirst().message));
        return;
    }
    auto saved = m_workspace.replica().records().saveDraft(updated);
    if (!saved) {
        m_state->setText(tr("Could not save: %1").arg(saved.error().message));
        return;
    }
    m_state->setText(tr("The content of revision %1 is now the record's content, saved on this "
                        "computer; the next sync sends it.")
                         .arg(rev));
    Q_EMIT restored(m_id);
}

} // namespace smec::desktop
