#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
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

struct SimReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(int status, const QJsonValue &value);
    static SimReply error(int status, const QString &error, const QString &errorCode);
    static SimReply noContent();
};
