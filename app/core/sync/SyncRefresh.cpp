#include "SyncRefresh.h"

#include "AdminApiClient.h"
#include "SimulatorControlClient.h"

#include <algorithm>
#include <utility>

SyncRefresh::SyncRefresh(AdminApiClient *client, const AppRef &app, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(app)
{ }

SyncRefresh::~SyncRefresh() = default;

void SyncRefresh::start(SyncController::Areas areas, const QString &knownService)
{
    using Area = SyncController::Area;
    const quint64 generation = ++m_generation;
    m_pendingReads = 0;
    m_appAsked = areas.testFlag(Area::App);
    m_appNotFound = {};
    m_notFound = {};
    if (m_appAsked)
        readAppInfo(generation);
    // The linked cluster's service rarely changes: once its id is known, its config is read
    // beside the rest instead of after the service list (one round trip instead of two).
    if (!knownService.isEmpty() && (areas & Area::Config)) {
        ++m_pendingReads;
        readConfig(generation, knownService);
    }
    if ((areas & Area::Services) || knownService.isEmpty())
        readServices(generation, knownService, areas.testFlag(Area::Config));
    if (areas & Area::DeployConfig)
        readDeployConfig(generation);
    if (areas & Area::Draft)
        readDraft(generation);
    if (areas & Area::Deployments)
        readDeployments(generation);
    if (areas & Area::Metrics)
        readMetrics(generation);
    if (m_simulator && (areas & Area::Devices))
        readDevices(generation);
}

void SyncRefresh::readAppInfo(quint64 generation)
{
    ++m_pendingReads;
    m_client->appInfo(m_app, this, [this, generation](const ApiResult<AppSummary> &r) {
        if (r.ok() && generation == m_generation)
            emit appRead(r.value);
        const bool gone = r.error.kind == ApiError::Kind::Http && r.error.httpStatus == 404;
        if (gone && generation == m_generation)
            m_appNotFound = r.error;
        readDone(generation, gone ? ApiError() : r.error);
    });
}

void SyncRefresh::readConfig(quint64 generation, const QString &serviceId)
{
    m_client->serviceConfig(
        m_app, serviceId, this, [this, generation](const ApiResult<ServiceConfig> &r) {
            if (r.ok() && generation == m_generation)
                emit configRead(r.value);
            readDone(generation, r.error);
        });
}

void SyncRefresh::readServices(quint64 generation, const QString &knownService, bool config)
{
    ++m_pendingReads;
    m_client->listServices(m_app, this,
        [this, generation, knownService, config](const ApiResult<QList<ServiceSummary>> &r) {
            if (!r.ok() || generation != m_generation)
                return readDone(generation, r.error);
            const auto cluster = std::find_if(r.value.cbegin(), r.value.cend(),
                [](const ServiceSummary &s) { return s.isLinkedCluster(); });
            if (cluster == r.value.cend()) {
                ApiError none = ApiError::http(
                    404, SyncController::tr("this app has no linked Atlas cluster"), QString());
                return readDone(generation, none);
            }
            emit serviceRead(*cluster);
            if (cluster->id == knownService || !config)
                return readDone(generation, {});
            readConfig(generation, cluster->id); // a first load, or another linked cluster
        });
}

void SyncRefresh::readDeployConfig(quint64 generation)
{
    ++m_pendingReads;
    m_client->deployConfig(m_app, this, [this, generation](const ApiResult<DeployConfig> &r) {
        if (r.ok() && generation == m_generation)
            emit deployConfigRead(r.value);
        readDone(generation, r.error);
    });
}

void SyncRefresh::readDraft(quint64 generation)
{
    ++m_pendingReads;
    m_client->currentDraft(
        m_app, this, [this, generation](const ApiResult<std::optional<Draft>> &r) {
            if (r.ok() && generation == m_generation)
                emit draftRead(r.value);
            readDone(generation, r.error);
        });
}

void SyncRefresh::readDeployments(quint64 generation)
{
    ++m_pendingReads;
    m_client->listDeployments(
        m_app, this, [this, generation](const ApiResult<QList<Deployment>> &r) {
            if (r.ok() && generation == m_generation)
                emit deploymentsRead(r.value);
            readDone(generation, r.error);
        });
}

void SyncRefresh::readMetrics(quint64 generation)
{
    ++m_pendingReads;
    const QDateTime now = m_client->now(); // the simulator's, when its clock was moved
    // The header shows only the latest figures, so the shortest period that holds them: the
    // last hour by the hour (a point or three per metric). A month by the hour was some 2,000
    // points, a sixth of the start-up; the 2023 Dashboard asks for its own range itself.
    m_client->metrics(m_app, now.addSecs(-HeaderPeriodS), now, QStringLiteral("PT1H"),
        SyncMetrics::metricNames(), this, [this, generation](const ApiResult<AppMetrics> &r) {
            // Metrics are a nicety: a service that refuses them must not keep the Sync page
            // from showing.
            if (r.ok() && generation == m_generation)
                emit metricsRead(SyncMetrics::from(r.value));
            readDone(generation, {});
        });
}

void SyncRefresh::readDevices(quint64 generation)
{
    ++m_pendingReads;
    m_simulator->devices(
        m_app.appId, this, [this, generation](const ApiResult<QList<SyncDevice>> &r) {
            if (r.ok() && generation == m_generation)
                emit devicesRead(r.value);
            readDone(generation, {});
        });
}

void SyncRefresh::readDone(quint64 generation, const ApiError &error)
{
    if (generation != m_generation)
        return;
    // A 404 from one of the app's endpoints may mean the whole app is gone: held until that is
    // known, so that a deleted app is not shown as a list of "not found"s.
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
        if (!m_notFound.isError())
            m_notFound = error;
    } else if (error.isError() && error.kind != ApiError::Kind::Cancelled) {
        emit failed(error);
    }
    if (--m_pendingReads > 0)
        return;
    conclude(generation);
}

void SyncRefresh::conclude(quint64 generation)
{
    if (m_notFound.isError() && !m_appAsked) {
        m_appAsked = true; // ask the app itself, once
        readAppInfo(generation);
        return;
    }
    if (m_appNotFound.isError())
        emit appGone(std::exchange(m_appNotFound, {}));
    else if (m_notFound.isError())
        emit failed(m_notFound);
    m_notFound = {};
    emit finished();
}
