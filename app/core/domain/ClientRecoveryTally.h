#pragma once

#include "SyncDevice.h"
#include "SyncLogEntry.h"

#include <QDateTime>
#include <QList>

// How the clients came back after Sync was re-enabled (or resumed) at `since`: the Client
// recovery panel of the Sync page. Counted from the devices' own history on the simulator, or
// from the App Services logs since `since` against a real service; where the logs cannot tell
// (what a device lost, or who has not come back) the count is Unknown.
struct ClientRecoveryTally
{
    static constexpr int Unknown = -1;
    enum class Source { Devices, Logs };

    Source source = Source::Devices;
    QDateTime since;
    int reconnected = 0; // devices that connected since
    int reset = 0; // refused with 208 or 222 since, so reset
    int recovered = 0; // reset and recovered unsynced changes they held
    int recoveredChanges = 0;
    int discarded = 0; // reset and lost unsynced changes they held
    int lostChanges = 0; // Unknown when the logs do not say for every reset
    int stuck = 0; // wait in error for their app to reset them (whenever they were refused)
    int notBack = 0; // synced before and have not connected since; Unknown from the logs
    int unknownOutcome = 0; // reset, and the logs do not say what became of their changes

    static ClientRecoveryTally fromDevices(
        const QList<SyncDevice> &devices, const QDateTime &since);
    // `entries` are the app's Sync log entries since `since`, in any order.
    static ClientRecoveryTally fromLogs(const QList<SyncLogEntry> &entries, const QDateTime &since);

    bool operator==(const ClientRecoveryTally &o) const
    {
        return source == o.source && since == o.since && reconnected == o.reconnected
            && reset == o.reset && recovered == o.recovered
            && recoveredChanges == o.recoveredChanges && discarded == o.discarded
            && lostChanges == o.lostChanges && stuck == o.stuck && notBack == o.notBack
            && unknownOutcome == o.unknownOutcome;
    }
    bool operator!=(const ClientRecoveryTally &o) const { return !(*this == o); }
};
