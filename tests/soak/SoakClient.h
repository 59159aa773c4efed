#pragma once

#include "SoakConnection.h"
#include "SoakLedger.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class SoakStats;
struct SoakTarget;

// One console of the soak, on one keep-alive connection, a request every 200 ms on average.
// Its role decides what it asks: the drafter walks the draft through staging, the diff, and a
// deployment or a discard; a device writer adds and removes devices of its own through the
// control API; a reader asks for everything a console reads (never /_sim/state, the whole
// world's dump for a trainer's eyes, megabytes once logs pile up) (apps, services, config, drafts,
// deployments, metrics, logs, its profile, a session refresh), now and then adding a log entry
// (the drafter alone changes the config: a change with no draft would make one). Writes are written in the ledger with how they were answered.
class SoakClient final : public QObject
{
public:
    enum class Role { Drafter, DeviceWriter, Reader };

    SoakClient(int index, Role role, const SoakTarget &target, SoakLedger &ledger,
        SoakStats &stats, QObject *parent = nullptr);

    void start();
    // Held: no new request is sent until released (a request under way finishes).
    void hold(bool held);
    bool idle() const { return !m_connection.busy(); }

private:
    using Done = std::function<void(const SoakConnection::Reply &)>;
    void next();
    void scheduleNext();
    void call(const QByteArray &method, const QByteArray &target, const QByteArray &body,
        Done done = {});
    void login();
    void draftStep();
    void deviceStep();
    void readStep();
    static SoakLedger::Outcome outcome(const SoakConnection::Reply &reply);

    int m_index;
    Role m_role;
    const SoakTarget &m_target;
    SoakLedger &m_ledger;
    SoakStats &m_stats;
    SoakConnection m_connection;
    QRandomGenerator m_random;
    QTimer m_pace;
    bool m_held = false;
    QByteArray m_token;
    QByteArray m_refresh;
    // The drafter: its draft and where it is in the draft's walk.
    QByteArray m_draft;
    int m_draftStage = 0;
    bool m_draftUnknown = true;
    // A device writer: the device it works on, and whether it exists (as far as it knows).
    int m_deviceSerial = 0;
    bool m_deviceMade = false;
    bool m_deviceUnknown = false;
};
