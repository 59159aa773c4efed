#include "SimDrafts.h"

#include "SimApp.h"
#include "SimClock.h"
#include "SimDeployments.h"
#include "SimSessions.h"
#include "SimSyncRules.h"
#include "SimWorld.h"
#include "Utf8.h"

#include <utility>

SimDrafts::SimDrafts(SimWorld &world, const SimClock &clock, const SimSessions &sessions,
    SimDeployments &deployments)
    : m_world(world)
    , m_clock(clock)
    , m_sessions(sessions)
    , m_deployments(deployments)
{ }

SimRefusal SimDrafts::changeSync(SimApp &app, SyncConfig::Mode mode, const QJsonObject &block)
{
    SyncConfig next;
    if (const SimRefusal refusal
        = SimSyncRules::next(app, mode, block, m_clock.nowSeconds(), &next);
        refusal.isRefused())
        return refusal;
    if (app.uiDraftsDisabled) {
        // Without drafts the change is live when the PATCH answers, and history records it.
        m_deployments.deployNow(app, next, m_sessions.userId(), str("API"));
    } else {
        if (!app.draft)
            createDraft(app);
        app.draft->staged = next;
    }
    app.lastModified = m_clock.nowSeconds();
    return {};
}

SimDraft SimDrafts::createDraft(SimApp &app)
{
    SimDraft draft;
    draft.id = m_world.newId();
    draft.userId = m_sessions.userId();
    draft.createdAt = m_clock.nowSeconds();
    draft.staged = app.deployed;
    app.draft = draft;
    return draft;
}

void SimDrafts::discardDraft(SimApp &app)
{
    app.draft.reset();
}

SimDeployment SimDrafts::deployDraft(SimApp &app, const QString &name, const QString &forcedError)
{
    const SimDraft draft = *app.draft;
    app.draft.reset();
    return m_deployments.start(app, draft.staged, draft.id, name, str("UI"), forcedError);
}

SimDeployment SimDrafts::redeploy(
    SimApp &app, const SimDeployment &original, const QString &forcedError)
{
    return m_deployments.start(
        app, original.config, QString(), original.name, original.origin, forcedError);
}

bool SimDrafts::deployForeignChange(SimApp &app)
{
    const QJsonObject change = std::exchange(app.foreignChangeOnDiff, QJsonObject());
    if (change.isEmpty() || app.deployed.mode == SyncConfig::Mode::None)
        return false;
    SyncConfig config = app.deployed;
    config.block = SimSyncRules::merged(app.deployed.block, change);
    m_deployments.deployNow(app, config, SimSessions::otherAdminUserId(), str("UI"));
    return true;
}
