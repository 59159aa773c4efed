#include "SimDeviceRunner.h"

#include "SimApp.h"
#include "SyncProtocol.h"
#include "Utf8.h"

#include <QDateTime>
#include <QJsonArray>

SimDeviceRunner::SimDeviceRunner(SimApp &app, qint64 nowMs, IdSource newId, LogSink log)
    : m_app(app)
    , m_nowMs(nowMs)
    , m_newId(std::move(newId))
    , m_log(std::move(log))
{ }

QString SimDeviceRunner::errorText(ProtocolError error)
{
    // The server ends each text with the error's number, as "(ProtocolErrorCode=N)".
    const int number = SyncProtocol::code(error);
    switch (error) {
    case ProtocolError::BadClientFileIdent:
        return QStringLiteral("client file not found. The server has forgotten about the "
                              "client-side file presented by the client. This is likely due to "
                              "terminating and re-enabling sync. Please wipe the file on the "
                              "client to resume synchronization. (ProtocolErrorCode=%1)")
            .arg(number);
    case ProtocolError::DisabledSession:
        return QStringLiteral("sync is disabled for this app: the session was refused because "
                              "Sync is paused (ProtocolErrorCode=%1)")
            .arg(number);
    case ProtocolError::ClientFileExpired:
        return QStringLiteral("client file has expired: the client was offline longer than the "
                              "client maximum offline time, and the server has compacted the "
                              "history it needed. Please wipe the file on the client to resume "
                              "synchronization. (ProtocolErrorCode=%1)")
            .arg(number);
    default:
        return QStringLiteral("sync protocol error (ProtocolErrorCode=%1)").arg(number);
    }
}

SimDeviceRunner::SyncState SimDeviceRunner::syncState() const
{
    if (m_app.deployed.mode == SyncConfig::Mode::None)
        return SyncState::Terminated;
    return m_app.deployed.state() == SyncConfig::State::Enabled ? SyncState::Enabled
                                                                : SyncState::Paused;
}

bool SimDeviceRunner::step()
{
    for (SimClient &device : m_app.clients) {
        const int unsynced = device.unsyncedChanges;
        const bool online = device.online;
        step(device);
        m_changed = m_changed || unsynced != device.unsyncedChanges || online != device.online;
    }
    return m_changed;
}

void SimDeviceRunner::step(SimClient &device)
{
    const qint64 now = nowS();
    if (!device.online && device.offlineUntil > 0 && now >= device.offlineUntil) {
        device.online = true;
        device.offlineUntil = 0;
    }
    // The device's user keeps working, online or not: a write is local until the device can
    // upload it.
    const bool writes = device.writeEverySeconds > 0 && now >= device.nextWriteAt;
    if (writes)
        device.nextWriteAt = now + device.writeEverySeconds;

    if (!device.online) {
        if (device.session)
            endSession(device, str("connection lost: the device went offline"));
        device.unsyncedChanges += writes ? 1 : 0;
        return;
    }
    if (device.stuckError != 0) {
        device.unsyncedChanges += writes ? 1 : 0;
        return; // it waits in error, without syncing, until the app's code resets it
    }
    const SyncState state = syncState();
    if (state != SyncState::Enabled) {
        if (device.session)
            endSession(device,
                state == SyncState::Paused ? str("session ended: Sync was paused")
                                           : str("session ended: Sync was terminated"));
        if (state == SyncState::Paused && device.fileEpoch != 0 && !device.refusedWhilePaused) {
            refuse(device, ProtocolError::DisabledSession);
            device.refusedWhilePaused = true;
        }
        device.unsyncedChanges += writes ? 1 : 0;
        return;
    }
    device.refusedWhilePaused = false;
    device.unsyncedChanges += writes ? 1 : 0;
    if (!m_app.translatorError.isEmpty())
        return; // nothing is integrated while the translator is stopped: changes pile up
    if (!device.session)
        connect(device);
    else if (device.unsyncedChanges > 0)
        write(device, device.unsyncedChanges, QString());
    if (device.session)
        device.lastSeen = now;
}

