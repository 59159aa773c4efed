// Start-up: process start to the Sync page showing the server's data (`sync-console
// --exit-when-done` on its embedded simulator, offscreen: it leaves once the first load has
// answered), against process start to a bare Qt Widgets window shown and painted
// (bench_bare_window), runs interleaved, each in a fresh home so that no settings carry over.
// The figure is to each process's exit; a second, printed beside it, is to its painted window:
// both print "painted <CLOCK_MONOTONIC ns>" on stdout then (the console with
// SYNC_CONSOLE_PAINTED_MARK set, once the Sync page with the server's data is painted), so
// the console's teardown can be read apart.
// Run: build/tests/bench_startup [runs]
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Run
{
    double exitMs = -1; // negative: the program failed
    double paintedMs = -1; // negative: it printed no mark
};

// Milliseconds from start to exit and to the painted window.
Run runOnce(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("SYNC_CONSOLE_PAINTED_MARK"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Run run;
    QElapsedTimer t;
    const qint64 startNs = monotonicNs();
    t.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return run;
    run.exitMs = BenchStats::ms(t);
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("painted "))
            run.paintedMs = double(line.mid(8).toLongLong() - startNs) / 1e6;
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 11;
    std::vector<double> console, bare, consolePainted, barePainted;
    for (int run = 0; run < runs; ++run) {
        const Run c = runOnce(QStringLiteral(CONSOLE_BINARY), {QStringLiteral("--exit-when-done")});
        const Run b = runOnce(QStringLiteral(BARE_WINDOW_BINARY), {});
        if (c.exitMs < 0 || b.exitMs < 0) {
            std::fprintf(stderr, "a run failed\n");
            return 1;
        }
        if (c.paintedMs < 0 || b.paintedMs < 0) {
            std::fprintf(stderr, "a program printed no \"painted\" mark\n");
            return 1;
        }
        console.push_back(c.exitMs);
        bare.push_back(b.exitMs);
        consolePainted.push_back(c.paintedMs);
        barePainted.push_back(b.paintedMs);
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
    const auto [cpMin, cpMax] = minmax(consolePainted);
    const auto [bpMin, bpMax] = minmax(barePainted);
    std::printf("to the painted window, without the teardown:\n");
    std::printf(
        "sync-console, the Sync page painted with the server's data     %7.1f %7.1f %7.1f\n",
        cpMin, BenchStats::median(consolePainted), cpMax);
    std::printf(
        "bare Qt Widgets window, painted                                %7.1f %7.1f %7.1f\n",
        bpMin, BenchStats::median(barePainted), bpMax);
    std::printf("ratio of the medians                                           %7.2f\n",
        BenchStats::median(consolePainted) / BenchStats::median(barePainted));
    std::printf("FIGURE\tstart-up: console to the Sync page, against a bare window\t%.1f ms\t%.1f "
                "ms\t%.2f\t<= 2.0\n",
        BenchStats::median(console), BenchStats::median(bare),
        BenchStats::median(console) / BenchStats::median(bare));
    return 0;
}
