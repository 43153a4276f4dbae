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

    Result<Login> login(const QString &username, const QString &password);
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
