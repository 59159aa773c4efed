#include "HttpRequestParser.h"

namespace {
// RFC 9110 token characters: what a method and a header name may be made of.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArray("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18) // more than 18 digits would not fit a qint64
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{ }

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::Failed)
        m_buffer.append(bytes);
    if (m_state == State::Incomplete)
        parse();
    return m_state;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest out = std::move(m_request);
    m_request = {};
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_phase = Phase::RequestLine;
    m_headerBytes = 0;
    m_blankLines = 0;
    m_contentLength = 0;
    m_chunkLeft = 0;
    m_state = State::Incomplete;
    parse();
    return out;
}

void HttpRequestParser::fail(int status, const QString &text)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorText = text;
    m_buffer.clear();
    m_pos = 0;
}

bool HttpRequestParser::nextLine(QByteArray *line, int limit, int status, const char *what)
{
    const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
    if (end < 0) {
        if (m_buffer.size() - m_pos > limit)
            fail(status,
                QStringLiteral("the %1 is longer than %2 bytes")
                    .arg(QString::fromLatin1(what))
                    .arg(limit));
        return false;
    }
    if (end - m_pos > limit) {
        fail(status,
            QStringLiteral("the %1 is longer than %2 bytes")
                .arg(QString::fromLatin1(what))
                .arg(limit));
        return false;
    }
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = end + 2;
    return true;
}

bool HttpRequestParser::requestLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        // A blank line or two before a request is tolerated (RFC 9112, 2.2); a stream of them
        // is not, and what was read of them is let go.
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        if (++m_blankLines > 2) {
            fail(400, QStringLiteral("the request starts with too many blank lines"));
            return false;
        }
        return true;
    }
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        fail(400, QStringLiteral("the request line is not \u201cMETHOD TARGET HTTP/1.1\u201d"));
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        fail(400, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are understood"));
        return false;
    }
    for (const char c : parts[1])
        if (uchar(c) <= ' ' || uchar(c) == 0x7f) {
            fail(400, QStringLiteral("the request target holds a control character"));
            return false;
        }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.version = parts[2];
    m_phase = Phase::Headers;
    return true;
}

