#include "SimulatorControlClient.h"

#include "AdminApiClient.h"
#include "ApiRequest.h"
#include "JsonReader.h"

#include <QUrl>

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

ApiRequest SimulatorControlClient::devicesRequest(const QString &appId)
{
    ApiRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/_sim/apps/%1/devices")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(appId)));
    r.auth = ApiRequest::Auth::None;
    r.atServerRoot = true;
    return r;
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
        out.append(d);
    }
    if (reader.failed())
        return ApiResult<QList<SyncDevice>>::failure(ApiError::malformed(reader.problem()));
    return ApiResult<QList<SyncDevice>>::success(out);
}
