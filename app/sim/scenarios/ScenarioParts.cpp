#include "ScenarioParts.h"

#include "SimBackend.h"
#include "SimDeviceRunner.h"
#include "Utf8.h"

#include <QJsonArray>

namespace ScenarioParts {

namespace {

    QJsonObject ownerRules()
    {
        const QJsonObject byOwner {{str("owner_id"), str("%%user.id")}};
        return {{str("rules"), QJsonObject()},
            {str("defaultRoles"),
                QJsonArray {QJsonObject {{str("name"), str("owner-read-write")},
                    {str("applyWhen"), QJsonObject()}, {str("read"), byOwner},
                    {str("write"), byOwner}}}}};
    }

} // namespace

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
        {"device-node-03", "Node.js", "12.13.1", "6560a1f0c0ffee0000000003", "Electron", "31.2.0",
            "198.51.100.7", M::RecoverOrDiscard, 0, 0, 0, 180},
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

SimApp flexibleApp(qint64 now, const char *name, const char *clientAppId, const char *database)
{
    SimApp app;
    app.name = str(name);
    app.clientAppId = str(clientAppId);
    app.environment = str("development");
    app.clusterName = str("Cluster0");
    app.serviceName = str("mongodb-atlas");
    app.deployed.mode = SyncConfig::Mode::Flexible;
    app.deployed.block = {{str("state"), str("enabled")}, {str("database_name"), str(database)},
        {str("queryable_fields_names"), QJsonArray {str("owner_id"), str("team")}},
        {str("indexed_queryable_fields_names"), QJsonArray {str("owner_id")}},
        {str("permissions"), ownerRules()}, {str("client_max_offline_days"), 30},
        {str("is_recovery_mode_disabled"), false}};
    app.syncMetadataPresent = true;
    app.latestSyncEvent = now - 3;
    app.lastClusterEventProcessed = now - 4;
    app.lagMs = 1000; // the second between the two events above: the header and chart agree
    app.clients = devices(now);
    app.lastModified = now - Day;
    return app;
}

SimApp partitionApp(qint64 now)
{
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
                    QJsonObject {{str("read"), QJsonObject()}, {str("write"), QJsonObject()}}}}}};
    app.syncMetadataPresent = true;
    app.latestSyncEvent = now - 5;
    app.lastClusterEventProcessed = now - 6;
    app.lagMs = 1000;
    app.clients = devices(now);
    app.lastModified = now - Day;
    return app;
}

void pausedSince(SimApp &app, qint64 pausedAt)
{
    app.deployed.block.insert(str("state"), str("disabled"));
    app.deployed.block.insert(str("last_disabled"), pausedAt);
    app.pausedAt = pausedAt;
    app.latestSyncEvent = pausedAt;
    app.lastClusterEventProcessed = pausedAt;
    for (SimClient &c : app.clients)
        c.lastSeen = qMin(c.lastSeen, pausedAt); // nobody has synced since the pause
}

void translatorStopped(SimApp &app, qint64 since, const QString &why)
{
    app.translatorError = why;
    app.latestSyncEvent = since;
    app.lastClusterEventProcessed = since;
    app.lagMs = 0;
}

void addDeployment(SimBackend &backend, SimApp &app, qint64 at, const QString &origin,
    bool byOtherAdmin, const SyncConfig &config)
{
    SimDeployment d;
    d.id = backend.newId();
    d.name = QStringLiteral("Deployment %1").arg(app.deployments.size() + 1);
    d.userId = byOtherAdmin ? SimBackend::otherAdminUserId() : backend.sessions().userId();
    d.origin = origin;
    d.status = str("successful");
    d.deployedAt = at;
    d.config = config;
    app.deployments.append(d);
}

