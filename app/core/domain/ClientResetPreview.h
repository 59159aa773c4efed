#pragma once

#include "SyncDevice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What terminating and re-enabling Sync will do to the devices, before the admin confirms:
// "5 devices will reset; 2 hold unsynced changes (9 changes); with client recovery on, 1 of
// them will recover and 1 (.NET, discard mode) will lose 2 changes". From the simulator's
// devices and the app's recovery setting (`is_recovery_mode_disabled`).
struct ClientResetPreview
{
    Q_DECLARE_TR_FUNCTIONS(ClientResetPreview)

public:
    struct Loss
    {
        QString sdk;
        QString mode;
        int changes = 0;
    };

    bool recoveryOn = true;
    int willReset = 0; // every device that synced before
    int holders = 0; // of them, those holding unsynced changes
    int changes = 0;
    // Devices holding nothing now whose users keep writing: by the end of the wait before
    // re-enabling they hold changes too, and reset with them.
    int willHold = 0;
    int willRecover = 0; // holders then whose mode recovers with the app's setting
    int recoverChanges = 0;
    QList<Loss> losses; // holders then that will discard their changes (0: made until then)
    QList<Loss> waits; // devices that will wait in error for their app (manual, or recovery off)

    // `waitSeconds`: how long Sync stays off before it is enabled again (support recommends
    // ten minutes); a device that writes at least that often holds changes when it resets.
    static ClientResetPreview from(
        const QList<SyncDevice> &devices, bool recoveryOn, int waitSeconds = 600);
    // The sentence the terminate dialog shows.
    QString text() const;
    // "discard" for discardUnsyncedChanges, as the sentence names a mode.
    static QString modeLabel(const QString &mode);
};
