// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conflictdialog.h"

#include "domain/fieldschema.h"
#include "domain/recordmerge.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

namespace {

/// Names of the fields that differ between mine and theirs, sorted.
QStringList differingFields(const replica::Conflict &conflict)
{
    QStringList names = conflict.mine.keys();
    for (const QString &key : conflict.theirs.keys()) {
        if (!names.contains(key))
            names.append(key);
    }
    QStringList differing;
    for (const QString &name : std::as_const(names)) {
        if (conflict.mine.value(name) != conflict.theirs.value(name))
            differing.append(name);
    }
    std::sort(differing.begin(), differing.end());
    return differing;
}

} // namespace

ConflictDialog::ConflictDialog(Workspace &workspace, const replica::Conflict &conflict,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_conflict(conflict)
    , m_fields(differingFields(conflict))
    , m_table(new QTableWidget)
    , m_message(new QLabel)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Resolve a conflict"));
    resize(980, 520);
    const QString title =
        conflict.mine.value(u"title"_s).toString(conflict.theirs.value(u"title"_s).toString());
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    if (conflict.theirsDeleted)
        intro->setText(tr("\"%1\" was deleted on the server while you were editing it. Keep "
                          "your version to create it again, or accept the deletion.")
                           .arg(title));
    else
        intro->setText(tr("\"%1\" was changed on the server and on this computer. For each "
                          "field, keep yours, take the server's (double-click it), or edit "
                          "the result.")
                           .arg(title));

    m_table->setObjectName(u"conflictTable"_s);
    m_table->setAccessibleName(tr("Conflicting fields"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Mine"), tr("Theirs (server)"), tr("Result")});
    m_table->setRowCount(int(m_fields.size()));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    // The result starts as the three-way merge the sync engine would make: a field only the
    // server changed takes the server's value, one only changed here keeps yours, and only the
    // fields changed on both sides start as yours and wait for a decision. Those come first.
    const bool merging = !conflict.mineDeleted && !conflict.theirsDeleted;
    m_merge =
        merging ? domain::mergeFields(conflict.kind, conflict.base, conflict.mine, conflict.theirs)
                : domain::RecordMergeResult{conflict.mine, m_fields, {}};
    const domain::RecordMergeResult &merge = m_merge;
    std::stable_partition(m_fields.begin(), m_fields.end(),
                          [&merge](const QString &name) { return merge.conflicts.contains(name); });
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &name = m_fields.at(row);
        const domain::FieldSpec *spec = domain::FieldSchema::field(conflict.kind, name);
        const QString label = spec ? spec->displayLabel() : name;
        QString change;
        if (merge.conflicts.contains(name))
            change = tr("changed here and on the server");
        else if (conflict.mine.value(name) == conflict.base.value(name))
            change = tr("changed on the server");
        else
            change = tr("changed here");
        auto *field = new QTableWidgetItem(label + u'\n' + change);
        field->setFlags(Qt::ItemIsEnabled);
        field->setToolTip(change);
        if (merge.conflicts.contains(name)) {
            QFont bold = field->font();
            bold.setBold(true);
            field->setFont(bold);
        }
        auto *mine = new QTableWidgetItem(display(conflict.mine.value(name)));
        mine->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        mine->setToolTip(tr("Double-click to keep yours"));
        auto *theirs = new QTableWidgetItem(display(conflict.theirs.value(name)));
        theirs->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        theirs->setToolTip(tr("Double-click to take the server's"));
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, MineColumn, mine);
        m_table->setItem(row, TheirsColumn, theirs);
        m_table->setItem(row, ResultColumn, new QTableWidgetItem);
        m_results.append(QJsonValue());
        setResult(row, merge.merged.value(name));
    }
    m_table->resizeRowsToContents();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == TheirsColumn)
            takeTheirs(row);
        else if (column == MineColumn)
            takeMine(row);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ResultColumn)
            return;
        const int row = item->row();
        if (row < m_results.size() && display(m_results.at(row)) != item->text())
            m_results[row] = item->text(); // an edited text field
    });

    m_message->setObjectName(u"conflictMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c0392b;"_s);

    auto *buttons = new QDialogButtonBox;
    QPushButton *keep = buttons->addButton(conflict.theirsDeleted ? tr("&Keep my version")
                                                                  : tr("&Resolve with the result"),
                                           QDialogButtonBox::AcceptRole);
    keep->setObjectName(u"resolveButton"_s);
    QPushButton *server = buttons->addButton(
        conflict.theirsDeleted ? tr("&Accept the deletion") : tr("Take the &server's version"),
        QDialogButtonBox::DestructiveRole);
    server->setObjectName(u"takeServerButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keep, &QPushButton::clicked, this, [this] {
        if (resolve())
            accept();
    });
    connect(server, &QPushButton::clicked, this, [this] {
        if (acceptServerVersion())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hunkPanel = new QWidget;
    buildHunks(hunkPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(hunkPanel, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ConflictDialog::buildHunks(QWidget *panel)
{
    for (auto it = m_merge.texts.constBegin(); it != m_merge.texts.constEnd(); ++it) {
        for (int i = 0; i < it->hunks.size(); ++i)
            m_hunks.append({it.key(), i, std::nullopt});
    }
    panel->setVisible(!m_hunks.isEmpty());
    auto *label = new QLabel(tr("Text changed in the same place on both sides: decide each "
                                "place. Until you do, it keeps your text."));
    label->setWordWrap(true);
    m_hunkTable = new QTableWidget(int(m_hunks.size()), 4);
    m_hunkTable->setObjectName(u"conflictHunks"_s);
    m_hunkTable->setAccessibleName(tr("Conflicting places in text fields"));
    m_hunkTable->setHorizontalHeaderLabels(
        {tr("Place"), tr("Mine"), tr("Theirs (server)"), tr("Result")});
    m_hunkTable->verticalHeader()->setVisible(false);
    m_hunkTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_hunkTable->horizontalHeader()->setSectionResizeMode(HunkLabelColumn,
                                                          QHeaderView::ResizeToContents);
    m_hunkTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hunkTable->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int row = 0; row < m_hunks.size(); ++row) {
        const Hunk &h = m_hunks.at(row);
        const domain::TextHunk text = m_merge.texts.value(h.field).hunks.at(h.index);
        const domain::FieldSpec *spec = domain::FieldSchema::field(m_conflict.kind, h.field);
        auto *place = new QTableWidgetItem(
            tr("%1, place %2").arg(spec ? spec->displayLabel() : h.field).arg(h.index + 1));
        place->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *mine = new QTableWidgetItem(text.mine);
        mine->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *theirs = new QTableWidgetItem(text.theirs);
        theirs->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *result = new QTableWidgetItem(tr("(not decided: yours for now)"));
        result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_hunkTable->setItem(row, HunkLabelColumn, place);
        m_hunkTable->setItem(row, HunkMineColumn, mine);
        m_hunkTable->setItem(row, HunkTheirsColumn, theirs);
        m_hunkTable->setItem(row, HunkResultColumn, result);
    }
    m_hunkTable->resizeRowsToContents();
    connect(m_hunkTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == HunkResultColumn) // typed by the user: an edited hunk
            setHunkText(item->row(), item->text());
    });
    connect(m_hunkTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showMerged(row); });

    auto *buttons = new QHBoxLayout;
    const auto addButton = [this, buttons](const QString &text, const QString &name,
                                           auto &&onClick) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, onClick);
        buttons->addWidget(button);
    };
    addButton(tr("Take &mine"), u"hunkMineButton"_s,
              [this] { takeHunk(m_hunkTable->currentRow(), Take::Mine); });
    addButton(tr("Take &theirs"), u"hunkTheirsButton"_s,
              [this] { takeHunk(m_hunkTable->currentRow(), Take::Theirs); });
    addButton(tr("Take &both"), u"hunkBothButton"_s,
              [this] { takeHunk(m_hunkTable->currentRow(), Take::Both); });
    addButton(tr("&Edit"), u"hunkEditButton"_s, [this] {
        if (QTableWidgetItem *item = m_hunkTable->item(m_hunkTable->currentRow(), HunkResultColumn))
            m_hunkTable->editItem(item);
    });
    buttons->addStretch();

    m_mergedView = new QPlainTextEdit;
    m_mergedView->setObjectName(u"conflictMergedText"_s);
    m_mergedView->setAccessibleName(tr("Merged text, conflicting places marked"));
    m_mergedView->setReadOnly(true);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_hunkTable, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_mergedView, 1);
    if (!m_hunks.isEmpty())
        m_hunkTable->setCurrentCell(0, HunkMineColumn);
}

