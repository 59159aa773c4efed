#pragma once

#include "SyncController.h"

#include <QTest>

// Refreshes the controller and waits until it holds the server's state and is idle.
inline bool refreshAndWait(SyncController &controller)
{
    controller.refresh();
    return QTest::qWaitFor(
        [&controller] {
            return controller.isLoaded() && controller.activity() == SyncController::Activity::Idle;
        },
        10000);
}
