#include "HttpConnection.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// What Qt keeps of a connection's bytes before the parser has taken them.
constexpr qint64 SocketBufferBytes = 64 * 1024;

// A header that can go on the wire as one line: a name of token characters and a value
// without CR, LF, NUL or other control characters (a tab aside), which would end the header
// early and let the rest of the value pass for headers, or a body, of its own.
bool writableHeader(const QByteArray &name, const QByteArray &value)
{
    static const QByteArray separators = QByteArrayLiteral("()<>@,;:\\\"/[]?={} \t");
    if (name.isEmpty())
        return false;
    for (const char c : name)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7F || separators.contains(c))
            return false;
    for (const char c : value)
        if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7F)
            return false;
    return true;
}
} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, const HttpLimits &limits, const Timeouts &timeouts, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_timeouts(timeouts)
    , m_timer(new QTimer(this))
{
    socket->setParent(this);
    socket->setReadBufferSize(SocketBufferBytes);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_parser.inProgress())
            refuse(408, QStringLiteral("the request did not arrive whole in time"));
        else
            close(); // idle
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            close();
    });
    m_idleSinceNs = QDeadlineTimer::current().deadlineNSecs();
    armTimer();
    // Bytes may be waiting already; read them once the server has connected to our signals.
    QTimer::singleShot(0, this, &HttpConnection::readMore);
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::serialize(const SimReply &reply, bool close)
{
    // Every header of every reply is written here, so this one check keeps them all whole: a
    // reply with a header that cannot be written is not sent split, it is replaced.
    for (const auto &header : reply.headers)
        if (!writableHeader(header.first, header.second))
            return serialize(
                SimReply::error(500,
                    QStringLiteral("the simulator refused to send a reply whose "
                                   "%1 header holds a line break or another "
                                   "control character")
                        .arg(QString::fromLatin1(header.first.left(64).toPercentEncoding())),
                    QStringLiteral("InternalServerError")),
                close);
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.status == 204 ? 0 : reply.body.size())
        + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (reply.status != 204)
        out += reply.body;
    return out;
}

void HttpConnection::armTimer()
{
    if (m_serving || m_closing)
        return m_timer->stop();
    if (!m_parser.inProgress()) {
        m_requestClock.invalidate();
        return m_timer->start(m_timeouts.idleMs);
    }
    // A request has its whole time from its first byte: later bytes never give it more.
    if (!m_requestClock.isValid())
        m_requestClock.start();
    m_timer->start(int(qMax<qint64>(0, m_timeouts.requestMs - m_requestClock.elapsed())));
}

void HttpConnection::readMore()
{
    // One request at a time: pipelined ones wait in the socket until this one is answered.
    while (m_socket && !m_serving && !m_closing) {
        HttpRequestParser::State state = m_parser.state();
        if (state == HttpRequestParser::State::Incomplete) {
            const QByteArray bytes = m_socket->read(SocketBufferBytes);
            if (bytes.isEmpty())
                break;
            if (!m_parser.inProgress())
                m_requestClock.start(); // the first bytes of a request: its own time starts
            state = m_parser.feed(bytes);
        }
        if (state == HttpRequestParser::State::Failed)
            return refuse(m_parser.errorStatus(), m_parser.errorText());
        if (state == HttpRequestParser::State::Complete) {
            HttpRequest request = m_parser.take();
            request.peer = m_socket->peerAddress();
            m_keepAlive = request.keepAlive();
            m_serving = true;
            m_requestClock.invalidate();
            m_timer->stop();
            emit requestReceived(request);
            return;
        }
    }
    armTimer();
}

void HttpConnection::respond(const SimReply &reply, int delayMs)
{
    const auto write = [this, reply] {
        if (!m_socket || m_closing)
            return;
        m_socket->write(serialize(reply, !m_keepAlive));
        m_serving = false;
        m_idleSinceNs = QDeadlineTimer::current().deadlineNSecs();
        if (!m_keepAlive)
            return close();
        // Requests that came in the meantime are read now.
        QTimer::singleShot(0, this, &HttpConnection::readMore);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
}

void HttpConnection::drop(int delayMs)
{
    QTimer::singleShot(delayMs, this, [this] {
        if (m_socket)
            m_socket->abort();
        close();
    });
}

void HttpConnection::refuse(int status, const QString &text)
{
    m_keepAlive = false;
    m_serving = true;
    const QJsonObject body {{QStringLiteral("error"), text},
        {QStringLiteral("error_code"),
            status == 413       ? QStringLiteral("RequestTooLarge")
                : status == 408 ? QStringLiteral("RequestTimeout")
                : status == 431 ? QStringLiteral("RequestHeaderFieldsTooLarge")
                                : QStringLiteral("BadRequest")}};
    SimReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    respond(reply);
}

void HttpConnection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_timer->stop();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        // Whatever the client still sends is not read; the reply goes out, then the socket.
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState) {
            connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
            QTimer::singleShot(5000, this, [this] {
                if (m_socket)
                    m_socket->abort();
                deleteLater();
            });
            emit closed();
            return;
        }
    }
    emit closed();
    deleteLater();
}
