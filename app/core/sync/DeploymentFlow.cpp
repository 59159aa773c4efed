#include "DeploymentFlow.h"

#include "AdminApiClient.h"

#include <QSet>
#include <QTimer>

namespace {
bool replyMayHaveBeenLost(const ApiError &error)
{
    // No answer, an answer Qt could not hand over (a 1xx, a dropped header), or Qt's own
    // resend of a deploy whose first attempt went through.
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::InterimOnly
        || error.kind == ApiError::Kind::HeaderUnreadable
        || (error.kind == ApiError::Kind::Http && error.httpStatus == 404
            && error.hasCode(ApiErrorCode::DraftNotFound));
}
} // namespace

DeploymentFlow::DeploymentFlow(AdminApiClient *client, const AppRef &app, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(app)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DeploymentFlow::poll);
}

DeploymentFlow::~DeploymentFlow() = default;

void DeploymentFlow::deployDraft(const QString &draftId, const QString &name)
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_client->deployDraft(
        m_app, draftId, name, this, [this, draftId](const ApiResult<Deployment> &r) {
            if (r.ok())
                return follow(r.value);
            if (replyMayHaveBeenLost(r.error))
                return reconcileLostDeploy(draftId, r.error);
            fail(r.error.during(tr("Deploying the draft was interrupted."), true));
        });
}

void DeploymentFlow::reconcileLostDeploy(const QString &draftId, const ApiError &error)
{
    // The deployment may have started even though its answer never came: look before
    // anything is sent again.
    m_client->listDeployments(
        m_app, this, [this, draftId, error](const ApiResult<QList<Deployment>> &r) {
            if (r.ok()) {
                emit deploymentsRead(r.value);
                for (const Deployment &d : r.value)
                    if (d.draftId == draftId)
                        return follow(d);
            }
            // Listed without it: the draft was not deployed. Not listed: nobody can tell yet.
            fail(error.during(tr("Deploying the draft was interrupted."), !r.ok()));
        });
}

void DeploymentFlow::redeploy(const QString &deploymentId, const QList<Deployment> &known)
{
    if (m_running || !m_client)
        return;
    m_running = true;
    QSet<QString> before;
    for (const Deployment &d : known)
        before.insert(d.id);
    m_client->redeploy(m_app, deploymentId, this, [this, before](const ApiResult<Done> &r) {
        if (!r.ok())
            return fail(r.error.during(tr("Redeploying was interrupted."), true));
        // The answer is 204 without the new deployment: find it among the recent ones.
        m_client->listDeployments(
            m_app, this, [this, before](const ApiResult<QList<Deployment>> &list) {
                if (!list.ok())
                    return fail(list.error.during(
                        tr("looking for the deployment the redeploy started"), false));
                emit deploymentsRead(list.value);
                for (const Deployment &d : list.value)
                    if (!before.contains(d.id))
                        return follow(d);
                fail(ApiError::malformed(
                    tr("the service accepted the redeploy but lists no new deployment")));
            });
    });
}

int DeploymentFlow::pollDelayMs(int poll, int capMs)
{
    // A quarter of a second sees a quick deployment (drafts off, a small change) at once; from
    // there the waits double to the setting, so a slow deployment costs one poll more than a
    // fixed timer at the setting would make (100 ms doubling cost three).
    constexpr int FirstMs = 250;
    return qMin(capMs, FirstMs << qBound(0, poll, 10));
}

void DeploymentFlow::follow(const Deployment &deployment)
{
    m_failedPolls = 0;
    m_polls = 0;
    m_deployment = deployment;
    emit started(deployment);
    if (deployment.isFinished())
        return poll();
    m_pollTimer->start(pollDelayMs(m_polls++, m_pollIntervalMs));
}

void DeploymentFlow::poll()
{
    if (!m_deployment || !m_client)
        return;
    m_client->deployment(m_app, m_deployment->id, this, [this](const ApiResult<Deployment> &r) {
        if (!r.ok()) {
            // A poll is a read: a garbled or lost answer says nothing about the deployment,
            // which goes on without us. Ask again, and give up only on a definite answer
            // (gone, refused) or after a good while of silence.
            const bool passing = r.error.httpStatus == 429 || r.error.httpStatus >= 500;
            const bool definite = (r.error.kind == ApiError::Kind::Http && !passing)
                || r.error.kind == ApiError::Kind::SessionExpired
                || r.error.kind == ApiError::Kind::Cancelled;
            if (!definite && ++m_failedPolls < MaxFailedPolls) {
                m_pollTimer->start(qMin(m_pollIntervalMs << qMin(m_failedPolls, 4), 8000));
                return;
            }
            ApiError error = r.error;
            error.step = tr("following deployment %1").arg(m_deployment->id);
            return fail(error);
        }
        m_failedPolls = 0;
        m_deployment = r.value;
        if (!r.value.isFinished()) {
            emit progressed(r.value);
            m_pollTimer->start(pollDelayMs(m_polls++, m_pollIntervalMs));
            return;
        }
        m_running = false;
        emit finished(r.value);
    });
}

void DeploymentFlow::fail(const ApiError &error)
{
    m_running = false;
    m_pollTimer->stop();
    emit failed(error);
}
