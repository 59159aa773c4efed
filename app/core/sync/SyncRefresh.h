#pragma once

#include "SyncController.h"

#include <QObject>
#include <QPointer>

class AdminApiClient;
class SimulatorControlClient;

// One refresh of the SyncController's state: the reads of the areas asked for, side by side,
// each answer handed on as it comes, and the end announced once every answer is in. Answers to
// a refresh that was dropped or overtaken are never handed on: they may be older than what
// the controller holds by then.
class SyncRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRefresh)

public:
    // The period the header's metrics are read over, ending now (see readMetrics()).
    static constexpr qint64 HeaderPeriodS = 3600;

    SyncRefresh(AdminApiClient *client, const AppRef &app, QObject *parent = nullptr);
    ~SyncRefresh() override;

    // Null: the devices are not read.
    void setSimulatorControl(SimulatorControlClient *control) { m_simulator = control; }
    // Reads `areas`; `knownService` is the linked cluster's service id when known, so that its
    // config is read beside the service list instead of after it.
    void start(SyncController::Areas areas, const QString &knownService);
    // Drops the refresh under way: an intent is about to change what it reads.
    void drop() { ++m_generation; }

signals:
    void appRead(const AppSummary &app);
    void serviceRead(const ServiceSummary &service);
    void configRead(const ServiceConfig &config);
    void deployConfigRead(const DeployConfig &config);
    void draftRead(const std::optional<Draft> &draft);
    void deploymentsRead(const QList<Deployment> &deployments);
    void metricsRead(const SyncMetrics &metrics);
    void devicesRead(const QList<SyncDevice> &devices);
    void failed(const ApiError &error);
    // The app itself answers 404: it was deleted, or this key can no longer reach it. Comes
    // instead of the 404s of the app's other endpoints, just before finished().
    void appGone(const ApiError &notFound);
    // Every answer of the refresh is in.
    void finished();

private:
    void readAppInfo(quint64 generation);
    void readConfig(quint64 generation, const QString &serviceId);
    // The service list, then the config of the linked cluster when it is another than
    // `knownService` and `config` is asked for.
    void readServices(quint64 generation, const QString &knownService, bool config);
    void readDeployConfig(quint64 generation);
    void readDraft(quint64 generation);
    void readDeployments(quint64 generation);
    void readMetrics(quint64 generation);
    void readDevices(quint64 generation);
    void readDone(quint64 generation, const ApiError &error);
    // The end of a refresh: when an endpoint of the app answered 404, whether the app is gone.
    void conclude(quint64 generation);

    QPointer<AdminApiClient> m_client;
    AppRef m_app;
    QPointer<SimulatorControlClient> m_simulator;
    quint64 m_generation = 0;
    int m_pendingReads = 0;
    bool m_appAsked = false; // this refresh reads the app itself
    ApiError m_appNotFound; // the app's own 404: it is gone
    ApiError m_notFound; // the first other 404, held until the app is known to be there
};
