#include "SyncMetrics.h"

#include "AppMetrics.h"

#include <QStringList>

namespace {
const AppMetrics::DataPoint *lastPoint(const AppMetrics &metrics, const char *name)
{
    const AppMetrics::Measurement *m = metrics.find(QString::fromLatin1(name));
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
    return {QStringLiteral("SYNC_SUCCESSFUL_REQUESTS"),
        QStringLiteral("SYNC_CURRENT_OPLOG_LAG_MS_SUM"),
        QStringLiteral("ACTIVE_OPEN_SYNC_SESSIONS")};
}

SyncMetrics SyncMetrics::from(const AppMetrics &metrics)
{
    SyncMetrics out;
    if (const AppMetrics::DataPoint *sync = lastPoint(metrics, "SYNC_SUCCESSFUL_REQUESTS"))
        out.latestSyncEvent = sync->timestamp;
    if (const AppMetrics::DataPoint *lag = lastPoint(metrics, "SYNC_CURRENT_OPLOG_LAG_MS_SUM"))
        out.lagMs = qMax<qint64>(0, static_cast<qint64>(lag->value));
    if (out.latestSyncEvent.isValid() && out.lagMs >= 0)
        out.lastClusterEventProcessed = out.latestSyncEvent.addMSecs(-out.lagMs);
    if (const AppMetrics::DataPoint *sessions = lastPoint(metrics, "ACTIVE_OPEN_SYNC_SESSIONS"))
        out.activeSessions = static_cast<int>(sessions->value);
    return out;
}
