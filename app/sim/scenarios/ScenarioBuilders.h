#pragma once

#include <QtGlobal>

class SimBackend;

// One function per scenario: it adds the scenario's apps, history, logs and faults to an
// empty backend, `now` being the simulator's clock in seconds. Scenarios.cpp lists them.
namespace ScenarioBuilders {

// Healthy apps (ScenarioReasons.cpp)
void flexible(SimBackend &backend, qint64 now);
void partition(SimBackend &backend, qint64 now);
// The documented reasons to terminate Sync (ScenarioReasons.cpp)
void sharedTierUpgrade(SimBackend &backend, qint64 now);
void regionMove(SimBackend &backend, qint64 now);
void nvmeUpgrade(SimBackend &backend, qint64 now);
void oplogRollover(SimBackend &backend, qint64 now);
void idleAutoPause(SimBackend &backend, qint64 now);
void supportTroubleshooting(SimBackend &backend, qint64 now);
void syncModeSwitch(SimBackend &backend, qint64 now);
void breakingChange(SimBackend &backend, qint64 now);
// Drills: what goes wrong on the way (ScenarioDrills.cpp)
void drillDeployFails(SimBackend &backend, qint64 now);
void drillForeignDraft(SimBackend &backend, qint64 now);
void drillSessionExpires(SimBackend &backend, qint64 now);
void drillRateLimited(SimBackend &backend, qint64 now);
void drillConcurrentDeploy(SimBackend &backend, qint64 now);

} // namespace ScenarioBuilders
