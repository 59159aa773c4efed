#include "SimRequest.h"

#include "HttpRequest.h"

#include <QJsonDocument>

std::optional<SimRequest> SimRequest::fromHttp(const HttpRequest &request, const char *prefix)
{
    const QString path = request.path();
    const QString under = QString::fromLatin1(prefix);
    if (!path.startsWith(under + QLatin1Char('/')))
        return std::nullopt;
    SimRequest r;
    r.method = request.method;
    r.path = path.mid(under.size());
    r.query = request.query();
    r.authorization = request.header("authorization");
    r.body = request.body;
    return r;
}

QJsonObject SimRequest::bodyObject(bool *ok) const
{
    *ok = true;
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}
