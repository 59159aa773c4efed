#include "SyncErrors.h"

// Read from realm-core's src/realm/sync/protocol.hpp and protocol.cpp (the session errors
// 200-236 and which of them make the device reset) and the App Services documentation's
// "Sync Errors" page (what each means and how to handle it).

namespace {

// What support does about an error: a few answers serve many errors.
enum class Support {
    None,
    Login,
    Rules,
    Partition,
    Reset,
    Resume,
    Client,
    Files,
    Schema,
    Query,
    Dupkey,
    Wait,
    Ticket,
    Terminate,
    Upgrade,
    FixDocument,
};

} // namespace

// A protocol error's meaning, in the words an administrator needs.
static QString protocolMeaning(ProtocolError error)
{
    switch (error) {
    case ProtocolError::SessionClosed:
        return SyncErrors::tr("The session was closed without an error.");
    case ProtocolError::OtherSessionError:
        return SyncErrors::tr("A session error that no more specific error covers, for example a "
                              "free-tier cluster that reached its storage limit.");
    case ProtocolError::TokenExpired:
        return SyncErrors::tr(
            "The user's access token expired. The SDK refreshes it and reconnects by itself; "
            "nothing needs to be done.");
    case ProtocolError::BadAuthentication:
        return SyncErrors::tr(
            "The server could not authenticate the user: the token is invalid or was "
            "revoked, or the user was deleted or disabled. The user must log in again.");
    case ProtocolError::IllegalRealmPath:
        return SyncErrors::tr("The device opened a realm with a partition value of the wrong type "
                              "for the partition key (Partition-Based Sync).");
    case ProtocolError::NoSuchRealm:
        return SyncErrors::tr("The realm the device asked for does not exist on the server.");
    case ProtocolError::PermissionDenied:
        return SyncErrors::tr(
            "The user is not allowed to sync this data. Check the app's Sync permissions "
            "and rules for this user.");
    case ProtocolError::BadServerFileIdent:
        return SyncErrors::tr(
            "An obsolete error the server no longer sends (a bad server file identifier).");
    case ProtocolError::BadClientFileIdent:
        return SyncErrors::tr(
            "This device synced before Sync was terminated and re-enabled. Its local file "
            "is no longer known to the server, so it must perform a client reset: "
            "depending on its client reset mode it recovers its unsynced changes, or "
            "discards them, and downloads the data again. In manual mode the app must "
            "handle the reset itself.");
    case ProtocolError::BadServerVersion:
        return SyncErrors::tr(
            "The device's local file refers to a server version the server does not "
            "have, for example after the server's history was reset. The device must "
            "perform a client reset.");
    case ProtocolError::BadClientVersion:
        return SyncErrors::tr(
            "The device's sync progress does not match what the server recorded for it. "
            "The device must perform a client reset.");
    case ProtocolError::DivergingHistories:
        return SyncErrors::tr(
            "The device's history and the server's have diverged, typically after the "
            "device's file was restored from a backup. The device must perform a client "
            "reset.");
    case ProtocolError::BadChangeset:
        return SyncErrors::tr(
            "The server could not apply a change the device uploaded. This usually points "
            "to a corrupted local file or an SDK defect; a client reset clears it.");
    case ProtocolError::DisabledSession:
        return SyncErrors::tr(
            "Sync is paused for this app, so the server refused the session. Devices "
            "reconnect by themselves once Sync is resumed; if the oplog rolled past the "
            "pause meanwhile, Sync must be terminated and re-enabled instead.");
    case ProtocolError::PartialSyncDisabled:
        return SyncErrors::tr(
            "The device uses query-based sync, which the server no longer offers.");
    case ProtocolError::UnsupportedSessionFeature:
        return SyncErrors::tr(
            "The device asked for a session feature the server does not support.");
    case ProtocolError::BadOriginFileIdent:
        return SyncErrors::tr("An obsolete error the server no longer sends (a bad origin file "
                              "identifier in an upload).");
    case ProtocolError::BadClientFile:
        return SyncErrors::tr(
            "Synchronization is no longer possible for the device's local file. The "
            "device must perform a client reset.");
    case ProtocolError::ServerFileDeleted:
        return SyncErrors::tr("The server's file for this realm was deleted while the device's "
                              "session was bound to it.");
    case ProtocolError::ClientFileBlacklisted:
        return SyncErrors::tr("The server has blocked this device's local file.");
    case ProtocolError::UserBlacklisted:
        return SyncErrors::tr("The server has blocked this user.");
    case ProtocolError::TransactBeforeUpload:
        return SyncErrors::tr("An obsolete error the server no longer sends (a transaction before "
                              "the upload was complete).");
    case ProtocolError::ClientFileExpired:
        return SyncErrors::tr(
            "This device was offline longer than the Client Max Offline Time "
            "(client_max_offline_days), so the server no longer holds the history it "
            "needs to sync it. The device must perform a client reset.");
    case ProtocolError::UserMismatch:
        return SyncErrors::tr(
            "The local file belongs to another user than the one now syncing it. The app "
            "should open a separate file for each user.");
    case ProtocolError::TooManySessions:
        return SyncErrors::tr("The connection opened more sync sessions than the server allows.");
    case ProtocolError::InvalidSchemaChange:
        return SyncErrors::tr(
            "The device tried a schema change the server does not allow (a breaking "
            "change). Update the app's schema or the client's object model.");
    case ProtocolError::BadQuery:
        return SyncErrors::tr(
            "A Flexible Sync subscription query is invalid, or uses a field that is not "
            "one of the queryable fields.");
    case ProtocolError::ObjectAlreadyExists:
        return SyncErrors::tr("The device tried to create an object that already exists outside "
                              "its view (its subscriptions or permissions).");
    case ProtocolError::ServerPermissionsChanged:
        return SyncErrors::tr("The server's permissions for this device's file changed since it "
                              "last synced. The device must perform a client reset.");
    case ProtocolError::InitialSyncNotCompleted:
        return SyncErrors::tr("The device opened a session before the server finished building "
                              "Sync's history, as happens just after Sync is enabled.");
    case ProtocolError::WriteNotAllowed:
        return SyncErrors::tr(
            "The device wrote data its permissions or subscriptions do not allow. The "
            "device must perform a client reset.");
    case ProtocolError::CompensatingWrite:
        return SyncErrors::tr(
            "The server undid a write the device was not allowed to make (its permissions, "
            "or an object outside its subscriptions). The device goes on syncing.");
    default:
        break;
    }
    return {};
}

