#pragma once

#include "ApiResult.h"
#include "SyncDevice.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class AdminApiClient;
class ApiCall;
struct ApiRequest;

// The built-in simulator's own control API (/_sim/...), which the real service does not have.
// The console uses it only when it runs on the embedded simulator; it shares the Admin API
// client's connection, retry policy and activity record.
class SimulatorControlClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorControlClient)

public:
    template<typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit SimulatorControlClient(AdminApiClient *client, QObject *parent = nullptr);

    // GET /_sim/apps/{id}/devices: the app's simulated devices and their unsynced changes.
    ApiCall *devices(const QString &appId, QObject *context, Callback<QList<SyncDevice>> done);

    // POST /_sim/reset: the simulator back at its scenario's start; the answer names the
    // scenario.
    ApiCall *resetScenario(QObject *context, Callback<QString> done);

    // POST /_sim/clock?advance=SECONDS: the simulator's clock moved forward (a wait taken at
    // once, in a classroom or a script).
    // On success the client's clock (AdminApiClient::now) moves with it and clockMoved() says
    // by how much; the simulator's time is then read again to be exact.
    ApiCall *advanceClock(qint64 seconds, QObject *context, Callback<Done> done);
    // GET /_sim/clock: the simulator's time; the client's clock is set to it (a clock found
    // moved on by someone else emits clockMoved() too).
    ApiCall *readClock(QObject *context, Callback<QDateTime> done);

    // What PATCH /_sim/apps/{id} changes; an empty field is left as it is.
    struct AppChange
    {
        // The config layout, as the draft diff and an export name its files: true puts the sync
        // block in sync/config.json (the newer apps' layout), false inside
        // services/<service>/config.json (apps made before 2021).
        std::optional<bool> syncDirectory;
        QString clusterName;
        QString serviceName;
        QString dataSourceName; // the linked cluster's name in sync/config.json
    };
    ApiCall *changeApp(
        const QString &appId, const AppChange &change, QObject *context, Callback<Done> done);

    // Pure builders and parsers, tested without a network.
    static ApiRequest changeAppRequest(const QString &appId, const AppChange &change);
    static ApiRequest clockRequest(qint64 seconds);
    static ApiRequest readClockRequest();
    static ApiResult<QDateTime> parseClock(const QByteArray &body);
    static ApiRequest devicesRequest(const QString &appId);
    static ApiResult<QList<SyncDevice>> parseDevices(const QByteArray &body);
    static ApiRequest resetRequest();
    static ApiResult<QString> parseReset(const QByteArray &body);

signals:
    // The simulator's clock was moved `seconds` forward (the client's clock with it).
    void clockMoved(qint64 seconds);
    // The simulator's time was read: `now`.
    void clockRead(const QDateTime &now);

private:
    QPointer<AdminApiClient> m_client;
};
