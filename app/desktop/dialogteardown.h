// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace smec::desktop {

/// For a dialog's destructor, after its last save: QDialog's own destructor hides the dialog,
/// which moves the focus and makes child editors emit signals (focusLeft()) when the derived
/// dialog is already gone. Disconnecting every child from `dialog` first means nothing reaches
/// the half-destroyed object.
inline void disconnectChildrenFrom(QObject *dialog)
{
    for (QObject *child : dialog->findChildren<QObject *>())
        QObject::disconnect(child, nullptr, dialog, nullptr);
}

} // namespace smec::desktop
