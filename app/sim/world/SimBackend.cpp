#include "SimBackend.h"

#include "SimDeviceRunner.h"

#include <utility>

SimBackend::SimBackend(QObject *parent)
    : QObject(parent)
    , m_devices(m_world, m_clock)
    , m_deployments(m_world, m_clock, m_sessions, m_devices)
    , m_drafts(m_world, m_clock, m_sessions, m_deployments)
    , m_persistence(m_world, m_clock, m_faults, m_sessions, m_deployments)
{
    connect(&m_devices, &SimDevices::stepped, this, &SimBackend::devicesStepped);
    connect(&m_deployments, &SimDeployments::changed, this, &SimBackend::changed);
    connect(&m_deployments, &SimDeployments::finished, this, &SimBackend::deploymentFinished);
}

SimBackend::~SimBackend() = default;

void SimBackend::advanceClock(qint64 seconds)
{
    m_clock.advance(seconds);
    m_devices.stepAll();
    emit changed();
}

void SimBackend::devicesEdited(SimApp &app)
{
    m_devices.edited(app);
    emit changed();
}

SimDeviceRunner SimBackend::deviceRunner(SimApp &app)
{
    return m_devices.runner(app);
}

void SimBackend::appendLog(SimApp &app, SimLogEntry entry)
{
    m_devices.appendLog(app, std::move(entry));
}

void SimBackend::appendLogs(SimApp &app, QList<SimLogEntry> entries)
{
    m_devices.appendLogs(app, std::move(entries));
}

SimApp &SimBackend::addApp(SimApp app)
{
    SimApp &added = m_world.addApp(std::move(app));
    emit changed();
    return added;
}

void SimBackend::clear()
{
    m_world.clear();
    m_clock.setOffset(0);
    m_faults.clear();
    m_persistence.clear();
}

SimBackend::Refusal SimBackend::changeSync(
    SimApp &app, SyncConfig::Mode mode, const QJsonObject &block)
{
    const Refusal refusal = m_drafts.changeSync(app, mode, block);
    if (!refusal.isRefused())
        emit changed();
    return refusal;
}

void SimBackend::setUiDraftsDisabled(SimApp &app, bool disabled)
{
    app.uiDraftsDisabled = disabled;
    emit changed();
}

SimDraft SimBackend::createDraft(SimApp &app)
{
    const SimDraft draft = m_drafts.createDraft(app);
    emit changed();
    return draft;
}

void SimBackend::discardDraft(SimApp &app)
{
    m_drafts.discardDraft(app);
    emit changed();
}

SimDeployment SimBackend::deployDraft(SimApp &app, const QString &name, const QString &forcedError)
{
    return m_drafts.deployDraft(app, name, forcedError);
}

SimDeployment SimBackend::redeploy(
    SimApp &app, const SimDeployment &original, const QString &forcedError)
{
    return m_drafts.redeploy(app, original, forcedError);
}

void SimBackend::deployForeignChange(SimApp &app)
{
    if (m_drafts.deployForeignChange(app))
        emit changed();
}

bool SimBackend::resetScenario()
{
    if (!m_persistence.resetScenario())
        return false;
    emit changed();
    return true;
}

bool SimBackend::restore(const QJsonObject &state, QString *problem)
{
    return m_persistence.restore(state, problem);
}
