// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

class QThread;

namespace smec::domain {

/// DESIGN.md section 5, invariant 8 (sync never on the GUI thread), checked where it matters:
/// the sync engine, its transport and the sync's replica connection call expectOff(). The
/// desktop's application object declares its thread the GUI thread while it lives; the CLI
/// declares none, so there the sync runs on the main thread unchecked. A call on the GUI thread
/// is logged and counted in every build (tests read violations()) and aborts a build with
/// assertions (Debug), unless a test turned that off to see the count.
/// It lives in domain, the lowest layer, because lib/replica and lib/sync both use it.
class GuiThread final
{
public:
    GuiThread() = delete;

    /// Declares `thread` the GUI thread; nullptr declares none.
    static void declare(QThread *thread);
    /// Whether the calling thread is the declared GUI thread.
    static bool isCurrent();
    /// Marks work that must not run on the GUI thread; `where` names it in the log.
    static void expectOff(const char *where);
    /// expectOff() calls made while a GUI thread was declared, and those made on it.
    static quint64 checks();
    static quint64 violations();
    /// Whether a violation aborts the process (default: in builds with assertions).
    static void setFatal(bool fatal);
};

} // namespace smec::domain
