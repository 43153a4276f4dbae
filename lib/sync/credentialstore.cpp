// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentialstore.h"

#include "protocol/errorcodes.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace smec::sync {

namespace {

Error errorOf(const QKeychain::Job *job)
{
    auto make = [job](const QString &code, const char *text) {
        QString message = QCoreApplication::translate("CredentialStore", text);
        if (!job->errorString().isEmpty())
            message += u" ("_s + job->errorString() + u')';
        return Error{code, message, {}};
    };
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return make(protocol::codes::notFound,
                    QT_TRANSLATE_NOOP("CredentialStore", "No saved sign-in was found. Sign in."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return make(u"keychain_unavailable"_s,
                    QT_TRANSLATE_NOOP("CredentialStore",
                                      "No keychain is available on this computer, so the sign-in "
                                      "cannot be remembered. Install and unlock a keychain (for "
                                      "example GNOME Keyring or KWallet), or sign in each time."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return make(u"keychain_denied"_s,
                    QT_TRANSLATE_NOOP("CredentialStore",
                                      "The keychain refused access. Unlock it and try again."));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return make(u"keychain_error"_s,
                QT_TRANSLATE_NOOP("CredentialStore", "The keychain reported an error."));
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &account, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::writeToken(const QString &account, const QString &token)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        Q_EMIT tokenWritten(account, errorOf(finished));
    });
    job->start();
}

void CredentialStore::readToken(const QString &account)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [this, account, job](QKeychain::Job *finished) {
        const Error error = errorOf(finished);
        Q_EMIT tokenRead(account, error.code.isEmpty() ? job->textData() : QString(), error);
    });
    job->start();
}

void CredentialStore::removeToken(const QString &account)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        Q_EMIT tokenRemoved(account, errorOf(finished));
    });
    job->start();
}

} // namespace smec::sync
