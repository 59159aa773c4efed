#pragma once

#include "FaultInjector.h"
#include "SimApp.h"
#include "SimClock.h"
#include "SimDeployments.h"
#include "SimDevices.h"
#include "SimDrafts.h"
#include "SimPersistence.h"
#include "SimRefusal.h"
#include "SimSessions.h"
#include "SimWorld.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

class SimDeviceRunner;

// The simulated App Services backend: a project with its apps, their linked clusters, sync
// state, drafts and deployments, and the sessions of its admin. It holds the rules of the real
// service (what pausing, terminating and re-enabling do; drafts; asynchronous deployments);
// SimApi speaks HTTP for it. The work is done by its parts (the world, the clock, the devices
// and their logs, drafts, deployments, persistence); this is the one face the API, the
// scenarios and the tests see, and it says when something changed.
class SimBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimBackend)

public:
    using Refusal = SimRefusal;

    explicit SimBackend(QObject *parent = nullptr);
    ~SimBackend() override;

    SimSessions &sessions() { return m_sessions; }
    // The faults in force on the Admin API (SimServer applies them); a scenario's drill arms
    // some, a trainer or a test adds more.
    FaultInjector &faults() { return m_faults; }
    static QString otherAdminUserId() { return SimSessions::otherAdminUserId(); }
    QString groupId() const { return m_world.groupId(); }
    // The project's id, before the scenario is loaded (a classroom seat's own).
    void setGroupId(const QString &groupId) { m_world.setGroupId(groupId); }
    QString adminName() const { return QStringLiteral("Sync Console Trainer"); }
    QString adminEmail() const { return QStringLiteral("trainer@example.com"); }

    // How long a deployment takes from `created` to `successful`/`failed`.
    void setDeploymentDelayMs(int ms) { m_deployments.setDelayMs(ms); }
    int deploymentDelayMs() const { return m_deployments.delayMs(); }

    // The simulator's clock; drills move it forward (e.g. past the oplog window of a pause).
    QDateTime now() const { return m_clock.now(); }
    void advanceClock(qint64 seconds); // and steps the devices at the new time
    // How far the clock is ahead of the real one.
    qint64 clockOffset() const { return m_clock.offset(); }
    // Stops the clock at `secondsSinceEpoch` (for pictures that must not change from run to run).
    void freezeClock(qint64 secondsSinceEpoch) { m_clock.freezeAt(secondsSinceEpoch); }

    // The devices step on their own every `ms` of real time (default 1000); 0 stops that, and
    // only advanceClock(), stepDevices() and changes of Sync's state move them.
    void setDeviceTickMs(int ms) { m_devices.setTickMs(ms); }
    int deviceTickMs() const { return m_devices.tickMs(); }
    void stepDevices() { m_devices.stepAll(); }
    void stepDevices(SimApp &app) { m_devices.step(app); }
    // The control API changed the app's devices: they step at once, and it is a change.
    void devicesEdited(SimApp &app);
    SimDeviceRunner deviceRunner(SimApp &app);

    // App Services logs: kept in the order they happened, for SimLogEntry::RetentionDays, at
    // most SimLogEntry::MaxPerApp of them.
    void appendLog(SimApp &app, SimLogEntry entry);
    // Many at once, in any order (staged by the control API): one merge, not one insert each.
    void appendLogs(SimApp &app, QList<SimLogEntry> entries);
    void trimLogs(SimApp &app) { m_devices.trimLogs(app); }

    QString newId() { return m_world.newId(); }
    quint64 nextId() const { return m_world.nextId(); }
    QList<SimApp> &apps() { return m_world.apps(); }
    const QList<SimApp> &apps() const { return m_world.apps(); }
    SimApp *app(const QString &appId) { return m_world.app(appId); }
    SimApp &addApp(SimApp app);
    void clear();

    // PATCH of the linked cluster's config with a sync block (`flexible_sync` or `sync`).
    // With drafts on the change is staged in the app's draft (created when there is none);
    // with drafts off it is deployed at once.
    Refusal changeSync(SimApp &app, SyncConfig::Mode mode, const QJsonObject &block);
    void setUiDraftsDisabled(SimApp &app, bool disabled);
    SimDraft createDraft(SimApp &app);
    void discardDraft(SimApp &app);
    SimDeployment deployDraft(SimApp &app, const QString &name, const QString &forcedError);
    SimDeployment redeploy(SimApp &app, const SimDeployment &original, const QString &forcedError);

    // Deploys the app's armed foreignChangeOnDiff as another admin would: at once, in the
    // history under their user id. Nothing happens when none is armed.
    void deployForeignChange(SimApp &app);

    // The scenario running and the exact state it started from: the world (apps, ids, clock),
    // the faults in force and the access-token lifetime. Scenarios::load() marks it.
    void markScenarioStart(const QString &name) { m_persistence.markScenarioStart(name); }
    QString scenario() const { return m_persistence.scenario(); }
    bool hasScenarioStart() const { return m_persistence.hasScenarioStart(); }
    // Puts the world back as the scenario started: apps, drafts, deployments, devices, logs,
    // ids and faults exactly, and the simulated clock at the start moment, so what was due
    // "five minutes after the start" is due five minutes after the reset again. Admin sessions
    // stay valid (a room's consoles stay signed in). False when there is no start to go to.
    bool resetScenario();

    // The whole state, with the scenario and its start (a state file keeps both).
    QJsonObject toJson(SimApp::Logs logs = SimApp::Logs::With) const
    {
        return m_persistence.toJson(logs);
    }
    // What changed in the apps' logs since the last call, as a state file's journal writes it
    // (SimPersistence::takeLogEdits).
    QJsonArray takeLogEdits(const QStringList &before) { return m_persistence.takeLogEdits(before); }
    void forgetLogEdits() { m_persistence.forgetLogEdits(); }
    void logEditsSaved() { m_persistence.logEditsSaved(); }
    // Back to the state a state file last wrote, after a write failed (SimPersistence::rollBack).
    void rollBack(const QJsonObject &state, bool reuseLogs)
    {
        m_persistence.rollBack(state, reuseLogs);
    }
    // Replaces the whole state; on a problem nothing changes and `problem` says what is wrong.
    bool restore(const QJsonObject &state, QString *problem);

signals:
    // Something a client changed; a state file saves it before the answer goes out.
    void changed();
    // The devices moved on their own (sessions, writes, resets, their logs); a state file may
    // save that a moment later, together with what follows.
    void devicesStepped();
    void deploymentFinished(const QString &appId, const QString &deploymentId);

private:
    // In the order they are built: each part takes the ones above it.
    SimSessions m_sessions;
    FaultInjector m_faults;
    SimWorld m_world;
    SimClock m_clock;
    SimDevices m_devices;
    SimDeployments m_deployments;
    SimDrafts m_drafts;
    SimPersistence m_persistence;
};
