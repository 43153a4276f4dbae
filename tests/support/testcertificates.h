// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace smec::test {

/// Throwaway TLS material made by the openssl command line in a folder of the test's: a private
/// certificate authority and server certificates it signed (EC P-256, so that making them takes
/// milliseconds). Every leaf is for `localhost` and 127.0.0.1 unless its name says otherwise.
class TestCertificates
{
public:
    struct Pair
    {
        QString cert; ///< PEM certificate
        QString key;  ///< PEM private key, unencrypted
        /// `--tls-cert CERT --tls-key KEY` for `smecommunity-server serve`.
        QStringList serveArgs() const;
    };

    /// Makes everything in `dir`; false (with `error`) when openssl is missing or fails.
    bool create(const QString &dir, QString *error);

    QString caCert() const { return m_ca.cert; }         ///< the private CA, for `--ca-cert`
    QString otherCaCert() const { return m_other.cert; } ///< a second CA that signed nothing here
    Pair localhost() const { return m_localhost; }       ///< valid for two days
    Pair otherHost() const { return m_otherHost; }       ///< for other.example.org only
    Pair expired() const { return m_expired; }           ///< for localhost, expired in 2020

private:
    bool run(const QStringList &args, QString *error) const;
    bool makeCa(const QString &name, Pair *out, QString *error) const;
    bool makeLeaf(const QString &name, const QString &host, bool expired, Pair *out,
                  QString *error) const;

    QString m_dir;
    QString m_openssl;
    Pair m_ca;
    Pair m_other;
    Pair m_localhost;
    Pair m_otherHost;
    Pair m_expired;
};

} // namespace smec::test
