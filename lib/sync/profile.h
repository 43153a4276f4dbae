// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/result.h"
#include "domain/user.h"
#include "protocol/messages.h"

#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>

class QSettings;
class QUrl;

namespace smec::sync {

struct SignedIn;

/// The on-disk profile shared by the desktop app and the CLI (DESIGN.md section 6), so a profile
/// prepared by `smecommunity-cli login` opens signed in with `smecommunity --profile DIR`:
/// `DIR/replica.sqlite`, `DIR/settings.ini` (server, user name, CA file, the user's directory
/// entry; never a secret) and, only when the user asked for it, `DIR/token` (mode 0600).
/// Its keys are one table (profile.cpp); the desktop's Settings adds only its own UI keys, in
/// the same QSettings object (settings()), so each sees what the other wrote at once.
class Profile final
{
public:
    enum class TokenStorage { Keychain, File };

    /// The profile's keys of settings.ini. Their names on disk are a contract: profiles
    /// written by earlier releases and by the CLI contain them.
    enum class Key {
        Version,
        ServerUrl,
        Username,
        CaCertificate,
        OfflineMode,
        TokenStorage,
        UserId,
        UserDisplayName,
        UserCountry,
        UserRole,
    };

    /// The settings.ini format; migrate() brings older files up to it.
    static constexpr int currentVersion = 1;

    /// Opens (and creates) the profile folder `dir`.
    explicit Profile(const QString &dir);
    ~Profile();
    Profile(const Profile &) = delete;
    Profile &operator=(const Profile &) = delete;

    QString dir() const { return m_dir; }
    QString replicaPath() const;
    QString settingsPath() const;
    QString tokenFilePath() const;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    /// Brings a settings.ini written by the CLI or an older client to currentVersion.
    void migrate();
    /// The QSettings of settings.ini, for an application's own keys beside the profile's.
    QSettings &settings() { return *m_settings; }
    const QSettings &settings() const { return *m_settings; }

    QString serverUrl() const;
    QString username() const;
    QString caFile() const;
    TokenStorage tokenStorage() const;
    protocol::UserInfo user() const;
    /// user() for the domain rules: an unknown role counts as delegate; `id` is empty when
    /// nobody signed in (each app then decides who the local author is).
    domain::User domainUser() const;
    /// "Work offline" was chosen: no server is contacted.
    bool isOffline() const;
    /// Signed in: a server and user are set (the token itself lives in the keychain or file).
    bool hasServer() const;

    /// Remembers a successful sign-in (and leaves offline mode).
    void setSignedIn(const QString &serverUrl, const QString &caFile, TokenStorage storage,
                     const protocol::UserInfo &user);
    void setSignedIn(const SignedIn &signedIn);
    /// Forgets the server and user (sign-out); the replica stays.
    void clearSignIn();
    Result<void> sync();

    /// The keychain account of this sign-in: `user@host:port`.
    QString keychainAccount() const;
    static QString keychainAccount(const QUrl &server, const QString &username);
    static QString keychainService();
    /// `dir`/token: where TokenStorage::File keeps the token of the profile in `dir`.
    static QString tokenFilePathIn(const QString &dir);

private:
    QString m_dir;
    std::unique_ptr<QSettings> m_settings;
};

/// A sign-in the server accepted, its token already stored: what Profile::setSignedIn records.
struct SignedIn
{
    QString serverUrl; ///< as normalised by ServerUrlPolicy
    QString caFile;
    Profile::TokenStorage storage = Profile::TokenStorage::Keychain;
    protocol::SessionResponse session;
};

/// The half of a sign-in that waits: asks the server at `serverInput` and stores the token
/// (keychain account of that server and user, or the 0600 file in `profileDir`) without
/// touching settings.ini, so it can run on a worker thread while another thread holds the
/// Profile; record the result there with Profile::setSignedIn() and sync(). `cancel` ends it
/// promptly (code `cancelled`). Other error codes as for signIn().
Result<SignedIn> authenticate(const QString &profileDir, const QString &serverInput,
                              const QString &caFile, const QString &username,
                              const QString &password, Profile::TokenStorage storage,
                              const std::atomic_bool *cancel = nullptr);

/// Signs in to `serverInput` (normalised by ServerUrlPolicy) and, when the server accepts,
/// stores the token (keychain, or the 0600 file for TokenStorage::File) and records the sign-in
/// in the profile. Blocking: call it from the CLI or a worker thread. Error codes: those of
/// ServerUrlPolicy and ApiClient::login (`unauthenticated`, `rate_limited`, `network`, `tls`...)
/// and, when the keychain cannot be used, `keychain_unavailable` and friends.
Result<protocol::SessionResponse> signIn(Profile &profile, const QString &serverInput,
                                         const QString &caFile, const QString &username,
                                         const QString &password, Profile::TokenStorage storage);

/// Blocking access to the profile's token for code that may wait (the CLI, the sync worker
/// thread): the OS keychain through QtKeychain, or the 0600 token file when the profile chose
/// it. Runs a local event loop while the keychain answers; never call it on the GUI thread.
namespace tokens {
Result<QString> read(const Profile &profile);
Result<void> write(const Profile &profile, const QString &token);
/// Where a token is kept, for code without the Profile at hand (a sign-in on a worker thread).
struct Place
{
    Profile::TokenStorage storage = Profile::TokenStorage::Keychain;
    QString keychainAccount;
    QString filePath;
};
Result<void> write(const Place &place, const QString &token);
Result<void> remove(const Profile &profile);
} // namespace tokens

} // namespace smec::sync
