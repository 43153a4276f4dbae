// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profile.h"

#include "credentialstore.h"
#include "protocol/errorcodes.h"
#include "serverconnection.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QUrl>

#include <array>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {
struct Entry
{
    Profile::Key key;
    const char16_t *name;
    QVariant defaultValue;
};

const std::array<Entry, 10> &table()
{
    using K = Profile::Key;
    static const std::array<Entry, 10> entries{{
        {K::Version, u"version", 0},
        {K::ServerUrl, u"server/url", QString()},
        {K::Username, u"server/username", QString()},
        {K::CaCertificate, u"server/ca_certificate", QString()},
        {K::OfflineMode, u"server/offline", false},
        {K::TokenStorage, u"server/token_storage", u"keychain"_s},
        {K::UserId, u"user/id", QString()},
        {K::UserDisplayName, u"user/display_name", QString()},
        {K::UserCountry, u"user/country", QString()},
        {K::UserRole, u"user/role", QString()},
    }};
    return entries;
}

const Entry &entry(Profile::Key key)
{
    const Entry &e = table().at(size_t(key));
    Q_ASSERT(e.key == key);
    return e;
}
} // namespace

Profile::Profile(const QString &dir)
    : m_dir(QDir(dir).absolutePath())
{
    QDir().mkpath(m_dir);
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

Profile::~Profile() = default;

QString Profile::replicaPath() const
{
    return QDir(m_dir).filePath(u"replica.sqlite"_s);
}

QString Profile::settingsPath() const
{
    return QDir(m_dir).filePath(u"settings.ini"_s);
}

QString Profile::tokenFilePath() const
{
    return tokenFilePathIn(m_dir);
}

QString Profile::tokenFilePathIn(const QString &dir)
{
    return QDir(dir).filePath(u"token"_s);
}

QString Profile::keyName(Key key)
{
    return QString::fromUtf16(entry(key).name);
}

QVariant Profile::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Profile::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant v = m_settings->value(keyName(key), e.defaultValue);
    if (e.defaultValue.isValid() && v.typeId() != e.defaultValue.typeId())
        v.convert(e.defaultValue.metaType());
    return v;
}

void Profile::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Profile::migrate()
{
    const int version = value(Key::Version).toInt();
    // Version 0 is a file the CLI or an older client wrote without a version: nothing to rename
    // yet; future versions rename or convert keys here, one step per version.
    if (version < currentVersion) {
        setValue(Key::Version, currentVersion);
        m_settings->sync();
    }
}

QString Profile::serverUrl() const
{
    return value(Key::ServerUrl).toString();
}

QString Profile::username() const
{
    return value(Key::Username).toString();
}

QString Profile::caFile() const
{
    return value(Key::CaCertificate).toString();
}

Profile::TokenStorage Profile::tokenStorage() const
{
    return value(Key::TokenStorage).toString() == u"file"_s ? TokenStorage::File
                                                            : TokenStorage::Keychain;
}

protocol::UserInfo Profile::user() const
{
    protocol::UserInfo user;
    user.id = value(Key::UserId).toString();
    user.username = username();
    user.displayName = value(Key::UserDisplayName).toString();
    user.country = value(Key::UserCountry).toString();
    user.role = value(Key::UserRole).toString();
    return user;
}

domain::User Profile::domainUser() const
{
    const protocol::UserInfo info = user();
    domain::User user;
    user.id = info.id;
    user.username = info.username;
    user.displayName = info.displayName;
    user.country = info.country;
    user.role = domain::roleFromName(info.role).value_or(domain::Role::Delegate);
    return user;
}

bool Profile::isOffline() const
{
    return value(Key::OfflineMode).toBool();
}

bool Profile::hasServer() const
{
    return !serverUrl().isEmpty() && !username().isEmpty();
}

void Profile::setSignedIn(const QString &serverUrl, const QString &caFile, TokenStorage storage,
                          const protocol::UserInfo &user)
{
    setValue(Key::ServerUrl, serverUrl);
    setValue(Key::Username, user.username);
    setValue(Key::CaCertificate, caFile);
    setValue(Key::OfflineMode, false);
    setValue(Key::TokenStorage, storage == TokenStorage::File ? u"file"_s : u"keychain"_s);
    setValue(Key::UserId, user.id);
    setValue(Key::UserDisplayName, user.displayName);
    setValue(Key::UserCountry, user.country);
    setValue(Key::UserRole, user.role);
}

void Profile::setSignedIn(const SignedIn &signedIn)
{
    setSignedIn(signedIn.serverUrl, signedIn.caFile, signedIn.storage, signedIn.session.user);
}

void Profile::clearSignIn()
{
    for (Key key : {Key::ServerUrl, Key::TokenStorage, Key::UserId, Key::UserDisplayName,
                    Key::UserCountry, Key::UserRole})
        m_settings->remove(keyName(key));
}

