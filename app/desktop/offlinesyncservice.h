// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "syncservice.h"

namespace smec::desktop {

/// The sync service of a profile that works offline (no server configured): never online; a
/// requested sync finishes at once and says how to go online. Edits stay in the outbox.
class OfflineSyncService final : public SyncService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineSyncService)

public:
    explicit OfflineSyncService(QObject *parent = nullptr);

    bool isOnline() const override { return false; }
    bool isSyncing() const override { return false; }
    void requestSync() override;
};

} // namespace smec::desktop
