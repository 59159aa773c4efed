#include "SoakConnection.h"
#include "SoakTrace.h"

namespace {
constexpr int TimeoutMs = 10000;

QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

SoakConnection::SoakConnection(QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_socket.abort();
        fail("timed out");
    });
    connect(&m_socket, &QTcpSocket::connected, this, &SoakConnection::write);
    connect(&m_socket, &QTcpSocket::readyRead, this, &SoakConnection::read);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (!m_done)
            return;
        m_socket.abort();
        fail(e == QAbstractSocket::ConnectionRefusedError ? "connection refused"
                                                          : "connection lost");
    });
}

void SoakConnection::send(const QByteArray &method, const QByteArray &target,
    const QByteArray &token, const QByteArray &body, Done done)
{
    m_done = std::move(done);
    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
        + QByteArray::number(m_port) + "\r\n";
    if (!token.isEmpty())
        m_request += "Authorization: Bearer " + token + "\r\n";
    if (method != "GET" && method != "HEAD")
        m_request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    m_request += "\r\n" + body;
    m_buffer.clear();
    m_clock.start();
    m_timeout.start(TimeoutMs);
    if (m_socket.state() == QAbstractSocket::ConnectedState && !m_closeAfter) {
        write();
    } else {
        m_closeAfter = false;
        m_socket.abort();
        if (!m_source.isNull())
            m_socket.bind(m_source);
        m_socket.connectToHost(m_host, m_port);
    }
}

void SoakConnection::write()
{
    if (m_done)
        m_socket.write(m_request);
}

void SoakConnection::read()
{
    m_buffer += m_socket.readAll();
    if (!m_done)
        return;
    const int headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headerEnd);
    const qsizetype length = headerValue(head, "content-length").toLongLong();
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    Reply reply;
    reply.status = m_buffer.mid(9, 3).toInt();
    reply.body = m_buffer.mid(headerEnd + 4, length);
    m_closeAfter = headerValue(head, "connection").toLower() == "close";
    m_buffer.remove(0, headerEnd + 4 + length);
    finish(reply);
}

void SoakConnection::fail(const QByteArray &why)
{
    Reply reply;
    reply.failure = why;
    finish(reply);
}

void SoakConnection::finish(Reply reply)
{
    if (!m_done)
        return;
    m_timeout.stop();
    reply.ms = double(m_clock.nsecsElapsed()) / 1e6;
    const qsizetype lineEnd = m_request.indexOf(' ', m_request.indexOf(' ') + 1);
    soakTrace(reply.ms, reply.status, m_request.left(lineEnd).split('?').first());
    Done done = std::move(m_done);
    m_done = nullptr;
    done(reply);
}
