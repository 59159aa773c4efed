#pragma once

#include "SimApp.h"
#include "SimLogEntry.h"
#include "SyncProtocol.h"
#include "Utf8.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class SimBackend;

// The building blocks scenarios are made of: apps as their teams set them up, the devices
// that use them, a deployment history and the logs of the days before the scenario starts.
// Times are seconds since the epoch on the simulator's clock.
namespace ScenarioParts {

// Seconds in a day, the unit the scenarios' histories are told in.
inline constexpr qint64 Day = 86400;

// The app's five devices. Three are online and syncing; the Swift and .NET ones were used
// offline and hold changes they have not uploaded, and come back a few minutes after the
// scenario starts: in time for a terminate to catch them, as it catches real users.
QList<SimClient> devices(qint64 now);

// A Flexible Sync app on a dedicated AWS cluster, Sync enabled and healthy.
SimApp flexibleApp(qint64 now, const char *name = "TaskTracker",
    const char *clientAppId = "tasktracker-qzxvb", const char *database = "todo");
// The app of the documented terminate procedure: Partition-Based, its sync block in
// services/Example-Service/config.json.
SimApp partitionApp(qint64 now);

// Pauses the app's deployed Sync as if it had been paused at `pausedAt`: nobody has synced
// since, and the online devices were refused.
void pausedSince(SimApp &app, qint64 pausedAt);
// Stops the app's translator at `since` for `why`: the header metrics freeze there.
void translatorStopped(SimApp &app, qint64 since, const QString &why);

// A past, successful deployment of `config` at `at`, by the trainer or another admin, from
// `origin` (UI, CLI, API); appended to the app's history with the next number.
void addDeployment(SimBackend &backend, SimApp &app, qint64 at, const QString &origin,
    bool byOtherAdmin, const SyncConfig &config);
// Three deployments over the last three weeks: how the app came to its deployed config.
void addUsualHistory(SimBackend &backend, SimApp &app, qint64 now);

// A day of each device's work from `from` to `until`: it connects, opens a session, writes,
// and ends it, once a day at its own hour (never after the device was last seen).
QList<SimLogEntry> dailyLogs(SimBackend &backend, const SimApp &app, qint64 from, qint64 until);
// A SYNC_ERROR of the server's translator (no device, no connection): `error`, `errorCode`.
SimLogEntry translatorError(SimBackend &backend, const SimApp &app, qint64 at, const QString &error,
    const QString &errorCode);
// One entry of a device, shaped as SimDeviceRunner logs it.
SimLogEntry deviceEntry(SimBackend &backend, const SimApp &app, const SimClient &device, qint64 at,
    SyncLogType type, const QString &connectionId, QJsonObject fields = {});

} // namespace ScenarioParts
