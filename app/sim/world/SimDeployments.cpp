#include "SimDeployments.h"

#include "SimApp.h"
#include "SimClock.h"
#include "SimDeviceRunner.h"
#include "SimDevices.h"
#include "SimSessions.h"
#include "SimSyncRules.h"
#include "SimWorld.h"
#include "Utf8.h"

#include <QTimer>

SimDeployments::SimDeployments(SimWorld &world, const SimClock &clock, const SimSessions &sessions,
    SimDevices &devices, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_clock(clock)
    , m_sessions(sessions)
    , m_devices(devices)
{ }

SimDeployments::~SimDeployments() = default;

QString SimDeployments::nextName(const SimApp &app) const
{
    return QStringLiteral("Deployment %1").arg(app.deployments.size() + 1);
}

SimDeployment &SimDeployments::start(SimApp &app, const SyncConfig &config, const QString &draftId,
    const QString &name, const QString &origin, const QString &forcedError)
{
    SimDeployment d;
    d.id = m_world.newId();
    d.name = name.isEmpty() ? nextName(app) : name;
    d.draftId = draftId;
    d.userId = m_sessions.userId();
    d.origin = origin;
    d.status = str("created");
    d.statusErrorMessage = forcedError; // kept until the deployment ends, then it fails with it
    d.deployedAt = m_clock.nowSeconds();
    d.config = config;
    app.deployments.append(d);
    emit changed();

    schedule(app.id, d.id);
    return app.deployments.last();
}

void SimDeployments::deployNow(
    SimApp &app, const SyncConfig &config, const QString &userId, const QString &origin)
{
    SimDeployment d;
    d.id = m_world.newId();
    d.name = nextName(app);
    d.userId = userId;
    d.origin = origin;
    d.status = str("successful");
    d.deployedAt = m_clock.nowSeconds();
    d.config = config;
    app.deployments.append(d);
    apply(app, config);
}

void SimDeployments::schedule(const QString &appId, const QString &deploymentId)
{
    const quint64 generation = m_world.generation();
    for (int step = 1; step <= 2; ++step)
        QTimer::singleShot(m_delayMs * step / 2, this,
            [this, appId, deploymentId, generation] { advance(appId, deploymentId, generation); });
}

void SimDeployments::advance(const QString &appId, const QString &deploymentId, quint64 generation)
{
    SimApp *a = m_world.app(appId);
    if (!a || generation != m_world.generation())
        return;
    for (SimDeployment &d : a->deployments) {
        if (d.id != deploymentId)
            continue;
        if (d.status == str("created")) {
            d.status = str("pending");
        } else if (d.status == str("pending")) {
            end(*a, d);
            emit changed();
            emit finished(appId, deploymentId);
            return;
        }
        emit changed();
        return;
    }
}

void SimDeployments::end(SimApp &app, SimDeployment &deployment)
{
    SimRefusal refusal;
    if (deployment.config.state() == SyncConfig::State::Enabled
        && app.deployed.state() == SyncConfig::State::Paused)
        refusal = SimSyncRules::refuseResume(app, m_clock.nowSeconds());
    if (!deployment.statusErrorMessage.isEmpty() || refusal.isRefused()) {
        deployment.status = str("failed");
        if (deployment.statusErrorMessage.isEmpty())
            deployment.statusErrorMessage = refusal.error;
        return;
    }
    deployment.status = str("successful");
    const SyncConfig config = deployment.config;
    apply(app, config);
}

void SimDeployments::apply(SimApp &app, const SyncConfig &config)
{
    const SyncConfig::State before = app.deployed.mode == SyncConfig::Mode::None
        ? SyncConfig::State::Terminated
        : app.deployed.state();
    const SyncConfig::State after
        = config.mode == SyncConfig::Mode::None ? SyncConfig::State::Terminated : config.state();
    const qint64 t = m_clock.nowSeconds();
    app.deployed = config;
    app.lastModified = t;

    if (after == SyncConfig::State::Terminated && before != SyncConfig::State::Terminated) {
        // Sync metadata and history are gone: every client that synced before needs a reset.
        app.syncMetadataPresent = false;
        // A backlog goes with the history; the translator's steady pace behind the cluster (a
        // second at most) stays, so the Dashboard shows the lag recover to it, not drop to 0.
        app.lagMs = qMin<qint64>(app.lagMs, 1000);
        app.pausedAt = 0;
        app.translatorError.clear(); // re-enabling reads the cluster afresh
        ++app.syncEpoch;
    } else if (after == SyncConfig::State::Paused && before == SyncConfig::State::Enabled) {
        app.pausedAt = t;
        app.latestSyncEvent = t; // frozen where Sync stopped, lag and all
        app.lastClusterEventProcessed = t - app.lagMs / 1000;
    } else if (after == SyncConfig::State::Enabled) {
        if (before == SyncConfig::State::Terminated)
            app.syncMetadataPresent = true;
        app.pausedAt = 0;
        app.latestSyncEvent = t;
        app.lastClusterEventProcessed = t - app.lagMs / 1000;
    }
    if (before != after)
        m_devices.runner(app).step(); // the devices notice at once: sessions end, or reconnect
}

void SimDeployments::resumeUnfinished()
{
    for (const SimApp &a : std::as_const(m_world.apps()))
        for (const SimDeployment &d : a.deployments)
            if (d.status == str("created") || d.status == str("pending"))
                schedule(a.id, d.id);
}
