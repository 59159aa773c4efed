#include "SyncController.h"

#include "ApiCall.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

namespace {
bool replyMayHaveBeenLost(const ApiError &error)
{
    // No answer, or Qt's own resend of a deploy whose first attempt went through.
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || (error.kind == ApiError::Kind::Http && error.httpStatus == 404
            && error.errorCode == QLatin1String("DraftNotFound"));
}
} // namespace

SyncController::SyncController(AdminApiClient *client, const ApiRequests::AppRef &app,
    SyncSnapshotStore *snapshots, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(app)
    , m_snapshots(snapshots)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    if (m_snapshots)
        m_snapshot = m_snapshots->load(m_app.appId);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncController::poll);
}

SyncController::~SyncController() = default;

QString SyncController::clusterLabel() const
{
    if (m_config.clusterName.isEmpty())
        return {};
    return tr("%1 - (Service: %2)", "cluster and service name")
        .arg(m_config.clusterName, m_service.name);
}

SyncController::Status SyncController::status() const
{
    if (!m_loaded)
        return Status::Unknown;
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
    const qint64 at
        = static_cast<qint64>(m_config.sync.block.value(QLatin1String("last_disabled")).toDouble());
    return at > 0 ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC) : QDateTime();
}

int SyncController::devicesWithUnsyncedChanges() const
{
    int n = 0;
    for (const SyncDevice &d : m_devices)
        n += d.unsyncedChanges > 0 ? 1 : 0;
    return n;
}

void SyncController::refresh()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    if (m_activity == Activity::Idle)
        m_activity = Activity::Loading;
    m_pendingReads = 0;
    // Independent reads run side by side; the last one to answer publishes the new state.
    const auto done = [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
            m_lastError = error;
            emit failed(error);
        }
        if (--m_pendingReads > 0)
            return;
        m_loaded = true;
        if (m_activity == Activity::Loading)
            m_activity = Activity::Idle;
        emit changed();
    };
    const auto read = [this](auto start) {
        ++m_pendingReads;
        start();
    };

    read([&] {
        m_client->appInfo(m_app, this, [this, done](const ApiResult<AppSummary> &r) {
            if (r.ok())
                m_appInfo = r.value;
            done(r.error);
        });
    });
    read([&] {
        m_client->listServices(
            m_app, this, [this, done, generation](const ApiResult<QList<ServiceSummary>> &r) {
                if (!r.ok() || generation != m_generation)
                    return done(r.error);
                const auto cluster = std::find_if(r.value.cbegin(), r.value.cend(),
                    [](const ServiceSummary &s) { return s.isLinkedCluster(); });
                if (cluster == r.value.cend()) {
                    ApiError none = ApiError::http(
                        404, tr("this app has no linked Atlas cluster"), QString());
                    return done(none);
                }
                m_service = *cluster;
                m_client->serviceConfig(
                    m_app, m_service.id, this, [this, done](const ApiResult<ServiceConfig> &c) {
                        if (c.ok())
                            m_config = c.value;
                        done(c.error);
                    });
            });
    });
    read([&] {
        m_client->deployConfig(m_app, this, [this, done](const ApiResult<DeployConfig> &r) {
            if (r.ok())
                m_deployConfig = r.value;
            done(r.error);
        });
    });
    read([&] {
        m_client->currentDraft(m_app, this, [this, done](const ApiResult<std::optional<Draft>> &r) {
            if (r.ok()) {
                if (!r.value || !m_draft || r.value->id != m_draft->id) {
                    m_diff = {};
                    m_diffLoaded = false;
                }
                m_draft = r.value;
            }
            done(r.error);
        });
    });
    read([&] {
        m_client->listDeployments(m_app, this, [this, done](const ApiResult<QList<Deployment>> &r) {
            if (r.ok())
                m_deployments = r.value;
            done(r.error);
        });
    });
    read([&] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_client->metrics(m_app, now.addDays(-30), now, QStringLiteral("PT1H"),
            SyncMetrics::metricNames(), this, [this, done](const ApiResult<AppMetrics> &r) {
                // Metrics are a nicety: a service that refuses them must not
                // keep the Sync page from showing.
                if (r.ok())
                    m_metrics = SyncMetrics::from(r.value);
                done({});
            });
    });
    if (m_devicesFromSimulator)
        read([&] {
            m_client->simulatorDevices(
                m_app.appId, this, [this, done](const ApiResult<QList<SyncDevice>> &r) {
                    if (r.ok())
                        m_devices = r.value;
                    done({});
                });
        });
    emit changed();
}

bool SyncController::begin(Activity activity)
{
    if (isBusy() || !m_client)
        return false; // one click, one action
    m_activity = activity;
    m_lastError = {};
    emit changed();
    return true;
}