void ConflictDialog::takeHunk(int hunk, Take take)
{
    if (hunk < 0 || hunk >= m_hunks.size())
        return;
    const Hunk &h = m_hunks.at(hunk);
    const domain::TextHunk text = m_merge.texts.value(h.field).hunks.at(h.index);
    setHunkText(hunk, take == Take::Mine     ? text.mine
                      : take == Take::Theirs ? text.theirs
                                             : text.mine + text.theirs);
}

void ConflictDialog::setHunkText(int hunk, const QString &text)
{
    if (hunk < 0 || hunk >= m_hunks.size())
        return;
    m_hunks[hunk].chosen = text;
    {
        const QSignalBlocker blocker(m_hunkTable);
        m_hunkTable->item(hunk, HunkResultColumn)->setText(text);
    }
    applyHunks(m_hunks.at(hunk).field);
    showMerged(hunk);
}

void ConflictDialog::applyHunks(const QString &field)
{
    const domain::TextMergeResult &text = m_merge.texts.value(field);
    QStringList chosen;
    for (const Hunk &h : std::as_const(m_hunks)) {
        if (h.field == field)
            chosen.append(h.chosen.value_or(text.hunks.at(h.index).mine));
    }
    const int row = int(m_fields.indexOf(field));
    if (row >= 0)
        setResult(row, text.text(chosen));
}

