#pragma once

#include "SyncProtocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One App Services log entry of a Sync type (`Logs/SyncError`, `Logs/SyncSessionStart`... in
// the OpenAPI document): the fields are what the console filters, counts and explains; `extra`
// keeps whatever else the server sent, as it sent it. The entry is not kept whole beside its
// fields: held twice, an entry takes 1.6 kB more, 16 MB more for a Logs page of 10,000.
struct SyncLogEntry
{
    QString id; // _id
    QString coId; // co_id, the correlation id
    // Unknown for an entry without a type, and for another kind of log (a function's, a
    // trigger's), whose type is then kept in `extra` as the service sent it.
    SyncLogType type = SyncLogType::Unknown;
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
    QJsonObject extra;

    bool isError() const { return !error.isEmpty(); }
    // An entry of another kind of log than Sync's: the service sends those too when asked for
    // every type.
    bool isOfAnotherKind() const;
    // The type as the service wrote it: a Sync type the console does not know yet keeps its
    // name.
    QString typeWireName() const;

    // The sync protocol error the entry reports (208, 213, 222...), or 0: from the
    // "(ProtocolErrorCode=208)" the service appends to `error`, else from `error_code`. A number
    // the console does not know is given as it is; protocolError() says None for it.
    int protocolErrorCode() const;
    ProtocolError protocolError() const { return SyncProtocol::protocolError(protocolErrorCode()); }
    // The service's `error_code` for a protocol error ("BadClientFileIdent" for 208), or "".
    static QString protocolErrorName(int code);
};

inline bool operator==(const SyncLogEntry &a, const SyncLogEntry &b)
{
    return a.id == b.id && a.started == b.started && a.completed == b.completed && a.type == b.type
        && a.coId == b.coId && a.userId == b.userId && a.error == b.error
        && a.errorCode == b.errorCode && a.messages == b.messages && a.syncQuery == b.syncQuery
        && a.syncSessionMetrics == b.syncSessionMetrics && a.remoteIpAddress == b.remoteIpAddress
        && a.platform == b.platform && a.platformVersion == b.platformVersion
        && a.sdkName == b.sdkName && a.sdkVersion == b.sdkVersion && a.appId == b.appId
        && a.groupId == b.groupId && a.extra == b.extra;
}
inline bool operator!=(const SyncLogEntry &a, const SyncLogEntry &b)
{
    return !(a == b);
}
