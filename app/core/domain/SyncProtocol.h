#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The names Device Sync puts on the wire, converted here and nowhere else: the log entry types
// of `GET .../logs`, the Sync protocol's error codes (208, 213, 222...) with the service's short
// names for them, and the Sync metrics of `GET .../metrics`. Everything above the wire speaks
// these enums; the strings and numbers live in SyncProtocol.cpp.

// The `type` of a Sync log entry (`SYNC_CONNECTION_START` ... `SYNC_OTHER`).
enum class SyncLogType {
    Unknown, // not one of the Sync types (another kind of log, or a damaged entry)
    ConnectionStart,
    ConnectionEnd,
    SessionStart,
    SessionEnd,
    ClientWrite,
    Error,
    Other,
};

// The Sync protocol's session errors a device is refused with or reports (realm-core's
// ProtocolError, src/realm/sync/protocol.hpp). Their numbers are the protocol's.
enum class ProtocolError {
    None = 0,
    SessionClosed = 200,
    OtherSessionError = 201,
    TokenExpired = 202,
    BadAuthentication = 203,
    IllegalRealmPath = 204,
    NoSuchRealm = 205,
    PermissionDenied = 206,
    BadServerFileIdent = 207, // obsolete
    BadClientFileIdent = 208, // the device's file is unknown: Sync was terminated and re-enabled
    BadServerVersion = 209,
    BadClientVersion = 210,
    DivergingHistories = 211,
    BadChangeset = 212,
    DisabledSession = 213, // Sync is paused
    PartialSyncDisabled = 214,
    UnsupportedSessionFeature = 215,
    BadOriginFileIdent = 216, // obsolete
    BadClientFile = 217,
    ServerFileDeleted = 218,
    ClientFileBlacklisted = 219,
    UserBlacklisted = 220,
    TransactBeforeUpload = 221, // obsolete
    ClientFileExpired = 222, // offline longer than client_max_offline_days
    UserMismatch = 223,
    TooManySessions = 224,
    InvalidSchemaChange = 225,
    BadQuery = 226,
    ObjectAlreadyExists = 227,
    ServerPermissionsChanged = 228,
    InitialSyncNotCompleted = 229,
    WriteNotAllowed = 230,
    CompensatingWrite = 231,
};

// The errors of Sync's translator, between the devices' history and the cluster, as the
// service names them in a log entry's `error_code` (the "MongoDB Translator Errors" of the
// App Services documentation).
enum class TranslatorError {
    None,
    ChangeStreamHistoryLost, // the oplog no longer holds Sync's resume point
    MaxIntegrationAttempts,
    TranslatorCorrectiveErasure,
    MongoEncodingError,
};

// The Sync metrics the console reads from `GET .../metrics`.
enum class SyncMetric {
    SuccessfulRequests,
    OplogLagMsSum,
    ActiveOpenSessions,
    // The Device Sync dashboard's charts besides the three above.
    FailedRequests,
    ChangesUploaded, // SYNC_NUM_INTEGRATION_ATTEMPTS: each uploaded changeset is integrated once
    EgressBytes, // what the server sent the devices: their downloads
};

namespace SyncProtocol {

QString wireName(SyncLogType type); // SYNC_ERROR for Error; empty for Unknown
SyncLogType logTypeFromWire(QStringView wire);
// Whether a wire type names a Sync log (SYNC_...), known to the console or not.
bool isSyncLogType(QStringView wire);
// The seven Sync types, in the order the service's documentation lists them.
QList<SyncLogType> logTypes();
QStringList logTypeWireNames();

int code(ProtocolError error);
// The error of a number, or None for one the console does not know.
ProtocolError protocolError(int code);
// The service's `error_code` for an error ("BadClientFileIdent" for 208), or "".
QString errorName(ProtocolError error);
ProtocolError protocolErrorFromName(QStringView name);
// Every protocol error the console knows, in the order of their numbers.
QList<ProtocolError> protocolErrors();

QString translatorErrorName(TranslatorError error); // "ChangeStreamHistoryLost"...
TranslatorError translatorErrorFromName(QStringView name);
QList<TranslatorError> translatorErrors();
// The errors after which a device must perform a client reset to sync again.
bool needsClientReset(ProtocolError error);
// The errors that only stop a session for a while (an expired token, Sync paused, a write
// undone).
bool isMild(ProtocolError error);

QString wireName(SyncMetric metric); // SYNC_SUCCESSFUL_REQUESTS for SuccessfulRequests
QList<SyncMetric> metrics();
// Every metric the Device Sync dashboard charts, in the order of its charts.
QList<SyncMetric> chartMetrics();

} // namespace SyncProtocol
