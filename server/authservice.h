// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace smec::server {

class Storage;

/// Passwords (Argon2id via libsodium), bearer tokens (256-bit random, stored as SHA-256 hashes,
/// expiring) and the per-user-name throttle on failed sign-ins, shared through the storage by
/// every server process.
class AuthService final
{
public:
    struct Options
    {
        int tokenDays = 30;
        int maxFailures = 5;  ///< failures before the user name is locked
        int lockSeconds = 60; ///< first lock; doubles with each further failure, up to 64x
    };

    struct Login
    {
        enum class Status { Ok, BadCredentials, Throttled };
        Status status = Status::BadCredentials;
        QString token;
        QDateTime expiresAt;
        domain::User user;
        int retryAfterSeconds = 0;
    };

    AuthService(Storage &storage, Options options);

    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    /// SHA-256 of a token: what the sessions table keeps.
    static QByteArray tokenHash(const QByteArray &token);

    /// What a sign-in needs from the storage before the password can be checked.
    struct Attempt
    {
        bool throttled = false;
        int retryAfterSeconds = 0;
        /// The Argon2id hash to verify against: the user's, or a dummy one for an unknown user
        /// (so both take the same time).
        QString passwordHash;
        std::optional<domain::User> user;
    };

    /// A whole sign-in on the calling thread (beginLogin, verifyPassword, finishLogin).
    Result<Login> login(const QString &username, const QString &password);
    /// Step 1, on the storage's thread: the throttle state and the hash to check.
    Result<Attempt> beginLogin(const QString &username);
    /// Step 3, on the storage's thread, with the outcome of verifyPassword(attempt.passwordHash,
    /// password) computed anywhere (it is thread-safe and takes ~50 ms of CPU by design):
    /// records the failure or creates the session.
    Result<Login> finishLogin(const QString &username, const Attempt &attempt, bool passwordOk);
    /// The user of `Authorization: Bearer <token>`, or nullopt for a missing, unknown or
    /// expired token.
    Result<std::optional<domain::User>> authenticate(const QByteArray &authorizationHeader);
    /// Revokes the token of the header; a token already gone is fine.
    Result<void> logout(const QByteArray &authorizationHeader);

private:
    static QByteArray bearerToken(const QByteArray &authorizationHeader);

    Storage &m_storage;
    Options m_options;
};

} // namespace smec::server
