#pragma once

#include "SimBackend.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Sync log entries staged in the simulator, shaped as the service writes them: four devices
// (each its own user, SDK and platform) connecting, starting sessions, writing and ending them;
// every seventh entry (i % 7 == 3) an error, mostly protocol error 208 (a device back after a
// terminate), now and then 222 (offline too long). Entry i is "log" and i in six digits.
namespace LogStaging {

struct Device
{
    const char *user, *sdk, *sdkVersion, *platform, *platformVersion, *ip;
};
inline const Device devices[] = {
    {"6560a1f0c0ffee0000000001", "Realm Kotlin", "1.16.0", "Android", "14", "203.0.113.21"},
    {"6560a1f0c0ffee0000000002", "Realm Swift", "10.54.0", "iOS", "17.5", "203.0.113.34"},
    {"6560a1f0c0ffee0000000003", "Realm JS", "12.13.1", "Electron", "31.2.0", "198.51.100.7"},
    {"6560a1f0c0ffee0000000004", "Realm .NET", "12.4.0", "Windows", "11", "198.51.100.52"},
};

inline QString user(int i)
{
    return QString::fromLatin1(devices[i % 4].user);
}

inline bool isError(int i)
{
    return i % 7 == 3;
}

inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

inline QJsonObject entry(int i, qint64 startedMs, bool error)
{
    static const char *types[] = {"SYNC_CONNECTION_START", "SYNC_SESSION_START",
        "SYNC_CLIENT_WRITE", "SYNC_SESSION_END", "SYNC_CONNECTION_END"};
    const Device &d = devices[i % 4];
    const QString type = QString::fromLatin1(error ? "SYNC_ERROR" : types[i % 5]);
    QJsonObject e {{QStringLiteral("_id"), QStringLiteral("log%1").arg(i, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("co_id"), QStringLiteral("65f1c0de%1").arg(i, 16, 16, QLatin1Char('0'))},
        {QStringLiteral("domain_id"), QStringLiteral("6560f0c0d0d0d0d0d0d0d0d0")},
        {QStringLiteral("app_id"), QStringLiteral("6560f0c00000000000000001")},
        {QStringLiteral("group_id"), QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e")},
        {QStringLiteral("type"), type}, {QStringLiteral("started"), iso(startedMs)},
        {QStringLiteral("completed"), iso(startedMs + 3 + i % 40)},
        {QStringLiteral("user_id"), QString::fromLatin1(d.user)},
        {QStringLiteral("remote_ip_address"), QString::fromLatin1(d.ip)},
        {QStringLiteral("platform"), QString::fromLatin1(d.platform)},
        {QStringLiteral("platform_version"), QString::fromLatin1(d.platformVersion)},
        {QStringLiteral("sdk_name"), QString::fromLatin1(d.sdk)},
        {QStringLiteral("sdk_version"), QString::fromLatin1(d.sdkVersion)},
        {QStringLiteral("status"), 0}};
    const QJsonObject query {{QStringLiteral("Item"),
        QStringLiteral("(owner_id == \"%1\")").arg(QLatin1String(d.user))}};
    const QJsonObject metrics {{QStringLiteral("uploads"), i % 4},
        {QStringLiteral("downloads"), 2 + i % 6}, {QStringLiteral("changesets"), i % 4},
        {QStringLiteral("downloaded_changesets"), 1 + i % 5},
        {QStringLiteral("downloaded_changesets_size"), 1200 + (i * 37) % 5000}};
    if (error) {
        const bool expired = (i / 7) % 4 == 2;
        const QString words = expired
            ? QStringLiteral("client file has expired, likely due to the device being offline "
                             "longer than the client max offline time (ProtocolErrorCode=222)")
            : QStringLiteral("client file not found. The server has forgotten about the "
                             "client-side file presented by the client. This is likely due to "
                             "terminating and re-enabling sync. Please wipe the file on the "
                             "client to resume synchronization. (ProtocolErrorCode=208)");
        e.insert(QStringLiteral("error"), words);
        e.insert(QStringLiteral("error_code"),
            expired ? QStringLiteral("ClientFileExpired") : QStringLiteral("BadClientFileIdent"));
        e.insert(QStringLiteral("messages"),
            QJsonArray {QStringLiteral("Ending session with error: %1").arg(words)});
    } else if (type == QLatin1String("SYNC_SESSION_START")) {
        e.insert(QStringLiteral("sync_query"), query);
    } else if (type == QLatin1String("SYNC_CLIENT_WRITE")) {
        e.insert(QStringLiteral("messages"),
            QJsonArray {QStringLiteral("Upload message contained %1 changeset(s)").arg(1 + i % 3),
                QStringLiteral("Integrated %1 of %1 remaining changeset(s)").arg(1 + i % 3)});
        e.insert(QStringLiteral("sync_query"), query);
        e.insert(QStringLiteral("sync_session_metrics"), metrics);
    } else if (type == QLatin1String("SYNC_SESSION_END")) {
        e.insert(QStringLiteral("messages"),
            QJsonArray {QStringLiteral("Session was active for: %1s").arg(30 + i % 200)});
        e.insert(QStringLiteral("sync_query"), query);
        e.insert(QStringLiteral("sync_session_metrics"), metrics);
    } else if (type == QLatin1String("SYNC_CONNECTION_END")) {
        e.insert(QStringLiteral("messages"),
            QJsonArray {QStringLiteral("Connection was active for: %1s").arg(60 + i % 300)});
    }
    return e;
}

struct Staged
{
    QString id;
    qint64 startedMs;
    bool error;
};

// Appends entries firstIndex to firstIndex + count - 1, over the last hour of the simulator's
// clock, in the order they happened; runs of three share a millisecond, so that pages end
// inside such a run. Starting at 0 clears the app's logs first (its devices' own entries).
inline QList<Staged> stage(SimBackend &backend, SimApp &app, int count, int firstIndex = 0)
{
    if (firstIndex == 0)
        app.logs.clear();
    const qint64 base = backend.now().toMSecsSinceEpoch() - 3600 * 1000;
    QList<Staged> out;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        const qint64 started = base + qint64(i / 3) * 7;
        const QJsonObject json = entry(i, started, isError(i));
        backend.appendLog(app, SimLogEntry {started, json});
        out.append({json.value(QStringLiteral("_id")).toString(), started, isError(i)});
    }
    return out;
}

} // namespace LogStaging
