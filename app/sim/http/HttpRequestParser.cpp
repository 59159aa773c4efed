#include "HttpRequestParser.h"

#include <algorithm>
#include <cstring>

namespace {
// RFC 9110 token characters: what a method and a header name may be made of.
bool isTokenChar(char c)
{
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return alnum || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A control character other than HTAB: never part of a header value or a quoted string.
bool isControl(char c)
{
    return (uchar(c) < ' ' && c != '\t') || uchar(c) == 0x7f;
}

bool isBlank(char c) // RFC 9110 OWS/BWS: only SP and HTAB
{
    return c == ' ' || c == '\t';
}

// The value without the SP and HTAB around it (RFC 9112, 5.1); other white space, such as a
// vertical tab, is part of the value and refused as a control character.
QByteArray trimBlanks(const QByteArray &value)
{
    qsizetype first = 0;
    qsizetype end = value.size();
    while (first < end && isBlank(value[first]))
        ++first;
    while (end > first && isBlank(value[end - 1]))
        --end;
    return value.mid(first, end - first);
}

// chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ), where a value is a
// token or a quoted-string (RFC 9112, 7.1.1).
bool isChunkExtensions(const QByteArray &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto blanks = [&] {
        while (i < n && isBlank(text[i]))
            ++i;
    };
    const auto token = [&] {
        const qsizetype from = i;
        while (i < n && isTokenChar(text[i]))
            ++i;
        return i > from;
    };
    // White space may stand before ";" and "=" and after them, never at the end of the line.
    while (i < n) {
        blanks();
        if (i == n || text[i] != ';')
            return false;
        ++i;
        blanks();
        if (!token())
            return false;
        const qsizetype afterName = i;
        blanks();
        if (i == n || text[i] != '=') {
            i = afterName;
            continue;
        }
        ++i;
        blanks();
        if (i < n && text[i] == '"') {
            for (++i; i < n && text[i] != '"'; ++i) {
                if (text[i] == '\\' && ++i == n)
                    return false;
                if (isControl(text[i]))
                    return false;
            }
            if (i == n)
                return false;
            ++i;
        } else if (!token()) {
            return false;
        }
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
    const QByteArray value = trimBlanks(line.mid(colon + 1));
    for (const char c : value)
        if (isControl(c)) {
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
    int hosts = 0;
    for (const auto &h : std::as_const(m_request.headers)) {
        if (h.first == "host" && ++hosts > 1) {
            // Which one would the control API check? RFC 9112, 3.2: answer 400.
            fail(400, QStringLiteral("the request has more than one Host header"));
            return false;
        }
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
    // chunk-size = 1*HEXDIG: no sign, no "0x", no white space before it; at most 15 digits,
    // more than any body the limits allow.
    qsizetype digits = 0;
    while (digits < line.size() && isHexDigit(line[digits]))
        ++digits;
    if (digits == 0 || digits > 15 || !isChunkExtensions(line.mid(digits))) {
        fail(400, QStringLiteral("a chunk size is not a hexadecimal number"));
        return false;
    }
    const qint64 bytes = line.left(digits).toLongLong(nullptr, 16);
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
