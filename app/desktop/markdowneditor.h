// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTimer>
#include <QWidget>

class QPlainTextEdit;

namespace smec::desktop {

class MarkdownView;

/// A Markdown source editor with a live, safe preview beside it. Highlights Markdown with KDE
/// Syntax Highlighting when the build found it (one repository for the whole application, theme
/// following the palette's lightness); a plain editor otherwise.
class MarkdownEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    /// `name` prefixes objectNames (`body` -> `bodyEditor`, `bodyPreview`).
    explicit MarkdownEditor(const QString &name, QWidget *parent = nullptr);

    QString markdown() const;
    void setMarkdown(const QString &markdown);
    QPlainTextEdit *editor() const { return m_editor; }
    MarkdownView *preview() const { return m_preview; }
    void setAccessibleFieldName(const QString &name);
    /// True when the build highlights Markdown.
    static bool hasHighlighting();

Q_SIGNALS:
    void changed();
    /// The editor lost the keyboard focus (autosave point).
    void focusLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updatePreview();
    void applyTheme();

    QPlainTextEdit *m_editor;
    MarkdownView *m_preview;
    QTimer m_previewTimer;
    QObject *m_highlighter = nullptr;
};

} // namespace smec::desktop