Result<void> Profile::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error{u"io_error"_s, u"Cannot write %1."_s.arg(settingsPath()), {}};
    return {};
}

QString Profile::keychainAccount() const
{
    return keychainAccount(QUrl(serverUrl()), username());
}

QString Profile::keychainAccount(const QUrl &server, const QString &username)
{
    return u"%1@%2:%3"_s.arg(username, server.host())
        .arg(server.port(server.scheme() == u"http"_s ? 80 : 443));
}

QString Profile::keychainService()
{
    return u"SME Community"_s;
}

Result<SignedIn> authenticate(const QString &profileDir, const QString &serverInput,
                              const QString &caFile, const QString &username,
                              const QString &password, Profile::TokenStorage storage,
                              const std::atomic_bool *cancel)
{
    ConnectionOptions options;
    options.timeoutMs = 30000;
    options.cancel = cancel;
    options.retry.maxAttempts = 3;
    auto connection = ServerConnection::openAnonymous(serverInput, caFile, options);
    if (!connection)
        return connection.error();
    auto session = connection->api().login(username, password);
    if (!session)
        return session.error();
    SignedIn signedIn{connection->serverUrl().toString(), caFile, storage, *session};
    const tokens::Place place{
        storage, Profile::keychainAccount(connection->serverUrl(), session->user.username),
        Profile::tokenFilePathIn(profileDir)};
    if (auto stored = tokens::write(place, session->token); !stored)
        return stored.error();
    return signedIn;
}

Result<protocol::SessionResponse> signIn(Profile &profile, const QString &serverInput,
                                         const QString &caFile, const QString &username,
                                         const QString &password, Profile::TokenStorage storage)
{
    // The sign-in is recorded only once the token is safely stored.
    auto signedIn = authenticate(profile.dir(), serverInput, caFile, username, password, storage);
    if (!signedIn)
        return signedIn.error();
    profile.setSignedIn(*signedIn);
    if (auto saved = profile.sync(); !saved)
        return saved.error();
    return signedIn->session;
}

namespace tokens {

namespace {
Result<void> writeFile(const QString &path, const QByteArray &data)
{
#ifdef Q_OS_UNIX
    // Created with mode 0600 from the start: never readable by others, not even for a moment.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{
            u"io_error"_s,
            u"Cannot write %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))),
            {}};
    ::fchmod(fd, 0600);
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size();
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || !synced)
        return Error{u"io_error"_s, u"Cannot write %1."_s.arg(path), {}};
    return {};
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{u"io_error"_s, u"Cannot write %1: %2"_s.arg(path, file.errorString()), {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size())
        return Error{u"io_error"_s, u"Cannot write %1: %2"_s.arg(path, file.errorString()), {}};
    return {};
#endif
}
} // namespace

Result<QString> read(const Profile &profile)
{
    if (profile.tokenStorage() == Profile::TokenStorage::File) {
        QFile file(profile.tokenFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"not_signed_in"_s,
                         u"No token file in %1: sign in again."_s.arg(profile.dir()),
                         {}};
        return QString::fromUtf8(file.readAll().trimmed());
    }
    CredentialStore store(Profile::keychainService());
    QEventLoop loop;
    Result<QString> result = Error{};
    QObject::connect(&store, &CredentialStore::tokenRead, &loop,
                     [&](const QString &, const QString &token, const Error &error) {
                         result =
                             error.code.isEmpty() ? Result<QString>(token) : Result<QString>(error);
                         loop.quit();
                     });
    store.readToken(profile.keychainAccount());
    loop.exec();
    return result;
}

Result<void> write(const Profile &profile, const QString &token)
{
    return write(Place{profile.tokenStorage(), profile.keychainAccount(), profile.tokenFilePath()},
                 token);
}

Result<void> write(const Place &place, const QString &token)
{
    if (place.storage == Profile::TokenStorage::File)
        return writeFile(place.filePath, token.toUtf8());
    CredentialStore store(Profile::keychainService());
    QEventLoop loop;
    Result<void> result;
    QObject::connect(&store, &CredentialStore::tokenWritten, &loop,
                     [&](const QString &, const Error &error) {
                         if (!error.code.isEmpty())
                             result = error;
                         loop.quit();
                     });
    store.writeToken(place.keychainAccount, token);
    loop.exec();
    return result;
}

Result<void> remove(const Profile &profile)
{
    QFile::remove(profile.tokenFilePath());
    if (profile.tokenStorage() == Profile::TokenStorage::File)
        return {};
    CredentialStore store(Profile::keychainService());
    QEventLoop loop;
    Result<void> result;
    QObject::connect(&store, &CredentialStore::tokenRemoved, &loop,
                     [&](const QString &, const Error &error) {
                         if (!error.code.isEmpty() && error.code != protocol::codes::notFound)
                             result = error;
                         loop.quit();
                     });
    store.removeToken(profile.keychainAccount());
    loop.exec();
    return result;
}

} // namespace tokens

} // namespace smec::sync
