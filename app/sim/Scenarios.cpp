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

    QList<SimClient> devices()
    {
        return {{str("device-kotlin-01"), str("Kotlin"), 0, false},
            {str("device-swift-02"), str("Swift"), 7, false},
            {str("device-node-03"), str("Node.js"), 0, false},
            {str("device-dotnet-04"), str(".NET"), 2, false},
            {str("device-flutter-05"), str("Flutter"), 0, false}};
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
        app.clients = devices();
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
        app.clients = devices();
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
        backend.addApp(app);
    }
    return true;
}

} // namespace Scenarios
