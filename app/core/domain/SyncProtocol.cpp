#include "SyncProtocol.h"

namespace {

struct LogTypeName
{
    SyncLogType type;
    const char *wire;
};
constexpr LogTypeName LogTypes[] = {
    {SyncLogType::ConnectionStart, "SYNC_CONNECTION_START"},
    {SyncLogType::ConnectionEnd, "SYNC_CONNECTION_END"},
    {SyncLogType::SessionStart, "SYNC_SESSION_START"},
    {SyncLogType::SessionEnd, "SYNC_SESSION_END"},
    {SyncLogType::ClientWrite, "SYNC_CLIENT_WRITE"},
    {SyncLogType::Error, "SYNC_ERROR"},
    {SyncLogType::Other, "SYNC_OTHER"},
};

struct ErrorName
{
    ProtocolError error;
    const char *name;
};
constexpr ErrorName Errors[] = {
    {ProtocolError::SessionClosed, "SessionClosed"},
    {ProtocolError::TokenExpired, "TokenExpired"},
    {ProtocolError::BadAuthentication, "BadAuthentication"},
    {ProtocolError::PermissionDenied, "PermissionDenied"},
    {ProtocolError::BadClientFileIdent, "BadClientFileIdent"},
    {ProtocolError::BadServerVersion, "BadServerVersion"},
    {ProtocolError::BadClientVersion, "BadClientVersion"},
    {ProtocolError::DivergingHistories, "DivergingHistories"},
    {ProtocolError::BadChangeset, "BadChangeset"},
    {ProtocolError::DisabledSession, "DisabledSession"},
    {ProtocolError::BadClientFile, "BadClientFile"},
    {ProtocolError::ClientFileExpired, "ClientFileExpired"},
    {ProtocolError::UserMismatch, "UserMismatch"},
    {ProtocolError::TooManySessions, "TooManySessions"},
    {ProtocolError::InvalidSchemaChange, "InvalidSchemaChange"},
    {ProtocolError::BadQuery, "BadQuery"},
    {ProtocolError::WriteNotAllowed, "WriteNotAllowed"},
    {ProtocolError::CompensatingWrite, "CompensatingWrite"},
};

} // namespace

namespace SyncProtocol {

QString wireName(SyncLogType type)
{
    for (const LogTypeName &t : LogTypes)
        if (t.type == type)
            return QLatin1String(t.wire);
    return {};
}

SyncLogType logTypeFromWire(QStringView wire)
{
    for (const LogTypeName &t : LogTypes)
        if (wire == QLatin1String(t.wire))
            return t.type;
    return SyncLogType::Unknown;
}

bool isSyncLogType(QStringView wire)
{
    return wire.startsWith(QLatin1String("SYNC_"));
}

QList<SyncLogType> logTypes()
{
    QList<SyncLogType> out;
    for (const LogTypeName &t : LogTypes)
        out.append(t.type);
    return out;
}

QStringList logTypeWireNames()
{
    QStringList out;
    for (const LogTypeName &t : LogTypes)
        out.append(QLatin1String(t.wire));
    return out;
}

int code(ProtocolError error)
{
    return int(error);
}

ProtocolError protocolError(int code)
{
    for (const ErrorName &e : Errors)
        if (int(e.error) == code)
            return e.error;
    return ProtocolError::None;
}

QString errorName(ProtocolError error)
{
    for (const ErrorName &e : Errors)
        if (e.error == error)
            return QLatin1String(e.name);
    return {};
}

ProtocolError protocolErrorFromName(QStringView name)
{
    for (const ErrorName &e : Errors)
        if (name == QLatin1String(e.name))
            return e.error;
    return ProtocolError::None;
}

bool needsClientReset(ProtocolError error)
{
    switch (error) {
    case ProtocolError::BadClientFileIdent:
    case ProtocolError::BadServerVersion:
    case ProtocolError::BadClientVersion:
    case ProtocolError::DivergingHistories:
    case ProtocolError::BadChangeset:
    case ProtocolError::BadClientFile:
    case ProtocolError::ClientFileExpired:
    case ProtocolError::WriteNotAllowed:
        return true;
    default:
        return false;
    }
}

bool isMild(ProtocolError error)
{
    return error == ProtocolError::TokenExpired || error == ProtocolError::DisabledSession
        || error == ProtocolError::CompensatingWrite;
}

QString wireName(SyncMetric metric)
{
    switch (metric) {
    case SyncMetric::SuccessfulRequests:
        return QStringLiteral("SYNC_SUCCESSFUL_REQUESTS");
    case SyncMetric::OplogLagMsSum:
        return QStringLiteral("SYNC_CURRENT_OPLOG_LAG_MS_SUM");
    case SyncMetric::ActiveOpenSessions:
        return QStringLiteral("ACTIVE_OPEN_SYNC_SESSIONS");
    }
    return {};
}

QList<SyncMetric> metrics()
{
    return {
        SyncMetric::SuccessfulRequests, SyncMetric::OplogLagMsSum, SyncMetric::ActiveOpenSessions};
}

} // namespace SyncProtocol
