#pragma once

#include "SimApp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class FaultInjector;
class SimClock;
class SimDeployments;
class SimSessions;
class SimWorld;

// The whole state as a state file keeps it, and the scenario running with the exact state it
// started from: the world (apps, ids, clock), the faults in force and the access-token
// lifetime, so that a reset puts the room back where the scenario began.
class SimPersistence final
{
public:
    SimPersistence(SimWorld &world, SimClock &clock, FaultInjector &faults, SimSessions &sessions,
        SimDeployments &deployments);

    void markScenarioStart(const QString &name);
    QString scenario() const { return m_scenario; }
    bool hasScenarioStart() const { return !m_scenarioStart.isEmpty(); }
    // Puts the world back as the scenario started, the clock at the start moment; false when
    // there is no start to go to.
    bool resetScenario();
    void clear();

    // Without the apps' logs when a state file's journal writes those apart (takeLogEdits()).
    QJsonObject toJson(SimApp::Logs logs = SimApp::Logs::With) const;
    // What changed in each app's logs since the last call, as journal edits (SimJsonPatch) that
    // follow the other edits of a state whose apps had the ids `before`, in that order; and
    // from now on, what changes is counted from the logs as they are. An app not where it was
    // before, or whose logs were replaced whole, gets its logs whole.
    QJsonArray takeLogEdits(const QStringList &before);
    // From now on, what changes in the logs is counted from the logs as they are (a state file
    // has just read or written them whole).
    void forgetLogEdits();
    // The write of the log edits taken last reached the disk.
    void logEditsSaved();
    // A write failed: the state goes back to `state`, the one the backend last had on disk (it
    // is not checked again). The apps' logs keep the entries still in place rather than being
    // read again, so that this costs what changed since, not the whole state; unless
    // `reuseLogs` is false (the failed write took the logs whole).
    void rollBack(const QJsonObject &state, bool reuseLogs);
    // Replaces the whole state; on a problem nothing changes and `problem` says what is wrong.
    bool restore(const QJsonObject &state, QString *problem);

private:
    QJsonObject worldJson(SimApp::Logs logs = SimApp::Logs::With) const;
    bool restoreWorld(const QJsonObject &state, QString *problem);
    void restoreStartFaults();

    SimWorld &m_world;
    SimClock &m_clock;
    FaultInjector &m_faults;
    SimSessions &m_sessions;
    SimDeployments &m_deployments;
    QString m_scenario;
    QJsonObject m_scenarioStart;
};
