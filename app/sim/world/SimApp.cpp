#include "SimApp.h"

#include "SimJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

using SimJson::integer;
using SimJson::key;

QJsonObject SimApp::toApiJson() const
{
    QJsonObject o {{key("_id"), id}, {key("client_app_id"), clientAppId}, {key("name"), name},
        {key("group_id"), groupId}, {key("domain_id"), id}, {key("location"), location},
        {key("deployment_model"), deploymentModel}, {key("provider_region"), providerRegion},
        {key("last_used"), lastModified}, {key("last_modified"), lastModified},
        {key("product"), key("standard")}};
    if (!environment.isEmpty()) // the service leaves it out when no environment is set
        o.insert(key("environment"), environment);
    return o;
}

QJsonObject SimApp::serviceConfigJson() const
{
    QJsonObject o {{key("clusterName"), clusterName}, {key("readPreference"), readPreference},
        {key("wireProtocolEnabled"), wireProtocolEnabled}};
    const SyncConfig &sync = effectiveSync();
    if (sync.mode != SyncConfig::Mode::None)
        o.insert(SyncConfig::jsonKey(sync.mode), sync.block);
    return o;
}

QJsonObject SimApp::toJson(Logs withLogs) const
{
    QJsonObject o = toApiJson();
    o.insert(key("service_id"), serviceId);
    o.insert(key("service_name"), serviceName);
    o.insert(key("cluster_name"), clusterName);
    o.insert(key("cluster_tier"), clusterTier);
    o.insert(key("cluster_provider"), clusterProvider);
    o.insert(key("cluster_region"), clusterRegion);
    o.insert(key("read_preference"), readPreference);
    o.insert(key("wire_protocol_enabled"), wireProtocolEnabled);
    o.insert(key("legacy_layout"), legacyLayout);
    if (!dataSourceName.isEmpty())
        o.insert(key("data_source_name"), dataSourceName);
    o.insert(key("ui_drafts_disabled"), uiDraftsDisabled);
    o.insert(key("deployed"), SimJson::syncToJson(deployed));
    if (draft)
        o.insert(key("draft"), draft->toJson());
    QJsonArray deps;
    for (const SimDeployment &d : deployments)
        deps.append(d.toJson());
    o.insert(key("deployments"), deps);
    o.insert(key("paused_at"), pausedAt);
    o.insert(key("oplog_window_hours"), oplogWindowHours);
    o.insert(key("latest_sync_event"), latestSyncEvent);
    o.insert(key("last_cluster_event_processed"), lastClusterEventProcessed);
    o.insert(key("lag_ms"), lagMs);
    o.insert(key("sync_metadata_present"), syncMetadataPresent);
    if (!translatorError.isEmpty())
        o.insert(key("translator_error"), translatorError);
    if (!foreignChangeOnDiff.isEmpty())
        o.insert(key("foreign_change_on_diff"), foreignChangeOnDiff);
    QJsonArray cs;
    for (const SimClient &c : clients)
        cs.append(c.toJson());
    o.insert(key("clients"), cs);
    o.insert(key("sync_epoch"), syncEpoch);
    if (withLogs == Logs::With) {
        QJsonArray entries;
        for (const SimLogEntry &e : logs)
            entries.append(e.json);
        o.insert(key("logs"), entries);
    }
    return o;
}

SimApp SimApp::fromJson(const QJsonObject &o)
{
    SimApp a;
    a.id = o.value(key("_id")).toString();
    a.clientAppId = o.value(key("client_app_id")).toString();
    a.name = o.value(key("name")).toString();
    a.groupId = o.value(key("group_id")).toString();
    a.location = o.value(key("location")).toString(a.location);
    a.deploymentModel = o.value(key("deployment_model")).toString(a.deploymentModel);
    a.providerRegion = o.value(key("provider_region")).toString(a.providerRegion);
    a.environment = o.value(key("environment")).toString();
    a.lastModified = integer(o, "last_modified");
    a.serviceId = o.value(key("service_id")).toString();
    a.serviceName = o.value(key("service_name")).toString(a.serviceName);
    a.clusterName = o.value(key("cluster_name")).toString(a.clusterName);
    a.clusterTier = o.value(key("cluster_tier")).toString(a.clusterTier);
    a.clusterProvider = o.value(key("cluster_provider")).toString(a.clusterProvider);
    a.clusterRegion = o.value(key("cluster_region")).toString(a.clusterRegion);
    a.readPreference = o.value(key("read_preference")).toString(a.readPreference);
    a.wireProtocolEnabled = o.value(key("wire_protocol_enabled")).toBool();
    a.legacyLayout = o.value(key("legacy_layout")).toBool();
    a.dataSourceName = o.value(key("data_source_name")).toString();
    a.uiDraftsDisabled = o.value(key("ui_drafts_disabled")).toBool();
    a.deployed = SimJson::syncFromJson(o.value(key("deployed")).toObject());
    if (o.contains(key("draft")))
        a.draft = SimDraft::fromJson(o.value(key("draft")).toObject());
    const QJsonArray deps = o.value(key("deployments")).toArray();
    for (const QJsonValue &d : deps)
        a.deployments.append(SimDeployment::fromJson(d.toObject()));
    a.pausedAt = integer(o, "paused_at");
    a.oplogWindowHours = o.value(key("oplog_window_hours")).toInt(a.oplogWindowHours);
    a.latestSyncEvent = integer(o, "latest_sync_event");
    a.lastClusterEventProcessed = integer(o, "last_cluster_event_processed");
    a.lagMs = integer(o, "lag_ms");
    a.syncMetadataPresent = o.value(key("sync_metadata_present")).toBool();
    a.translatorError = o.value(key("translator_error")).toString();
    a.foreignChangeOnDiff = o.value(key("foreign_change_on_diff")).toObject();
    a.syncEpoch = int(qBound(qint64(1), integer(o, "sync_epoch"), qint64(1000000000)));
    const QJsonArray cs = o.value(key("clients")).toArray();
    for (const QJsonValue &c : cs) {
        SimClient client = SimClient::fromJson(c.toObject());
        if (!c.toObject().contains(key("file_epoch"))) {
            // A state file from before devices had sessions: they all synced, and those that
            // needed a reset synced before a terminate.
            client.fileEpoch
                = c.toObject().value(key("needs_client_reset")).toBool() ? -1 : a.syncEpoch;
        }
        a.clients.append(client);
    }
    const QJsonArray entries = o.value(key("logs")).toArray();
    QList<SimLogEntry> logs;
    logs.reserve(entries.size());
    for (const QJsonValue &e : entries) {
        const QJsonObject entry = e.toObject();
        const qint64 started = SimLogEntry::parseTime(entry.value(key("started")).toString());
        if (started >= 0)
            logs.append({started, entry});
    }
    // Kept in the order they happened, whatever order the file has them in.
    a.logs.assign(std::move(logs));
    return a;
}
