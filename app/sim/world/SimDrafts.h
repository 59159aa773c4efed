#pragma once

#include "SimDeployment.h"
#include "SimDraft.h"
#include "SimRefusal.h"
#include "SyncConfig.h"

#include <QJsonObject>
#include <QString>

class SimClock;
class SimDeployments;
class SimSessions;
class SimWorld;
struct SimApp;

// Changes of an app's sync config as the admin makes them: with drafts on a change is staged
// in the app's draft (created when there is none) until the draft is deployed; with drafts off
// it is deployed at once. Also where another admin's change lands, for the drill in which one
// deploys while the trainee reviews a diff.
class SimDrafts final
{
public:
    SimDrafts(SimWorld &world, const SimClock &clock, const SimSessions &sessions,
        SimDeployments &deployments);

    // PATCH of the linked cluster's config with a sync block (`flexible_sync` or `sync`).
    SimRefusal changeSync(SimApp &app, SyncConfig::Mode mode, const QJsonObject &block);
    SimDraft createDraft(SimApp &app);
    void discardDraft(SimApp &app);
    SimDeployment deployDraft(SimApp &app, const QString &name, const QString &forcedError);
    SimDeployment redeploy(SimApp &app, const SimDeployment &original, const QString &forcedError);
    // Deploys the app's armed foreignChangeOnDiff as another admin would; false when none is
    // armed (or Sync is off, and there is nothing to change).
    bool deployForeignChange(SimApp &app);

private:
    SimWorld &m_world;
    const SimClock &m_clock;
    const SimSessions &m_sessions;
    SimDeployments &m_deployments;
};
