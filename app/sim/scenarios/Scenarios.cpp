#include "Scenarios.h"

#include "ScenarioBuilders.h"
#include "SimBackend.h"

namespace Scenarios {
namespace {

    // What builds each scenario of the catalogue.
    struct Builder
    {
        const char *name;
        void (*build)(SimBackend &, qint64);
    };

    // clang-format off
    const Builder builders[] = {
        {"flexible", &ScenarioBuilders::flexible},
        {"partition", &ScenarioBuilders::partition},
        {"shared-tier-upgrade", &ScenarioBuilders::sharedTierUpgrade},
        {"region-move", &ScenarioBuilders::regionMove},
        {"nvme-upgrade", &ScenarioBuilders::nvmeUpgrade},
        {"oplog-rollover", &ScenarioBuilders::oplogRollover},
        {"idle-auto-pause", &ScenarioBuilders::idleAutoPause},
        {"support-troubleshooting", &ScenarioBuilders::supportTroubleshooting},
        {"sync-mode-switch", &ScenarioBuilders::syncModeSwitch},
        {"breaking-change", &ScenarioBuilders::breakingChange},
        {"drill-deploy-fails", &ScenarioBuilders::drillDeployFails},
        {"drill-foreign-draft", &ScenarioBuilders::drillForeignDraft},
        {"drill-session-expires", &ScenarioBuilders::drillSessionExpires},
        {"drill-rate-limited", &ScenarioBuilders::drillRateLimited},
        {"drill-concurrent-deploy", &ScenarioBuilders::drillConcurrentDeploy},
    };
    // clang-format on

} // namespace

bool load(const QString &name, SimBackend &backend)
{
    for (const Builder &b : builders) {
        if (name != QLatin1String(b.name))
            continue;
        backend.clear();
        b.build(backend, backend.now().toSecsSinceEpoch());
        backend.stepDevices(); // the online devices connect (or are refused while Sync is paused)
        backend.markScenarioStart(name);
        return true;
    }
    return false;
}

} // namespace Scenarios