static Support protocolSupport(ProtocolError error)
{
    switch (error) {
    case ProtocolError::SessionClosed:
        return Support::None;
    case ProtocolError::OtherSessionError:
        return Support::Ticket;
    case ProtocolError::TokenExpired:
        return Support::None;
    case ProtocolError::BadAuthentication:
        return Support::Login;
    case ProtocolError::IllegalRealmPath:
        return Support::Partition;
    case ProtocolError::NoSuchRealm:
        return Support::Ticket;
    case ProtocolError::PermissionDenied:
        return Support::Rules;
    case ProtocolError::BadServerFileIdent:
        return Support::Ticket;
    case ProtocolError::BadClientFileIdent:
        return Support::Reset;
    case ProtocolError::BadServerVersion:
        return Support::Reset;
    case ProtocolError::BadClientVersion:
        return Support::Reset;
    case ProtocolError::DivergingHistories:
        return Support::Reset;
    case ProtocolError::BadChangeset:
        return Support::Reset;
    case ProtocolError::DisabledSession:
        return Support::Resume;
    case ProtocolError::PartialSyncDisabled:
        return Support::Client;
    case ProtocolError::UnsupportedSessionFeature:
        return Support::Client;
    case ProtocolError::BadOriginFileIdent:
        return Support::Ticket;
    case ProtocolError::BadClientFile:
        return Support::Reset;
    case ProtocolError::ServerFileDeleted:
        return Support::Ticket;
    case ProtocolError::ClientFileBlacklisted:
        return Support::Ticket;
    case ProtocolError::UserBlacklisted:
        return Support::Ticket;
    case ProtocolError::TransactBeforeUpload:
        return Support::Ticket;
    case ProtocolError::ClientFileExpired:
        return Support::Reset;
    case ProtocolError::UserMismatch:
        return Support::Files;
    case ProtocolError::TooManySessions:
        return Support::Client;
    case ProtocolError::InvalidSchemaChange:
        return Support::Schema;
    case ProtocolError::BadQuery:
        return Support::Query;
    case ProtocolError::ObjectAlreadyExists:
        return Support::Dupkey;
    case ProtocolError::ServerPermissionsChanged:
        return Support::Reset;
    case ProtocolError::InitialSyncNotCompleted:
        return Support::Wait;
    case ProtocolError::WriteNotAllowed:
        return Support::Reset;
    case ProtocolError::CompensatingWrite:
        return Support::Rules;
    default:
        break;
    }
    return Support::Ticket;
}

