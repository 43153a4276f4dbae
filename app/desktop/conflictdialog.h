// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "replica/replicatypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace smec::desktop {

class Workspace;

/// Shows one conflict side by side, field by field: my version, the server's, and the result,
/// which starts from the three-way merge (a change made on one side only is kept) and can take
/// mine or theirs per field or be edited (text fields). A remote delete
/// of a local edit offers keeping mine (re-creating it) or accepting the deletion.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, ResultColumn };

    ConflictDialog(Workspace &workspace, const replica::Conflict &conflict,
                   QWidget *parent = nullptr);

    /// Result of field row `row` takes the server's value.
    void takeTheirs(int row);
    void takeMine(int row);
    /// The fields that would be kept now.
    QJsonObject resultFields() const;
    /// Applies the decision through the replica; false (message shown) when it failed.
    bool resolve();
    bool acceptServerVersion();

private:
    void setResult(int row, const QJsonValue &value);
    static QString display(const QJsonValue &value);

    Workspace &m_workspace;
    replica::Conflict m_conflict;
    QStringList m_fields;
    QList<QJsonValue> m_results;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace smec::desktop
