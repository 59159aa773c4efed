// One device PATCH on a simulator whose --state holds about 60 MB (a day of an app's logs):
// how long from the change to its answer being allowed out (the change on disk), how much of
// that the serving thread spends, and how many bytes reach the disk for it. Prints medians.
// Run: build/tests/bench_simstate [log entries (default 90000)] [patches (default 15)]
#include "BenchStats.h"
#include "LogStaging.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDeviceControl.h"
#include "SimStateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

namespace {

qint64 onDisk(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral(".journal")).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int entries = args.value(1, QStringLiteral("90000")).toInt();
    const int patches = args.value(2, QStringLiteral("15")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    SimBackend backend;
    backend.setDeviceTickMs(0);
    Scenarios::load(Scenarios::defaultName(), backend);
    LogStaging::stage(backend, backend.apps().first(), entries);
    SimStateFile file(&backend, path);
    QString problem;
    QElapsedTimer whole;
    whole.start();
    if (!file.save(&problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    const double saveMs = BenchStats::ms(whole);
    file.watch();
    std::printf("state file: %.1f MB (%d log entries), written whole in %.0f ms\n",
        double(QFileInfo(path).size()) / 1e6, entries, saveMs);

    SimDeviceControl devices(backend);
    const QByteArray device = R"({"id": "bench-phone"})";
    devices.add(backend.apps().first(), device);
    BenchStats::waitUntil([&] {
        bool done = false;
        file.whenSaved([&done](const QString &) { done = true; });
        return done;
    });

    std::vector<double> answered, serving, bytes;
    for (int i = 0; i < patches; ++i) {
        const qint64 before = onDisk(path);
        QElapsedTimer t;
        t.start();
        SimApp &a = backend.apps().first();
        const int index = SimDeviceControl::deviceIndex(a, QStringLiteral("bench-phone"));
        devices.change(a, index,
            QStringLiteral(R"({"unsynced_changes": %1, "online": %2})")
                .arg(i + 1)
                .arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                .toUtf8());
        bool saved = false;
        double servingMs = 0;
        // What the serving thread spends: the change, and handing it to the writer.
        QMetaObject::invokeMethod(
            &app,
            [&] {
                servingMs = BenchStats::ms(t);
                file.whenSaved([&saved](const QString &) { saved = true; });
            },
            Qt::QueuedConnection);
        BenchStats::waitUntil([&] { return saved; }, 60000);
        answered.push_back(BenchStats::ms(t));
        serving.push_back(servingMs);
        bytes.push_back(double(onDisk(path) - before));
    }
    std::printf("PATCH of a device, median of %d: answered after %.1f ms, serving thread %.1f ms, "
                "the file and journal grew %.0f bytes\n",
        patches, BenchStats::median(answered), BenchStats::median(serving),
        BenchStats::median(bytes));
    return 0;
}
