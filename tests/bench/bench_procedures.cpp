// Round trips of each procedure: the controller drives start-up, terminate, pause, resume,
// re-enable, discard and redeploy against the in-process simulator with 100 ms added to
// every Admin API request (as a slow link would), with drafts on and off. It counts the
// requests and the sequential round trips (from the calls' recorded start times and
// durations: a call that starts after every call before it has ended opens a new round),
// and prints them beside the minimum the API allows and the wall time beside its floor
// (minimum round trips × 100 ms + the deployment's own time). Polls of a running deployment
// are counted apart: they wait on the deployment, not on the link.
// Run: build/tests/bench_procedures [runs]
#include "AdminApiClient.h"
#include "BenchStats.h"
#include "ControllerFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int LatencyMs = 100;
constexpr int DeploymentMs = 300;

struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
};

int rounds(std::vector<Interval> calls)
{
    std::sort(calls.begin(), calls.end(),
        [](const Interval &a, const Interval &b) { return a.start < b.start; });
    int n = 0;
    qint64 roundEnd = -1;
    for (const Interval &c : calls) {
        if (c.start >= roundEnd) {
            ++n;
            roundEnd = c.end;
        } else {
            roundEnd = std::max(roundEnd, c.end);
        }
    }
    return n;
}

struct Procedure
{
    const char *name;
    bool draftsOff;
    int minimumRounds; // the API's floor, deployment polls excluded (see BENCHMARKS.md)
    bool deploys;
    std::function<bool(ControllerFixture &)> setUp; // before the measured part
    std::function<bool(ControllerFixture &)> run;
};

bool waitIdle(ControllerFixture &f)
{
    return BenchStats::waitUntil([&f] {
        return f.controller->activity() == SyncController::Activity::Idle
            && !f.controller->isBusy();
    });
}

// Review and deploy the controller's draft, as the deploy dialog does.
bool reviewAndDeploy(ControllerFixture &f)
{
    if (!BenchStats::waitUntil(
            [&f] { return f.controller->hasDraft() && !f.controller->isBusy(); }, 20000))
        return false;
    f.controller->loadDiff();
    if (!BenchStats::waitUntil(
            [&f] { return f.controller->isDiffLoaded() && !f.controller->isBusy(); }, 20000))
        return false;
    QSignalSpy done(f.controller.get(), &SyncController::deploymentSucceeded);
    f.controller->deploy();
    return BenchStats::waitUntil([&done] { return !done.isEmpty(); }) && waitIdle(f);
}

bool login(ControllerFixture &f)
{
    bool ok = false;
    bool done = false;
    QObject context;
    f.sim.client->login(SimDefaults::publicKey(), SimDefaults::privateKey(), &context,
        [&](const ApiResult<AuthTokens> &r) {
            ok = r.ok();
            done = true;
        });
    return BenchStats::waitUntil([&done] { return done; }) && ok;
}

bool load(ControllerFixture &f)
{
    f.controller->refresh();
    return BenchStats::waitUntil([&f] { return f.controller->isLoaded(); }) && waitIdle(f);
}