void addUsualHistory(SimBackend &backend, SimApp &app, qint64 now)
{
    // Enabled three weeks ago by a colleague, tuned since by the CLI and the trainer; the
    // oldest had fewer queryable fields, so a redeploy of it shows a real change.
    SyncConfig first = app.deployed;
    first.block.insert(str("state"), str("enabled"));
    first.block.remove(str("last_disabled"));
    SyncConfig current = first;
    if (first.mode == SyncConfig::Mode::Flexible)
        first.block.insert(str("queryable_fields_names"), QJsonArray {str("owner_id")});
    addDeployment(backend, app, now - 21 * Day, str("UI"), true, first);
    addDeployment(backend, app, now - 12 * Day - 3 * 3600, str("CLI"), true, current);
    addDeployment(backend, app, now - 4 * Day - 5 * 3600, str("UI"), false, current);
}

SimLogEntry deviceEntry(SimBackend &backend, const SimApp &app, const SimClient &device, qint64 at,
    SyncLogType type, const QString &connectionId, QJsonObject fields)
{
    return SimDeviceRunner::deviceEntry(
        backend.newId(), app, device, at * 1000, type, connectionId, fields);
}

SimLogEntry translatorError(SimBackend &backend, const SimApp &app, qint64 at, const QString &error,
    const QString &errorCode)
{
    const qint64 ms = at * 1000;
    return {ms,
        QJsonObject {{str("_id"), backend.newId()}, {str("co_id"), QString()},
            {str("domain_id"), app.id}, {str("app_id"), app.id}, {str("group_id"), app.groupId},
            {str("type"), SyncProtocol::wireName(SyncLogType::Error)},
            {str("started"), SimLogEntry::iso(ms)}, {str("completed"), SimLogEntry::iso(ms)},
            {str("error"), error}, {str("error_code"), errorCode},
            {str("messages"),
                QJsonArray {QStringLiteral("Sync translator stopped: %1").arg(error)}}}};
}

QList<SimLogEntry> dailyLogs(SimBackend &backend, const SimApp &app, qint64 from, qint64 until)
{
    QList<SimLogEntry> out;
    const bool flexible = app.deployed.mode == SyncConfig::Mode::Flexible;
    for (qsizetype i = 0; i < app.clients.size(); ++i) {
        const SimClient &device = app.clients[i];
        const qint64 last = qMin(until, device.lastSeen);
        // Each device at its own hour of the day, an hour apart from the next.
        for (qint64 day = from - from % Day + (8 + 2 * i) * 3600; day < last; day += Day) {
            if (day < from)
                continue;
            const QString co = backend.newId();
            const QJsonObject query = flexible
                ? QJsonObject {{str("Item"),
                    QStringLiteral("(owner_id == \"%1\")").arg(device.userId)}}
                : QJsonObject();
            out.append(deviceEntry(backend, app, device, day, SyncLogType::ConnectionStart, co));
            out.append(deviceEntry(backend, app, device, day + 1, SyncLogType::SessionStart, co,
                {{str("sync_query"), query},
                    {str("sync_session_metrics"),
                        QJsonObject {{str("uploads"), 0}, {str("downloads"), 0}}}}));
            const int changesets = 1 + int((day / Day + i) % 4);
            out.append(deviceEntry(backend, app, device, day + 600, SyncLogType::ClientWrite, co,
                {{str("messages"),
                     QJsonArray {QStringLiteral("Upload message contained %1 changeset(s)")
                                     .arg(changesets)}},
                    {str("sync_query"), query},
                    {str("sync_session_metrics"),
                        QJsonObject {{str("uploads"), 1}, {str("changesets"), changesets},
                            {str("downloads"), 1}, {str("downloaded_changesets"), 2}}}}));
            const QJsonArray bye {str("connection closed: the app went to the background")};
            out.append(deviceEntry(backend, app, device, day + 1800, SyncLogType::SessionEnd, co,
                {{str("messages"), bye}, {str("sync_query"), query}}));
            out.append(deviceEntry(backend, app, device, day + 1801, SyncLogType::ConnectionEnd, co,
                {{str("messages"), bye}}));
        }
    }
    return out;
}

} // namespace ScenarioParts
