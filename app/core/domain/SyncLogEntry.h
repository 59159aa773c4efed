#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One App Services log entry of a Sync type (`Logs/SyncError`, `Logs/SyncSessionStart`... in
// the OpenAPI document). `raw` keeps the whole entry as the server sent it, for the details
// pane; the fields are what the console filters, counts and explains.
struct SyncLogEntry
{
    QString id; // _id
    QString coId; // co_id, the correlation id
    QString type; // SYNC_CONNECTION_START ... SYNC_OTHER
    QString appId;
    QString groupId;
    QDateTime started;
    QDateTime completed;
    QString userId;
    QString remoteIpAddress;
    QString platform;
    QString platformVersion;
    QString sdkName;
    QString sdkVersion;
    QString error;
    QString errorCode;
    QStringList messages;
    QJsonObject syncQuery;
    QJsonObject syncSessionMetrics;
    QJsonObject raw;

    bool isError() const { return !error.isEmpty(); }

    // The sync protocol error the entry reports (208, 213, 222...), or 0: from the
    // "(ProtocolErrorCode=208)" the service appends to `error`, else from `error_code`.
    int protocolErrorCode() const;
    // The service's `error_code` for a protocol error ("BadClientFileIdent" for 208), or "".
    static QString protocolErrorName(int code);
};

inline bool operator==(const SyncLogEntry &a, const SyncLogEntry &b)
{
    return a.raw == b.raw && a.id == b.id;
}
inline bool operator!=(const SyncLogEntry &a, const SyncLogEntry &b)
{
    return !(a == b);
}
