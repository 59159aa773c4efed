#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

// A raw HTTP client for the simulator's server tests: what it sends is exactly what the test
// writes, and it reads what comes back until the server closes or a marker shows up.
struct RawClient
{
    // `from`: the local address to connect from, so the server sees another peer (on Linux any
    // address of 127/8 can be bound on loopback; ::1 is loopback over IPv6).
    explicit RawClient(quint16 port, const QHostAddress &from = QHostAddress(),
        const QHostAddress &to = QHostAddress(QHostAddress::LocalHost))
    {
        if (!from.isNull())
            socket.bind(from);
        socket.connectToHost(to, port);
    }
    bool connected() { return socket.waitForConnected(5000); }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    // Everything the server sent until it closed the connection, or until `until` shows up;
    // what came by the time limit otherwise (the caller's checks then fail on it).
    QByteArray read(const QByteArray &until = QByteArray(), int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState
                    || (!until.isEmpty() && received.contains(until));
            },
            timeoutMs);
        received += socket.readAll();
        return received;
    }
    bool closedByServer(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    // The first line of what the server sent.
    QByteArray statusLine() const { return received.left(received.indexOf("\r\n")); }

    QTcpSocket socket;
    QByteArray received;
};
