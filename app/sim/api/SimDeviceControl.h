#pragma once

#include "SimReply.h"

#include <QByteArray>
#include <QJsonObject>

class SimBackend;
struct SimApp;
struct SimClient;

// What the control API does with the devices and logs of one app, so that tests and trainers
// can stage a situation (SimControlApi routes the paths under /_sim/apps/{appId}/ here):
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

    SimReply list(const SimApp &app) const;
    SimReply add(SimApp &app, const QByteArray &body);
    SimReply change(SimApp &app, int index, const QByteArray &body);
    SimReply remove(SimApp &app, int index);
    SimReply resetManually(SimApp &app, int index);
    SimReply addLogs(SimApp &app, const QByteArray &body);

    static QJsonObject deviceJson(const SimApp &app, int index);
    // The index of the app's device `id`, or -1.
    static int deviceIndex(const SimApp &app, const QString &id);

private:
    SimReply add(SimApp &app, const QJsonObject &body);
    SimReply change(SimApp &app, int index, const QJsonObject &body);
    // Applies the fields of `body` to `device` (a copy of the app's `index`); a problem in
    // words when one is malformed, and then nothing is applied.
    QString apply(SimApp &app, int index, const QJsonObject &body, SimClient &device);

    SimBackend &m_backend;
};
