#include "Scenarios.h"

#include "SimBackend.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Scenarios {
namespace {

    QString str(const char *text)
    {
        return QString::fromLatin1(text);
    }

    QJsonObject ownerRules()
    {
        const QJsonObject byOwner {{str("owner_id"), str("%%user.id")}};
        return {{str("rules"), QJsonObject()},
            {str("defaultRoles"),
                QJsonArray {QJsonObject {{str("name"), str("owner-read-write")},
                    {str("applyWhen"), QJsonObject()}, {str("read"), byOwner},
                    {str("write"), byOwner}}}}};
    }

    // The app's five devices. Three are online and syncing; the Swift and .NET ones were used
    // offline and hold changes they have not uploaded, and come back a few minutes after the
    // scenario starts: in time for a terminate to catch them, as it catches real users.
    QList<SimClient> devices(qint64 now)
    {
        struct Row
        {
            const char *id, *sdk, *version, *user, *platform, *platformVersion, *ip;
            SimClient::ResetMode mode;
            int unsynced;
            qint64 offlineFor, backIn; // seconds; 0 = online
            int writeEvery;
        };
        using M = SimClient::ResetMode;
        const Row rows[] = {
            {"device-kotlin-01", "Kotlin", "1.16.0", "6560a1f0c0ffee0000000001", "Android", "14",
                "203.0.113.21", M::Recover, 0, 0, 0, 120},
            {"device-swift-02", "Swift", "10.54.0", "6560a1f0c0ffee0000000002", "iOS", "17.5",
                "203.0.113.34", M::Recover, 7, 2 * 3600, 5 * 60, 0},
            {"device-node-03", "Node.js", "12.13.1", "6560a1f0c0ffee0000000003", "Electron",
                "31.2.0", "198.51.100.7", M::RecoverOrDiscard, 0, 0, 0, 180},
            {"device-dotnet-04", ".NET", "12.4.0", "6560a1f0c0ffee0000000004", "Windows", "11",
                "198.51.100.52", M::Discard, 2, 24 * 3600, 8 * 60, 0},
            {"device-flutter-05", "Flutter", "3.2.0", "6560a1f0c0ffee0000000005", "Android", "13",
                "192.0.2.88", M::RecoverOrDiscard, 0, 0, 0, 0},
        };
        QList<SimClient> out;
        for (const Row &r : rows) {
            SimClient c;
            c.id = str(r.id);
            c.sdk = str(r.sdk);
            c.sdkVersion = str(r.version);
            c.userId = str(r.user);
            c.platform = str(r.platform);
            c.platformVersion = str(r.platformVersion);
            c.remoteIpAddress = str(r.ip);
            c.resetMode = r.mode;
            c.unsyncedChanges = r.unsynced;
            c.online = r.offlineFor == 0;
            c.lastSeen = now - r.offlineFor;
            c.offlineUntil = r.backIn > 0 ? now + r.backIn : 0;
            c.writeEverySeconds = r.writeEvery;
            c.nextWriteAt = now + r.writeEvery;
            c.fileEpoch = 1; // each has synced with this app before
            out.append(c);
        }
        return out;
    }

    SimApp flexibleApp(qint64 now)
    {
        SimApp app;
        app.name = str("TaskTracker");
        app.clientAppId = str("tasktracker-qzxvb");
        app.environment = str("development");
        app.clusterName = str("Cluster0");
        app.serviceName = str("mongodb-atlas");
        app.deployed.mode = SyncConfig::Mode::Flexible;
        app.deployed.block = {{str("state"), str("enabled")}, {str("database_name"), str("todo")},
            {str("queryable_fields_names"), QJsonArray {str("owner_id"), str("team")}},
            {str("indexed_queryable_fields_names"), QJsonArray {str("owner_id")}},
            {str("permissions"), ownerRules()}, {str("client_max_offline_days"), 30},
            {str("is_recovery_mode_disabled"), false}};
        app.syncMetadataPresent = true;
        app.latestSyncEvent = now - 3;
        app.lastClusterEventProcessed = now - 4;
        app.lagMs = 120;
        app.clients = devices(now);
        app.lastModified = now - 86400;
        return app;
    }

    SimApp partitionApp(qint64 now)
    {
        // The app of the documented terminate procedure: an older app whose sync block lives in
        // services/Example-Service/config.json.
        SimApp app;
        app.name = str("ExampleApp");
        app.clientAppId = str("exampleapp-kdjwe");
        app.clusterName = str("ExampleCluster");
        app.serviceName = str("Example-Service");
        app.legacyLayout = true;
        app.deployed.mode = SyncConfig::Mode::PartitionBased;
        app.deployed.block = {{str("state"), str("enabled")},
            {str("partition"),
                QJsonObject {{str("key"), str("_partition")}, {str("type"), str("string")},
                    {str("required"), true},
                    {str("permissions"),
                        QJsonObject {
                            {str("read"), QJsonObject()}, {str("write"), QJsonObject()}}}}}};
        app.syncMetadataPresent = true;
        app.latestSyncEvent = now - 5;
        app.lastClusterEventProcessed = now - 6;
        app.lagMs = 340;
        app.clients = devices(now);
        app.lastModified = now - 86400;
        return app;
    }

} // namespace

QString defaultName()
{
    return str("flexible");
}

QStringList names()
{
    return {str("flexible"), str("partition"), str("oplog-rollover")};
}

QString description(const QString &name)
{
    if (name == str("flexible"))
        return QCoreApplication::translate(
            "Scenarios", "A healthy Flexible Sync app with drafts on (the default).");
    if (name == str("partition"))
        return QCoreApplication::translate("Scenarios",
            "A healthy Partition-Based Sync app with drafts on, as in "
            "the documented terminate procedure.");
    if (name == str("oplog-rollover"))
        return QCoreApplication::translate("Scenarios",
            "Sync paused three days ago on a cluster whose oplog keeps "
            "48 hours: resuming is refused, Sync must be terminated "
            "and enabled again.");
    return {};
}

bool load(const QString &name, SimBackend &backend)
{
    if (!names().contains(name))
        return false;
    backend.clear();
    const qint64 now = backend.now().toSecsSinceEpoch();
    if (name == str("flexible")) {
        backend.addApp(flexibleApp(now));
    } else if (name == str("partition")) {
        backend.addApp(partitionApp(now));
    } else if (name == str("oplog-rollover")) {
        SimApp app = flexibleApp(now);
        const qint64 pausedAt = now - 3 * 24 * 3600;
        app.deployed.block.insert(str("state"), str("disabled"));
        app.deployed.block.insert(str("last_disabled"), pausedAt);
        app.pausedAt = pausedAt;
        app.latestSyncEvent = pausedAt;
        app.lastClusterEventProcessed = pausedAt;
        app.oplogWindowHours = 48;
        for (SimClient &c : app.clients)
            c.lastSeen = qMin(c.lastSeen, pausedAt); // nobody has synced since the pause
        backend.addApp(app);
    }
    backend.stepDevices(); // the online devices connect (or are refused while Sync is paused)
    return true;
}

} // namespace Scenarios
