#include "ProtocolErrors.h"

#include "SyncProtocol.h"

QString ProtocolErrors::explanation(int code)
{
    return explanation(SyncProtocol::protocolError(code));
}

QString ProtocolErrors::explanation(ProtocolError error)
{
    switch (error) {
    case ProtocolError::TokenExpired:
        return tr("The user's access token expired. The SDK refreshes it and reconnects by itself; "
                  "nothing needs to be done.");
    case ProtocolError::BadAuthentication:
        return tr("The server could not authenticate the user: the token is invalid or was "
                  "revoked, or the user was deleted or disabled. The user must log in again.");
    case ProtocolError::PermissionDenied:
        return tr("The user is not allowed to sync this data. Check the app's Sync permissions "
                  "and rules for this user.");
    case ProtocolError::BadClientFileIdent:
        return tr("This device synced before Sync was terminated and re-enabled. Its local file "
                  "is no longer known to the server, so it must perform a client reset: "
                  "depending on its client reset mode it recovers its unsynced changes, or "
                  "discards them, and downloads the data again. In manual mode the app must "
                  "handle the reset itself.");
    case ProtocolError::BadServerVersion:
        return tr("The device's local file refers to a server version the server does not "
                  "have, for example after the server's history was reset. The device must "
                  "perform a client reset.");
    case ProtocolError::BadClientVersion:
        return tr("The device's sync progress does not match what the server recorded for it. "
                  "The device must perform a client reset.");
    case ProtocolError::DivergingHistories:
        return tr("The device's history and the server's have diverged, typically after the "
                  "device's file was restored from a backup. The device must perform a client "
                  "reset.");
    case ProtocolError::BadChangeset:
        return tr("The server could not apply a change the device uploaded. This usually points "
                  "to a corrupted local file or an SDK defect; a client reset clears it.");
    case ProtocolError::DisabledSession:
        return tr("Sync is paused for this app, so the server refused the session. Devices "
                  "reconnect by themselves once Sync is resumed; if the oplog rolled past the "
                  "pause meanwhile, Sync must be terminated and re-enabled instead.");
    case ProtocolError::BadClientFile:
        return tr("Synchronization is no longer possible for the device's local file. The "
                  "device must perform a client reset.");
    case ProtocolError::ClientFileExpired:
        return tr("This device was offline longer than the Client Max Offline Time "
                  "(client_max_offline_days), so the server no longer holds the history it "
                  "needs to sync it. The device must perform a client reset.");
    case ProtocolError::UserMismatch:
        return tr("The local file belongs to another user than the one now syncing it. The app "
                  "should open a separate file for each user.");
    case ProtocolError::TooManySessions:
        return tr("The connection opened more sync sessions than the server allows.");
    case ProtocolError::InvalidSchemaChange:
        return tr("The device tried a schema change the server does not allow (a breaking "
                  "change). Update the app's schema or the client's object model.");
    case ProtocolError::BadQuery:
        return tr("A Flexible Sync subscription query is invalid, or uses a field that is not "
                  "one of the queryable fields.");
    case ProtocolError::WriteNotAllowed:
        return tr("The device wrote data its permissions or subscriptions do not allow. The "
                  "device must perform a client reset.");
    case ProtocolError::CompensatingWrite:
        return tr("The server undid a write the device was not allowed to make (its permissions, "
                  "or an object outside its subscriptions). The device goes on syncing.");
    default:
        break;
    }
    return {};
}

bool ProtocolErrors::isMild(int code)
{
    return SyncProtocol::isMild(SyncProtocol::protocolError(code));
}
