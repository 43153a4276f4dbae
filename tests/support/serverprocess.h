// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTcpSocket;

namespace smec::test {

/// A parsed HTTP/1.1 response read off a raw socket.
struct HttpResponse
{
    int status = 0; ///< 0 when the connection failed or closed before a response
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    /// The body as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

/// Sends raw bytes on a fresh connection and reads one response (blocking; tests only).
/// `tls` uses QSslSocket trusting any certificate (the tests generate a self-signed one).
HttpResponse rawRequest(quint16 port, const QByteArray &bytes, bool tls = false,
                        int timeoutMs = 15000);
/// Reads one response from an already connected socket.
HttpResponse readResponse(QTcpSocket &socket, int timeoutMs = 15000);
/// Builds a request: method, path, optional bearer token and JSON body.
QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &token = {},
                   const QByteArray &body = {}, const QByteArray &contentType = "application/json");

/// The real smecommunity-server executable of the build, run by the tests.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    static QString executable();
    /// Runs a one-shot command (`user add`, `seed`); returns the exit code, stdout and stderr.
    static int runCommand(const QStringList &args, const QByteArray &stdinData = {},
                          QByteArray *out = nullptr, QByteArray *err = nullptr);
    /// Adds a user with `password` through `user add --password-stdin`.
    static bool addUser(const QString &databaseUrl, const QString &username, const QString &role,
                        const QString &country, const QString &password);

    /// Starts `serve --database URL --listen 127.0.0.1:0 --insecure-http` (without the flag when
    /// `insecure` is false: pass TLS options in `extra`) and waits for the "listening on" line.
    bool start(const QString &databaseUrl, const QStringList &extra = {}, bool insecure = true);
    quint16 port() const { return m_port; }
    /// Sends SIGTERM and waits; returns the exit code (-1 on crash or timeout).
    int terminate(int timeoutMs = 20000);
    QByteArray standardError() const;
    QProcess &process() { return *m_process; }
    /// CPU seconds (user + system) process `pid` has used so far, or -1 where /proc is missing.
    /// Wall time on a shared machine is noisy; CPU time per unit of work is not.
    static double cpuSeconds(qint64 pid);

    /// Signs in; returns the token or an empty array.
    QByteArray login(const QString &username, const QString &password);

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_stdout;
};

} // namespace smec::test
