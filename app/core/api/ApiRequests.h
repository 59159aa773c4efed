#pragma once

#include "ApiRequest.h"
#include "AppRef.h"
#include "DeployConfig.h"
#include "SyncConfig.h"
#include "SyncLogQuery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// Pure builders for every Admin API request the console sends. No network, no state:
// each returns the method, path, query and body exactly as the OpenAPI document wants them.
namespace ApiRequests {

ApiRequest login(const QString &publicKey, const QString &privateKey);
ApiRequest refreshSession();
ApiRequest deleteSession();
ApiRequest profile();

ApiRequest listApps(const QString &groupId);
ApiRequest appInfo(const AppRef &app);
ApiRequest listServices(const AppRef &app);
ApiRequest serviceConfig(const AppRef &app, const QString &serviceId);
ApiRequest patchServiceConfig(const AppRef &app, const QString &serviceId, const QJsonObject &body);
// The body that puts the sync block of `current` into `state`, keeping the rest of the block.
QJsonObject syncStatePatch(const SyncConfig &current, SyncConfig::State state);
// The body that enables sync with a full configuration (after terminate it must be given again).
QJsonObject enableSyncPatch(SyncConfig::Mode mode, QJsonObject block);

ApiRequest deployConfig(const AppRef &app);
// PATCH deploy/config sends a whole DeploymentConfig: `current` with drafts switched.
ApiRequest patchDeployConfig(const AppRef &app, const DeployConfig &current, bool uiDraftsDisabled);

ApiRequest listDrafts(const AppRef &app);
ApiRequest createDraft(const AppRef &app);
ApiRequest deleteDraft(const AppRef &app, const QString &draftId);
ApiRequest draftDiff(const AppRef &app, const QString &draftId);
// `name` may be empty: the service then names the deployment itself and no body is sent.
ApiRequest deployDraft(const AppRef &app, const QString &draftId, const QString &name);

ApiRequest listDeployments(const AppRef &app);
ApiRequest deployment(const AppRef &app, const QString &deploymentId);
ApiRequest redeploy(const AppRef &app, const QString &deploymentId);

ApiRequest metrics(const AppRef &app, const QDateTime &start, const QDateTime &end,
    const QString &granularity, const QStringList &metrics);

// GET .../logs: only the query's non-empty fields are sent; `errors_only` is sent (as "true")
// only for errors, since its mere presence asks for errors; `limit` is kept within 1 to 100.
ApiRequest logs(const AppRef &app, const SyncLogQuery &query);

} // namespace ApiRequests
