#pragma once

#include <QString>

// A device that syncs with the app. Only the built-in simulator can list them; the Admin API
// has no such call.
struct SyncDevice
{
    QString id;
    QString sdk;
    int unsyncedChanges = 0;
    bool needsClientReset = false;
};

inline bool operator==(const SyncDevice &a, const SyncDevice &b)
{
    return a.id == b.id && a.sdk == b.sdk && a.unsyncedChanges == b.unsyncedChanges
        && a.needsClientReset == b.needsClientReset;
}
inline bool operator!=(const SyncDevice &a, const SyncDevice &b)
{
    return !(a == b);
}
