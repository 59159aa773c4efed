#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

// Reads HTTP/1.0 and 1.1 requests from the bytes of a connection, as they come, within
// HttpLimits: Content-Length and chunked bodies, pipelined requests. It holds at most one
// request's head and body: a body announced past the limit is refused before a byte of it is
// read, a chunked one as soon as it grows past it. Transport-free, so it can be fuzzed with
// raw bytes.
class HttpRequestParser final
{
public:
    enum class State {
        Incomplete, // more bytes are needed
        Complete, // take() the request; bytes after it wait for the next one
        Failed, // answer errorStatus() and close the connection
    };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    // Appends the next bytes of the connection and reads as far as they go.
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    // Hands out the complete request and starts reading the next one from what is buffered.
    HttpRequest take();
    // Some bytes of a request have arrived but not the whole request: also when all of them
    // were taken into the body already, or were blank lines before it.
    bool inProgress() const
    {
        return m_state == State::Incomplete
            && (!m_buffer.isEmpty() || m_phase != Phase::RequestLine || m_blankLines > 0);
    }

    int errorStatus() const { return m_errorStatus; }
    QString errorText() const { return m_errorText; }

private:
    enum class Phase { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers };

    void parse();
    // The next CRLF-terminated line (without it), or false when it has not arrived yet; a line
    // longer than `limit` fails with `status`.
    bool nextLine(QByteArray *line, int limit, int status, const char *what);
    bool requestLine(const QByteArray &line);
    bool headerLine(const QByteArray &line);
    bool headersDone();
    // The steps of a chunked body; each is false when parsing stops (more input is needed, the
    // request is complete, or it failed).
    bool chunkSize();
    bool chunkData();
    bool chunkEnd();
    bool trailer();
    void fail(int status, const QString &text);

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Phase m_phase = Phase::RequestLine;
    State m_state = State::Incomplete;
    HttpRequest m_request;
    int m_headerBytes = 0;
    int m_blankLines = 0;
    qint64 m_contentLength = 0;
    qint64 m_chunkLeft = 0;
    int m_errorStatus = 0;
    QString m_errorText;
};