void SimDeviceRunner::connect(SimClient &device)
{
    device.connectionId = m_newId();
    log(device, SyncLogType::ConnectionStart);
    const bool stale = device.fileEpoch != 0 && device.fileEpoch != m_app.syncEpoch;
    // Whatever a restored state file says, a day count from 1 to a hundred years.
    const qint64 maxOfflineDays = qBound(qint64(1),
        m_app.deployed.block.value(str("client_max_offline_days")).toInteger(30), qint64(36500));
    const bool expired = !stale && device.fileEpoch != 0 && device.lastSeen != 0
        && nowS() - device.lastSeen > maxOfflineDays * 86400;
    if (stale || expired) {
        const ProtocolError error
            = stale ? ProtocolError::BadClientFileIdent : ProtocolError::ClientFileExpired;
        refuse(device, error);
        reset(device, error);
        return;
    }
    startSession(device);
}

void SimDeviceRunner::startSession(SimClient &device)
{
    device.session = true;
    device.fileEpoch = m_app.syncEpoch;
    device.lastSeen = nowS();
    log(device, SyncLogType::SessionStart,
        {{str("sync_query"), syncQuery(device)},
            {str("sync_session_metrics"),
                QJsonObject {{str("uploads"), 0}, {str("downloads"), 0}}}});
    if (device.unsyncedChanges > 0)
        write(device, device.unsyncedChanges, QString());
}

void SimDeviceRunner::write(SimClient &device, int changesets, const QString &message)
{
    QJsonArray messages;
    if (!message.isEmpty())
        messages.append(message);
    messages.append(QStringLiteral("Upload message contained %1 changeset(s)").arg(changesets));
    log(device, SyncLogType::ClientWrite,
        {{str("messages"), messages}, {str("sync_query"), syncQuery(device)},
            {str("sync_session_metrics"),
                QJsonObject {{str("uploads"), 1}, {str("changesets"), changesets},
                    {str("downloads"), 1}, {str("downloaded_changesets"), 1}}}});
    device.unsyncedChanges = 0;
}

void SimDeviceRunner::endSession(SimClient &device, const QString &why)
{
    log(device, SyncLogType::SessionEnd,
        {{str("messages"), QJsonArray {why}}, {str("sync_query"), syncQuery(device)},
            {str("sync_session_metrics"),
                QJsonObject {{str("uploads"), 0}, {str("downloads"), 0}}}});
    log(device, SyncLogType::ConnectionEnd, {{str("messages"), QJsonArray {why}}});
    device.session = false;
}

void SimDeviceRunner::refuse(SimClient &device, ProtocolError error)
{
    // A paused app refuses a fresh connection; the other errors end the one the device opened.
    const bool paused = error == ProtocolError::DisabledSession;
    if (device.connectionId.isEmpty() || paused)
        device.connectionId = m_newId();
    if (paused)
        log(device, SyncLogType::ConnectionStart);
    log(device, SyncLogType::Error,
        {{str("error"), errorText(error)}, {str("error_code"), SyncProtocol::errorName(error)},
            {str("messages"),
                QJsonArray {
                    QStringLiteral("Ending session with error: %1").arg(errorText(error))}}});
    if (paused)
        log(device, SyncLogType::ConnectionEnd,
            {{str("messages"), QJsonArray {str("connection closed: Sync is paused")}}});
}

