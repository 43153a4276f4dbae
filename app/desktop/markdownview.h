// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTextBrowser>
#include <QUrl>

#include <functional>

namespace smec::desktop {

/// A read-only view of untrusted Markdown (practices, posts, meetings from other countries): the
/// GitHub dialect with raw HTML parsed as text, no resource ever loaded (no remote images, no
/// local files), and links handed to the system browser only when they are http or https.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    /// Shows `markdown` safely (see class comment).
    void setSafeMarkdown(const QString &markdown);
    /// Replaces QDesktopServices::openUrl (tests).
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }
    /// True for http and https URLs with a host: the only links the view opens.
    static bool isOpenableUrl(const QUrl &url);
    /// How many resource loads were refused (tests).
    int refusedLoads() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// A link the view refused to open (not http/https).
    void linkRefused(const QUrl &url);

private:
    void onAnchorClicked(const QUrl &url);

    std::function<void(const QUrl &)> m_opener;
    int m_refused = 0;
};

} // namespace smec::desktop
