#pragma once

#include "ClientRecoveryMonitor.h"
#include "ControllerWait.h"
#include "SimFixture.h"
#include "SimulatorControlClient.h"
#include "SyncController.h"
#include "SyncSnapshotStore.h"

#include <QTemporaryDir>
#include <memory>

// A signed-in client on an in-process simulator and the SyncController of its first app, fast
// deployments and polls, the simulator's devices read through its control API, and snapshots
// kept in a scratch directory.
class ControllerFixture
{
public:
    explicit ControllerFixture(const QString &scenario = Scenarios::defaultName())
        : sim(scenario)
        , snapshots(dir.path())
        , simulatorControl(sim.client.get())
    {
        sim.backend.setDeploymentDelayMs(30);
        loggedIn = sim.login();
        controller = std::make_unique<SyncController>(sim.client.get(), sim.appRef(), &snapshots);
        controller->setPollIntervalMs(10);
        controller->setSimulatorControl(&simulatorControl);
        controller->recovery()->setPollIntervalMs(50);
    }

    bool load() { return refreshAndWait(*controller); }
    bool idle()
    {
        return QTest::qWaitFor(
            [this] { return controller->activity() == SyncController::Activity::Idle; }, 10000);
    }

    SimFixture sim;
    QTemporaryDir dir;
    SyncSnapshotStore snapshots;
    SimulatorControlClient simulatorControl;
    std::unique_ptr<SyncController> controller;
    bool loggedIn = false;
};
