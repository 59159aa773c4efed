#pragma once

#include "AppRef.h"
#include "ClientRecoveryTally.h"
#include "SyncLogEntry.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <optional>

class AdminApiClient;
class SimulatorControlClient;
struct SyncLogPage;
template<typename T> struct ApiResult;

// Watches the clients come back after Sync was re-enabled or resumed, and keeps the tally of
// the Sync page's Client recovery panel: from the built-in simulator's devices when it has
// them, else from the App Services logs since then (errors refusing a device until it resets,
// session starts, client reset entries). It reads again every few seconds while it runs.
class ClientRecoveryMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientRecoveryMonitor)

public:
    enum class Cause { ReEnabled, Resumed };
    Q_ENUM(Cause)

    // Counting from the logs holds at most this many entries, and reads for at most an hour
    // after it starts; then it stops reading and keeps its last tally (stopped() says so).
    static constexpr int MaxLogEntries = 5000;
    static constexpr int MaxWatchMs = 3600 * 1000;

    ClientRecoveryMonitor(AdminApiClient *client, const AppRef &app, QObject *parent = nullptr);

    // Devices from the simulator's control API instead of the logs; null: logs.
    void setSimulatorControl(SimulatorControlClient *control);
    void setPollIntervalMs(int ms) { m_timer.setInterval(ms); }

    void start(const QDateTime &since, Cause cause);
    void stop();
    void poll(); // reads now

    bool isActive() const { return m_since.isValid(); }
    bool isReading() const { return m_reading; }
    bool countsFromDevices() const { return !m_simulator.isNull(); }
    // Counting from the logs stopped: the hour is over, or there were too many entries.
    bool stopped() const { return isActive() && !m_timer.isActive(); }
    Cause cause() const { return m_cause; }
    QDateTime since() const { return m_since; }
    const std::optional<ClientRecoveryTally> &tally() const { return m_tally; }
    // The simulator's devices as last read (empty when counting from the logs).
    const QList<SyncDevice> &devices() const { return m_devices; }
    QString problem() const { return m_problem; } // the last read's failure, in words
    bool truncated() const { return m_truncated; } // the logs held more than MaxLogEntries

signals:
    void tallyChanged();

private:
    struct Stream
    {
        SyncLogType type;
        bool errors = false;
    };
    static const QList<Stream> &streams();
    void readStream(int index, quint64 generation);
    void readPage(int index, const QDateTime &end, int skip, quint64 generation);
    void publish(const std::optional<ClientRecoveryTally> &tally, const QString &problem,
        bool devicesChanged = false);

    QPointer<AdminApiClient> m_client;
    QPointer<SimulatorControlClient> m_simulator;
    AppRef m_app;
    QTimer m_timer;
    QElapsedTimer m_watching;
    QDateTime m_since;
    Cause m_cause = Cause::ReEnabled;
    std::optional<ClientRecoveryTally> m_tally;
    QList<SyncDevice> m_devices;
    // Counting from the logs: what was read so far, and each stream's newest entry.
    QList<SyncLogEntry> m_entries;
    QSet<QString> m_seen;
    QHash<int, QDateTime> m_newest;
    QDateTime m_pageNewest;
    QString m_problem;
    bool m_truncated = false;
    bool m_reading = false;
    quint64 m_generation = 0;
};
