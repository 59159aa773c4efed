#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A client device of the app. Only the built-in simulator can list them (GET
// /_sim/apps/{id}/devices); the Admin API has no such call.
struct SyncDevice
{
    // One client reset the device went through.
    struct Reset
    {
        QDateTime at;
        int protocolError = 0; // 208 (terminated and re-enabled) or 222 (offline too long)
        QString mode; // recoverUnsyncedChanges, recoverOrDiscardUnsyncedChanges, ...
        QString outcome; // "recovered", "discarded", "failed" (recovery off) or "manual"
        int changes = 0; // the unsynced changes recovered or lost
        bool resolved = true; // false while the device waits in error for its app to reset it

        bool operator==(const Reset &o) const
        {
            return at == o.at && protocolError == o.protocolError && mode == o.mode
                && outcome == o.outcome && changes == o.changes && resolved == o.resolved;
        }
    };

    QString id;
    QString sdk;
    QString userId;
    QString platform;
    QString resetMode;
    int unsyncedChanges = 0;
    bool online = true;
    bool session = false; // syncing now
    bool syncedBefore = false; // its local file is known to (or was forgotten by) Sync
    bool needsClientReset = false;
    // How often its user writes a change, whether or not Sync runs (the simulator's devices);
    // 0: not known to write.
    int writeEverySeconds = 0;
    QList<Reset> resets;

    bool operator==(const SyncDevice &o) const
    {
        return id == o.id && sdk == o.sdk && userId == o.userId && platform == o.platform
            && resetMode == o.resetMode && unsyncedChanges == o.unsyncedChanges
            && online == o.online && session == o.session && syncedBefore == o.syncedBefore
            && needsClientReset == o.needsClientReset && writeEverySeconds == o.writeEverySeconds
            && resets == o.resets;
    }
    bool operator!=(const SyncDevice &o) const { return !(*this == o); }
};
