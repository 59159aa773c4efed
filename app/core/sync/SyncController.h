#pragma once

#include "AdminApiClient.h"
#include "SimulatorControlClient.h"
#include "SyncDevice.h"
#include "SyncMetrics.h"
#include "SyncSnapshotStore.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ClientRecoveryMonitor;
class DeploymentFlow;
class SyncRefresh;

// The state of one app's Sync, as the server holds it, and the intents that change it.
// Views render this state and forward intents; they never call the client themselves.
//
// Every intent is one action: while a write is in flight, further intents are ignored. After
// any failure the server is read again, so the state never shows what the server does not hold.
//
// The state has areas, each with its own signal, emitted only when that area really changed:
// a view re-renders what changed, and a list model is not reset by a poll of the deployment.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)
    Q_PROPERTY(Status status READ status NOTIFY stateChanged)
    Q_PROPERTY(Activity activity READ activity NOTIFY activityChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY activityChanged)
    Q_PROPERTY(bool draftPending READ hasDraft NOTIFY draftChanged)
    Q_PROPERTY(bool draftsEnabled READ draftsEnabled NOTIFY stateChanged)
    Q_PROPERTY(QString clusterLabel READ clusterLabel NOTIFY stateChanged)

public:
    // Gone: the app's endpoints answer 404 (it was deleted, or this key can no longer reach
    // it); nothing is known of its Sync, and no intent is offered.
    enum class Status { Unknown, Enabled, Paused, Disabled, Gone };
    Q_ENUM(Status)
    enum class Activity {
        Idle,
        Loading,
        Pausing,
        Resuming,
        Terminating,
        Enabling,
        LoadingDiff,
        Deploying,
        Discarding,
        Redeploying
    };
    Q_ENUM(Activity)

    SyncController(AdminApiClient *client, const AppRef &app, SyncSnapshotStore *snapshots,
        QObject *parent = nullptr);
    ~SyncController() override;

    // How often a running deployment is polled.
    void setPollIntervalMs(int ms);
    // Ask the built-in simulator which devices hold unsynced changes (the real service has no
    // such call; against it the terminate dialog gives the guidance without a count). Null:
    // no devices are read.
    void setSimulatorControl(SimulatorControlClient *control);
    SimulatorControlClient *simulatorControl() const { return m_simulator; }
    // The server's time (the built-in simulator's clock once it was moved).
    QDateTime now() const;

    // After Sync is re-enabled or resumed: how the clients come back (the Client recovery
    // panel). It starts when a refresh finds the live config enabled where it was terminated
    // or paused, and stops when Sync is paused or terminated again.
    ClientRecoveryMonitor *recovery() const { return m_recovery; }
    // The client it reads and changes the app with (the procedure report records its calls).
    AdminApiClient *client() const { return m_client; }

    const AppRef &appRef() const { return m_app; }
    // What the project's list of apps said of this app, shown until the app's own read answers:
    // the navigation names the app from the window's first paint, instead of filling in (and
    // moving, and painting again) once the first load is in. Ignored once loaded, or for another
    // app.
    void setListedApp(const AppSummary &listed);
    bool isLoaded() const { return m_loaded; }
    // The last refresh found the app gone (Status::Gone); a later one that reads it clears this.
    bool isAppGone() const { return m_appGone; }
    const AppSummary &app() const { return m_appInfo; }
    QString serviceId() const { return m_service.id; }
    QString serviceName() const { return m_service.name; }
    QString clusterName() const { return m_config.clusterName; }
    // "ExampleCluster - (Service: Example-Service)", as the UI names the linked cluster.
    QString clusterLabel() const;
    const ServiceConfig &config() const { return m_config; }
    Status status() const;
    SyncConfig::Mode mode() const { return m_config.sync.mode; }
    QDateTime pausedSince() const;
    bool draftsEnabled() const { return m_deployConfig.draftsEnabled(); }
    bool hasDraft() const { return m_draft.has_value(); }
    const std::optional<Draft> &draft() const { return m_draft; }
    const DraftDiff &diff() const { return m_diff; }
    bool isDiffLoaded() const { return m_diffLoaded; }
    const std::optional<Deployment> &deployment() const;
    // The most recent deployments (the service keeps 25), newest first.
    const QList<Deployment> &deployments() const { return m_deployments; }
    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::Idle && m_activity != Activity::Loading; }
    const ApiError &lastError() const { return m_lastError; }
    const SyncMetrics &metrics() const { return m_metrics; }
    const QList<SyncDevice> &devices() const { return m_devices; }
    int devicesWithUnsyncedChanges() const;
    // Read once, and updated when terminate saves a new one.
    const std::optional<SyncSnapshotStore::Snapshot> &snapshot() const { return m_snapshot; }
    // Why there is no snapshot although one was saved (it was damaged), or nothing.
    QString snapshotProblem() const { return m_snapshotProblem; }

    // What a refresh reads. A step re-reads only what it can have changed; a failure, a first
    // load and a return to the console read everything.
    enum class Area {
        App = 0x1,
        Services = 0x2, // the service list (the linked cluster)
        Config = 0x4, // the linked cluster's config: Sync's state and configuration
        DeployConfig = 0x8,
        Draft = 0x10,
        Deployments = 0x20,
        Metrics = 0x40,
        Devices = 0x80, // the simulator's devices, when it is the backend
        All = 0xff,
    };
    Q_DECLARE_FLAGS(Areas, Area)

