// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpSocket>

namespace smec::server {

/// The socket QHttpServer is given instead of the network connection. It is never connected
/// itself: it reads only what GateConnection pushes (one complete, checked request at a time)
/// and writes through to the real socket (plain TCP or TLS). So QHttpServer never sees a byte
/// the gate has not admitted, on Qt 6.4 and 6.8 alike, whatever their request parsers do.
class GatedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedSocket)

public:
    /// Mirrors the addresses of `real`, which stays owned by the caller.
    explicit GatedSocket(QTcpSocket *real);
    ~GatedSocket() override;

    /// Appends an admitted request and tells the reader (emits readyRead).
    void push(const QByteArray &request);
    /// The connection is gone: no more data, state unconnected, emits disconnected().
    void markDisconnected();

    /// Emit answerWritten() (once, queued) at the next write: the write of a deferred answer.
    void watchNextAnswer();

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    void disconnectFromHost() override;
    void close() override;

Q_SIGNALS:
    /// QHttpServer asked to close the connection (Connection: close, parse failure).
    void closeRequested();
    /// A watched answer was written: QHttpServer writes an answer in one go, so it is complete
    /// when this queued signal arrives.
    void answerWritten();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<QTcpSocket> m_real;
    QByteArray m_pending;
    bool m_disconnected = false;
    bool m_watchingAnswer = false;
};

} // namespace smec::server