void SimDeviceRunner::reset(SimClient &device, ProtocolError error)
{
    const bool recoveryOff
        = m_app.deployed.block.value(str("is_recovery_mode_disabled")).toBool(false);
    SimClient::Reset r;
    r.at = nowS();
    r.protocolError = SyncProtocol::code(error);
    r.mode = device.resetMode;
    r.changes = device.unsyncedChanges;
    switch (device.resetMode) {
    case SimClient::ResetMode::Manual:
        r.outcome = str("manual");
        r.resolved = false;
        break;
    case SimClient::ResetMode::Recover:
        r.outcome = recoveryOff ? str("failed") : str("recovered");
        r.resolved = !recoveryOff;
        break;
    case SimClient::ResetMode::RecoverOrDiscard:
        r.outcome = recoveryOff ? str("discarded") : str("recovered");
        break;
    case SimClient::ResetMode::Discard:
        r.outcome = str("discarded");
        break;
    }
    device.resets.append(r);
    if (!r.resolved) {
        // The SDK hands the error to the app's handler and stops syncing until it resets.
        device.stuckError = SyncProtocol::code(error);
        log(device, SyncLogType::ConnectionEnd,
            {{str("messages"),
                QJsonArray {QStringLiteral("connection closed: the client must reset (%1 mode)")
                                .arg(SimClient::modeName(device.resetMode))}}});
        return;
    }
    const bool recovered = r.outcome == str("recovered");
    log(device, SyncLogType::Other,
        {{str("messages"),
            QJsonArray {recovered
                    ? QStringLiteral("Client reset (%1): the client downloaded a fresh copy and "
                                     "recovered %2 unsynced change(s)")
                          .arg(SimClient::modeName(device.resetMode))
                          .arg(r.changes)
                    : QStringLiteral("Client reset (%1): the client downloaded a fresh copy and "
                                     "discarded %2 unsynced change(s)")
                          .arg(SimClient::modeName(device.resetMode))
                          .arg(r.changes)}}});
    log(device, SyncLogType::ConnectionEnd,
        {{str("messages"), QJsonArray {str("connection closed for a client reset")}}});
    if (!recovered)
        device.unsyncedChanges = 0;
    device.connectionId = m_newId();
    log(device, SyncLogType::ConnectionStart);
    startSession(device);
}

void SimDeviceRunner::disconnect(SimClient &device, const QString &why)
{
    if (device.session)
        endSession(device, why);
}

void SimDeviceRunner::resetManually(SimClient &device)
{
    if (device.stuckError == 0)
        return;
    for (qsizetype i = device.resets.size() - 1; i >= 0; --i)
        if (!device.resets[i].resolved) {
            device.resets[i].resolved = true;
            device.resets[i].changes = device.unsyncedChanges;
            break;
        }
    // The SDK reports the reset when the fresh file connects, as after any other reset.
    device.connectionId = m_newId();
    log(device, SyncLogType::ConnectionStart);
    log(device, SyncLogType::Other,
        {{str("messages"),
            QJsonArray {QStringLiteral("Client reset (%1): the app deleted its local file and "
                                       "discarded %2 unsynced change(s)")
                            .arg(SimClient::modeName(device.resetMode))
                            .arg(device.unsyncedChanges)}}});
    log(device, SyncLogType::ConnectionEnd,
        {{str("messages"), QJsonArray {str("connection closed for a client reset")}}});
    device.unsyncedChanges = 0;
    device.stuckError = 0;
    device.fileEpoch = 0; // a fresh file, which the next step syncs from scratch
}

QJsonObject SimDeviceRunner::syncQuery(const SimClient &device) const
{
    if (m_app.deployed.mode == SyncConfig::Mode::PartitionBased)
        return {}; // Partition-Based sessions have no subscriptions
    return {{str("Item"), QStringLiteral("(owner_id == \"%1\")").arg(device.userId)}};
}

SimLogEntry SimDeviceRunner::deviceEntry(const QString &id, const SimApp &app,
    const SimClient &device, qint64 ms, SyncLogType type, const QString &connectionId,
    QJsonObject fields)
{
    fields.insert(str("_id"), id);
    fields.insert(str("co_id"), connectionId);
    fields.insert(str("domain_id"), app.id);
    fields.insert(str("app_id"), app.id);
    fields.insert(str("group_id"), app.groupId);
    fields.insert(str("type"), SyncProtocol::wireName(type));
    fields.insert(str("started"), SimLogEntry::iso(ms));
    fields.insert(str("completed"), SimLogEntry::iso(ms));
    fields.insert(str("user_id"), device.userId);
    fields.insert(str("remote_ip_address"), device.remoteIpAddress);
    fields.insert(str("platform"), device.platform);
    fields.insert(str("platform_version"), device.platformVersion);
    fields.insert(str("sdk_name"), device.sdkName());
    fields.insert(str("sdk_version"), device.sdkVersion);
    return {ms, fields};
}

void SimDeviceRunner::log(const SimClient &device, SyncLogType type, QJsonObject fields)
{
    m_log(m_app, deviceEntry(m_newId(), m_app, device, m_nowMs, type, device.connectionId, fields));
    m_changed = true;
}
