#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

// A client device of the app: an SDK on a platform, signed in as one user, with a local file
// that Sync knows by its client file ident. `unsyncedChanges` are local writes not yet
// uploaded; they grow while its writer is active and it cannot sync (offline, Sync paused or
// off, waiting in error), and are uploaded, recovered or lost when it syncs again.
struct SimClient
{
    // How the device's SDK handles a client reset (the SDK's ClientResetMode).
    enum class ResetMode { Recover, RecoverOrDiscard, Discard, Manual };

    // One client reset the device went through.
    struct Reset
    {
        qint64 at = 0; // seconds
        int protocolError = 0; // the code of BadClientFileIdent or ClientFileExpired
        ResetMode mode = ResetMode::Recover;
        QString outcome; // "recovered", "discarded", "failed" (recovery off) or "manual"
        int changes = 0; // the unsynced changes recovered or lost
        bool resolved = true; // false while a manual or failed reset waits in error

        QJsonObject toJson() const;
        static Reset fromJson(const QJsonObject &object);
        bool operator==(const Reset &other) const;
    };

    QString id;
    QString sdk; // "Kotlin", "Swift", "Node.js", ".NET", "Flutter"
    QString sdkVersion;
    QString userId;
    QString platform; // "Android", "iOS", "Windows"...
    QString platformVersion;
    QString remoteIpAddress;
    ResetMode resetMode = ResetMode::Recover;
    int unsyncedChanges = 0;
    bool online = true;
    qint64 lastSeen = 0; // seconds
    qint64 offlineUntil = 0; // seconds; an offline device comes back then (0: when moved)
    int writeEverySeconds = 0; // 0: the device does not write by itself

    // What Sync knows of the device.
    // The Sync generation its client file belongs to: 0 never synced, -1 a generation a
    // terminate made the server forget (state files from before generations were counted).
    int fileEpoch = 0;
    bool session = false; // holds an open sync session
    QString connectionId; // the co_id of its current connection's log entries
    qint64 nextWriteAt = 0; // seconds
    bool refusedWhilePaused = false; // its reconnect was refused once during this pause
    int stuckError = 0; // the protocol error it waits in (manual mode, or recovery off)
    QList<Reset> resets;

    // The SDK's name as logs show it ("Realm Swift") and the mode as SDKs spell it.
    QString sdkName() const;
    static QString modeName(ResetMode mode);
    static bool modeFromName(const QString &name, ResetMode *mode);

    // Every field, as toJson() writes them.
    bool operator==(const SimClient &other) const;
    bool operator!=(const SimClient &other) const { return !(*this == other); }

    // Made again only when a field changed since the last time: a room's devices are written
    // at every save, and most of them have not moved.
    QJsonObject toJson() const;
    static SimClient fromJson(const QJsonObject &object);

private:
    struct Written;
    mutable std::shared_ptr<const Written> m_written; // the fields last written, and their JSON
};
