#pragma once

#include "SimClient.h"
#include "SimDeployment.h"
#include "SimDraft.h"
#include "SimLogs.h"
#include "SyncConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// One App Services app with its linked cluster, its sync state and what Sync knows of it.
struct SimApp
{
    QString id;
    QString clientAppId;
    QString name;
    QString groupId;
    QString location = QStringLiteral("US-VA");
    QString deploymentModel = QStringLiteral("GLOBAL");
    QString providerRegion = QStringLiteral("aws-us-east-1");
    QString environment;
    qint64 lastModified = 0;

    QString serviceId;
    QString serviceName = QStringLiteral("mongodb-atlas");
    QString clusterName = QStringLiteral("Cluster0");
    // The linked Atlas cluster as Atlas names it: tier (M0, M2, M5 shared; M10 and up
    // dedicated; M40_NVME...), cloud provider and region.
    QString clusterTier = QStringLiteral("M10");
    QString clusterProvider = QStringLiteral("AWS");
    QString clusterRegion = QStringLiteral("US_EAST_1");
    QString readPreference = QStringLiteral("primary");
    bool wireProtocolEnabled = false;
    // Older apps keep the sync block inside services/<name>/config.json, newer ones in
    // sync/config.json: the draft diff shows whichever file the app really has.
    bool legacyLayout = false;
    // The linked cluster's name in sync/config.json (`service_name`) when it differs from the
    // service's: the 2023 reference figures' app calls it "mongodb-atlas" there while its page
    // names the service "Example-Service". Empty: the service's name, as on the service.
    QString dataSourceName;

    bool uiDraftsDisabled = false;
    SyncConfig deployed;
    std::optional<SimDraft> draft;
    QList<SimDeployment> deployments; // newest last

    // Sync's runtime state
    qint64 pausedAt = 0; // seconds; 0 when not paused
    int oplogWindowHours = 48; // how far back the cluster's oplog reaches
    qint64 latestSyncEvent = 0; // seconds
    qint64 lastClusterEventProcessed = 0;
    qint64 lagMs = 0;
    bool syncMetadataPresent = false;
    // Why Sync's translator has stopped reading the cluster's change stream (a cluster moved,
    // upgraded or its history lost); empty when it runs. While it is stopped no device's
    // changes are integrated; terminating Sync clears it, since re-enabling starts afresh.
    QString translatorError;
    // Another admin's change to the sync block, deployed by them the next time anyone reads a
    // draft's diff (a drill: the review on screen is then out of date); empty when none.
    QJsonObject foreignChangeOnDiff;
    QList<SimClient> clients;
    // Terminating makes the server forget every client file: a device whose file belongs to an
    // older generation is refused (ProtocolError::BadClientFileIdent) when it reconnects.
    int syncEpoch = 1;
    SimLogs logs; // oldest first; kept ten days, as on the service

    bool needsClientReset(const SimClient &client) const
    {
        return client.stuckError != 0 || (client.fileEpoch != 0 && client.fileEpoch != syncEpoch);
    }

    // What GET config shows: the draft's staged config when there is one.
    const SyncConfig &effectiveSync() const { return draft ? draft->staged : deployed; }
    QJsonObject toApiJson() const; // AppInstance
    QJsonObject serviceConfigJson() const;
    // As a state file keeps it; without its logs when the journal writes those apart.
    enum class Logs { With, Without };
    QJsonObject toJson(Logs logs = Logs::With) const;
    static SimApp fromJson(const QJsonObject &object);
};
