#include "ClientResetPreview.h"

#include <QStringList>

ClientResetPreview ClientResetPreview::from(const QList<SyncDevice> &devices, bool recoveryOn)
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
        if (d.unsyncedChanges <= 0)
            continue;
        ++p.holders;
        p.changes += d.unsyncedChanges;
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
        return tr("recover");
    if (mode == QLatin1String("recoverOrDiscardUnsyncedChanges"))
        return tr("recover-or-discard");
    if (mode == QLatin1String("discardUnsyncedChanges"))
        return tr("discard");
    if (mode == QLatin1String("manual"))
        return tr("manual");
    return mode;
}

QString ClientResetPreview::text() const
{
    if (willReset == 0)
        return tr("No device has synced with this app yet, so none will need a client reset.");
    QStringList parts;
    parts.append(tr("%n device(s) will reset", nullptr, willReset));
    if (holders == 0) {
        parts.append(tr("none holds unsynced changes"));
    } else {
        parts.append(tr("%n hold(s) unsynced changes", nullptr, holders) + QLatin1Char(' ')
            + tr("(%n change(s))", nullptr, changes));
        QStringList outcome;
        if (willRecover > 0)
            outcome.append(tr("%n of them will recover", nullptr, willRecover));
        for (const Loss &l : losses)
            outcome.append(tr("1 (%1, %2 mode) will lose %n change(s)", nullptr, l.changes)
                               .arg(l.sdk, modeLabel(l.mode)));
        if (!outcome.isEmpty())
            parts.append(
                (recoveryOn ? tr("with client recovery on, ") : tr("with client recovery off, "))
                + outcome.join(tr(" and ")));
    }
    QString sentence = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    for (const Loss &w : waits)
        sentence += QLatin1Char(' ')
            + tr("The %1 device (%2 mode) will stop syncing until its app resets it.")
                  .arg(w.sdk, modeLabel(w.mode));
    return sentence;
}
