// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authservice.h"

#include "storage.h"

#include <QCryptographicHash>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace smec::server {

namespace {

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Verifying against this hash when the user does not exist keeps the answer time the same.
const QString &dummyHash()
{
    static const QString hash = AuthService::hashPassword(u"not-a-real-password"_s).value();
    return hash;
}

} // namespace

AuthService::AuthService(Storage &storage, Options options)
    : m_storage(storage)
    , m_options(options)
{
    initSodium();
}

Result<QString> AuthService::hashPassword(const QString &password)
{
    if (!initSodium())
        return Error{u"internal"_s, u"libsodium failed to initialise"_s, {}};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{u"internal"_s, u"out of memory while hashing a password"_s, {}};
    return QString::fromLatin1(out);
}

bool AuthService::verifyPassword(const QString &hash, const QString &password)
{
    if (!initSodium())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QByteArray AuthService::tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray AuthService::bearerToken(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() < 8 || qstrnicmp(trimmed.constData(), "Bearer ", 7) != 0)
        return {};
    return trimmed.mid(7).trimmed();
}

Result<AuthService::Login> AuthService::login(const QString &username, const QString &password)
{
    auto attempt = beginLogin(username);
    if (!attempt)
        return attempt.error();
    const bool ok = !attempt->throttled && verifyPassword(attempt->passwordHash, password);
    return finishLogin(username, attempt.value(), ok);
}

Result<AuthService::Attempt> AuthService::beginLogin(const QString &username)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto state = m_storage.throttle(username);
    if (!state)
        return state.error();
    Attempt attempt;
    if (state->lockedUntil.isValid() && state->lockedUntil > now) {
        attempt.throttled = true;
        attempt.retryAfterSeconds = int(qMax<qint64>(1, now.secsTo(state->lockedUntil) + 1));
        return attempt;
    }
    auto stored = m_storage.userByName(username);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        attempt.passwordHash = stored->value().passwordHash;
        attempt.user = stored->value().user;
    } else {
        attempt.passwordHash = dummyHash();
    }
    return attempt;
}

Result<AuthService::Login> AuthService::finishLogin(const QString &username, const Attempt &attempt,
                                                    bool passwordOk)
{
    Login login;
    if (attempt.throttled) {
        login.status = Login::Status::Throttled;
        login.retryAfterSeconds = attempt.retryAfterSeconds;
        return login;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Read again: other sign-ins of this name may have finished while the hash was checked.
    auto state = m_storage.throttle(username);
    if (!state)
        return state.error();
    if (state->lockedUntil.isValid() && state->lockedUntil > now) { // locked meanwhile
        login.status = Login::Status::Throttled;
        login.retryAfterSeconds = int(qMax<qint64>(1, now.secsTo(state->lockedUntil) + 1));
        return login;
    }
    if (!passwordOk || !attempt.user) {
        ThrottleState next = state.value();
        next.failures += 1;
        if (next.failures >= m_options.maxFailures) {
            const int doublings = qMin(next.failures - m_options.maxFailures, 6);
            next.lockedUntil = now.addSecs(qint64(m_options.lockSeconds) << doublings);
        }
        if (auto r = m_storage.setThrottle(username, next); !r)
            return r.error();
        login.status = Login::Status::BadCredentials;
        return login;
    }
    if (state->failures > 0 || state->lockedUntil.isValid()) {
        if (auto r = m_storage.setThrottle(username, ThrottleState{}); !r)
            return r.error();
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray token =
        QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw, sizeof raw);
    login.expiresAt = now.addDays(m_options.tokenDays);
    if (auto r = m_storage.addSession(tokenHash(token), attempt.user->id, login.expiresAt); !r)
        return r.error();
    login.status = Login::Status::Ok;
    login.token = QString::fromLatin1(token);
    login.user = *attempt.user;
    return login;
}

Result<std::optional<domain::User>> AuthService::authenticate(const QByteArray &header)
{
    const QByteArray token = bearerToken(header);
    if (token.isEmpty() || token.size() > 512)
        return std::optional<domain::User>();
    return m_storage.sessionUser(tokenHash(token), QDateTime::currentDateTimeUtc());
}

Result<void> AuthService::logout(const QByteArray &header)
{
    const QByteArray token = bearerToken(header);
    if (token.isEmpty())
        return {};
    return m_storage.removeSession(tokenHash(token));
}

} // namespace smec::server
