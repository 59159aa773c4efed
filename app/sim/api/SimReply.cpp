#include "SimReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SimReply SimReply::json(int status, const QJsonValue &value)
{
    SimReply r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

SimReply SimReply::error(int status, const QString &error, const QString &errorCode)
{
    QJsonObject body {{QStringLiteral("error"), error}};
    if (!errorCode.isEmpty())
        body.insert(QStringLiteral("error_code"), errorCode);
    return json(status, body);
}

SimReply SimReply::badRequest(const QString &problem)
{
    return error(400, problem, QStringLiteral("BadRequest"));
}

SimReply SimReply::noContent()
{
    SimReply r;
    r.status = 204;
    return r;
}

SimReply SimReply::notFound(const QString &what, const QString &errorCode)
{
    return error(404, QStringLiteral("%1 not found").arg(what), errorCode);
}

SimReply SimReply::methodNotAllowed()
{
    return error(405, QStringLiteral("method not allowed"), QStringLiteral("MethodNotAllowed"));
}