bool HttpRequestParser::headerLine(const QByteArray &line)
{
    m_headerBytes += int(line.size()) + 2;
    if (m_headerBytes > m_limits.maxHeaderBytes
        || m_request.headers.size() >= m_limits.maxHeaderCount) {
        fail(431, QStringLiteral("the request's headers are too many or too large"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
    if (!isToken(name)) { // also refuses obsolete line folding, which starts with white space
        fail(400, QStringLiteral("a header line is malformed"));
        return false;
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    for (const char c : value)
        if ((uchar(c) < ' ' && c != '\t') || uchar(c) == 0x7f) {
            fail(400, QStringLiteral("a header value holds a control character"));
            return false;
        }
    m_request.headers.append({name.toLower(), value});
    return true;
}

bool HttpRequestParser::headersDone()
{
    QByteArray length;
    int lengths = 0;
    QByteArray encoding;
    for (const auto &h : std::as_const(m_request.headers)) {
        if (h.first == "content-length") {
            if (lengths++ > 0 && h.second != length) {
                fail(400, QStringLiteral("the request has two different Content-Length headers"));
                return false;
            }
            length = h.second;
        } else if (h.first == "transfer-encoding") {
            if (!encoding.isEmpty()) {
                fail(400, QStringLiteral("the request has more than one Transfer-Encoding"));
                return false;
            }
            encoding = h.second.toLower();
        }
    }
    if (m_request.version == "HTTP/1.1" && m_request.header("host").isEmpty()) {
        fail(400, QStringLiteral("an HTTP/1.1 request needs a Host header"));
        return false;
    }
    if (!encoding.isEmpty()) {
        if (lengths > 0) { // both: a request smuggling attempt, or a broken proxy
            fail(400, QStringLiteral("the request has both Content-Length and Transfer-Encoding"));
            return false;
        }
        if (encoding != "chunked") {
            fail(501, QStringLiteral("only the chunked transfer encoding is understood"));
            return false;
        }
        m_phase = Phase::ChunkSize;
        return true;
    }
    if (lengths > 0) {
        if (!isDigits(length)) {
            fail(400, QStringLiteral("the Content-Length is not a number"));
            return false;
        }
        m_contentLength = length.toLongLong();
        if (m_contentLength > m_limits.maxBodyBytes) {
            fail(413,
                QStringLiteral("the body would be %1 bytes; the limit is %2")
                    .arg(m_contentLength)
                    .arg(m_limits.maxBodyBytes));
            return false;
        }
    }
    m_phase = Phase::Body;
    return true;
}

void HttpRequestParser::parse()
{
    QByteArray line;
    while (m_state == State::Incomplete) {
        switch (m_phase) {
        case Phase::RequestLine:
            if (!nextLine(&line, m_limits.maxRequestLineBytes, 414, "request line")
                || !requestLine(line))
                return;
            break;
        case Phase::Headers:
            if (!nextLine(&line, m_limits.maxHeaderBytes, 431, "header block"))
                return;
            if (line.isEmpty() ? !headersDone() : !headerLine(line))
                return;
            break;
        case Phase::Body:
            if (m_buffer.size() - m_pos < m_contentLength)
                return;
            m_request.body = m_buffer.mid(m_pos, m_contentLength);
            m_pos += m_contentLength;
            m_state = State::Complete;
            return;
        case Phase::ChunkSize:
            if (!chunkSize())
                return;
            break;
        case Phase::ChunkData:
            if (!chunkData())
                return;
            break;
        case Phase::ChunkEnd:
            if (!chunkEnd())
                return;
            break;
        case Phase::Trailers:
            if (!trailer())
                return;
            break;
        }
    }
}

bool HttpRequestParser::chunkSize()
{
    QByteArray line;
    if (!nextLine(&line, 1024, 400, "chunk size line"))
        return false;
    const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
    const QByteArray size = (extension < 0 ? line : line.left(extension)).trimmed();
    bool ok = !size.isEmpty() && size.size() <= 15;
    const qint64 bytes = ok ? size.toLongLong(&ok, 16) : 0;
    if (!ok || bytes < 0) {
        fail(400, QStringLiteral("a chunk size is not a hexadecimal number"));
        return false;
    }
    if (m_request.body.size() + bytes > m_limits.maxBodyBytes) {
        fail(413,
            QStringLiteral("the chunked body grows past the limit of %1 bytes")
                .arg(m_limits.maxBodyBytes));
        return false;
    }
    m_chunkLeft = bytes;
    m_phase = bytes == 0 ? Phase::Trailers : Phase::ChunkData;
    return true;
}

bool HttpRequestParser::chunkData()
{
    const qint64 available = qMin<qint64>(m_chunkLeft, m_buffer.size() - m_pos);
    m_request.body.append(m_buffer.constData() + m_pos, available);
    m_pos += available;
    m_chunkLeft -= available;
    // What was copied into the body leaves the buffer: a body is held once.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (m_chunkLeft > 0)
        return false;
    m_phase = Phase::ChunkEnd;
    return true;
}

bool HttpRequestParser::chunkEnd()
{
    if (m_buffer.size() - m_pos < 2)
        return false;
    if (m_buffer.mid(m_pos, 2) != "\r\n") {
        fail(400, QStringLiteral("a chunk does not end where its size says"));
        return false;
    }
    m_pos += 2;
    m_phase = Phase::ChunkSize;
    return true;
}

bool HttpRequestParser::trailer()
{
    QByteArray line;
    if (!nextLine(&line, m_limits.maxHeaderBytes, 431, "trailer"))
        return false;
    if (line.isEmpty()) {
        m_state = State::Complete;
        return false;
    }
    m_headerBytes += int(line.size()) + 2; // trailers are read and dropped
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(431, QStringLiteral("the request's trailers are too large"));
        return false;
    }
    return true;
}
