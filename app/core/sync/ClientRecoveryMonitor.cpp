#include "ClientRecoveryMonitor.h"

#include "AdminApiClient.h"
#include "SimulatorControlClient.h"
#include "SyncLogPage.h"
#include "SyncLogQuery.h"

ClientRecoveryMonitor::ClientRecoveryMonitor(
    AdminApiClient *client, const AppRef &app, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(app)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &ClientRecoveryMonitor::poll);
}

void ClientRecoveryMonitor::setSimulatorControl(SimulatorControlClient *control)
{
    m_simulator = control;
}

void ClientRecoveryMonitor::start(const QDateTime &since, Cause cause)
{
    m_since = since;
    m_cause = cause;
    m_tally.reset();
    m_problem.clear();
    m_truncated = false;
    m_entries.clear();
    m_seen.clear();
    m_newest.clear();
    m_pageNewest = {};
    ++m_generation;
    m_reading = false;
    m_timer.start();
    m_watching.start();
    emit tallyChanged();
    poll();
}

void ClientRecoveryMonitor::stop()
{
    if (!isActive())
        return;
    m_timer.stop();
    m_since = {};
    m_tally.reset();
    m_devices.clear();
    m_entries.clear();
    m_seen.clear();
    m_newest.clear();
    m_pageNewest = {};
    m_problem.clear();
    ++m_generation;
    m_reading = false;
    emit tallyChanged();
}

void ClientRecoveryMonitor::poll()
{
    if (!isActive() || m_reading || !m_client)
        return;
    m_reading = true;
    const quint64 generation = m_generation;
    if (m_simulator) {
        m_simulator->devices(
            m_app.appId, this, [this, generation](const ApiResult<QList<SyncDevice>> &r) {
                if (generation != m_generation)
                    return;
                m_reading = false;
                if (!r.ok())
                    return publish(m_tally, r.error.message());
                const bool devicesChanged = r.value != m_devices;
                m_devices = r.value;
                publish(
                    ClientRecoveryTally::fromDevices(r.value, m_since), QString(), devicesChanged);
            });
        return;
    }
    if (m_truncated || m_watching.elapsed() > MaxWatchMs) {
        // A real service is asked for its logs every few seconds: not forever.
        m_reading = false;
        m_timer.stop();
        emit tallyChanged();
        return;
    }
    readStream(0, generation);
}

// The streams the tally needs: the refusals (errors), and the connection starts, session
// starts and client reset entries (non-errors). Each is read once from `since`, then only
// for what is newer than the newest entry it gave.
const QList<ClientRecoveryMonitor::Stream> &ClientRecoveryMonitor::streams()
{
    static const QList<Stream> all {{SyncLogType::Error, true},
        {SyncLogType::ConnectionStart, false}, {SyncLogType::SessionStart, false},
        {SyncLogType::Other, false}};
    return all;
}

void ClientRecoveryMonitor::readStream(int index, quint64 generation)
{
    if (index >= streams().size()) {
        m_reading = false;
        return publish(ClientRecoveryTally::fromLogs(m_entries, m_since), QString());
    }
    readPage(index, {}, 0, generation);
}

void ClientRecoveryMonitor::readPage(int index, const QDateTime &end, int skip, quint64 generation)
{
    const Stream &stream = streams()[index];
    SyncLogQuery query;
    query.type = stream.type;
    query.errorsOnly = stream.errors;
    // From a moment before `since` (an entry of the deployment's own second counts); later,
    // from just before the newest entry read, whose millisecond may hold more.
    const QDateTime newest = m_newest.value(index);
    query.startDate = newest.isValid() ? newest.addMSecs(-1) : m_since.addSecs(-1);
    query.endDate = end;
    query.skip = skip;
    query.limit = 100;
    m_client->logs(m_app, query, this, [this, index, generation](const ApiResult<SyncLogPage> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_reading = false;
            return publish(m_tally, r.error.message());
        }
        for (const SyncLogEntry &e : r.value.entries) {
            if (m_seen.contains(e.id))
                continue;
            m_seen.insert(e.id);
            m_entries.append(e);
            if (!m_pageNewest.isValid() || e.started > m_pageNewest)
                m_pageNewest = e.started;
        }
        if (r.value.hasMore() && m_entries.size() < MaxLogEntries)
            return readPage(index, r.value.nextEndDate, r.value.nextSkip, generation);
        m_truncated = m_truncated || r.value.hasMore();
        if (m_pageNewest.isValid())
            m_newest[index] = m_pageNewest;
        m_pageNewest = {};
        readStream(index + 1, generation);
    });
}

void ClientRecoveryMonitor::publish(
    const std::optional<ClientRecoveryTally> &tally, const QString &problem, bool devicesChanged)
{
    if (tally == m_tally && problem == m_problem && !devicesChanged)
        return;
    m_tally = tally;
    m_problem = problem;
    emit tallyChanged();
}
