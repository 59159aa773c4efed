// Start-up: process start to the Sync page showing the server's data (`sync-console
// --exit-when-done` on its embedded simulator, offscreen: it leaves once the first load has
// answered), against process start to a bare Qt Widgets window shown and painted
// (bench_bare_window), runs interleaved, each in a fresh home so that no settings carry over.
// Run: build/tests/bench_startup [runs]
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Milliseconds from start to exit, or a negative number when the program failed.
double runOnce(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return BenchStats::ms(t);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 11;
    std::vector<double> console, bare;
    for (int run = 0; run < runs; ++run) {
        const double c
            = runOnce(QStringLiteral(CONSOLE_BINARY), {QStringLiteral("--exit-when-done")});
        const double b = runOnce(QStringLiteral(BARE_WINDOW_BINARY), {});
        if (c < 0 || b < 0) {
            std::fprintf(stderr, "a run failed\n");
            return 1;
        }
        console.push_back(c);
        bare.push_back(b);
    }
    const auto minmax = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return std::make_pair(v.front(), v.back());
    };
    const auto [cMin, cMax] = minmax(console);
    const auto [bMin, bMax] = minmax(bare);
    std::printf("%d runs each, interleaved, offscreen; milliseconds (min / median / max)\n", runs);
    std::printf(
        "sync-console --exit-when-done (embedded simulator, first load) %7.1f %7.1f %7.1f\n", cMin,
        BenchStats::median(console), cMax);
    std::printf(
        "bare Qt Widgets window, shown and painted                      %7.1f %7.1f %7.1f\n", bMin,
        BenchStats::median(bare), bMax);
    std::printf("ratio of the medians                                           %7.2f\n",
        BenchStats::median(console) / BenchStats::median(bare));
    std::printf("FIGURE\tstart-up: console to the Sync page, against a bare window\t%.1f ms\t%.1f "
                "ms\t%.2f\t<= 2.0\n",
        BenchStats::median(console), BenchStats::median(bare),
        BenchStats::median(console) / BenchStats::median(bare));
    return 0;
}
