#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>
#include <optional>

struct HttpRequest;

// A request as the simulator's API sees it: the path is below /api/admin/v3.0.
struct SimRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QString deploymentError; // set by a fault rule: the deployment this request starts fails

    // The Admin API request an HTTP request makes: its path below /api/admin/v3.0, or
    // nothing when it is not under that prefix.
    static std::optional<SimRequest> fromHttp(const HttpRequest &request);
};
