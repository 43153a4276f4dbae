// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conflictdialog.h"

#include "domain/fieldschema.h"
#include "domain/recordmerge.h"
#include "replica/replica.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
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
    const domain::RecordMergeResult merge =
        merging ? domain::mergeFields(conflict.kind, conflict.base, conflict.mine, conflict.theirs)
                : domain::RecordMergeResult{conflict.mine, m_fields, {}};
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
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
