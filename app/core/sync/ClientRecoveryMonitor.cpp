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
    ++m_generation;
    m_reading = false;
    m_timer.start();
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
    // The service answers errors or non-errors, never both: read the two, then count.
    readLogs(true, {}, 0, {}, generation,
        [this, generation](const QList<SyncLogEntry> &errors, const QString &problem) {
            if (!problem.isEmpty()) {
                m_reading = false;
                return publish(m_tally, problem);
            }
            readLogs(false, {}, 0, errors, generation,
                [this](const QList<SyncLogEntry> &all, const QString &problem) {
                    m_reading = false;
                    if (!problem.isEmpty())
                        return publish(m_tally, problem);
                    publish(ClientRecoveryTally::fromLogs(all, m_since), QString());
                });
        });
}

void ClientRecoveryMonitor::readLogs(bool errors, const QDateTime &end, int skip,
    QList<SyncLogEntry> read, quint64 generation, Done done)
{
    SyncLogQuery query;
    query.errorsOnly = errors;
    // A moment before, so that an entry of the same second as the deployment is not missed.
    query.startDate = m_since.addSecs(-1);
    query.endDate = end;
    query.skip = skip;
    query.limit = 100;
    m_client->logs(m_app, query, this,
        [this, errors, read, generation, done](const ApiResult<SyncLogPage> &r) mutable {
            if (generation != m_generation)
                return;
            if (!r.ok())
                return done({}, r.error.message());
            for (const SyncLogEntry &e : r.value.entries)
                if (e.type.startsWith(QLatin1String("SYNC_")))
                    read.append(e);
            if (!r.value.hasMore())
                return done(read, QString());
            if (read.size() >= MaxLogEntries) {
                m_truncated = true;
                return done(read, QString());
            }
            readLogs(errors, r.value.nextEndDate, r.value.nextSkip, read, generation, done);
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
