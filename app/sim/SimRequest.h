#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// A request as the simulator's API sees it: the path is below /api/admin/v3.0.
struct SimRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QString deploymentError; // set by a fault rule: the deployment this request starts fails
};
