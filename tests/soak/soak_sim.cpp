// The simulator's soak (scripts/soak MINUTES; not in CI): 200 consoles on a standalone
// sync-console-sim with a state file, mixing every endpoint, 60 devices syncing, the clock
// moving, a kill -9 every minute and the disk full for 10 s once. It prints the requests,
// the errors by kind, the acknowledged writes lost (must be 0), the simulator's resident set
// over time (must be flat) and the p99 latency, and exits 0 when all three goals hold.
// Run: soak_sim MINUTES STATE_DIR  (STATE_DIR on a small filesystem of its own, which the
// soak fills; scripts/soak mounts one)
#include "SoakRun.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: soak_sim MINUTES STATE_DIR\n");
        return 2;
    }
    SoakRun::Options options;
    bool ok = false;
    options.minutes = QString::fromLocal8Bit(argv[1]).toDouble(&ok);
    if (!ok || options.minutes < 0.5) {
        std::fprintf(stderr, "soak_sim: MINUTES must be a number, 0.5 or more\n");
        return 2;
    }
    options.stateDir = QString::fromLocal8Bit(argv[2]);
    options.simulator = QStringLiteral(SIM_BINARY);
    SoakRun run(options);
    QObject::connect(&run, &SoakRun::finished, &app, &QCoreApplication::exit);
    run.start();
    return app.exec();
}
