#include "ClientResetPreview.h"

#include "Sentences.h"

#include <QStringList>

ClientResetPreview ClientResetPreview::from(
    const QList<SyncDevice> &devices, bool recoveryOn, int waitSeconds)
{
    ClientResetPreview p;
    p.recoveryOn = recoveryOn;
    for (const SyncDevice &d : devices) {
        if (!d.syncedBefore)
            continue;
        ++p.willReset;
        const bool manual = d.resetMode == QLatin1String("manual");
        const bool recoverOnly = d.resetMode == QLatin1String("recoverUnsyncedChanges");
        const bool recoverOrDiscard
            = d.resetMode == QLatin1String("recoverOrDiscardUnsyncedChanges");
        if (manual || (recoverOnly && !recoveryOn)) {
            p.waits.append({d.sdk, d.resetMode, d.unsyncedChanges});
            // What a device waiting in error holds is counted with the holders below.
        }
        // Its user keeps working while Sync is off: it holds changes when it resets.
        const bool writing = d.writeEverySeconds > 0 && d.writeEverySeconds <= waitSeconds;
        if (d.unsyncedChanges <= 0 && !writing)
            continue;
        if (d.unsyncedChanges > 0) {
            ++p.holders;
            p.changes += d.unsyncedChanges;
        } else {
            ++p.willHold;
        }
        if (manual || (recoverOnly && !recoveryOn))
            continue;
        if ((recoverOnly || recoverOrDiscard) && recoveryOn) {
            ++p.willRecover;
            p.recoverChanges += d.unsyncedChanges;
        } else {
            p.losses.append({d.sdk, d.resetMode, d.unsyncedChanges});
        }
    }
    return p;
}

QString ClientResetPreview::modeLabel(const QString &mode)
{
    if (mode == QLatin1String("recoverUnsyncedChanges"))
        return tr("recover", "client reset mode");
    if (mode == QLatin1String("recoverOrDiscardUnsyncedChanges"))
        return tr("recover-or-discard", "client reset mode");
    if (mode == QLatin1String("discardUnsyncedChanges"))
        return tr("discard", "client reset mode");
    if (mode == QLatin1String("manual"))
        return tr("manual", "client reset mode");
    return mode;
}

QString ClientResetPreview::text() const
{
    if (willReset == 0)
        return tr("No device has synced with this app yet, so none will need a client reset.");
    QStringList sentences;
    sentences.append(tr("%n device(s) will need a client reset.", nullptr, willReset));
    if (holders == 0)
        sentences.append(tr("None of them holds unsynced changes."));
    else
        sentences.append(
            tr("%n of them hold(s) unsynced changes, %1 in all.", nullptr, holders).arg(changes));
    if (willHold > 0)
        sentences.append(tr("%n of them will hold changes by the time they reset, as their users "
                            "keep working while Sync is off.",
            nullptr, willHold));
    if (!recoveryOn && holders + willHold > 0)
        sentences.append(tr("Client recovery is off for this app."));
    if (willRecover > 0)
        sentences.append(tr("With client recovery on, %n of them will recover their changes.",
            nullptr, willRecover));
    for (const Loss &l : losses)
        sentences.append(l.changes > 0
                ? tr("The %1 device (%2 mode) will lose %n change(s).", nullptr, l.changes)
                      .arg(l.sdk, modeLabel(l.mode))
                : tr("The %1 device (%2 mode) will lose the changes its user makes until then.")
                      .arg(l.sdk, modeLabel(l.mode)));
    for (const Loss &w : waits)
        sentences.append(tr("The %1 device (%2 mode) will stop syncing until its app resets it.")
                             .arg(w.sdk, modeLabel(w.mode)));
    return Sentences::join(sentences);
}
