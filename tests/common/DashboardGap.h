#pragma once

#include "DeviceSyncPage.h"
#include "SyncDashboard.h"
#include "UiFixture.h"

#include <QTest>

// The first app's devices write once a minute (drafts off) for `before` minutes, Sync is
// terminated for `gap` minutes and re-enabled, `after` more minutes: the history the Dashboard
// draws as a gap and a recovery. False when the simulator refused the terminate or re-enable.
inline bool terminateAndReEnableOverTime(SimBackend &backend, SimApp &app, int before, int gap, int after)
{
    backend.setUiDraftsDisabled(app, true);
    for (SimClient &c : app.clients)
        c.writeEverySeconds = 60;
    const QJsonObject block = app.deployed.block;
    const auto minutes = [&backend](int n) {
        for (int i = 0; i < n; ++i)
            backend.advanceClock(60);
    };
    minutes(before);
    if (backend.changeSync(app, SyncConfig::Mode::Flexible, {{QStringLiteral("state"), QString()}})
            .isRefused())
        return false;
    minutes(gap);
    if (backend.changeSync(app, SyncConfig::Mode::Flexible, block).isRefused())
        return false;
    minutes(after);
    return true;
}

// The 2023 page's Dashboard after 20 minutes of syncing, a ten-minute terminate and 20
// minutes after the re-enable: the console reads the simulator's clock and shows the page on
// its Dashboard, loaded. Null when the simulator refused a step or the Dashboard did not load.
inline DeviceSyncPage *dashboardAfterAGap(UiFixture &ui)
{
    if (!terminateAndReEnableOverTime(ui.sim.backend, ui.sim.app(), 20, 10, 20))
        return nullptr;
    ui.sim.client->setClockOffsetMs(
        ui.sim.backend.now().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
    ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
    DeviceSyncPage *page = ui.window->deviceSyncPage();
    if (!ui.load()
        || !QTest::qWaitFor(
            [page] {
                return !page->dashboard()->isLoading() && page->dashboard()->start().isValid();
            },
            10000))
        return nullptr;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return page;
}
