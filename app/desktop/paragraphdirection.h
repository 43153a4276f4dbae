// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <Qt>

class QString;
class QTextDocument;

namespace smec::desktop {

/// Bidirectional text, paragraph by paragraph (what HTML's `dir="auto"` does): a paragraph
/// written in Arabic runs right to left even in an English interface, an English one left to
/// right in an Arabic interface.
namespace ParagraphDirection {

/// The direction of the first strong character of `text` (letters: L, R or AL), or
/// `fallback` when it has none (digits, punctuation, empty).
Qt::LayoutDirection of(const QString &text, Qt::LayoutDirection fallback);

/// Gives every block of `document` the direction of its own text and every table the
/// interface's direction `interfaceDirection` (tables are laid out, not read).
void apply(QTextDocument *document, Qt::LayoutDirection interfaceDirection);

} // namespace ParagraphDirection

} // namespace smec::desktop
