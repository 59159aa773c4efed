#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

// One keep-alive HTTP/1.1 connection to the simulator, one request at a time, as a console's
// connection is. A reply is its status (0 when the connection failed, `failure` saying how),
// its body and how long it took; a broken connection is opened again for the next request.
class SoakConnection final : public QObject
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray failure; // "connection refused", "connection lost", "timed out", ...
        double ms = 0;
    };
    using Done = std::function<void(const Reply &)>;

    SoakConnection(QString host, quint16 port, QObject *parent = nullptr);

    // Connects from this source address (a console of its own in the room: 127.0.0.x).
    void setSource(const QHostAddress &source) { m_source = source; }

    void send(const QByteArray &method, const QByteArray &target, const QByteArray &token,
        const QByteArray &body, Done done);
    bool busy() const { return bool(m_done); }

private:
    void write();
    void read();
    void fail(const QByteArray &why);
    void finish(Reply reply);

    QString m_host;
    quint16 m_port;
    QHostAddress m_source;
    QTcpSocket m_socket;
    QTimer m_timeout;
    QByteArray m_request;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    Done m_done;
    bool m_closeAfter = false;
};
