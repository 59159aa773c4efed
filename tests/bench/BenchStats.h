#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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
