// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "offlinesyncservice.h"

#include <QTimer>

namespace smec::desktop {

OfflineSyncService::OfflineSyncService(QObject *parent)
    : SyncService(parent)
{}

void OfflineSyncService::requestSync()
{
    // Answer from the event loop, as a real engine would, so callers see the same order.
    QTimer::singleShot(0, this, [this] {
        Summary summary;
        summary.ok = false;
        summary.message = tr("Working offline. Your changes are kept and will be sent once you "
                             "sign in to a server (File > Sign in).");
        Q_EMIT syncFinished(summary);
    });
}

} // namespace smec::desktop
