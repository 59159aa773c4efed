#pragma once

#include "SimDeployment.h"

#include <QObject>
#include <QString>

class SimClock;
class SimDevices;
class SimSessions;
class SimWorld;
struct SimApp;

// The apps' deployments as the service runs them: a deployment goes from `created` through
// `pending` to `successful` (the app's deployed config changes, and Sync's state with it) or
// `failed`, over the deployment delay; one that changes nothing asynchronous (drafts off,
// another admin's) is `successful` at once. Deploying is where pausing, terminating and
// re-enabling take effect on the app and its devices.
class SimDeployments final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDeployments)

public:
    SimDeployments(SimWorld &world, const SimClock &clock, const SimSessions &sessions,
        SimDevices &devices, QObject *parent = nullptr);
    ~SimDeployments() override;

    // How long a deployment takes from `created` to `successful`/`failed`.
    void setDelayMs(int ms) { m_delayMs = qMax(0, ms); }
    int delayMs() const { return m_delayMs; }

    // Starts a deployment of `config` by the signed-in admin; with `forcedError` it fails with
    // that message when it ends. Named "Deployment N" when `name` is empty.
    SimDeployment &start(SimApp &app, const SyncConfig &config, const QString &draftId,
        const QString &name, const QString &origin, const QString &forcedError);
    // Deploys `config` at once, successfully, by `userId` from `origin`.
    void deployNow(
        SimApp &app, const SyncConfig &config, const QString &userId, const QString &origin);
    // Carries on with the deployments of a restored world that had not ended.
    void resumeUnfinished();

signals:
    void changed();
    void finished(const QString &appId, const QString &deploymentId);

private:
    void schedule(const QString &appId, const QString &deploymentId);
    void advance(const QString &appId, const QString &deploymentId, quint64 generation);
    void end(SimApp &app, SimDeployment &deployment);
    void apply(SimApp &app, const SyncConfig &config);
    QString nextName(const SimApp &app) const;

    SimWorld &m_world;
    const SimClock &m_clock;
    const SimSessions &m_sessions;
    SimDevices &m_devices;
    int m_delayMs = 1500;
};
