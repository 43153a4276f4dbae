// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdowneditor.h"

#include "markdownview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>

#ifdef SMEC_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace smec::desktop {

#ifdef SMEC_HAVE_KSYNTAXHIGHLIGHTING
namespace {
/// The application's one repository: loading definitions is costly, so editors share it.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
} // namespace
#endif

MarkdownEditor::MarkdownEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit)
    , m_preview(new MarkdownView)
{
    setObjectName(name + u"MarkdownEditor"_s);
    m_editor->setObjectName(name + u"Editor"_s);
    m_preview->setObjectName(name + u"Preview"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_preview->setFocusPolicy(Qt::ClickFocus);

#ifdef SMEC_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    highlighter->setDefinition(repository().definitionForName(u"Markdown"_s));
    m_highlighter = highlighter;
    applyTheme();
#endif

    auto *splitter = new QSplitter;
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &MarkdownEditor::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer.start();
        Q_EMIT changed();
    });
}

bool MarkdownEditor::hasHighlighting()
{
#ifdef SMEC_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

void MarkdownEditor::setAccessibleFieldName(const QString &name)
{
    m_editor->setAccessibleName(name);
    m_preview->setAccessibleName(tr("Preview of %1").arg(name));
}

QString MarkdownEditor::markdown() const
{
    return m_editor->toPlainText();
}

void MarkdownEditor::setMarkdown(const QString &markdown)
{
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(markdown);
    updatePreview();
}

void MarkdownEditor::updatePreview()
{
    m_preview->setSafeMarkdown(m_editor->toPlainText());
}

bool MarkdownEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        Q_EMIT focusLeft();
    return QWidget::eventFilter(watched, event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void MarkdownEditor::applyTheme()
{
#ifdef SMEC_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    if (!highlighter)
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(
        repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                       : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->rehighlight();
#endif
}

} // namespace smec::desktop
