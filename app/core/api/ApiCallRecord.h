#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One Admin API call as the activity log keeps it. Secrets never get here: the body is
// redacted when the record is made, and tokens are not part of it.
struct ApiCallRecord
{
    QDateTime at;
    QByteArray method;
    QString url; // full URL, query included
    int status = 0; // 0: no HTTP answer
    qint64 durationMs = 0;
    int attempts = 0;
    QString error; // user text; empty on success
    QByteArray body; // the request body, redacted
    ApiRequest::Auth auth = ApiRequest::Auth::AccessToken;

    QJsonObject toJson() const;
    static ApiCallRecord fromJson(const QJsonObject &object);
    // The body with credentials replaced by placeholders (<PUBLIC_API_KEY>, <PRIVATE_API_KEY>).
    static QByteArray redacted(const QByteArray &body);
};
