// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverprocess.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smec::test {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResponse readResponse(QTcpSocket &socket, int timeoutMs)
{
    // Peeks, and consumes only this response's bytes: pipelined responses stay in the socket.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QByteArray buffer = socket.peek(socket.bytesAvailable());
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            HttpResponse response;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            response.status = lines.value(0).trimmed().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    response.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            const bool hasLength = !response.header("content-length").isEmpty();
            const qint64 length = response.header("content-length").toLongLong();
            if (response.status == 100) { // interim answer: read the real one
                socket.read(headerEnd + 4);
                continue;
            }
            if (hasLength && buffer.size() - headerEnd - 4 >= length) {
                response.body = buffer.mid(headerEnd + 4, length);
                socket.read(headerEnd + 4 + length);
                return response;
            }
            if (!hasLength && socket.state() != QAbstractSocket::ConnectedState) {
                response.body = buffer.mid(headerEnd + 4);
                socket.readAll();
                return response;
            }
        }
        if (deadline.hasExpired() || socket.state() != QAbstractSocket::ConnectedState)
            return HttpResponse{};
        socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
    }
}

HttpResponse rawRequest(quint16 port, const QByteArray &bytes, bool tls, int timeoutMs)
{
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto *ssl = new QSslSocket;
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.reset(ssl);
        ssl->connectToHostEncrypted(u"127.0.0.1"_s, port);
        if (!ssl->waitForEncrypted(timeoutMs))
            return {};
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, port);
        if (!socket->waitForConnected(timeoutMs))
            return {};
    }
    socket->write(bytes);
    socket->waitForBytesWritten(timeoutMs);
    return readResponse(*socket, timeoutMs);
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &token,
                   const QByteArray &body, const QByteArray &contentType)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST") {
        out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n" + body;
    return out;
}

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString ServerProcess::executable()
{
    return binaryPath(u"server/smecommunity-server"_s);
}

int ServerProcess::runCommand(const QStringList &args, const QByteArray &stdinData, QByteArray *out,
                              QByteArray *err)
{
    QProcess p;
    p.start(executable(), args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ServerProcess::addUser(const QString &databaseUrl, const QString &username,
                            const QString &role, const QString &country, const QString &password)
{
    QStringList args{
        u"user"_s,   u"add"_s, u"--database"_s,      databaseUrl, u"--username"_s, username,
        u"--role"_s, role,     u"--password-stdin"_s};
    if (!country.isEmpty())
        args << u"--country"_s << country;
    return runCommand(args, password.toUtf8() + '\n') == 0;
}

bool ServerProcess::start(const QString &databaseUrl, const QStringList &extra, bool insecure)
{
    m_process = std::make_unique<QProcess>();
    m_stdout.clear(); // a restart announces a new port
    m_port = 0;
    QStringList args{u"serve"_s, u"--database"_s, databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s};
    if (insecure)
        args << u"--insecure-http"_s;
    m_process->start(executable(), args + extra);
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on [^\\s]+:(\\d+)"_s);
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_stdout += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            return false;
        m_process->waitForReadyRead(200);
    }
    return false;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : -1;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs))
        return -1;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

double ServerProcess::cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

QByteArray ServerProcess::standardError() const
{
    return m_process ? m_process->readAllStandardError() : QByteArray();
}

QByteArray ServerProcess::login(const QString &username, const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}})
            .toJson(QJsonDocument::Compact);
    const HttpResponse r = rawRequest(m_port, request("POST", "/api/v1/session", {}, body));
    return r.status == 200 ? r.json().value("token"_L1).toString().toLatin1() : QByteArray();
}

} // namespace smec::test
