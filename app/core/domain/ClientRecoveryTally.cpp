#include "ClientRecoveryTally.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace {
// The refusals after Sync came back that a device answers with a client reset: its file is
// unknown (terminated and re-enabled) or too old (offline past the limit).
bool refusesUntilReset(ProtocolError error)
{
    return error == ProtocolError::BadClientFileIdent || error == ProtocolError::ClientFileExpired;
}
} // namespace

ClientRecoveryTally ClientRecoveryTally::fromDevices(
    const QList<SyncDevice> &devices, const QDateTime &since)
{
    ClientRecoveryTally t;
    t.source = Source::Devices;
    t.since = since;
    for (const SyncDevice &d : devices) {
        const SyncDevice::Reset *last = nullptr;
        bool waiting = false;
        for (const SyncDevice::Reset &r : d.resets) {
            if (r.at >= since)
                last = &r;
            waiting = waiting || !r.resolved;
        }
        if (waiting) {
            // Refused now or before Sync came back: it syncs nothing until its app resets it.
            ++t.stuck;
            t.reconnected += last ? 1 : 0; // it came back, and was refused
            t.reset += last ? 1 : 0;
            continue;
        }
        if (!last) {
            if (d.session)
                ++t.reconnected;
            else if (d.syncedBefore)
                ++t.notBack;
            continue;
        }
        ++t.reconnected;
        ++t.reset;
        if (last->changes <= 0)
            continue; // nothing to recover or lose
        if (last->outcome == QLatin1String("recovered")) {
            ++t.recovered;
            t.recoveredChanges += last->changes;
        } else {
            // Discarded, or reset by the app's code after waiting in error: the file is gone.
            ++t.discarded;
            t.lostChanges += last->changes;
        }
    }
    return t;
}

ClientRecoveryTally ClientRecoveryTally::fromLogs(
    const QList<SyncLogEntry> &entries, const QDateTime &since)
{
    // Logs name no device: a user on a platform with an SDK stands for one.
    struct Seen
    {
        bool connected = false;
        QDateTime resetAt; // the last refusal until a reset (208 or 222)
        QDateTime backAt; // the last session start
        QString outcome; // from the client reset entry, when the logs have one
        int changes = 0;
    };
    QList<SyncLogEntry> ordered;
    for (const SyncLogEntry &e : entries)
        if (e.started >= since)
            ordered.append(e);
    // Entries of one millisecond come in any order (the service pages newest first, errors
    // apart): within one, take them in the order a connection goes through.
    const auto rank = [](const SyncLogEntry &e) {
        static const QList<SyncLogType> order {SyncLogType::ConnectionStart, SyncLogType::Error,
            SyncLogType::Other, SyncLogType::ConnectionEnd, SyncLogType::SessionStart,
            SyncLogType::ClientWrite, SyncLogType::SessionEnd};
        return order.indexOf(e.type);
    };
    std::stable_sort(
        ordered.begin(), ordered.end(), [&rank](const SyncLogEntry &a, const SyncLogEntry &b) {
            return a.started != b.started ? a.started < b.started : rank(a) < rank(b);
        });

    static const QRegularExpression said(
        QStringLiteral("(recovered|discarded) (\\d+) unsynced change"));
    QHash<QString, Seen> devices;
    for (const SyncLogEntry &e : std::as_const(ordered)) {
        Seen &s = devices[e.userId + QLatin1Char('|') + e.platform + QLatin1Char('|') + e.sdkName];
        if (e.type == SyncLogType::ConnectionStart)
            s.connected = true;
        if (e.type == SyncLogType::Error && refusesUntilReset(e.protocolError())) {
            s.resetAt = e.started;
            s.outcome.clear();
            s.changes = 0;
        } else if (e.type == SyncLogType::SessionStart) {
            s.backAt = e.started;
        } else if (e.type == SyncLogType::Other && s.resetAt.isValid()) {
            for (const QString &m : e.messages) {
                const QRegularExpressionMatch match = said.match(m);
                if (match.hasMatch()) {
                    s.outcome = match.captured(1);
                    s.changes = match.captured(2).toInt();
                }
            }
        }
    }
    ClientRecoveryTally t;
    t.source = Source::Logs;
    t.since = since;
    t.notBack = Unknown;
    for (const Seen &s : std::as_const(devices)) {
        t.reconnected += s.connected ? 1 : 0;
        if (!s.resetAt.isValid())
            continue;
        ++t.reset;
        if (!s.backAt.isValid() || s.backAt < s.resetAt) {
            ++t.stuck;
        } else if (s.outcome.isEmpty()) {
            ++t.unknownOutcome; // the service's own logs: the SDK's reset is not in them
        } else if (s.changes > 0 && s.outcome == QLatin1String("recovered")) {
            ++t.recovered;
            t.recoveredChanges += s.changes;
        } else if (s.changes > 0) {
            ++t.discarded;
            t.lostChanges += s.changes;
        }
    }
    if (t.unknownOutcome > 0)
        t.lostChanges = Unknown;
    return t;
}
