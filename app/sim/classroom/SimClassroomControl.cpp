#include "SimClassroomControl.h"

#include "SimBackend.h"
#include "SimClassroom.h"
#include "SimReply.h"
#include "SimRequest.h"

#include <QJsonArray>
#include <QJsonObject>

std::optional<SimReply> SimClassroomControl::handle(const SimRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.value(0) != QLatin1String("classroom"))
        return std::nullopt;
    if (segments.size() == 1) {
        if (request.method != "GET")
            return SimReply::methodNotAllowed();
        return seats();
    }
    if (segments.size() == 2 && segments[1] == QLatin1String("reset")) {
        if (request.method != "POST")
            return SimReply::methodNotAllowed();
        for (int n = 1; n <= m_classroom.size(); ++n)
            m_classroom.reset(n);
        return seats();
    }
    if (segments.size() == 4 && segments[1] == QLatin1String("seats")
        && segments[3] == QLatin1String("reset")) {
        if (request.method != "POST")
            return SimReply::methodNotAllowed();
        bool ok = false;
        const int number = segments[2].toInt(&ok);
        if (!ok || !m_classroom.reset(number))
            return SimReply::error(404,
                QStringLiteral("there is no seat %1; the seats are 1 to %2")
                    .arg(segments[2])
                    .arg(m_classroom.size()),
                QStringLiteral("SeatNotFound"));
        return SimReply::json(200,
            QJsonObject {{QStringLiteral("seat"), number},
                {QStringLiteral("scenario"), m_classroom.scenario()}});
    }
    return SimReply::notFound(QStringLiteral("classroom resource"), QStringLiteral("NotFound"));
}

SimReply SimClassroomControl::seats() const
{
    QJsonArray seats;
    for (int n = 1; n <= m_classroom.size(); ++n) {
        SimClassroom::Seat *seat = m_classroom.seat(n);
        QJsonArray apps;
        for (const SimApp &app : seat->backend->apps())
            apps.append(
                QJsonObject {{QStringLiteral("_id"), app.id}, {QStringLiteral("name"), app.name}});
        seats.append(QJsonObject {{QStringLiteral("seat"), n},
            {QStringLiteral("public_key"), seat->publicKey},
            {QStringLiteral("group_id"), seat->backend->groupId()},
            {QStringLiteral("apps"), apps}});
    }
    return SimReply::json(200,
        QJsonObject {{QStringLiteral("scenario"), m_classroom.scenario()},
            {QStringLiteral("seats"), seats}});
}
