#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// What the simulator answers: a status, headers and a body.
struct SimReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(int status, const QJsonValue &value);
    static SimReply error(int status, const QString &error, const QString &errorCode);
    // 400 BadRequest, `problem` saying what was wrong with the request.
    static SimReply badRequest(const QString &problem);
    static SimReply noContent();
    // "`what` not found", as the service words it.
    static SimReply notFound(const QString &what, const QString &errorCode);
    static SimReply methodNotAllowed();
};
