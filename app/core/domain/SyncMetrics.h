#pragma once

#include <QDateTime>
#include <QStringList>

struct AppMetrics;

// The three figures of the Sync page's header, read from the documented metrics:
// the latest sync event (the last SyncMetric::SuccessfulRequests point), the lag
// (SyncMetric::OplogLagMsSum at that point) and, from the two, the last cluster event
// processed. Invalid times mean Sync has no events to show (never enabled, or terminated).
struct SyncMetrics
{
    QDateTime latestSyncEvent;
    QDateTime lastClusterEventProcessed;
    qint64 lagMs = -1; // -1: unknown
    int activeSessions = -1;

    // The names to ask GET .../metrics for.
    static QStringList metricNames();
    static SyncMetrics from(const AppMetrics &metrics);
};

inline bool operator==(const SyncMetrics &a, const SyncMetrics &b)
{
    return a.latestSyncEvent == b.latestSyncEvent
        && a.lastClusterEventProcessed == b.lastClusterEventProcessed && a.lagMs == b.lagMs
        && a.activeSessions == b.activeSessions;
}
inline bool operator!=(const SyncMetrics &a, const SyncMetrics &b)
{
    return !(a == b);
}
