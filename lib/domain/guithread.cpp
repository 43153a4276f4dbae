// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "guithread.h"

#include <QThread>

#include <atomic>

namespace smec::domain {

namespace {

std::atomic<QThread *> s_gui{nullptr};
std::atomic<quint64> s_checks{0};
std::atomic<quint64> s_violations{0};
#ifdef QT_NO_DEBUG
std::atomic_bool s_fatal{false};
#else
std::atomic_bool s_fatal{true};
#endif

} // namespace

void GuiThread::declare(QThread *thread)
{
    s_gui.store(thread);
}

bool GuiThread::isCurrent()
{
    QThread *gui = s_gui.load(std::memory_order_relaxed);
    return gui && gui == QThread::currentThread();
}

void GuiThread::expectOff(const char *where)
{
    QThread *gui = s_gui.load(std::memory_order_relaxed);
    if (!gui)
        return;
    s_checks.fetch_add(1, std::memory_order_relaxed);
    if (gui != QThread::currentThread())
        return;
    s_violations.fetch_add(1, std::memory_order_relaxed);
    if (s_fatal.load())
        qFatal("%s ran on the GUI thread: sync work belongs on the sync thread (DESIGN.md "
               "invariant 8)",
               where);
    qCritical("%s ran on the GUI thread: sync work belongs on the sync thread (DESIGN.md "
              "invariant 8)",
              where);
}

quint64 GuiThread::checks()
{
    return s_checks.load();
}

quint64 GuiThread::violations()
{
    return s_violations.load();
}

void GuiThread::setFatal(bool fatal)
{
    s_fatal.store(fatal);
}

} // namespace smec::domain
