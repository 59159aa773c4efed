#include "SyncMetrics.h"

#include "AppMetrics.h"
#include "SyncProtocol.h"

#include <QStringList>

namespace {
const AppMetrics::DataPoint *lastPoint(const AppMetrics &metrics, SyncMetric metric)
{
    const AppMetrics::Measurement *m = metrics.find(SyncProtocol::wireName(metric));
    if (!m || m->points.isEmpty())
        return nullptr;
    const AppMetrics::DataPoint *latest = &m->points.first();
    for (const AppMetrics::DataPoint &p : m->points)
        if (p.timestamp > latest->timestamp)
            latest = &p;
    return latest;
}
} // namespace

QStringList SyncMetrics::metricNames()
{
    QStringList names;
    for (const SyncMetric metric : SyncProtocol::metrics())
        names.append(SyncProtocol::wireName(metric));
    return names;
}

SyncMetrics SyncMetrics::from(const AppMetrics &metrics)
{
    SyncMetrics out;
    if (const AppMetrics::DataPoint *sync = lastPoint(metrics, SyncMetric::SuccessfulRequests))
        out.latestSyncEvent = sync->timestamp;
    if (const AppMetrics::DataPoint *lag = lastPoint(metrics, SyncMetric::OplogLagMsSum))
        out.lagMs = qMax<qint64>(0, static_cast<qint64>(lag->value));
    if (out.latestSyncEvent.isValid() && out.lagMs >= 0)
        out.lastClusterEventProcessed = out.latestSyncEvent.addMSecs(-out.lagMs);
    if (const AppMetrics::DataPoint *sessions = lastPoint(metrics, SyncMetric::ActiveOpenSessions))
        out.activeSessions = static_cast<int>(sessions->value);
    return out;
}
