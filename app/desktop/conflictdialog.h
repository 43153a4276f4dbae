// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/recordmerge.h"
#include "replica/replicatypes.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace smec::desktop {

class Workspace;

/// Shows one conflict side by side, field by field: my version, the server's, and the result,
/// which starts from the three-way merge (a change made on one side only is kept) and can take
/// mine or theirs per field or be edited (text fields). A remote delete
/// of a local edit offers keeping mine (re-creating it) or accepting the deletion. A text field
/// merged line by line lists its conflicting hunks below, each decided on its own (mine,
/// theirs, both, or edited), with the field's merged text shown and the hunks marked in it.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, ResultColumn };
    enum HunkColumn { HunkLabelColumn, HunkMineColumn, HunkTheirsColumn, HunkResultColumn };
    enum class Take { Mine, Theirs, Both };

    ConflictDialog(Workspace &workspace, const replica::Conflict &conflict,
                   QWidget *parent = nullptr);

    /// Result of field row `row` takes the server's value.
    void takeTheirs(int row);
    void takeMine(int row);
    /// The hunks of every conflicting text field, in field then hunk order.
    int hunkCount() const { return int(m_hunks.size()); }
    /// Decides hunk `hunk` (a row of the hunk table); the field's result follows.
    void takeHunk(int hunk, Take take);
    /// Decides hunk `hunk` with text of the user's own.
    void setHunkText(int hunk, const QString &text);
    /// The fields that would be kept now.
    QJsonObject resultFields() const;
    /// Applies the decision through the replica; false (message shown) when it failed.
    bool resolve();
    bool acceptServerVersion();

private:
    struct Hunk
    {
        QString field;
        int index = 0;
        std::optional<QString> chosen; ///< nullopt while undecided (the result shows mine)
    };
    void setResult(int row, const QJsonValue &value);
    void buildHunks(QWidget *panel);
    void applyHunks(const QString &field);
    void showMerged(int hunk);
    static QString display(const QJsonValue &value);

    Workspace &m_workspace;
    replica::Conflict m_conflict;
    QStringList m_fields;
    QList<QJsonValue> m_results;
    QTableWidget *m_table;
    QLabel *m_message;
    domain::RecordMergeResult m_merge;
    QList<Hunk> m_hunks;
    QTableWidget *m_hunkTable = nullptr;
    QPlainTextEdit *m_mergedView = nullptr;
};

} // namespace smec::desktop
