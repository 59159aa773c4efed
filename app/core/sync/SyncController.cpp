#include "SyncController.h"

#include "ApiCall.h"
#include "ApiRequests.h"
#include "ClientRecoveryMonitor.h"
#include "DeploymentFlow.h"
#include "SimulatorControlClient.h"
#include "SyncRefresh.h"

SyncController::SyncController(
    AdminApiClient *client, const AppRef &app, SyncSnapshotStore *snapshots, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(app)
    , m_snapshots(snapshots)
    , m_flow(new DeploymentFlow(client, app, this))
    , m_recovery(new ClientRecoveryMonitor(client, app, this))
    , m_refresh(new SyncRefresh(client, app, this))
{
    connectRefresh();
    if (m_snapshots)
        m_snapshot = m_snapshots->load(m_app.appId, &m_snapshotProblem);
    connect(m_flow, &DeploymentFlow::started, this, &SyncController::onDeploymentStarted);
    connect(m_flow, &DeploymentFlow::progressed, this, &SyncController::deploymentChanged);
    connect(m_flow, &DeploymentFlow::finished, this, &SyncController::onDeploymentFinished);
    connect(m_flow, &DeploymentFlow::deploymentsRead, this, &SyncController::onDeploymentsRead);
    connect(m_flow, &DeploymentFlow::failed, this,
        [this](const ApiError &error) { finishWith(error); });
}

SyncController::~SyncController() = default;

void SyncController::setPollIntervalMs(int ms)
{
    m_flow->setPollIntervalMs(ms);
}

const std::optional<Deployment> &SyncController::deployment() const
{
    return m_flow->deployment();
}

QString SyncController::clusterLabel() const
{
    if (m_config.clusterName.isEmpty())
        return {};
    return tr("%1 - (Service: %2)", "cluster and service name")
        .arg(m_config.clusterName, m_service.name);
}

QDateTime SyncController::now() const
{
    return m_client ? m_client->now() : QDateTime::currentDateTimeUtc();
}

void SyncController::setSimulatorControl(SimulatorControlClient *control)
{
    m_simulator = control;
    m_refresh->setSimulatorControl(control);
    m_recovery->setSimulatorControl(control);
}

void SyncController::refreshDevices()
{
    if (!m_simulator)
        return;
    m_simulator->devices(m_app.appId, this, [this](const ApiResult<QList<SyncDevice>> &r) {
        if (!r.ok() || r.value == m_devices)
            return;
        m_devices = r.value;
        emit devicesChanged();
    });
}

void SyncController::followRecovery()
{
    // With a draft, the config read is the draft's: only a config without one is live.
    if (m_draft)
        return;
    const Status now = status();
    const Status before = std::exchange(m_liveStatus, now);
    if (now != Status::Enabled) {
        if (now != Status::Unknown)
            m_recovery->stop();
        return;
    }
    if (before != Status::Disabled && before != Status::Paused)
        return;
    // Sync came back: count from the deployment that brought it back, on the server's clock.
    // Whole seconds, as the service dates deployments and the simulator its devices' resets.
    QDateTime since = QDateTime::fromSecsSinceEpoch(this->now().toSecsSinceEpoch(), Qt::UTC);
    for (const Deployment &d : std::as_const(m_deployments))
        if (d.status() == Deployment::Status::Successful && d.deployedAt.isValid()) {
            since = d.deployedAt;
            break; // newest first
        }
    m_recovery->start(since,
        before == Status::Disabled ? ClientRecoveryMonitor::Cause::ReEnabled
                                   : ClientRecoveryMonitor::Cause::Resumed);
}

SyncController::Status SyncController::status() const
{
    if (!m_loaded)
        return Status::Unknown;
    if (m_appGone)
        return Status::Gone;
    if (m_config.sync.mode == SyncConfig::Mode::None)
        return Status::Disabled;
    switch (m_config.sync.state()) {
    case SyncConfig::State::Enabled:
        return Status::Enabled;
    case SyncConfig::State::Paused:
        return Status::Paused;
    case SyncConfig::State::Terminated:
        break;
    }
    return Status::Disabled;
}

QDateTime SyncController::pausedSince() const
{
    return m_config.sync.lastDisabled();
}

int SyncController::devicesWithUnsyncedChanges() const
{
    int n = 0;
    for (const SyncDevice &d : m_devices)
        n += d.unsyncedChanges > 0 ? 1 : 0;
    return n;
}

void SyncController::setActivity(Activity activity)
{
    if (m_activity == activity)
        return;
    m_activity = activity;
    emit activityChanged();
}

void SyncController::setDraft(const std::optional<Draft> &draft)
{
    const bool sameDraft
        = draft.has_value() == m_draft.has_value() && (!draft || *draft == *m_draft);
    if (!draft || !m_draft || draft->id != m_draft->id) {
        m_diff = {};
        m_diffLoaded = false;
    }
    m_draft = draft;
    if (!sameDraft)
        emit draftChanged();
}

void SyncController::clearDiff()
{
    if (!m_diffLoaded && m_diff.diffs.isEmpty())
        return;
    m_diff = {};
    m_diffLoaded = false;
    emit draftChanged();
}

void SyncController::reread(Areas areas)
{
    if (!m_client)
        return;
    if (!m_loaded)
        areas = Area::All;
    if (m_activity == Activity::Idle)
        setActivity(Activity::Loading);
    m_refresh->start(areas, m_service.id);
}

void SyncController::connectRefresh()
{
    // An area changed when an answer differs from what the controller holds.
    const auto keep = [](auto &member, bool &changed) {
        return [&member, &changed](const auto &value) {
            if (member == value)
                return;
            member = value;
            changed = true;
        };
    };
    connect(m_refresh, &SyncRefresh::appRead, this, [this](const AppSummary &app) {
        if (std::exchange(m_appGone, false))
            m_changes.state = true;
        if (m_appInfo == app)
            return;
        m_appInfo = app;
        m_changes.state = true;
    });
    connect(m_refresh, &SyncRefresh::appGone, this, [this](const ApiError &notFound) {
        if (!std::exchange(m_appGone, true))
            m_changes.state = true;
        m_lastError = ApiError::appGone(notFound);
        emit failed(m_lastError);
    });
    connect(m_refresh, &SyncRefresh::serviceRead, this, keep(m_service, m_changes.state));
    connect(m_refresh, &SyncRefresh::configRead, this, keep(m_config, m_changes.state));
    connect(m_refresh, &SyncRefresh::deployConfigRead, this, keep(m_deployConfig, m_changes.state));
    connect(m_refresh, &SyncRefresh::draftRead, this, &SyncController::setDraft);
    connect(
        m_refresh, &SyncRefresh::deploymentsRead, this, keep(m_deployments, m_changes.deployments));
    connect(m_refresh, &SyncRefresh::metricsRead, this, keep(m_metrics, m_changes.metrics));
    connect(m_refresh, &SyncRefresh::devicesRead, this, keep(m_devices, m_changes.devices));
    connect(m_refresh, &SyncRefresh::failed, this, [this](const ApiError &error) {
        m_lastError = error;
        emit failed(error);
    });
    connect(m_refresh, &SyncRefresh::finished, this, &SyncController::publishRead);
}

void SyncController::setListedApp(const AppSummary &listed)
{
    if (!m_loaded && !listed.id.isEmpty() && listed.id == m_app.appId)
        m_appInfo = listed;
}

void SyncController::publishRead()
{
    if (!m_loaded) {
        m_loaded = true;
        m_changes.state = true;
    }
    // Which areas the answers changed live on the controller: a refresh overtaken by another
    // still has its changes announced by the one that finishes.
    const Changes changed = std::exchange(m_changes, {});
    // Also when only the draft went: deploying it makes its config live without changing the
    // config read.
    followRecovery();
    if (changed.state)
        emit stateChanged();
    if (changed.deployments)
        emit deploymentsChanged();
    if (changed.metrics)
        emit metricsChanged();
    if (changed.devices)
        emit devicesChanged();
    if (m_activity == Activity::Loading)
        setActivity(Activity::Idle);
    emit refreshed();
}

bool SyncController::begin(Activity activity)
{
    if (isBusy() || !m_client)
        return false; // one click, one action
    // Reads still in flight would publish a state from before this change; the change ends in
    // a refresh of its own. Loading the diff changes nothing and lets them finish.
    if (activity != Activity::LoadingDiff)
        m_refresh->drop();
    m_lastError = {};
    setActivity(activity);
    return true;
}

void SyncController::finishWith(const ApiError &error, Areas changed)
{
    if (error.isError())
        m_lastError = error;
    setActivity(Activity::Idle);
    if (error.isError())
        emit failed(error);
    // Show what the server now holds, whatever happened; after a failure that may be anything.
    reread(error.isError() ? Areas(Area::All) : changed);
}

void SyncController::pause()
{
    if (status() != Status::Enabled || !begin(Activity::Pausing))
        return;
    changeSync(ApiRequests::syncStatePatch(m_config.sync, SyncConfig::State::Paused));
}

void SyncController::resume()
{
    if (status() != Status::Paused || !begin(Activity::Resuming))
        return;
    changeSync(ApiRequests::syncStatePatch(m_config.sync, SyncConfig::State::Enabled));
}

void SyncController::terminate()
{
    if ((status() != Status::Enabled && status() != Status::Paused)
        || !begin(Activity::Terminating))
        return;
    QString problem;
    if (m_snapshots && !m_snapshots->save(m_app.appId, m_config.sync, &problem)) {
        // Without the snapshot the configuration could not be offered back: stop here.
        finishWith(ApiError::network(tr("the sync configuration could not be saved before "
                                        "terminating (%1); nothing was changed")
                                         .arg(problem)));
        return;
    }
    if (m_snapshots) {
        m_snapshotProblem.clear();
        m_snapshot = m_snapshots->load(m_app.appId, &m_snapshotProblem);
        emit stateChanged();
    }
    changeSync(ApiRequests::syncStatePatch(m_config.sync, SyncConfig::State::Terminated));
}

void SyncController::enable(const SyncConfig &config)
{
    if (status() != Status::Disabled || config.mode == SyncConfig::Mode::None
        || !begin(Activity::Enabling))
        return;
    changeSync(ApiRequests::enableSyncPatch(config.mode, config.block));
}

void SyncController::changeSync(const QJsonObject &body)
{
    if (!draftsEnabled())
        return patch(body);
    if (m_draft)
        return patchIntoDraft(body);
    // Without a draft the config held is the live one: note its status before the new draft
    // makes every read the draft's. The read that would have shown it (after a deployment) may
    // have been dropped by this very change, and then the re-enable would look like no change.
    followRecovery();
    m_client->createDraft(m_app, this, [this, body](const ApiResult<Draft> &r) {
        if (r.ok()) {
            setDraft(r.value);
            return patchIntoDraft(body, r.value.id);
        }
        if (r.error.httpStatus != 409)
            return finishWith(r.error.during(tr("Creating a draft was interrupted."), true));
        // A draft exists already (made elsewhere): reuse it.
        m_client->currentDraft(m_app, this, [this, body](const ApiResult<std::optional<Draft>> &c) {
            if (!c.ok() || !c.value)
                return finishWith(c.ok()
                        ? ApiError::http(409, tr("a draft exists but could not be read"), QString())
                        : c.error.during(
                            tr("Reading the draft made elsewhere was interrupted."), false));
            setDraft(c.value);
            patchIntoDraft(body);
        });
    });
}

void SyncController::patchIntoDraft(const QJsonObject &body, const QString &createdDraft)
{
    clearDiff(); // the draft is about to change
    patch(body, createdDraft);
}

void SyncController::dropCreatedDraft(const QString &draftId, const std::function<void()> &then)
{
    m_client->discardDraft(m_app, draftId, this, [this, draftId, then](const ApiResult<Done> &) {
        // Gone, or not discardable: either way the next read shows what the server holds.
        if (m_draft && m_draft->id == draftId)
            setDraft(std::nullopt);
        then();
    });
}

void SyncController::patch(const QJsonObject &body, const QString &createdDraft)
{
    const Activity activity = m_activity;
    const bool intoDraft = draftsEnabled();
    const QString step = intoDraft ? tr("Saving the change into the draft was interrupted.")
                                   : tr("Changing the sync configuration was interrupted.");
    m_client->patchServiceConfig(m_app, m_service.id, body, this,
        [this, activity, step, intoDraft, createdDraft](const ApiResult<Done> &r) {
            // A change the server refused leaves nothing in the draft made for it: discard that
            // draft (POST 201, PATCH 400 must not leave an empty draft to deploy), then report.
            // An answer that never came may have been applied: that draft stays.
            if (!r.ok() && !createdDraft.isEmpty() && r.error.kind == ApiError::Kind::Http
                && r.error.httpStatus >= 400 && r.error.httpStatus < 500) {
                const ApiResult<Done> refused = r;
                return dropCreatedDraft(createdDraft, [this, activity, step, intoDraft, refused] {
                    finishPatch(refused, activity, step, intoDraft);
                });
            }
            finishPatch(r, activity, step, intoDraft);
        });
}

void SyncController::finishPatch(
    const ApiResult<Done> &r, Activity activity, const QString &step, bool intoDraft)
{
    if (!r.ok() && activity == Activity::Resuming
        && r.error.hasCode(ApiErrorCode::SyncResumeOplogRolledOver)) {
        m_lastError = r.error;
        setActivity(Activity::Idle);
        emit resumeRefused(r.error);
        refresh();
        return;
    }
    // Into a draft, the change shows in the config and the draft; with drafts off it is live at
    // once: a deployment in the history, and the devices react.
    const Areas changed = intoDraft
        ? Areas(Area::Config | Area::Draft)
        : Areas(Area::App | Area::Config | Area::Deployments | Area::Metrics | Area::Devices);
    finishWith(r.ok() ? r.error : r.error.during(step, true), changed);
}

void SyncController::loadDiff()
{
    if (!m_draft || !begin(Activity::LoadingDiff))
        return;
    const QString draftId = m_draft->id;
    m_client->draftDiff(m_app, draftId, this, [this, draftId](const ApiResult<DraftDiff> &r) {
        if (!r.ok())
            return finishWith(
                r.error.during(tr("Loading the changes of the draft was interrupted."), false));
        if (!m_draft || m_draft->id != draftId) // another draft by now: its diff is not this
            return finishWith({});
        m_diff = r.value;
        m_diffLoaded = true;
        emit draftChanged();
        setActivity(Activity::Idle);
    });
}

void SyncController::deployAs(const QString &name)
{
    if (!m_draft || !begin(Activity::Deploying))
        return;
    // What is deployed must be what was reviewed: someone else may have changed, discarded
    // or deployed the draft since its diff was shown. Look once more, then deploy.
    const QString draftId = m_draft->id;
    const DraftDiff reviewed = m_diff;
    const bool wasLoaded = m_diffLoaded;
    m_client->draftDiff(
        m_app, draftId, this,
        [this, draftId, name, reviewed, wasLoaded](const ApiResult<DraftDiff> &r) {
            if (!r.ok() && r.error.kind == ApiError::Kind::Http && r.error.httpStatus == 404)
                return finishWith(ApiError::http(409,
                    tr("the draft is gone: someone discarded or deployed it since its changes "
                       "were shown. Nothing was deployed."),
                    ApiErrorCode::DraftNotFound));
            if (!r.ok())
                return finishWith(r.error.during(
                    tr("Checking the draft before deploying was interrupted."), false));
            if (wasLoaded && r.value.diffs != reviewed.diffs) {
                m_diff = r.value;
                m_diffLoaded = true;
                emit draftChanged();
                return finishWith(ApiError::http(409,
                    tr("the draft was changed elsewhere since you reviewed it; review the new "
                       "changes, then deploy again. Nothing was deployed."),
                    ApiErrorCode::DraftChanged));
            }
            m_flow->deployDraft(draftId, name);
        });
}

void SyncController::onDeploymentStarted(const Deployment &)
{
    setDraft(std::nullopt); // a deployed draft is used up
    emit deploymentChanged();
}

void SyncController::onDeploymentFinished(const Deployment &deployment)
{
    emit deploymentChanged();
    setActivity(Activity::Idle);
    if (deployment.status() == Deployment::Status::Successful)
        emit deploymentSucceeded(deployment);
    else
        emit deploymentFailed(deployment);
    // A deployment changes the live config, the history, the metrics and the devices; the
    // draft it used is gone. The service list and the deploy settings stay as they were.
    reread(deployment.status() == Deployment::Status::Successful ? Areas(Area::App | Area::Config
               | Area::Draft | Area::Deployments | Area::Metrics | Area::Devices)
                                                                 : Areas(Area::All));
}

void SyncController::onDeploymentsRead(const QList<Deployment> &deployments)
{
    if (m_deployments == deployments)
        return;
    m_deployments = deployments;
    emit deploymentsChanged();
}

void SyncController::discard()
{
    if (!m_draft || !begin(Activity::Discarding))
        return;
    m_client->discardDraft(m_app, m_draft->id, this, [this](const ApiResult<Done> &r) {
        if (r.ok())
            setDraft(std::nullopt);
        finishWith(
            r.ok() ? r.error : r.error.during(tr("Discarding the draft was interrupted."), true),
            Area::Config | Area::Draft);
    });
}

void SyncController::redeploy(const QString &deploymentId)
{
    if (!begin(Activity::Redeploying))
        return;
    m_flow->redeploy(deploymentId, m_deployments);
}
