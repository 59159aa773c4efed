#include "ApiCallRecord.h"

#include "JsonReader.h"

#include <QJsonDocument>

namespace {
QString authName(ApiRequest::Auth auth)
{
    switch (auth) {
    case ApiRequest::Auth::None:
        return QStringLiteral("none");
    case ApiRequest::Auth::RefreshToken:
        return QStringLiteral("refresh");
    case ApiRequest::Auth::AccessToken:
        break;
    }
    return QStringLiteral("access");
}
} // namespace

QByteArray ApiCallRecord::redacted(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return QByteArrayLiteral("<not shown: not JSON>");
    QJsonObject object = document.object();
    const struct
    {
        const char *key;
        const char *placeholder;
    } secrets[] = {{"username", "<PUBLIC_API_KEY>"}, {"apiKey", "<PRIVATE_API_KEY>"},
        {"password", "<PASSWORD>"}, {"access_token", "<ACCESS_TOKEN>"},
        {"refresh_token", "<REFRESH_TOKEN>"}, {"private_key", "<PRIVATE_API_KEY>"}};
    for (const auto &s : secrets)
        if (object.contains(QLatin1String(s.key)))
            object.insert(QLatin1String(s.key), QLatin1String(s.placeholder));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject ApiCallRecord::toJson() const
{
    return {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("url"), url},
        {QStringLiteral("status"), status}, {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("attempts"), attempts}, {QStringLiteral("error"), error},
        {QStringLiteral("body"), QString::fromUtf8(body)},
        {QStringLiteral("auth"), authName(auth)}};
}

ApiCallRecord ApiCallRecord::fromJson(const QJsonObject &o)
{
    ApiCallRecord r;
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r.method = o.value(QStringLiteral("method")).toString().toLatin1();
    r.url = o.value(QStringLiteral("url")).toString();
    r.status = o.value(QStringLiteral("status")).toInt();
    r.durationMs = JsonReader::toInt64(o.value(QStringLiteral("duration_ms")));
    r.attempts = o.value(QStringLiteral("attempts")).toInt();
    r.error = o.value(QStringLiteral("error")).toString();
    r.body = redacted(o.value(QStringLiteral("body")).toString().toUtf8());
    const QString auth = o.value(QStringLiteral("auth")).toString();
    r.auth = auth == QLatin1String("none") ? ApiRequest::Auth::None
        : auth == QLatin1String("refresh") ? ApiRequest::Auth::RefreshToken
                                           : ApiRequest::Auth::AccessToken;
    return r;
}
