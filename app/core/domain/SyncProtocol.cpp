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
    {ProtocolError::OtherSessionError, "OtherSessionError"},
    {ProtocolError::TokenExpired, "TokenExpired"},
    {ProtocolError::BadAuthentication, "BadAuthentication"},
    {ProtocolError::IllegalRealmPath, "IllegalRealmPath"},
    {ProtocolError::NoSuchRealm, "NoSuchRealm"},
    {ProtocolError::PermissionDenied, "PermissionDenied"},
    {ProtocolError::BadServerFileIdent, "BadServerFileIdent"},
    {ProtocolError::BadClientFileIdent, "BadClientFileIdent"},
    {ProtocolError::BadServerVersion, "BadServerVersion"},
    {ProtocolError::BadClientVersion, "BadClientVersion"},
    {ProtocolError::DivergingHistories, "DivergingHistories"},
    {ProtocolError::BadChangeset, "BadChangeset"},
    {ProtocolError::DisabledSession, "DisabledSession"},
    {ProtocolError::PartialSyncDisabled, "PartialSyncDisabled"},
    {ProtocolError::UnsupportedSessionFeature, "UnsupportedSessionFeature"},
    {ProtocolError::BadOriginFileIdent, "BadOriginFileIdent"},
    {ProtocolError::BadClientFile, "BadClientFile"},
    {ProtocolError::ServerFileDeleted, "ServerFileDeleted"},
    {ProtocolError::ClientFileBlacklisted, "ClientFileBlacklisted"},
    {ProtocolError::UserBlacklisted, "UserBlacklisted"},
    {ProtocolError::TransactBeforeUpload, "TransactBeforeUpload"},
    {ProtocolError::ClientFileExpired, "ClientFileExpired"},
    {ProtocolError::UserMismatch, "UserMismatch"},
    {ProtocolError::TooManySessions, "TooManySessions"},
    {ProtocolError::InvalidSchemaChange, "InvalidSchemaChange"},
    {ProtocolError::BadQuery, "BadQuery"},
    {ProtocolError::ObjectAlreadyExists, "ObjectAlreadyExists"},
    {ProtocolError::ServerPermissionsChanged, "ServerPermissionsChanged"},
    {ProtocolError::InitialSyncNotCompleted, "InitialSyncNotCompleted"},
    {ProtocolError::WriteNotAllowed, "WriteNotAllowed"},
    {ProtocolError::CompensatingWrite, "CompensatingWrite"},
};

struct TranslatorErrorName
{
    TranslatorError error;
    const char *name;
};
constexpr TranslatorErrorName TranslatorErrors[] = {
    {TranslatorError::ChangeStreamHistoryLost, "ChangeStreamHistoryLost"},
    {TranslatorError::MaxIntegrationAttempts, "MaxIntegrationAttempts"},
    {TranslatorError::TranslatorCorrectiveErasure, "TranslatorCorrectiveErasure"},
    {TranslatorError::MongoEncodingError, "MongoEncodingError"},
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

QList<ProtocolError> protocolErrors()
{
    QList<ProtocolError> out;
    for (const ErrorName &e : Errors)
        out.append(e.error);
    return out;
}

QString translatorErrorName(TranslatorError error)
{
    for (const TranslatorErrorName &e : TranslatorErrors)
        if (e.error == error)
            return QLatin1String(e.name);
    return {};
}

TranslatorError translatorErrorFromName(QStringView name)
{
    for (const TranslatorErrorName &e : TranslatorErrors)
        if (name == QLatin1String(e.name))
            return e.error;
    return TranslatorError::None;
}

QList<TranslatorError> translatorErrors()
{
    QList<TranslatorError> out;
    for (const TranslatorErrorName &e : TranslatorErrors)
        out.append(e.error);
    return out;
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
    case ProtocolError::ServerPermissionsChanged:
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
    case SyncMetric::FailedRequests:
        return QStringLiteral("SYNC_FAILED_REQUESTS");
    case SyncMetric::ChangesUploaded:
        return QStringLiteral("SYNC_NUM_INTEGRATION_ATTEMPTS");
    case SyncMetric::EgressBytes:
        return QStringLiteral("SYNC_EGRESS_BYTES");
    }
    return {};
}

QList<SyncMetric> metrics()
{
    return {
        SyncMetric::SuccessfulRequests, SyncMetric::OplogLagMsSum, SyncMetric::ActiveOpenSessions};
}

QList<SyncMetric> chartMetrics()
{
    return {SyncMetric::OplogLagMsSum, SyncMetric::ActiveOpenSessions,
        SyncMetric::SuccessfulRequests, SyncMetric::FailedRequests, SyncMetric::ChangesUploaded,
        SyncMetric::EgressBytes};
}

} // namespace SyncProtocol
