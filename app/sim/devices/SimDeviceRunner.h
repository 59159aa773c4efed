#pragma once

#include "SimLogEntry.h"
#include "SyncProtocol.h"

#include <QJsonObject>
#include <QString>
#include <functional>

struct SimApp;
struct SimClient;

// Moves an app's client devices one step at the simulator's clock, as the SDKs and the Sync
// server would: online devices connect, open sessions and upload; a paused app ends their
// sessions and refuses them (DisabledSession); after a terminate and re-enable a device that
// synced before is refused (BadClientFileIdent) and resets by its client reset mode; one
// offline longer than client_max_offline_days gets ClientFileExpired and resets too. Every
// consequence is logged as App Services logs it.
class SimDeviceRunner final
{
public:
    using IdSource = std::function<QString()>;
    using LogSink = std::function<void(SimApp &, SimLogEntry)>;

    SimDeviceRunner(SimApp &app, qint64 nowMs, IdSource newId, LogSink log);

    // Every device once; true when something a client could see changed (a log entry, a
    // device's unsynced changes or whether it is online).
    bool step();
    void step(SimClient &device);

    // The app's code resets a device that waits in error (manual mode, or recovery off): it
    // deletes its local file, losing what it held, and opens a fresh one.
    void resetManually(SimClient &device);
    // The device's session ends for `why` (removed, moved offline), logged as the server does.
    void disconnect(SimClient &device, const QString &why);

    // The protocol error explained as the server's log says it.
    static QString errorText(ProtocolError error);
    // A log entry a device leaves at `ms`, in the documented Logs/Sync* shape: `fields` plus
    // the ids, times and the device's user, address, platform and SDK.
    static SimLogEntry deviceEntry(const QString &id, const SimApp &app, const SimClient &device,
        qint64 ms, SyncLogType type, const QString &connectionId, QJsonObject fields = {});

private:
    enum class SyncState { Enabled, Paused, Terminated };
    SyncState syncState() const;
    qint64 nowS() const { return m_nowMs / 1000; }

    void connect(SimClient &device);
    void startSession(SimClient &device);
    void endSession(SimClient &device, const QString &why);
    void refuse(SimClient &device, ProtocolError error);
    void reset(SimClient &device, ProtocolError error);
    void write(SimClient &device, int changesets, const QString &message);
    void log(const SimClient &device, SyncLogType type, QJsonObject fields = {});
    QJsonObject syncQuery(const SimClient &device) const;

    SimApp &m_app;
    qint64 m_nowMs;
    IdSource m_newId;
    LogSink m_log;
    bool m_changed = false;
};
