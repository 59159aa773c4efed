#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// What the console makes of a reply's status and header fields before it reads the body.
// Pure, so that the rules are tested and fuzzed without a network; ApiCall applies them to
// what Qt's HTTP client hands over.
namespace ReplyHead {

using Fields = QList<QPair<QByteArray, QByteArray>>;

enum class Verdict {
    Read, // a final status and its header: read the body
    // A 1xx status. Qt 6.4 skips only "100 Continue"; any other 1xx ends the reply there, and
    // the final answer behind it is thrown away with the connection.
    InterimOnly,
    // A final status without a single header field. Every Admin API reply has some; Qt 6.4
    // hands over none when the server's block had more than 100 fields or a field over 8 KB,
    // and then reads the body until the server closes the connection.
    HeaderUnreadable,
    Redirected, // 3xx: never followed, it would carry keys or tokens elsewhere
    TooLarge, // Content-Length announces more than the console reads
};

Verdict classify(int status, const Fields &fields, qint64 maxReplyBytes);

// The first field named `name` (case-insensitive), or a null array.
QByteArray field(const Fields &fields, const QByteArray &name);

// Retry-After as delay-seconds, or -1 (absent, an HTTP date, or not a number).
int retryAfterSeconds(const QByteArray &value);

} // namespace ReplyHead
