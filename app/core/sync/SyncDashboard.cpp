#include "SyncDashboard.h"

#include "ApiCall.h"
#include "SyncController.h"
#include "SyncProtocol.h"

SyncDashboard::SyncDashboard(SyncController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    // A refresh follows every change of Sync's state: the charts then show it too.
    connect(controller, &SyncController::refreshed, this, &SyncDashboard::reload);
}

SyncDashboard::~SyncDashboard()
{
    ++m_generation; // a cancelled call answers at once: not to this half-destroyed object
    if (m_call)
        m_call->cancel();
}

QList<SyncDashboard::Range> SyncDashboard::ranges()
{
    return {Range::LastHour, Range::Last24Hours, Range::Last7Days, Range::Last30Days};
}

qint64 SyncDashboard::seconds(Range range)
{
    switch (range) {
    case Range::LastHour:
        return 3600;
    case Range::Last24Hours:
        return 86400;
    case Range::Last7Days:
        return 7 * 86400;
    case Range::Last30Days:
        return 30 * 86400;
    }
    return 3600;
}

QString SyncDashboard::granularity(Range range)
{
    // About a hundred points or fewer per chart: enough to see a gap, few to draw.
    switch (range) {
    case Range::LastHour:
        return QStringLiteral("PT1M");
    case Range::Last24Hours:
        return QStringLiteral("PT15M");
    case Range::Last7Days:
        return QStringLiteral("PT2H");
    case Range::Last30Days:
        return QStringLiteral("PT6H");
    }
    return QStringLiteral("PT1M");
}

void SyncDashboard::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    emit rangeChanged();
    reload();
}

void SyncDashboard::reload()
{
    AdminApiClient *client = m_controller->client();
    if (!client)
        return;
    // A newer read replaces one in flight: the answer it would give is already out of date.
    const quint64 generation = ++m_generation;
    if (m_call)
        m_call->cancel();
    const QDateTime end = m_controller->now();
    const QDateTime start = end.addSecs(-seconds(m_range));
    QStringList names;
    for (const SyncMetric metric : SyncProtocol::chartMetrics())
        names.append(SyncProtocol::wireName(metric));
    ApiCall *call = client->metrics(m_controller->appRef(), start, end, granularity(m_range),
        names, this, [this, generation, start, end](const ApiResult<AppMetrics> &r) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (r.ok()) {
                m_history = r.value;
                m_start = start;
                m_end = end;
                m_error.clear();
            } else {
                m_error = r.error.message();
            }
            emit loadingChanged();
            emit historyChanged();
        });
    m_call = call;
    emit loadingChanged();
}
