#include "SimDeviceControl.h"

#include "SimBackend.h"
#include "SimDeviceRunner.h"
#include "SimLogQuery.h"
#include "Utf8.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// A whole number from `low` to `high` in `value`, or false.
bool wholeNumber(const QJsonValue &value, qint64 low, qint64 high, qint64 *out)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < double(low) || d > double(high) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

// Why `body` is no set of device fields (an unknown field, a text too long), or "".
QString malformedFields(const QJsonObject &body)
{
    static const QStringList known {str("id"), str("sdk"), str("sdk_version"), str("user_id"),
        str("platform"), str("platform_version"), str("remote_ip_address"), str("synced"),
        str("online"), str("unsynced_changes"), str("offline_days"), str("client_reset_mode"),
        str("write_every_s")};
    static const QStringList text {str("id"), str("sdk"), str("sdk_version"), str("user_id"),
        str("platform"), str("platform_version"), str("remote_ip_address"),
        str("client_reset_mode")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown device field \u201c%1\u201d").arg(it.key());
        if (text.contains(it.key())
            && (!it.value().isString() || it.value().toString().size() > 200))
            return QStringLiteral("%1 must be a string of at most 200 characters").arg(it.key());
    }
    if (body.contains(str("synced")) && !body.value(str("synced")).isBool())
        return str("synced must be true or false");
    if (body.contains(str("online")) && !body.value(str("online")).isBool())
        return str("online must be true or false");
    return {};
}

} // namespace

SimDeviceControl::SimDeviceControl(SimBackend &backend)
    : m_backend(backend)
{ }

QJsonObject SimDeviceControl::deviceJson(const SimApp &app, int index)
{
    const SimClient &c = app.clients[index];
    QJsonObject o = c.toJson();
    o.insert(str("needs_client_reset"), app.needsClientReset(c));
    return o;
}

int SimDeviceControl::deviceIndex(const SimApp &app, const QString &id)
{
    for (int i = 0; i < app.clients.size(); ++i)
        if (app.clients[i].id == id)
            return i;
    return -1;
}

SimReply SimDeviceControl::list(const SimApp &app) const
{
    QJsonArray devices;
    for (int i = 0; i < app.clients.size(); ++i)
        devices.append(deviceJson(app, i));
    return SimReply::json(200, devices);
}

SimReply SimDeviceControl::add(SimApp &app, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? add(app, document.object())
                               : SimReply::badRequest(str("the body must be a JSON device"));
}

SimReply SimDeviceControl::change(SimApp &app, int index, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? change(app, index, document.object())
                               : SimReply::badRequest(str("the body must be a JSON object"));
}

SimReply SimDeviceControl::remove(SimApp &app, int index)
{
    m_backend.deviceRunner(app).disconnect(
        app.clients[index], str("connection closed: the device was removed"));
    app.clients.removeAt(index);
    m_backend.devicesEdited(app);
    return SimReply::noContent();
}

SimReply SimDeviceControl::resetManually(SimApp &app, int index)
{
    if (app.clients[index].stuckError == 0)
        return SimReply::error(409,
            str("the device is not waiting in error; only a device in manual mode or "
                "with recovery off waits for its app to reset it"),
            str("DeviceNotInError"));
    m_backend.deviceRunner(app).resetManually(app.clients[index]);
    m_backend.devicesEdited(app);
    return SimReply::json(200, deviceJson(app, index));
}

SimReply SimDeviceControl::add(SimApp &app, const QJsonObject &body)
{
    const QString id = body.value(str("id")).toString();
    static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    if (!idForm.match(id).hasMatch())
        return SimReply::badRequest(
            QStringLiteral("a device needs an \u201cid\u201d of 1 to 100 letters, digits, "
                           "dots, dashes or underscores"));
    if (deviceIndex(app, id) >= 0)
        return SimReply::error(
            409, QStringLiteral("the device %1 exists already").arg(id), str("DeviceExists"));
    if (app.clients.size() >= 1000)
        return SimReply::error(
            409, str("an app has at most 1000 simulated devices"), str("TooManyDevices"));
    SimClient c;
    c.id = id;
    c.sdk = body.value(str("sdk")).toString(str("Kotlin"));
    c.sdkVersion = body.value(str("sdk_version")).toString(str("1.16.0"));
    c.userId = body.value(str("user_id")).toString(m_backend.newId());
    c.platform = body.value(str("platform")).toString(str("Android"));
    c.platformVersion = body.value(str("platform_version")).toString(str("14"));
    c.remoteIpAddress = body.value(str("remote_ip_address")).toString(str("203.0.113.99"));
    c.lastSeen = m_backend.now().toSecsSinceEpoch();
    c.fileEpoch = body.value(str("synced")).toBool(false) ? app.syncEpoch : 0;
    app.clients.append(c);
    const int index = int(app.clients.size() - 1);
    SimReply changed = change(app, index, body);
    if (changed.status != 200) {
        app.clients.removeAt(index);
        return changed;
    }
    changed.status = 201;
    return changed;
}