void ConflictDialog::showMerged(int hunk)
{
    if (hunk < 0 || hunk >= m_hunks.size())
        return;
    const QString field = m_hunks.at(hunk).field;
    const domain::TextMergeResult &text = m_merge.texts.value(field);
    m_mergedView->clear();
    QTextCursor cursor(m_mergedView->document());
    QTextCharFormat plain;
    QTextCharFormat open;
    open.setBackground(QColor(0xfd, 0xeb, 0xb3));
    open.setFontWeight(QFont::Bold);
    QTextCharFormat decided;
    decided.setBackground(QColor(0xd5, 0xf0, 0xd9));
    int position = 0;
    for (int i = 0; i < text.pieces.size(); ++i) {
        cursor.insertText(text.pieces.at(i), plain);
        if (i >= text.hunks.size())
            break;
        const Hunk &h = m_hunks.at(hunk - m_hunks.at(hunk).index + i);
        if (h.index == m_hunks.at(hunk).index)
            position = cursor.position();
        if (h.chosen) {
            cursor.insertText(*h.chosen, decided);
        } else {
            cursor.insertText(tr("[place %1, not decided: mine]").arg(i + 1) + u'\n', open);
            cursor.insertText(text.hunks.at(i).mine, open);
            cursor.insertText(tr("[place %1, theirs]").arg(i + 1) + u'\n', open);
            cursor.insertText(text.hunks.at(i).theirs, open);
            cursor.insertText(tr("[end of place %1]").arg(i + 1) + u'\n', open);
        }
    }
    cursor.setPosition(position);
    m_mergedView->setTextCursor(cursor);
    m_mergedView->ensureCursorVisible();
}

QString ConflictDialog::display(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return tr("(empty)");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    QStringList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        items.append(v.isObject() ? v.toObject().value(u"url"_s).toString() : display(v));
    return items.join(u", "_s);
}

void ConflictDialog::setResult(int row, const QJsonValue &value)
{
    m_results[row] = value;
    QTableWidgetItem *item = m_table->item(row, ResultColumn);
    const QSignalBlocker blocker(m_table);
    item->setText(display(value));
    // Only text can be typed; lists and numbers take one side or the other.
    const bool editable = value.isString() || value.isUndefined() || value.isNull();
    item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                            : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

void ConflictDialog::takeTheirs(int row)
{
    if (row >= 0 && row < m_fields.size())
        setResult(row, m_conflict.theirs.value(m_fields.at(row)));
}

void ConflictDialog::takeMine(int row)
{
    if (row >= 0 && row < m_fields.size())
        setResult(row, m_conflict.mine.value(m_fields.at(row)));
}

QJsonObject ConflictDialog::resultFields() const
{
    QJsonObject fields = m_conflict.mine;
    for (int row = 0; row < m_fields.size(); ++row) {
        const QJsonValue &v = m_results.at(row);
        if (v.isUndefined())
            fields.remove(m_fields.at(row));
        else
            fields.insert(m_fields.at(row), v);
    }
    return fields;
}

bool ConflictDialog::resolve()
{
    auto done = m_workspace.replica().resolveConflictKeep(m_conflict.recordId, resultFields());
    if (!done) {
        m_message->setText(tr("Could not resolve: %1").arg(done.error().message));
        return false;
    }
    return true;
}

bool ConflictDialog::acceptServerVersion()
{
    auto done = m_workspace.replica().resolveConflictTakeTheirs(m_conflict.recordId);
    if (!done) {
        m_message->setText(tr("Could not resolve: %1").arg(done.error().message));
        return false;
    }
    return true;
}

} // namespace smec::desktop
