#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP/1.x request as the simulator's server read it off a connection.
struct HttpRequest
{
    QByteArray method; // as sent: a token, upper case by convention
    QByteArray target; // the request target: path and query, percent-encoded
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray body;
    QHostAddress peer;

    // The first value of a header (its name in lower case); empty when absent.
    QByteArray header(const QByteArray &lowerCaseName) const;
    QString path() const;
    QUrlQuery query() const;
    // HTTP/1.1 keeps the connection unless told "Connection: close"; HTTP/1.0 closes it.
    bool keepAlive() const;
};

// What the server lets one request be. A request past a limit is refused with its status
// (414, 431, 413) as soon as the limit is passed, before anything after it is read.
struct HttpLimits
{
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderBytes = 32 * 1024; // all header lines together
    int maxHeaderCount = 100;
    // The largest Admin API body is a service config of a few kilobytes.
    qint64 maxBodyBytes = 1024 * 1024;
};
