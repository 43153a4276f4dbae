// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gatedsocket.h"
#include "requesthead.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace smec::server {

/// Limits HttpGate enforces before QHttpServer sees a request.
struct GateLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qsizetype maxHeaderBytes = 16 * 1024;
    /// An over-limit body up to this size is read and discarded after the 413 is written, so a
    /// client that sends its whole body before reading still gets the answer.
    qint64 drainBytes = 16 * 1024 * 1024;
    int idleTimeoutMs = 30000;    ///< no request started on an open connection
    int requestTimeoutMs = 60000; ///< a started request must be complete within this
    int lingerMs = 5000;          ///< longest drain after an early answer
};

/// One client connection behind HttpGate: reads the network socket, frames requests (header
/// section, Content-Length or chunked body), answers over-limit, malformed or too slow requests
/// itself, and hands each admitted request whole to QHttpServer through a GatedSocket.
class GateConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateConnection)

public:
    GateConnection(QTcpSocket *real, const GateLimits &limits, QObject *parent);
    ~GateConnection() override;

    GatedSocket *proxy() const { return m_proxy; }
    /// Finish the request in progress, if any, then close; an idle connection closes after a
    /// short grace unless a request starts arriving in it.
    void shutdown();

    /// Called by a route while it handles a request: its answer comes later (from a worker
    /// thread's result), so the connection holds further requests, and stays open towards
    /// QHttpServer, until that answer has been written. No-op outside a request.
    static void deferCurrentAnswer();

Q_SIGNALS:
    void closed();

private:
    enum class State { Head, Body, Chunked, Draining, Closing };
    enum class ChunkState { Size, Data, DataEnd, Trailers };

    void onReadyRead();
    void process();
    bool processHead();
    bool processChunked();
    void forward(const QByteArray &request);
    void reject(int status, const QString &code, const QString &message, qint64 drain);
    void closeNow();
    void finish();
    void onTimeout();
    void armRequestTimer();
    void onAnswerWritten();

    QTcpSocket *m_real;
    QPointer<GatedSocket> m_proxy;
    GateLimits m_limits;
    State m_state = State::Head;
    QByteArray m_in;
    RequestHead m_head;
    qint64 m_bodyLength = 0;
    QByteArray m_body;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
    qint64 m_drainLeft = 0;
    bool m_closeAfterResponse = false;
    bool m_shutdown = false;
    bool m_requestTimerArmed = false;
    bool m_finished = false;
    bool m_answerPending = false; ///< a deferred answer is not written yet
    bool m_finishPending = false; ///< the client left while an answer was pending
    QTimer m_timer;
};

} // namespace smec::server
