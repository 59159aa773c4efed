#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <vector>

// Helpers the benchmark programs share: medians of repeated runs, in milliseconds.
namespace BenchStats {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The process's resident set (VmRSS) and its peak (VmHWM) in MB, from /proc/self/status.
inline double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}
inline double residentMb()
{
    return statusMb("VmRSS:");
}
inline double peakMb()
{
    return statusMb("VmHWM:");
}
// Starts the peak over from the present resident set (Linux: clear_refs 5), so that the peak
// read later is that of what came after, not of the benchmark's own set-up.
inline void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// Runs the event loop until `done()` holds or `timeoutMs` pass, and says which. Unlike
// QTest::qWaitFor it never naps: it sleeps in the event dispatcher and wakes on the next
// event, so a reply is handled the moment it arrives and the figures measure the code, not
// the waiting.
template<typename Predicate> bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // makes sure the dispatcher returns at least every 50 ms
    wake.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace BenchStats
