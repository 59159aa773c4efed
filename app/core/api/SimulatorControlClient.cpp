#include "SimulatorControlClient.h"

#include "AdminApiClient.h"
#include "ApiRequest.h"
#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

// A request to the simulator's control API: at the server's root (`/_sim/…`, beside the Admin
// API's base path), without the Admin API's token (the control API answers loopback only).
ApiRequest controlRequest(const QByteArray &method, const QString &path)
{
    return ApiRequest::atRoot(method, path, ApiRequest::Auth::None);
}

} // namespace

SimulatorControlClient::SimulatorControlClient(AdminApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall *SimulatorControlClient::devices(
    const QString &appId, QObject *context, Callback<QList<SyncDevice>> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(
        devicesRequest(appId), context, [done = std::move(done)](const ApiReply &reply) {
            if (!done)
                return;
            done(reply.ok() ? parseDevices(reply.body)
                            : ApiResult<QList<SyncDevice>>::failure(reply.error));
        });
}

ApiCall *SimulatorControlClient::resetScenario(QObject *context, Callback<QString> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(resetRequest(), context, [done = std::move(done)](const ApiReply &reply) {
        if (done)
            done(reply.ok() ? parseReset(reply.body) : ApiResult<QString>::failure(reply.error));
    });
}

ApiCall *SimulatorControlClient::advanceClock(qint64 seconds, QObject *context, Callback<Done> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(clockRequest(seconds), context,
        [this, seconds, client = m_client, done = std::move(done)](const ApiReply &reply) {
            if (reply.ok() && client) {
                client->setClockOffsetMs(client->clockOffsetMs() + seconds * 1000);
                emit clockMoved(seconds);
                readClock(this, {});
            }
            if (done)
                done(reply.ok() ? ApiResult<Done>::success({})
                                : ApiResult<Done>::failure(reply.error));
        });
}

ApiCall *SimulatorControlClient::readClock(QObject *context, Callback<QDateTime> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(readClockRequest(), context,
        [this, client = m_client, done = std::move(done)](const ApiReply &reply) {
            const ApiResult<QDateTime> r
                = reply.ok() ? parseClock(reply.body) : ApiResult<QDateTime>::failure(reply.error);
            if (r.ok() && client) {
                // Read when the answer came: it left the simulator about half the call ago.
                const QDateTime local
                    = QDateTime::currentDateTimeUtc().addMSecs(-reply.elapsedMs / 2);
                const qint64 moved = local.msecsTo(r.value) - client->clockOffsetMs();
                client->setClockOffsetMs(local.msecsTo(r.value));
                // Moved by someone else (a terminal's curl) since the last reading: said too.
                if (moved >= 2000)
                    emit clockMoved(moved / 1000);
                emit clockRead(r.value);
            }
            if (done)
                done(r);
        });
}

ApiCall *SimulatorControlClient::changeApp(
    const QString &appId, const AppChange &change, QObject *context, Callback<Done> done)
{
    if (!m_client)
        return nullptr;
    return m_client->send(
        changeAppRequest(appId, change), context, [done = std::move(done)](const ApiReply &reply) {
            if (done)
                done(reply.ok() ? ApiResult<Done>::success({})
                                : ApiResult<Done>::failure(reply.error));
        });
}

ApiRequest SimulatorControlClient::changeAppRequest(const QString &appId, const AppChange &change)
{
    QJsonObject body;
    if (change.syncDirectory)
        body.insert(QStringLiteral("config_layout"),
            *change.syncDirectory ? QStringLiteral("sync") : QStringLiteral("services"));
    const std::pair<const char *, const QString &> names[] = {{"cluster_name", change.clusterName},
        {"service_name", change.serviceName}, {"data_source_name", change.dataSourceName}};
    for (const auto &[key, name] : names)
        if (!name.isEmpty())
            body.insert(QLatin1String(key), name);
    ApiRequest r = controlRequest("PATCH",
        QStringLiteral("/_sim/apps/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(appId))));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest SimulatorControlClient::readClockRequest()
{
    return controlRequest("GET", QStringLiteral("/_sim/clock"));
}

ApiResult<QDateTime> SimulatorControlClient::parseClock(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QString now = reader.string(reader.asObject(root, QStringLiteral("the clock's answer")),
        QStringLiteral("now"), JsonReader::Need::Required);
    if (reader.failed())
        return ApiResult<QDateTime>::failure(ApiError::malformed(reader.problem()));
    const QDateTime at = QDateTime::fromString(now, Qt::ISODateWithMs);
    if (!at.isValid())
        return ApiResult<QDateTime>::failure(
            ApiError::malformed(QStringLiteral("the clock's time %1 is not a date").arg(now)));
    return ApiResult<QDateTime>::success(at.toUTC());
}

ApiRequest SimulatorControlClient::clockRequest(qint64 seconds)
{
    ApiRequest r = controlRequest("POST", QStringLiteral("/_sim/clock"));
    r.query.addQueryItem(QStringLiteral("advance"), QString::number(seconds));
    return r;
}

ApiRequest SimulatorControlClient::resetRequest()
{
    return controlRequest("POST", QStringLiteral("/_sim/reset"));
}

ApiResult<QString> SimulatorControlClient::parseReset(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QString scenario
        = reader.string(reader.asObject(root, QStringLiteral("the reset's answer")),
            QStringLiteral("scenario"), JsonReader::Need::Required);
    if (reader.failed())
        return ApiResult<QString>::failure(ApiError::malformed(reader.problem()));
    return ApiResult<QString>::success(scenario);
}

ApiRequest SimulatorControlClient::devicesRequest(const QString &appId)
{
    return controlRequest("GET",
        QStringLiteral("/_sim/apps/%1/devices")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(appId))));
}

ApiResult<QList<SyncDevice>> SimulatorControlClient::parseDevices(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    QList<SyncDevice> out;
    const QJsonArray items = reader.asArray(root, QStringLiteral("the device list"));
    for (const QJsonValue &item : items) {
        const QJsonObject object = reader.asObject(item, QStringLiteral("a device"));
        SyncDevice d;
        d.id = reader.string(object, QStringLiteral("id"));
        d.sdk = reader.string(object, QStringLiteral("sdk"));
        d.unsyncedChanges
            = static_cast<int>(reader.integer(object, QStringLiteral("unsynced_changes")));
        d.needsClientReset = reader.boolean(object, QStringLiteral("needs_client_reset"));
        d.userId = reader.string(object, QStringLiteral("user_id"));
        d.platform = reader.string(object, QStringLiteral("platform"));
        d.resetMode = reader.string(object, QStringLiteral("client_reset_mode"));
        d.online = !object.contains(QStringLiteral("online"))
            || reader.boolean(object, QStringLiteral("online"));
        d.session = reader.boolean(object, QStringLiteral("session"));
        if (object.contains(QStringLiteral("write_every_s")))
            d.writeEverySeconds
                = static_cast<int>(reader.integer(object, QStringLiteral("write_every_s")));
        d.syncedBefore
            = reader.integer(object, QStringLiteral("file_epoch")) != 0 || d.needsClientReset;
        const QJsonArray resets = object.contains(QStringLiteral("resets"))
            ? reader.asArray(
                object.value(QStringLiteral("resets")), QStringLiteral("a device's resets"))
            : QJsonArray();
        for (const QJsonValue &item : resets) {
            const QJsonObject o = reader.asObject(item, QStringLiteral("a device's reset"));
            SyncDevice::Reset r;
            r.at = QDateTime::fromSecsSinceEpoch(reader.integer(o, QStringLiteral("at")), Qt::UTC);
            r.protocolError = static_cast<int>(reader.integer(o, QStringLiteral("protocol_error")));
            r.mode = reader.string(o, QStringLiteral("mode"));
            r.outcome = reader.string(o, QStringLiteral("outcome"));
            r.changes = static_cast<int>(reader.integer(o, QStringLiteral("changes")));
            r.resolved = !o.contains(QStringLiteral("resolved"))
                || reader.boolean(o, QStringLiteral("resolved"));
            d.resets.append(r);
        }
        out.append(d);
    }
    if (reader.failed())
        return ApiResult<QList<SyncDevice>>::failure(ApiError::malformed(reader.problem()));
    return ApiResult<QList<SyncDevice>>::success(out);
}
