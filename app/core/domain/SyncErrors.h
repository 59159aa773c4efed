#pragma once

#include "SyncProtocol.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One documented Sync error, as an administrator needs it: what happened, whether the device
// must perform a client reset, and what support does about it.
struct SyncErrorInfo
{
    enum class Kind {
        Protocol, // a Sync protocol session error, refused to a device (208, 213, 222...)
        Translator, // the translator between the devices' history and the cluster stopped
    };
    Kind kind = Kind::Protocol;
    int code = 0; // the protocol error's number; 0 for a translator error
    QString name; // as the service writes it in `error_code`: "BadClientFileIdent"...
    bool clientReset = false; // the device must perform a client reset to sync again
    QString meaning; // translated
    QString support; // translated: what support does about it

    bool isValid() const { return !name.isEmpty(); }
};

// The table of every documented Sync error: the protocol's session errors 200-231
// (realm-core's ProtocolError) and the translator's errors (the App Services documentation's
// "MongoDB Translator Errors"). The Logs page's details and the Guide explain an entry from
// it; the simulator's log entries carry the same numbers and names (SyncProtocol).
class SyncErrors final
{
    Q_DECLARE_TR_FUNCTIONS(SyncErrors)

public:
    static QList<SyncErrorInfo> all();
    static SyncErrorInfo protocol(ProtocolError error);
    static SyncErrorInfo protocol(int code); // invalid for a number the console does not know
    static SyncErrorInfo translator(TranslatorError error);
    // The error a log entry reports: by its protocol number if it has one, else by its
    // `error_code`, else by a translator error's name in the error text, as the service
    // writes "(ChangeStreamHistoryLost) ...". Invalid when none is known.
    static SyncErrorInfo of(int code, const QString &errorCode, const QString &errorText);

    // "Protocol error 208 (BadClientFileIdent)", "Translator error ChangeStreamHistoryLost".
    static QString heading(const SyncErrorInfo &error);
    // The meaning, whether a client reset follows, and what support does: one paragraph each.
    static QString explanation(const SyncErrorInfo &error);
    // A protocol error's meaning alone; empty for a number the console does not know.
    static QString meaning(int code);

    // True for the errors that only stop a session for a while (an expired token, Sync paused,
    // a write undone); false for those that need a client reset or a fix.
    static bool isMild(int code);
};
