#include "HttpRequest.h"

#include <QUrl>

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers)
        if (h.first == lowerCaseName)
            return h.second;
    return {};
}

QString HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
}

QUrlQuery HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
}

bool HttpRequest::keepAlive() const
{
    if (version != "HTTP/1.1")
        return false;
    return !header("connection").toLower().contains("close");
}
