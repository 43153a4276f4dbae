// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smec::desktop {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(tr("Offline")))
    , m_lastSync(new QLabel(tr("Never synced")))
    , m_pending(new QLabel(tr("No pending changes")))
    , m_progress(new QProgressBar)
    , m_syncButton(new QToolButton)
{
    setObjectName(u"syncStatus"_s);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_connection->setAccessibleName(tr("Connection"));
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_pending->setObjectName(u"pendingLabel"_s);
    m_pending->setAccessibleName(tr("Pending changes"));
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setAccessibleName(tr("Sync now"));
    m_syncButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_connection);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncButton);
    connect(m_syncButton, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
}

void SyncStatusWidget::setService(SyncService *service)
{
    setOnline(service->isOnline());
    connect(service, &SyncService::onlineChanged, this, &SyncStatusWidget::setOnline);
    connect(service, &SyncService::syncStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_syncButton->setEnabled(false);
        m_lastSync->setText(tr("Syncing…"));
    });
    connect(service, &SyncService::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::clamp(done * 1000 / total, qint64(0), qint64(1000))));
        }
        m_lastSync->setText(done > 0 ? tr("Syncing: %Ln record(s) received", nullptr, int(done))
                                     : tr("Syncing…"));
    });
    connect(service, &SyncService::indexing, this, [this](qint64 done, qint64 total) {
        const int percent =
            total > 0 ? int(std::clamp(done * 100 / total, qint64(0), qint64(100))) : 0;
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
        m_lastSync->setText(tr("Indexing for search: %1 %").arg(percent));
    });
    connect(service, &SyncService::syncFinished, this, &SyncStatusWidget::onFinished);
}

void SyncStatusWidget::onFinished(const SyncService::Summary &summary)
{
    const bool wasSyncing = m_progress->isVisible();
    m_progress->setVisible(false);
    m_syncButton->setEnabled(true);
    if (summary.ok) {
        setLastSync(QDateTime::currentDateTimeUtc());
        m_lastSync->setToolTip({});
    } else {
        m_lastSync->setToolTip(summary.message);
        if (wasSyncing || m_lastSync->text() == tr("Syncing…"))
            m_lastSync->setText(tr("Sync failed"));
    }
}

void SyncStatusWidget::setOnline(bool online)
{
    m_connection->setText(online ? tr("Online") : tr("Offline"));
    m_connection->setToolTip(online ? tr("Connected to the server")
                                    : tr("Working on this computer's copy; changes are kept and "
                                         "sent when the server can be reached."));
}

void SyncStatusWidget::setLastSync(const QDateTime &when)
{
    m_lastSync->setText(
        when.isValid()
            ? tr("Last sync %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
}

void SyncStatusWidget::setPendingCount(qint64 pending, qint64 rejected)
{
    QString text = pending == 0 ? tr("No pending changes")
                                : tr("%Ln change(s) to send", nullptr, int(pending));
    if (rejected > 0)
        text = tr("%1, %Ln rejected", "pending text, rejected count", int(rejected)).arg(text);
    m_pending->setText(text);
}

} // namespace smec::desktop
