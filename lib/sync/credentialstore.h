// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"

#include <QObject>

namespace smec::sync {

/// Keeps sign-in tokens in the operating system's keychain through QtKeychain (Secret Service,
/// KWallet, macOS Keychain, Windows Credential Manager). Every call is asynchronous and answers
/// with a signal; nothing ever falls back to a plain file silently. An empty Error::code in a
/// signal means success.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    void writeToken(const QString &account, const QString &token);
    void readToken(const QString &account);
    void removeToken(const QString &account);

Q_SIGNALS:
    void tokenWritten(const QString &account, const smec::Error &error);
    void tokenRead(const QString &account, const QString &token, const smec::Error &error);
    void tokenRemoved(const QString &account, const smec::Error &error);

private:
    QString m_service;
};

} // namespace smec::sync
