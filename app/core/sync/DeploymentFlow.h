#pragma once

#include "AppRef.h"
#include "Deployment.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class AdminApiClient;
class QTimer;
struct ApiError;

// One deployment from its start to its end: deploys the draft (or redeploys a past deployment),
// follows it until it is successful or failed, and, when the answer to the deploy call was
// lost, reads the deployments to find out whether it started before anything is sent again.
// A write is never resent: a deployment is started at most once per call.
class DeploymentFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentFlow)

public:
    DeploymentFlow(AdminApiClient *client, const AppRef &app, QObject *parent = nullptr);
    ~DeploymentFlow() override;

    // The longest wait between two polls of a running deployment (default 1 s).
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    // The wait before the n-th poll (0 first) of a running deployment: soon after it starts,
    // 250 ms, then twice as long each time up to `capMs`. Most deployments end within a
    // second or two: a fixed second would make the first poll wait a whole one.
    static int pollDelayMs(int poll, int capMs);

    // The deployment being followed, or the last one followed.
    const std::optional<Deployment> &deployment() const { return m_deployment; }

    // POST .../drafts/{id}/deployment, then follows the deployment it starts. `name`: the
    // deployment's name; empty: the service names it.
    void deployDraft(const QString &draftId, const QString &name = QString());
    // POST .../deployments/{id}/redeploy, then finds the new deployment among the recent ones
    // (the answer is 204 without it) and follows it. `known` are the deployments listed before.
    void redeploy(const QString &deploymentId, const QList<Deployment> &known);

signals:
    // The deployment exists on the server (a deployed draft is used up from here on).
    void started(const Deployment &deployment);
    // A poll read the running deployment again.
    void progressed(const Deployment &deployment);
    // The deployment ended, successful or failed.
    void finished(const Deployment &deployment);
    // The deployments were read while looking for the new one (redeploy, a lost reply).
    void deploymentsRead(const QList<Deployment> &deployments);
    // The deployment could not be started or followed; `error` says why.
    void failed(const ApiError &error);

private:
    void reconcileLostDeploy(const QString &draftId, const ApiError &error);
    void follow(const Deployment &deployment);
    void poll();
    void fail(const ApiError &error);

    QPointer<AdminApiClient> m_client;
    AppRef m_app;
    QTimer *m_pollTimer;
    int m_pollIntervalMs = 1000;
    // Polls that failed in a row; past the limit the deployment is reported as lost track of.
    int m_failedPolls = 0;
    int m_polls = 0; // of the deployment being followed
    static constexpr int MaxFailedPolls = 8;
    bool m_running = false;
    std::optional<Deployment> m_deployment;
};