static QString supportText(Support support)
{
    switch (support) {
    case Support::None:
        return SyncErrors::tr(
            "Nothing: the SDK handles it by itself and the device goes on syncing.");
    case Support::Login:
        return SyncErrors::tr("The user logs in again; support checks in App Users that the user "
                              "exists and is enabled.");
    case Support::Rules:
        return SyncErrors::tr(
            "Support reviews the app's rules and Sync permissions for this user.");
    case Support::Partition:
        return SyncErrors::tr("Support checks that the type of the partition value the app opens "
                              "matches the partition key's type in the Sync configuration.");
    case Support::Reset:
        return SyncErrors::tr(
            "Nothing on the server: the device resets by itself in its client reset mode, "
            "recovering or discarding its unsynced changes. Support checks that the app sets a "
            "client reset handler, which manual mode needs.");
    case Support::Resume:
        return SyncErrors::tr(
            "Support resumes Sync. If the resume is refused because the oplog rolled past the "
            "pause, support terminates Sync and enables it again.");
    case Support::Client:
        return SyncErrors::tr("Support asks the app's developers to update the SDK or fix the app: "
                              "the device sent something the server does not accept.");
    case Support::Files:
        return SyncErrors::tr(
            "Support asks the app's developers to open a separate file for each user; deleting the "
            "device's local file and opening it again fixes the device.");
    case Support::Schema:
        return SyncErrors::tr("Support asks the developers to make the change additive, or to "
                              "change the app's schema on the server first.");
    case Support::Query:
        return SyncErrors::tr("Support checks the subscription's query syntax and that it uses "
                              "only queryable fields.");
    case Support::Dupkey:
        return SyncErrors::tr("Support looks for objects that share a primary key; the app should "
                              "use ObjectId or UUID primary keys.");
    case Support::Wait:
        return SyncErrors::tr(
            "Nothing: the device tries again by itself until the server is ready.");
    case Support::Ticket:
        return SyncErrors::tr("Support opens a ticket with MongoDB, giving the entry's correlation "
                              "ID: only the server's team can say more.");
    case Support::Terminate:
        return SyncErrors::tr("Support terminates Sync and enables it again; every device then "
                              "performs a client reset once.");
    case Support::Upgrade:
        return SyncErrors::tr("Support upgrades the cluster tier, and checks whether a device "
                              "syncs unusually large transactions.");
    case Support::FixDocument:
        return SyncErrors::tr("Support finds the document written outside Sync and makes it match "
                              "the schema again, or changes the schema.");
    }
    return {};
}

static QString translatorMeaning(TranslatorError error)
{
    switch (error) {
    case TranslatorError::ChangeStreamHistoryLost:
        return SyncErrors::tr(
            "The cluster's oplog no longer holds the point Sync's translator must resume from: "
            "Sync was paused too long, the cluster was upgraded, moved or rebuilt, a synced "
            "collection was dropped, or the cluster was unreachable too long. Nothing syncs until "
            "Sync is terminated and enabled again.");
    case TranslatorError::MaxIntegrationAttempts:
        return SyncErrors::tr(
            "The translator retried a change as often as it may and could not write it to the "
            "cluster, usually because the cluster is too small: for a very large transaction from "
            "a device that was offline long, or for the app's load.");
    case TranslatorError::TranslatorCorrectiveErasure:
        return SyncErrors::tr(
            "The cluster refused to write a change synced from a device, usually for a duplicate "
            "key: two objects with the same primary key. The translator erased the change.");
    case TranslatorError::MongoEncodingError:
        return SyncErrors::tr("A write made in Atlas, not through Sync, left a document that no "
                              "longer matches the app's schema. The document cannot be synced, and "
                              "devices' changes to its object do not reach the cluster.");
    case TranslatorError::None:
        break;
    }
    return {};
}