bool until(ControllerFixture &f, SyncController::Status status)
{
    return BenchStats::waitUntil([&] { return f.controller->status() == status; }, 20000)
        && waitIdle(f);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    using S = SyncController::Status;

    const auto pause = [](ControllerFixture &f) {
        f.controller->pause();
        return f.sim.app().uiDraftsDisabled ? until(f, S::Paused) : reviewAndDeploy(f);
    };
    const auto terminate = [](ControllerFixture &f) {
        f.controller->terminate();
        return f.sim.app().uiDraftsDisabled ? until(f, S::Disabled) : reviewAndDeploy(f);
    };
    const std::vector<Procedure> procedures {
        {"start-up (sign in, load the Sync page)", false, 3, false, nullptr,
            [](ControllerFixture &f) { return login(f) && load(f); }},
        {"terminate, drafts on", false, 6, true, nullptr, terminate},
        {"pause, drafts on", false, 6, true, nullptr, pause},
        {"resume, drafts on", false, 6, true, pause,
            [](ControllerFixture &f) {
                f.controller->resume();
                return reviewAndDeploy(f);
            }},
        {"re-enable, drafts on", false, 6, true, terminate,
            [](ControllerFixture &f) {
                f.controller->enable(f.controller->snapshot()->sync);
                return reviewAndDeploy(f);
            }},
        {"discard a draft", false, 2, false,
            [](ControllerFixture &f) {
                f.controller->pause();
                return BenchStats::waitUntil([&f] { return f.controller->hasDraft(); }, 20000)
                    && waitIdle(f);
            },
            [](ControllerFixture &f) {
                f.controller->discard();
                return BenchStats::waitUntil([&f] { return !f.controller->hasDraft(); }, 20000)
                    && waitIdle(f);
            }},
        {"redeploy", false, 3, true, pause,
            [](ControllerFixture &f) {
                QSignalSpy done(f.controller.get(), &SyncController::deploymentSucceeded);
                f.controller->redeploy(f.controller->deployments().first().id);
                return BenchStats::waitUntil([&done] { return !done.isEmpty(); }) && waitIdle(f);
            }},
        {"terminate, drafts off", true, 2, false, nullptr, terminate},
        {"pause, drafts off", true, 2, false, nullptr, pause},
        {"re-enable, drafts off", true, 2, false, terminate,
            [](ControllerFixture &f) {
                f.controller->enable(f.controller->snapshot()->sync);
                return until(f, S::Enabled);
            }},
    };

    std::printf("%-40s %9s %6s %7s %8s %9s %9s %6s\n", "procedure", "requests", "polls", "rounds",
        "minimum", "wall ms", "floor ms", "ratio");
    bool ok = true;
    QStringList figures;
    for (const Procedure &p : procedures) {
        std::vector<double> walls;
        std::vector<double> requestCounts;
        std::vector<double> roundCounts;
        std::vector<double> pollCounts;
        for (int run = 0; run < runs; ++run) {
            ControllerFixture f;
            f.sim.backend.setDeploymentDelayMs(DeploymentMs);
            f.controller->setSimulatorControl(nullptr); // as on a real service: no devices call
            f.sim.app().uiDraftsDisabled = p.draftsOff;
            f.sim.inject(QStringLiteral("* * latency=%1").arg(LatencyMs));
            const bool startUp = p.name[0] == 's';
            if (!f.loggedIn || (!startUp && !load(f))) {
                ok = false;
                break;
            }
            if (p.setUp && !p.setUp(f)) {
                ok = false;
                break;
            }
            std::vector<Interval> calls;
            int polls = 0;
            QObject context;
            QObject::connect(f.sim.client.get(), &AdminApiClient::callRecorded, &context,
                [&calls, &polls, &p](const ApiCallRecord &r) {
                    const qint64 start = r.at.toMSecsSinceEpoch();
                    // Polls of the running deployment wait on the deployment, not the link.
                    const QString path = QUrl(r.url).path();
                    if (r.method == "GET" && path.contains(QLatin1String("/deployments/")))
                        ++polls;
                    else
                        calls.push_back({start, start + r.durationMs});
                    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                        std::printf("  %s: %lld +%lld %s %s\n", p.name, start % 100000,
                            r.durationMs, r.method.constData(),
                            qPrintable(QUrl(r.url).path().section(QLatin1Char('/'), 7)));
                });
            if (startUp) {
                bool out = false;
                f.sim.client->logout(&context, [&out](const auto &) { out = true; });
                if (!BenchStats::waitUntil([&out] { return out; }, 20000)) {
                    ok = false;
                    break;
                }
            }
            calls.clear();
            polls = 0;
            QElapsedTimer timer;
            timer.start();
            if (!p.run(f)) {
                ok = false;
                break;
            }
            walls.push_back(BenchStats::ms(timer));
            requestCounts.push_back(double(calls.size() + polls));
            pollCounts.push_back(polls);
            roundCounts.push_back(rounds(calls));
        }
        if (walls.empty()) {
            std::printf("%-40s failed\n", p.name);
            continue;
        }
        const double floor = p.minimumRounds * LatencyMs + (p.deploys ? DeploymentMs : 0);
        const double wall = BenchStats::median(walls);
        std::printf("%-40s %9.0f %6.0f %7.0f %8d %9.0f %9.0f %6.2f\n", p.name,
            BenchStats::median(requestCounts), BenchStats::median(pollCounts),
            BenchStats::median(roundCounts), p.minimumRounds, wall, floor, wall / floor);
        figures.push_back(QStringLiteral("FIGURE\tround trips: %1\t%2 rounds, %3 ms\t%4 rounds, "
                                         "%5 ms\t%6\trounds = minimum, <= 1.1\n")
                              .arg(QLatin1String(p.name))
                              .arg(BenchStats::median(roundCounts))
                              .arg(wall, 0, 'f', 0)
                              .arg(p.minimumRounds)
                              .arg(floor, 0, 'f', 0)
                              .arg(wall / floor, 0, 'f', 2));
    }
    std::printf("(%d runs each, medians; %d ms added to every request; deployments take %d ms)\n",
        runs, LatencyMs, DeploymentMs);
    for (const QString &figure : figures)
        std::printf("%s", qPrintable(figure));
    return ok ? 0 : 1;
}
