#include "SimClient.h"

#include "SimJson.h"

#include <QJsonArray>

using SimJson::integer;
using SimJson::key;

namespace {

struct ModeName
{
    SimClient::ResetMode mode;
    const char *name;
};
constexpr ModeName Modes[] = {
    {SimClient::ResetMode::Recover, "recoverUnsyncedChanges"},
    {SimClient::ResetMode::RecoverOrDiscard, "recoverOrDiscardUnsyncedChanges"},
    {SimClient::ResetMode::Discard, "discardUnsyncedChanges"},
    {SimClient::ResetMode::Manual, "manual"},
};

} // namespace

QString SimClient::modeName(ResetMode mode)
{
    for (const ModeName &m : Modes)
        if (m.mode == mode)
            return key(m.name);
    return {};
}

bool SimClient::modeFromName(const QString &name, ResetMode *mode)
{
    for (const ModeName &m : Modes)
        if (name == QLatin1String(m.name)) {
            *mode = m.mode;
            return true;
        }
    return false;
}

QString SimClient::sdkName() const
{
    if (sdk == QLatin1String("Node.js"))
        return key("Realm JS");
    return QStringLiteral("Realm %1").arg(sdk);
}

QJsonObject SimClient::Reset::toJson() const
{
    return {{key("at"), at}, {key("protocol_error"), protocolError}, {key("mode"), modeName(mode)},
        {key("outcome"), outcome}, {key("changes"), changes}, {key("resolved"), resolved}};
}

SimClient::Reset SimClient::Reset::fromJson(const QJsonObject &o)
{
    Reset r;
    r.at = integer(o, "at");
    r.protocolError = int(integer(o, "protocol_error"));
    modeFromName(o.value(key("mode")).toString(), &r.mode);
    r.outcome = o.value(key("outcome")).toString();
    r.changes = int(integer(o, "changes"));
    r.resolved = o.value(key("resolved")).toBool(true);
    return r;
}

bool SimClient::Reset::operator==(const Reset &o) const
{
    return at == o.at && protocolError == o.protocolError && mode == o.mode && outcome == o.outcome
        && changes == o.changes && resolved == o.resolved;
}

struct SimClient::Written
{
    SimClient fields;
    QJsonObject json;
};

bool SimClient::operator==(const SimClient &o) const
{
    return id == o.id && sdk == o.sdk && sdkVersion == o.sdkVersion && userId == o.userId
        && platform == o.platform && platformVersion == o.platformVersion
        && remoteIpAddress == o.remoteIpAddress && resetMode == o.resetMode
        && unsyncedChanges == o.unsyncedChanges && online == o.online && lastSeen == o.lastSeen
        && offlineUntil == o.offlineUntil && writeEverySeconds == o.writeEverySeconds
        && fileEpoch == o.fileEpoch && session == o.session && connectionId == o.connectionId
        && nextWriteAt == o.nextWriteAt && refusedWhilePaused == o.refusedWhilePaused
        && stuckError == o.stuckError && resets == o.resets;
}

QJsonObject SimClient::toJson() const
{
    if (m_written && m_written->fields == *this)
        return m_written->json;
    auto written = std::make_shared<Written>();
    written->fields = *this;
    written->fields.m_written.reset();
    QJsonArray history;
    for (const Reset &r : resets)
        history.append(r.toJson());
    written->json = QJsonObject {{key("id"), id}, {key("sdk"), sdk}, {key("sdk_version"), sdkVersion},
        {key("user_id"), userId}, {key("platform"), platform},
        {key("platform_version"), platformVersion}, {key("remote_ip_address"), remoteIpAddress},
        {key("client_reset_mode"), modeName(resetMode)}, {key("unsynced_changes"), unsyncedChanges},
        {key("online"), online}, {key("last_seen"), lastSeen}, {key("offline_until"), offlineUntil},
        {key("write_every_s"), writeEverySeconds}, {key("file_epoch"), fileEpoch},
        {key("session"), session}, {key("connection_id"), connectionId},
        {key("next_write_at"), nextWriteAt}, {key("refused_while_paused"), refusedWhilePaused},
        {key("stuck_error"), stuckError}, {key("resets"), history}};
    m_written = written;
    return written->json;
}

SimClient SimClient::fromJson(const QJsonObject &o)
{
    SimClient c;
    c.id = o.value(key("id")).toString();
    c.sdk = o.value(key("sdk")).toString();
    c.sdkVersion = o.value(key("sdk_version")).toString();
    c.userId = o.value(key("user_id")).toString();
    c.platform = o.value(key("platform")).toString();
    c.platformVersion = o.value(key("platform_version")).toString();
    c.remoteIpAddress = o.value(key("remote_ip_address")).toString();
    modeFromName(o.value(key("client_reset_mode")).toString(), &c.resetMode);
    c.unsyncedChanges = int(qBound(qint64(0), integer(o, "unsynced_changes"), qint64(1000000000)));
    c.online = o.value(key("online")).toBool(true);
    c.lastSeen = integer(o, "last_seen");
    c.offlineUntil = integer(o, "offline_until");
    c.writeEverySeconds = int(qBound(qint64(0), integer(o, "write_every_s"), qint64(86400 * 365)));
    c.fileEpoch = int(qBound(qint64(-1), integer(o, "file_epoch"), qint64(1000000000)));
    c.session = o.value(key("session")).toBool();
    c.connectionId = o.value(key("connection_id")).toString();
    c.nextWriteAt = integer(o, "next_write_at");
    c.refusedWhilePaused = o.value(key("refused_while_paused")).toBool();
    c.stuckError = int(integer(o, "stuck_error"));
    for (const QJsonValue &r : o.value(key("resets")).toArray())
        c.resets.append(Reset::fromJson(r.toObject()));
    return c;
}
