#pragma once

#include "ApiResult.h"
#include "ClassroomSeat.h"

#include <QObject>
#include <QUrl>
#include <QPointer>
#include <functional>

class AdminApiClient;
class ApiCall;
struct ApiRequest;

// A classroom simulator's control calls (sync-console-sim --classroom N), for the instructor's
// view: the seats and their progress through the runbook, a seat's reset or every seat's, the
// class's clock. Like SimulatorControlClient it shares the Admin API client's connection and
// activity record and signs its calls with the session's access token, which a classroom
// asked from another machine requires (the main key pair's; a seat's is refused with 403). A
// server that is not a classroom answers 404 (and a real service too).
class ClassroomClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassroomClient)

public:
    template<typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ClassroomClient(AdminApiClient *client, QObject *parent = nullptr);

    // GET /_sim/classroom.
    ApiCall *seats(QObject *context, Callback<ClassroomState> done);
    // POST /_sim/classroom/seats/N/reset; `number` 0: POST /_sim/classroom/reset (every seat).
    ApiCall *reset(int number, QObject *context, Callback<Done> done);
    // POST /_sim/classroom/clock?advance=SECONDS: every seat's clock moved on.
    ApiCall *advanceClock(qint64 seconds, QObject *context, Callback<Done> done);

    // Pure builders and the parser, tested without a network.
    // Whether a server at `baseUrl` may be a classroom simulator worth asking: the real
    // service (a mongodb.com host) never is, so it gets no call the user did not make.
    static bool mayBeClassroom(const QUrl &baseUrl);
    static ApiRequest seatsRequest();
    static ApiRequest resetRequest(int number);
    static ApiRequest clockRequest(qint64 seconds);
    static ApiResult<ClassroomState> parseSeats(const QByteArray &body);

private:
    ApiCall *sendDone(const ApiRequest &request, QObject *context, Callback<Done> done);

    QPointer<AdminApiClient> m_client;
};
