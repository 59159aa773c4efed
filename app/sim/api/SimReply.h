#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

// What the simulator answers: a status, headers and a body.
struct SimReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Heavy work the answer still needs (a diff of a huge draft), set instead of the status and
    // body: a pure function of copies, safe to run on another thread. The server runs it off
    // the thread that serves everyone else and answers with what it returns; transport-free
    // callers take settled().
    std::function<SimReply()> later;

    // The answer itself, with the work done here when there is work left.
    SimReply settled() const { return later ? later() : *this; }

    static SimReply json(int status, const QJsonValue &value);
    static SimReply error(int status, const QString &error, const QString &errorCode);
    // 400 BadRequest, `problem` saying what was wrong with the request.
    static SimReply badRequest(const QString &problem);
    static SimReply noContent();
    // "`what` not found", as the service words it.
    static SimReply notFound(const QString &what, const QString &errorCode);
    static SimReply methodNotAllowed();
};
