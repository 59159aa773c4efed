#include "ScenarioBuilders.h"
#include "ScenarioParts.h"
#include "SimBackend.h"
#include "SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>

// The documented reasons to terminate Sync, each as a team would meet it: the app as they set
// it up, the weeks of deployments before, the last days of logs, and what went wrong.
namespace ScenarioBuilders {

using namespace ScenarioParts;

namespace {

    constexpr qint64 Hour = 3600;

    QString when(qint64 at)
    {
        return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(str("yyyy-MM-dd HH:mm 'UTC'"));
    }

    // The translator's error when the oplog no longer holds its resume point, by the name the
    // console's table of Sync errors explains (SyncErrors).
    QString historyLostName()
    {
        return SyncProtocol::translatorErrorName(TranslatorError::ChangeStreamHistoryLost);
    }

    // The server's own words when a change stream cannot resume (MongoDB error 286).
    QString historyLost()
    {
        return QStringLiteral(
            "(%1) PlanExecutor error during aggregation :: caused by "
            ":: Resume of change stream was not possible, as the resume point may no "
            "longer be in the oplog.")
            .arg(historyLostName());
    }

    // An app whose cluster changed under Sync at `at`: the translator stopped with the
    // server's error, and the devices' changes pile up since.
    SimApp &addStopped(SimBackend &backend, SimApp app, qint64 now, qint64 at, const QString &why,
        const QString &code = historyLostName())
    {
        translatorStopped(app, at, why);
        addUsualHistory(backend, app, now);
        SimApp &added = backend.addApp(std::move(app));
        QList<SimLogEntry> logs = dailyLogs(backend, added, now - 9 * Day, at);
        logs.append(translatorError(backend, added, at + 90, why, code));
        backend.appendLogs(added, logs);
        return added;
    }

} // namespace

void flexible(SimBackend &backend, qint64 now)
{
    backend.addApp(flexibleApp(now));
}

void partition(SimBackend &backend, qint64 now)
{
    backend.addApp(partitionApp(now));
}

void sharedTierUpgrade(SimBackend &backend, qint64 now)
{
    SimApp app = flexibleApp(now);
    app.clusterTier = str("M10"); // upgraded from M2 this morning
    const qint64 upgraded = now - 6 * Hour;
    addStopped(backend, app, now, upgraded,
        QStringLiteral("%1 (cluster Cluster0 was upgraded from the shared tier M2 to the "
                       "dedicated tier M10 at %2; the new cluster's oplog does not hold "
                       "Sync's resume point)")
            .arg(historyLost(), when(upgraded)));
}

void regionMove(SimBackend &backend, qint64 now)
{
    SimApp app = partitionApp(now);
    app.clusterTier = str("M30");
    app.clusterProvider = str("GCP"); // moved from AWS US_EAST_1
    app.clusterRegion = str("WESTERN_EUROPE");
    const qint64 moved = now - 2 * Hour;
    addStopped(backend, app, now, moved,
        QStringLiteral("%1 (cluster ExampleCluster moved from AWS US_EAST_1 to GCP "
                       "WESTERN_EUROPE at %2; the moved cluster's oplog starts after Sync's "
                       "resume point)")
            .arg(historyLost(), when(moved)));
}

void nvmeUpgrade(SimBackend &backend, qint64 now)
{
    SimApp app = flexibleApp(now, "InventoryScanner", "inventoryscanner-hbtpe", "inventory");
    app.clusterTier = str("M40_NVME"); // from M40 with standard storage
    const qint64 upgraded = now - 3 * Hour;
    addStopped(backend, app, now, upgraded,
        QStringLiteral("%1 (cluster Cluster0 was upgraded from M40 to M40_NVME at %2; its "
                       "nodes were rebuilt by an initial sync, without the oplog Sync needs)")
            .arg(historyLost(), when(upgraded)));
}

void oplogRollover(SimBackend &backend, qint64 now)
{
    SimApp app = flexibleApp(now);
    addUsualHistory(backend, app, now);
    const qint64 pausedAt = now - 3 * Day;
    pausedSince(app, pausedAt);
    app.oplogWindowHours = 48;
    addDeployment(backend, app, pausedAt, str("UI"), false, app.deployed); // the pause
    SimApp &added = backend.addApp(app);
    QList<SimLogEntry> logs = dailyLogs(backend, added, now - 9 * Day, pausedAt);
    // When the oplog no longer reached back to the pause, the translator said so.
    logs.append(translatorError(
        backend, added, pausedAt + 48 * Hour + 7 * 60, historyLost(), historyLostName()));
    backend.appendLogs(added, logs);
}

void idleAutoPause(SimBackend &backend, qint64 now)
{
    SimApp app = flexibleApp(now, "HabitJournal", "habitjournal-plqzd", "habits");
    app.clusterTier = str("M0");
    // Nobody used the app for 30 days, then Sync paused itself: no deployment records that.
    const qint64 pausedAt = now - 32 * Day;
    const qint64 lastUse = pausedAt - 30 * Day;
    SyncConfig enabled = app.deployed;
    addDeployment(backend, app, lastUse - 20 * Day, str("UI"), false, enabled);
    addDeployment(backend, app, lastUse - 9 * Day, str("CLI"), true, enabled);
    pausedSince(app, pausedAt);
    for (SimClient &c : app.clients)
        c.lastSeen = lastUse;
    // Nothing wrote to the idle cluster, so its oplog still reaches back to the pause: resuming
    // works. (Were it refused, the way out is the oplog-rollover one.)
    app.oplogWindowHours = 24 * 90;
    backend.addApp(app);
}

void supportTroubleshooting(SimBackend &backend, qint64 now)
{
    SimApp app = flexibleApp(now, "DeliveryRoutes", "deliveryroutes-ctmwa", "routes");
    app.clusterTier = str("M30");
    app.environment = str("production");
    app.lagMs = 95000; // the translator falls further behind every day
    addUsualHistory(backend, app, now);
    SimApp &added = backend.addApp(app);
    QList<SimLogEntry> logs = dailyLogs(backend, added, now - 9 * Day, now);
    // For a week the Node.js client's uploads are refused; support could not find why.
    const SimClient &node = added.clients[2];
    for (qint64 day = now - 7 * Day; day < now; day += Day) {
        const QString co = backend.newId();
        const QString error
            = QStringLiteral("Bad changeset (UPLOAD): failed to integrate changeset: operation "
                             "was invalid for the server's history (ProtocolErrorCode=%1)")
                  .arg(SyncProtocol::code(ProtocolError::BadChangeset));
        logs.append(deviceEntry(backend, added, node, day + 3 * Hour, SyncLogType::Error, co,
            {{str("error"), error},
                {str("error_code"), SyncProtocol::errorName(ProtocolError::BadChangeset)},
                {str("messages"),
                    QJsonArray {QStringLiteral("Ending session with error: %1").arg(error)}}}));
    }
    backend.appendLogs(added, logs);
}

void syncModeSwitch(SimBackend &backend, qint64 now)
{
    SimApp app = partitionApp(now);
    addUsualHistory(backend, app, now);
    SimApp &added = backend.addApp(app);
    backend.appendLogs(added, dailyLogs(backend, added, now - 9 * Day, now));
}

void breakingChange(SimBackend &backend, qint64 now)
{
    SimApp app = flexibleApp(now, "SensorHub", "sensorhub-rvnqo", "iot");
    app.clusterTier = str("M20");
    app.deployed.block.insert(
        str("queryable_fields_names"), QJsonArray {str("owner_id"), str("site_id")});
    app.deployed.block.insert(str("asymmetric_tables"), QJsonArray {str("Reading")});
    // A migration script dropped the synced collection iot.Alert yesterday afternoon.
    const qint64 dropped = now - 20 * Hour;
    addStopped(backend, app, now, dropped,
        // The documentation names a dropped synced collection among the causes of
        // ChangeStreamHistoryLost: the change stream Sync was reading is gone with it.
        QStringLiteral("%1 (the synced collection iot.Alert was dropped at %2; Sync cannot "
                       "continue translating changes for it)")
            .arg(historyLost(), when(dropped)));
}

} // namespace ScenarioBuilders