static Support translatorSupport(TranslatorError error)
{
    switch (error) {
    case TranslatorError::ChangeStreamHistoryLost:
        return Support::Terminate;
    case TranslatorError::MaxIntegrationAttempts:
        return Support::Upgrade;
    case TranslatorError::TranslatorCorrectiveErasure:
        return Support::Dupkey;
    case TranslatorError::MongoEncodingError:
        return Support::FixDocument;
    case TranslatorError::None:
        break;
    }
    return Support::Ticket;
}

SyncErrorInfo SyncErrors::protocol(ProtocolError error)
{
    SyncErrorInfo info;
    info.name = SyncProtocol::errorName(error);
    if (info.name.isEmpty())
        return {};
    info.kind = SyncErrorInfo::Kind::Protocol;
    info.code = SyncProtocol::code(error);
    info.clientReset = SyncProtocol::needsClientReset(error);
    info.meaning = protocolMeaning(error);
    info.support = supportText(protocolSupport(error));
    return info;
}

SyncErrorInfo SyncErrors::protocol(int code)
{
    return protocol(SyncProtocol::protocolError(code));
}

SyncErrorInfo SyncErrors::translator(TranslatorError error)
{
    SyncErrorInfo info;
    info.name = SyncProtocol::translatorErrorName(error);
    if (info.name.isEmpty())
        return {};
    info.kind = SyncErrorInfo::Kind::Translator;
    // Sync must be terminated and enabled again, after which every device resets once.
    info.clientReset = error == TranslatorError::ChangeStreamHistoryLost;
    info.meaning = translatorMeaning(error);
    info.support = supportText(translatorSupport(error));
    return info;
}

QList<SyncErrorInfo> SyncErrors::all()
{
    QList<SyncErrorInfo> out;
    for (ProtocolError e : SyncProtocol::protocolErrors())
        out.append(protocol(e));
    for (TranslatorError e : SyncProtocol::translatorErrors())
        out.append(translator(e));
    return out;
}

SyncErrorInfo SyncErrors::of(int code, const QString &errorCode, const QString &errorText)
{
    if (SyncErrorInfo byNumber = protocol(code); byNumber.isValid())
        return byNumber;
    if (SyncErrorInfo byName = protocol(SyncProtocol::protocolErrorFromName(errorCode));
        byName.isValid())
        return byName;
    if (SyncErrorInfo byName = translator(SyncProtocol::translatorErrorFromName(errorCode));
        byName.isValid())
        return byName;
    // The service may name a translator error only in its text: "(ChangeStreamHistoryLost) ...".
    for (TranslatorError e : SyncProtocol::translatorErrors())
        if (errorText.contains(SyncProtocol::translatorErrorName(e)))
            return translator(e);
    return {};
}

QString SyncErrors::heading(const SyncErrorInfo &error)
{
    if (error.kind == SyncErrorInfo::Kind::Translator)
        return SyncErrors::tr("Translator error %1").arg(error.name);
    return tr("Protocol error %1 (%2)", "code (name)").arg(error.code).arg(error.name);
}

QString SyncErrors::explanation(const SyncErrorInfo &error)
{
    if (!error.isValid())
        return {};
    QStringList paragraphs;
    if (!error.meaning.isEmpty())
        paragraphs << error.meaning;
    paragraphs << (error.clientReset
            ? tr("Client reset: yes. The devices must reset their local files to sync again.")
            : tr("Client reset: no."));
    paragraphs << tr("What support does: %1").arg(error.support);
    return paragraphs.join(QStringLiteral("\n"));
}

QString SyncErrors::meaning(int code)
{
    return protocolMeaning(SyncProtocol::protocolError(code));
}

bool SyncErrors::isMild(int code)
{
    return SyncProtocol::isMild(SyncProtocol::protocolError(code));
}
