// Memory: the peak resident set (the kernel's ru_maxrss of each child process) of the console
// idle on its embedded simulator, through the whole terminate procedure (--autoplay terminate),
// and of the programs that open the big views (the 20,000-line diff, the 10,000-row history,
// the 10,000 log entries), against a bare Qt Widgets window built the same way
// (bench_bare_window). Each runs offscreen in a fresh home; the goal is at most 1.5 × the bare
// window's peak + 30 MB. Medians of a few runs each, interleaved.
// Run: build/tests/bench_memory [runs]
#include "BenchStats.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

// The child's peak resident set in MB, or a negative number when it failed.
double peakMb(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));

    std::vector<QByteArray> envBytes;
    for (const QString &entry : env.toStringList())
        envBytes.push_back(entry.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<QByteArray> argBytes {program.toLocal8Bit()};
    for (const QString &a : arguments)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0); // figures of its own
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

struct Program
{
    const char *name;
    QString path;
    QStringList arguments;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const QString dir = QCoreApplication::applicationDirPath() + QLatin1Char('/');
    const Program bare {
        "bare Qt Widgets window (the floor)", dir + QStringLiteral("bench_bare_window"), {}};
    const std::vector<Program> programs {
        {"console, idle on the embedded simulator", QStringLiteral(CONSOLE_BINARY),
            {QStringLiteral("--exit-when-done")}},
        {"console, the whole terminate procedure", QStringLiteral(CONSOLE_BINARY),
            {QStringLiteral("--autoplay"), QStringLiteral("terminate"),
                QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
                QStringLiteral("--exit-when-done")}},
        {"deploy dialog, 20,000-line diff", dir + QStringLiteral("bench_diffview"), {}},
        {"history 10,000 rows, app picker 1,000 apps", dir + QStringLiteral("bench_lists"), {}},
        {"Logs page, 10,000 entries", dir + QStringLiteral("bench_logs"), {QStringLiteral("1")}},
    };

    std::vector<double> floorRuns;
    std::vector<std::vector<double>> peaks(programs.size());
    for (int run = 0; run < runs; ++run) {
        floorRuns.push_back(peakMb(bare.path, bare.arguments));
        for (size_t i = 0; i < programs.size(); ++i)
            peaks[i].push_back(peakMb(programs[i].path, programs[i].arguments));
    }
    const double floor = BenchStats::median(floorRuns);
    if (floor <= 0) {
        std::fprintf(stderr, "the bare window failed\n");
        return 1;
    }
    const double allowed = 1.5 * floor + 30;
    std::printf("%-45s %8s %8s %8s %7s %s\n", "program", "min MB", "median", "max MB", "ratio",
        "within 1.5x+30 MB");
    std::printf("%-45s %8.1f %8.1f %8.1f %7s\n", bare.name,
        *std::min_element(floorRuns.begin(), floorRuns.end()), floor,
        *std::max_element(floorRuns.begin(), floorRuns.end()), "1.00");
    bool ok = true;
    QStringList figures;
    for (size_t i = 0; i < programs.size(); ++i) {
        std::vector<double> &v = peaks[i];
        if (*std::min_element(v.begin(), v.end()) < 0) {
            std::printf("%-45s failed\n", programs[i].name);
            ok = false;
            continue;
        }
        const double m = BenchStats::median(v);
        std::printf("%-45s %8.1f %8.1f %8.1f %7.2f %s\n", programs[i].name,
            *std::min_element(v.begin(), v.end()), m, *std::max_element(v.begin(), v.end()),
            m / floor, m <= allowed ? "yes" : "no");
        figures.push_back(QStringLiteral("FIGURE\tmemory: %1, peak\t%2 MB\t%3 MB\t%4\t<= 1.5 x "
                                         "+ 30 MB (%5 MB)\n")
                              .arg(QLatin1String(programs[i].name))
                              .arg(m, 0, 'f', 1)
                              .arg(floor, 0, 'f', 1)
                              .arg(m / floor, 0, 'f', 2)
                              .arg(allowed, 0, 'f', 1));
    }
    std::printf("(%d runs each, interleaved; peak resident set from wait4; allowed %.1f MB)\n",
        runs, allowed);
    for (const QString &figure : figures)
        std::printf("%s", qPrintable(figure));
    return ok ? 0 : 1;
}
