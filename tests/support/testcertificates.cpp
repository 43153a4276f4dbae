// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace smec::test {

namespace {

// `openssl ca` is the one way OpenSSL 3.0 (Debian 12) can back-date a certificate; it needs a
// configuration, a database and a serial file.
constexpr char caConfig[] = R"([ca]
default_ca = test_ca
[test_ca]
dir = %1
database = %1/index.txt
new_certs_dir = %1
serial = %1/serial
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
[any_name]
commonName = supplied
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
)";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

} // namespace

QStringList TestCertificates::Pair::serveArgs() const
{
    return {u"--tls-cert"_s, cert, u"--tls-key"_s, key};
}

bool TestCertificates::run(const QStringList &args, QString *error) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_openssl, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            u"openssl %1 failed: %2"_s.arg(args.join(u' '), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::makeCa(const QString &name, Pair *out, QString *error) const
{
    out->cert = m_dir + u'/' + name + u".pem"_s;
    out->key = m_dir + u'/' + name + u".key"_s;
    return run({u"req"_s, u"-config"_s, m_dir + u"/ca.cnf"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s,
                u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                out->key, u"-out"_s, out->cert, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=SME Community test CA "_s + name, u"-extensions"_s, u"ca_ext"_s},
               error);
}

bool TestCertificates::makeLeaf(const QString &name, const QString &host, bool expired, Pair *out,
                                QString *error) const
{
    out->cert = m_dir + u'/' + name + u".pem"_s;
    out->key = m_dir + u'/' + name + u".key"_s;
    const QString csr = m_dir + u'/' + name + u".csr"_s;
    const QString ext = m_dir + u'/' + name + u".ext"_s;
    QByteArray san = "DNS:" + host.toUtf8();
    if (host == u"localhost"_s)
        san += ",IP:127.0.0.1";
    if (!writeFile(ext, "[leaf]\nbasicConstraints = CA:FALSE\nkeyUsage = critical, "
                        "digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\n"
                        "subjectAltName = " +
                            san + "\n")) {
        *error = u"cannot write %1"_s.arg(ext);
        return false;
    }
    if (!run({u"req"_s, u"-config"_s, m_dir + u"/ca.cnf"_s, u"-new"_s, u"-newkey"_s, u"ec"_s,
              u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, out->key,
              u"-out"_s, csr, u"-subj"_s, u"/CN="_s + host},
             error))
        return false;
    QStringList args{u"ca"_s,       u"-batch"_s, u"-config"_s,     m_dir + u"/ca.cnf"_s,
                     u"-cert"_s,    m_ca.cert,   u"-keyfile"_s,    m_ca.key,
                     u"-in"_s,      csr,         u"-out"_s,        out->cert,
                     u"-extfile"_s, ext,         u"-extensions"_s, u"leaf"_s,
                     u"-notext"_s};
    if (expired)
        args << u"-startdate"_s << u"20200101000000Z"_s << u"-enddate"_s << u"20200201000000Z"_s;
    else
        args << u"-days"_s << u"2"_s;
    return run(args, error);
}

bool TestCertificates::create(const QString &dir, QString *error)
{
    m_dir = QDir(dir).absolutePath();
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty()) {
        *error = u"the openssl command is not installed"_s;
        return false;
    }
    if (!writeFile(m_dir + u"/ca.cnf"_s, QByteArray(caConfig).replace("%1", m_dir.toUtf8())) ||
        !writeFile(m_dir + u"/index.txt"_s, {}) || !writeFile(m_dir + u"/serial"_s, "1000\n")) {
        *error = u"cannot write the CA files in %1"_s.arg(m_dir);
        return false;
    }
    return makeCa(u"ca"_s, &m_ca, error) && makeCa(u"other-ca"_s, &m_other, error) &&
           makeLeaf(u"localhost"_s, u"localhost"_s, false, &m_localhost, error) &&
           makeLeaf(u"other-host"_s, u"other.example.org"_s, false, &m_otherHost, error) &&
           makeLeaf(u"expired"_s, u"localhost"_s, true, &m_expired, error);
}

} // namespace smec::test