SimReply SimDeviceControl::change(SimApp &app, int index, const QJsonObject &body)
{
    if (const QString problem = malformedFields(body); !problem.isEmpty())
        return SimReply::badRequest(problem);
    SimClient c = app.clients[index];
    if (const QString problem = apply(app, index, body, c); !problem.isEmpty())
        return SimReply::badRequest(problem);
    app.clients[index] = c;
    m_backend.devicesEdited(app);
    return SimReply::json(200, deviceJson(app, index));
}

QString SimDeviceControl::apply(SimApp &app, int index, const QJsonObject &body, SimClient &c)
{
    const qint64 now = m_backend.now().toSecsSinceEpoch();
    if (body.contains(str("online"))) {
        c.online = body.value(str("online")).toBool();
        c.offlineUntil = 0;
    }
    qint64 n = 0;
    if (body.contains(str("unsynced_changes"))) {
        if (!wholeNumber(body.value(str("unsynced_changes")), 0, 1000000, &n))
            return str("unsynced_changes must be a whole number from 0 to 1000000");
        c.unsyncedChanges = int(n);
    }
    if (body.contains(str("offline_days"))) {
        // The device was last in touch with the server this many days ago and is offline now.
        if (!wholeNumber(body.value(str("offline_days")), 0, 36500, &n))
            return str("offline_days must be a whole number from 0 to 36500");
        // It went away `n` days ago: its session ends (now, as far as the log can tell).
        m_backend.deviceRunner(app).disconnect(
            app.clients[index], str("connection lost: the device went offline"));
        c.session = false;
        c.connectionId = app.clients[index].connectionId;
        c.lastSeen = now - n * 86400;
        c.online = body.value(str("online")).toBool(false);
    }
    if (body.contains(str("client_reset_mode"))
        && !SimClient::modeFromName(body.value(str("client_reset_mode")).toString(), &c.resetMode))
        return str("client_reset_mode must be recoverUnsyncedChanges, "
                   "recoverOrDiscardUnsyncedChanges, discardUnsyncedChanges or manual");
    if (body.contains(str("write_every_s"))) {
        if (!wholeNumber(body.value(str("write_every_s")), 0, 86400, &n))
            return str("write_every_s must be a whole number from 0 to 86400");
        c.writeEverySeconds = int(n);
        c.nextWriteAt = now + n;
    }
    return {};
}

SimReply SimDeviceControl::addLogs(SimApp &app, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray())
        return SimReply::badRequest(str("the body must be a JSON array of log entries"));
    const QJsonArray entries = document.array();
    if (entries.size() > 100000)
        return SimReply::badRequest(str("at most 100000 entries at a time"));
    QList<SimLogEntry> parsed;
    for (const QJsonValue &v : entries) {
        QJsonObject e = v.toObject();
        const qint64 started = SimLogEntry::parseTime(e.value(str("started")).toString());
        if (!v.isObject() || started < 0
            || !SimLogQuery::knownTypes().contains(e.value(str("type")).toString()))
            return SimReply::badRequest(
                QStringLiteral("each entry needs a known \u201ctype\u201d and an ISO 8601 "
                               "\u201cstarted\u201d"));
        // An id of the simulator's own form is one it hands out: one from the future would
        // be handed out again (and the state file refused at the next start).
        quint64 count = 0;
        if (SimWorld::idCount(e.value(str("_id")).toString(), &count) && count >= m_backend.nextId())
            return SimReply::badRequest(QStringLiteral("the _id %1 has the form of the simulator's own ids "
                                             "and is not one it handed out")
                                  .arg(e.value(str("_id")).toString()));
        if (!e.contains(str("_id")))
            e.insert(str("_id"), m_backend.newId());
        e.insert(str("app_id"), app.id);
        e.insert(str("group_id"), app.groupId);
        parsed.append({started, e});
    }
    m_backend.appendLogs(app, std::move(parsed));
    m_backend.devicesEdited(app);
    return SimReply::json(201, QJsonObject {{str("added"), entries.size()}});
}