void SyncController::finishWith(const ApiError &error)
{
    m_activity = Activity::Idle;
    if (error.isError()) {
        m_lastError = error;
        emit failed(error);
    }
    refresh(); // show what the server now holds, whatever happened
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
    if (m_snapshots)
        m_snapshot = m_snapshots->load(m_app.appId);
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
    m_client->createDraft(m_app, this, [this, body](const ApiResult<Draft> &r) {
        if (r.ok()) {
            m_draft = r.value;
            return patchIntoDraft(body);
        }
        if (r.error.httpStatus != 409)
            return finishWith(r.error);
        // A draft exists already (made elsewhere): reuse it.
        m_client->currentDraft(m_app, this, [this, body](const ApiResult<std::optional<Draft>> &c) {
            if (!c.ok() || !c.value)
                return finishWith(c.ok()
                        ? ApiError::http(409, tr("a draft exists but could not be read"), QString())
                        : c.error);
            m_draft = c.value;
            patchIntoDraft(body);
        });
    });
}

void SyncController::patchIntoDraft(const QJsonObject &body)
{
    m_diffLoaded = false;
    patch(body);
}

void SyncController::patch(const QJsonObject &body)
{
    const Activity activity = m_activity;
    m_client->patchServiceConfig(
        m_app, m_service.id, body, this, [this, activity](const ApiResult<Done> &r) {
            if (!r.ok() && activity == Activity::Resuming
                && r.error.errorCode == QLatin1String("SyncResumeOplogRolledOver")) {
                m_activity = Activity::Idle;
                m_lastError = r.error;
                emit resumeRefused(r.error);
                refresh();
                return;
            }
            finishWith(r.error);
        });
}

void SyncController::loadDiff()
{
    if (!m_draft || !begin(Activity::LoadingDiff))
        return;
    m_client->draftDiff(m_app, m_draft->id, this, [this](const ApiResult<DraftDiff> &r) {
        m_activity = Activity::Idle;
        if (!r.ok())
            return finishWith(r.error);
        m_diff = r.value;
        m_diffLoaded = true;
        emit changed();
    });
}

void SyncController::deploy()
{
    if (!m_draft || !begin(Activity::Deploying))
        return;
    const QString draftId = m_draft->id;
    m_client->deployDraft(
        m_app, draftId, QString(), this, [this, draftId](const ApiResult<Deployment> &r) {
            if (r.ok())
                return startPolling(r.value);
            if (replyMayHaveBeenLost(r.error))
                return reconcileLostDeploy(draftId, r.error);
            finishWith(r.error);
        });
}

void SyncController::reconcileLostDeploy(const QString &draftId, const ApiError &error)
{
    // The deployment may have started even though its answer never came: look before
    // anything is sent again.
    m_client->listDeployments(
        m_app, this, [this, draftId, error](const ApiResult<QList<Deployment>> &r) {
            if (r.ok())
                for (const Deployment &d : r.value)
                    if (d.draftId == draftId)
                        return startPolling(d);
            finishWith(error);
        });
}

void SyncController::startPolling(const Deployment &deployment)
{
    m_deployment = deployment;
    m_draft.reset();
    m_diff = {};
    m_diffLoaded = false;
    emit changed();
    if (deployment.isFinished())
        return poll();
    m_pollTimer->start(m_pollIntervalMs);
}

void SyncController::poll()
{
    if (!m_deployment)
        return;
    m_client->deployment(m_app, m_deployment->id, this, [this](const ApiResult<Deployment> &r) {
        if (!r.ok())
            return finishWith(r.error);
        m_deployment = r.value;
        if (!r.value.isFinished()) {
            emit changed();
            m_pollTimer->start(m_pollIntervalMs);
            return;
        }
        m_activity = Activity::Idle;
        if (r.value.status() == Deployment::Status::Successful)
            emit deploymentSucceeded(r.value);
        else
            emit deploymentFailed(r.value);
        refresh();
    });
}

void SyncController::discard()
{
    if (!m_draft || !begin(Activity::Discarding))
        return;
    m_client->discardDraft(m_app, m_draft->id, this, [this](const ApiResult<Done> &r) {
        if (r.ok()) {
            m_draft.reset();
            m_diff = {};
            m_diffLoaded = false;
        }
        finishWith(r.error);
    });
}

void SyncController::redeploy(const QString &deploymentId)
{
    if (!begin(Activity::Redeploying))
        return;
    QSet<QString> known;
    for (const Deployment &d : std::as_const(m_deployments))
        known.insert(d.id);
    m_client->redeploy(m_app, deploymentId, this, [this, known](const ApiResult<Done> &r) {
        if (!r.ok())
            return finishWith(r.error);
        // The answer is 204 without the new deployment: find it among the recent ones.
        m_client->listDeployments(
            m_app, this, [this, known](const ApiResult<QList<Deployment>> &list) {
                if (!list.ok())
                    return finishWith(list.error);
                m_deployments = list.value;
                for (const Deployment &d : list.value)
                    if (!known.contains(d.id))
                        return startPolling(d);
                finishWith(ApiError::malformed(
                    tr("the service accepted the redeploy but lists no new deployment")));
            });
    });
}
