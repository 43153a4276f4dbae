// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "syncservice.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace smec::desktop {

/// The status bar's sync corner: online or offline, last sync, pending changes, and a progress
/// bar while a sync runs. Fed by a SyncService and by counts the application reads from the
/// replica.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setService(SyncService *service);
    void setPendingCount(qint64 pending, qint64 rejected);
    void setLastSync(const QDateTime &when);
    void setOnline(bool online);

Q_SIGNALS:
    void syncRequested();

private:
    void onFinished(const SyncService::Summary &summary);

    QLabel *m_connection;
    QLabel *m_lastSync;
    QLabel *m_pending;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
};

} // namespace smec::desktop
