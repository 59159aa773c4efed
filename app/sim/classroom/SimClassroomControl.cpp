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
    // The class's clock, or one seat's: ?advance=SECONDS.
    const bool allClocks = segments.size() == 2 && segments[1] == QLatin1String("clock");
    if (allClocks
        || (segments.size() == 4 && segments[1] == QLatin1String("seats")
            && segments[3] == QLatin1String("clock"))) {
        if (request.method != "POST")
            return SimReply::methodNotAllowed();
        bool ok = false;
        const qint64 seconds
            = request.query.queryItemValue(QStringLiteral("advance")).toLongLong(&ok);
        if (!ok || seconds < 0)
            return SimReply::badRequest(
                QStringLiteral("expected ?advance=SECONDS, a whole number of seconds, at least 0"));
        const int number = allClocks ? 0 : segments[2].toInt();
        for (int n = 1; n <= m_classroom.size(); ++n)
            if (allClocks || n == number)
                m_classroom.advanceClock(n, seconds);
        if (!allClocks && !m_classroom.seat(number))
            return SimReply::error(404,
                QStringLiteral("there is no seat %1; the seats are 1 to %2")
                    .arg(segments[2])
                    .arg(m_classroom.size()),
                QStringLiteral("SeatNotFound"));
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
    for (int n = 1; n <= m_classroom.size(); ++n)
        seats.append(m_classroom.seatJson(n));
    return SimReply::json(200,
        QJsonObject {{QStringLiteral("scenario"), m_classroom.scenario()},
            {QStringLiteral("steps"), QJsonArray::fromStringList(SimSeatProgress::stepIds())},
            {QStringLiteral("seats"), seats}});
}