public slots:
    void refresh() { reread(Area::All); }
    void reread(SyncController::Areas areas);
    // Reads the simulator's devices again (they move on their own), e.g. for the terminate
    // dialog's preview.
    void refreshDevices();
    void pause();
    void resume();
    // Saves a snapshot of the sync config locally, then terminates.
    void terminate();
    void enable(const SyncConfig &config);
    void loadDiff();
    void deploy() { deployAs(QString()); }
    // Deploys the draft under a name of the caller's (the command line's --name).
    void deployAs(const QString &name);
    void discard();
    // Deploys a past deployment's configuration again, then follows it like a deploy.
    void redeploy(const QString &deploymentId);

signals:
    // Status, mode, configuration, the app and its linked cluster, drafts on or off, and the
    // snapshot kept for Enable Sync.
    void stateChanged();
    // The pending draft, or its diff.
    void draftChanged();
    // The deployment being followed moved on (created, pending, successful, failed).
    void deploymentChanged();
    // The list of recent deployments.
    void deploymentsChanged();
    void metricsChanged();
    void devicesChanged();
    // What the controller is doing (activity, busy) or the last error.
    void activityChanged();
    // A refresh has heard every answer: the state is the server's.
    void refreshed();
    void deploymentSucceeded(const Deployment &deployment);
    void deploymentFailed(const Deployment &deployment);
    // An intent failed; `error` says why in the server's words. The state is being re-read.
    void failed(const ApiError &error);
    // Resuming was refused because the oplog rolled past the pause: terminate and re-enable.
    void resumeRefused(const ApiError &error);

private:
    void connectRefresh();
    // Every answer of a refresh is in: announce what it changed.
    void publishRead();

    bool begin(Activity activity);
    // Ends an intent: a failure re-reads everything, a success what the step changed.
    void finishWith(const ApiError &error, Areas changed = Area::All);
    void changeSync(const QJsonObject &body);
    // `createdDraft`: the id of the draft this change created (empty when it reuses one); a
    // refused change discards it, not to leave an empty draft behind.
    void patchIntoDraft(const QJsonObject &body, const QString &createdDraft = QString());
    void patch(const QJsonObject &body, const QString &createdDraft = QString());
    void finishPatch(
        const ApiResult<Done> &r, Activity activity, const QString &step, bool intoDraft);
    // Discards the draft `draftId` that a refused change created, then calls `then`.
    void dropCreatedDraft(const QString &draftId, const std::function<void()> &then);
    void setActivity(Activity activity);
    void setDraft(const std::optional<Draft> &draft);
    void clearDiff();
    void onDeploymentStarted(const Deployment &deployment);
    void followRecovery();
    void onDeploymentFinished(const Deployment &deployment);
    void onDeploymentsRead(const QList<Deployment> &deployments);

    // The areas a refresh found changed, announced when a refresh has heard every answer.
    struct Changes
    {
        bool state = false;
        bool deployments = false;
        bool metrics = false;
        bool devices = false;
    };

    QPointer<AdminApiClient> m_client;
    AppRef m_app;
    SyncSnapshotStore *m_snapshots;
    DeploymentFlow *m_flow;
    ClientRecoveryMonitor *m_recovery;
    SyncRefresh *m_refresh;
    Status m_liveStatus = Status::Unknown;
    QPointer<SimulatorControlClient> m_simulator;

    bool m_loaded = false;
    bool m_appGone = false;
    AppSummary m_appInfo;
    ServiceSummary m_service;
    ServiceConfig m_config;
    DeployConfig m_deployConfig;
    std::optional<Draft> m_draft;
    DraftDiff m_diff;
    bool m_diffLoaded = false;
    QList<Deployment> m_deployments;
    Activity m_activity = Activity::Idle;
    ApiError m_lastError;
    SyncMetrics m_metrics;
    QList<SyncDevice> m_devices;
    std::optional<SyncSnapshotStore::Snapshot> m_snapshot;
    QString m_snapshotProblem;
    Changes m_changes;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SyncController::Areas)
