#include "ClassroomClient.h"

#include "AdminApiClient.h"
#include "ApiRequest.h"
#include "JsonReader.h"

namespace {

ApiRequest control(const QByteArray &method, const QString &path)
{
    // The instructor's token: off the simulator's machine the classroom answers only that
    // (on loopback the simulator does not ask for it; a real service answers 404 either way).
    return ApiRequest::atRoot(method, path, ApiRequest::Auth::AccessToken);
}

ClassroomSeat parseSeat(JsonReader &reader, const QJsonObject &o)
{
    ClassroomSeat seat;
    seat.number = int(reader.integer(o, QStringLiteral("seat"), JsonReader::Need::Required));
    seat.publicKey = reader.string(o, QStringLiteral("public_key"));
    seat.groupId = reader.string(o, QStringLiteral("group_id"));
    seat.syncState = reader.string(o, QStringLiteral("sync_state"));
    seat.clock = QDateTime::fromString(reader.string(o, QStringLiteral("clock")), Qt::ISODate);
    const QJsonObject resets = reader.object(o, QStringLiteral("client_resets"));
    seat.clientResets = int(reader.integer(resets, QStringLiteral("total")));
    seat.resetsWaiting = int(reader.integer(resets, QStringLiteral("waiting")));
    const QJsonObject progress = reader.object(o, QStringLiteral("progress"));
    const QJsonArray steps = reader.array(progress, QStringLiteral("steps"));
    for (const QJsonValue &v : steps) {
        const QJsonObject step = reader.asObject(v, QStringLiteral("a seat's step"));
        seat.steps.append(
            {reader.string(step, QStringLiteral("step")), reader.integer(step, QStringLiteral("at"))});
    }
    seat.next = reader.string(progress, QStringLiteral("next"));
    seat.finished = reader.boolean(progress, QStringLiteral("finished"));
    seat.outOfOrder = reader.strings(progress, QStringLiteral("out_of_order"));
    seat.secondsOnStep = reader.integer(progress, QStringLiteral("seconds_on_step"));
    const QJsonValue error = progress.value(QStringLiteral("last_error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        seat.lastErrorStatus = int(reader.integer(e, QStringLiteral("status")));
        seat.lastError = reader.string(e, QStringLiteral("error"));
        seat.lastErrorRequest = reader.string(e, QStringLiteral("request"));
    }
    return seat;
}

} // namespace

ClassroomClient::ClassroomClient(AdminApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall *ClassroomClient::seats(QObject *context, Callback<ClassroomState> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(seatsRequest(), context, [done = std::move(done)](const ApiReply &reply) {
        if (done)
            done(reply.ok() ? parseSeats(reply.body)
                            : ApiResult<ClassroomState>::failure(reply.error));
    });
}

ApiCall *ClassroomClient::reset(int number, QObject *context, Callback<Done> done)
{
    return sendDone(resetRequest(number), context, std::move(done));
}

ApiCall *ClassroomClient::advanceClock(qint64 seconds, QObject *context, Callback<Done> done)
{
    return sendDone(clockRequest(seconds), context, std::move(done));
}

ApiCall *ClassroomClient::sendDone(const ApiRequest &request, QObject *context, Callback<Done> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        if (done)
            done(reply.ok() ? ApiResult<Done>::success({}) : ApiResult<Done>::failure(reply.error));
    });
}

bool ClassroomClient::mayBeClassroom(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    return !(host == QLatin1String("mongodb.com") || host.endsWith(QLatin1String(".mongodb.com")));
}

ApiRequest ClassroomClient::seatsRequest()
{
    return control("GET", QStringLiteral("/_sim/classroom"));
}

ApiRequest ClassroomClient::resetRequest(int number)
{
    return control("POST",
        number > 0 ? QStringLiteral("/_sim/classroom/seats/%1/reset").arg(number)
                   : QStringLiteral("/_sim/classroom/reset"));
}

ApiRequest ClassroomClient::clockRequest(qint64 seconds)
{
    ApiRequest r = control("POST", QStringLiteral("/_sim/classroom/clock"));
    r.query.addQueryItem(QStringLiteral("advance"), QString::number(seconds));
    return r;
}

ApiResult<ClassroomState> ClassroomClient::parseSeats(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject o = reader.asObject(root, QStringLiteral("the classroom's answer"));
    ClassroomState state;
    state.scenario = reader.string(o, QStringLiteral("scenario"));
    state.stepIds = reader.strings(o, QStringLiteral("steps"));
    const QJsonArray seats = reader.array(o, QStringLiteral("seats"), JsonReader::Need::Required);
    for (const QJsonValue &v : seats)
        state.seats.append(parseSeat(reader, reader.asObject(v, QStringLiteral("a seat"))));
    if (reader.failed())
        return ApiResult<ClassroomState>::failure(ApiError::malformed(reader.problem()));
    return ApiResult<ClassroomState>::success(state);
}
