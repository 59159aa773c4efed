#pragma once

#include "SimReply.h"

#include <QByteArray>
#include <QStringList>

class SimBackend;
struct SimApp;

// The control API's devices and logs of one app, so that tests and trainers can stage a
// situation (paths under /_sim/apps/{appId}/):
//   GET    devices              every device, its state and its reset history
//   POST   devices              add one: {"id", "sdk", "user_id", "platform",
//                               "client_reset_mode", "unsynced_changes", "online",
//                               "write_every_s", "synced"}
//   PATCH  devices/{id}         move one: {"online", "unsynced_changes", "offline_days",
//                               "client_reset_mode", "write_every_s"}
//   POST   devices/{id}/reset   the app's code resets a device that waits in error
//   DELETE devices/{id}         remove one
//   POST   logs                 add log entries: a JSON array of entries with "type" and
//                               "started"
// Every change steps the app's devices at once.
class SimDeviceControl final
{
public:
    explicit SimDeviceControl(SimBackend &backend);

    SimReply handle(
        const QByteArray &method, SimApp &app, const QStringList &rest, const QByteArray &body);

    static QJsonObject deviceJson(const SimApp &app, int index);

private:
    SimReply add(SimApp &app, const QJsonObject &body);
    SimReply change(SimApp &app, int index, const QJsonObject &body);
    SimReply addLogs(SimApp &app, const QByteArray &body);

    SimBackend &m_backend;
};
