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
