#include "ScenarioBuilders.h"
#include "ScenarioParts.h"
#include "SimBackend.h"

#include <QJsonArray>

// Drills: the healthy TaskTracker app with its history and logs, and one thing that goes
// wrong on the way through the terminate procedure. Each is deterministic: it happens at a
// given request, not at a given time, so a class and a test see it alike.
namespace ScenarioBuilders {

using namespace ScenarioParts;

namespace {


    SimApp &addTaskTracker(SimBackend &backend, qint64 now)
    {
        SimApp app = flexibleApp(now);
        addUsualHistory(backend, app, now);
        SimApp &added = backend.addApp(app);
        backend.appendLogs(added, dailyLogs(backend, added, now - 9 * Day, now));
        return added;
    }

    void addFault(SimBackend &backend, const char *spec)
    {
        QString problem;
        if (const std::optional<FaultRule> rule = FaultRule::parse(str(spec), &problem))
            backend.faults().add(*rule);
        else
            qFatal("a drill's fault is malformed: %s", qPrintable(problem));
    }

} // namespace

void drillDeployFails(SimBackend &backend, qint64 now)
{
    addTaskTracker(backend, now);
    // The first deployment fails with the service's words; the next one goes through.
    addFault(backend,
        "POST /groups/*/apps/*/drafts/*/deployment count=1 deploy-error=failed to deploy: "
        "timed out after 30s waiting for the Sync service to apply the configuration to "
        "cluster Cluster0; no change was made, try the deployment again");
}

void drillForeignDraft(SimBackend &backend, qint64 now)
{
    SimApp &app = addTaskTracker(backend, now);
    // Another admin started adding a queryable field forty minutes ago and left it undeployed.
    SimDraft draft;
    draft.id = backend.newId();
    draft.userId = SimBackend::otherAdminUserId();
    draft.createdAt = now - 40 * 60;
    draft.staged = app.deployed;
    draft.staged.block.insert(
        str("queryable_fields_names"), QJsonArray {str("owner_id"), str("team"), str("priority")});
    app.draft = draft;
}

void drillSessionExpires(SimBackend &backend, qint64 now)
{
    addTaskTracker(backend, now);
    // Access tokens live 90 seconds, and the first renewal is refused: the console must ask
    // to sign in again in the middle of the procedure, and keep the draft.
    backend.sessions().setAccessTokenLifetime(90);
    addFault(backend, "POST /auth/session status=401 count=1");
}

void drillRateLimited(SimBackend &backend, qint64 now)
{
    addTaskTracker(backend, now);
    // Reads of the config are refused twice (the console retries them by itself); the first
    // change and the first deployment are refused once (writes are never retried blindly).
    addFault(backend, "GET /groups/*/apps/*/services/*/config status=503 retry-after=1 count=2");
    addFault(backend, "PATCH /groups/*/apps/*/services/*/config status=429 retry-after=5 count=1");
    addFault(backend, "POST /groups/*/apps/*/drafts/*/deployment status=503 retry-after=3 count=1");
}

void drillConcurrentDeploy(SimBackend &backend, qint64 now)
{
    SimApp &app = addTaskTracker(backend, now);
    // The first time a draft's diff is read, another admin deploys a queryable field of theirs.
    app.foreignChangeOnDiff = {{str("queryable_fields_names"),
        QJsonArray {str("owner_id"), str("team"), str("priority")}}};
}

} // namespace ScenarioBuilders
