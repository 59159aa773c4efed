#pragma once

#include "HttpRequestParser.h"
#include "SimReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

class QTimer;

// One client connection of the simulator's server: reads requests one at a time within the
// limits, hands each to the server, writes the reply, and keeps the connection or closes it
// as the request asked (HTTP/1.0 and "Connection: close" close it). A request that breaks a
// limit or the protocol is answered with its status and the connection is closed. A
// connection that stays idle, or a request that does not arrive whole in time, is closed.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    struct Timeouts
    {
        int idleMs = 30000; // between requests
        // From a request's first byte to its last, headers and body together, however the
        // bytes trickle in.
        int requestMs = 30000;
    };

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, const Timeouts &timeouts,
        QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers the request being served, `delayMs` from now; then reads the next one.
    void respond(const SimReply &reply, int delayMs = 0);
    // Closes the connection without a reply, as a broken network would, `delayMs` from now.
    void drop(int delayMs = 0);
    QTcpSocket *socket() const { return m_socket; }
    // Between requests: no request is being read or served.
    bool isIdle() const { return !m_serving && !m_closing && !m_parser.inProgress(); }
    // When the connection last became idle, on a monotonic clock (ns).
    qint64 idleSinceNs() const { return m_idleSinceNs; }
    // Closes an idle connection to make room for another client; a keep-alive connection may
    // be closed between requests at any time (RFC 9112, 9.8), and clients open a new one.
    void closeIdle() { close(); }

    // The status line, headers and body as they go on the wire.
    static QByteArray serialize(const SimReply &reply, bool close);

signals:
    void requestReceived(const HttpRequest &request);
    // The connection is gone; the object deletes itself.
    void closed();

private:
    void readMore();
    void refuse(int status, const QString &text);
    void close();
    void armTimer();

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    Timeouts m_timeouts;
    QTimer *m_timer;
    QElapsedTimer m_requestClock; // runs from the first byte of the request being read
    qint64 m_idleSinceNs = 0;
    bool m_serving = false; // a request was handed out and is not answered yet
    bool m_keepAlive = true;
    bool m_closing = false;
};
