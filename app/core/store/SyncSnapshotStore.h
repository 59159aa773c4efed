#pragma once

#include "SyncConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// Keeps, per app, the sync configuration that was in force before the last terminate, so that
// Enable Sync can offer to restore it. One JSON file per app in `directory`, written atomically.
class SyncSnapshotStore final
{
    Q_DECLARE_TR_FUNCTIONS(SyncSnapshotStore)

public:
    struct Snapshot
    {
        SyncConfig sync;
        QDateTime savedAt;
    };

    // `directory` is created when needed; the default is the app-data location.
    explicit SyncSnapshotStore(const QString &directory = QString());

    QString directory() const { return m_directory; }
    bool save(const QString &appId, const SyncConfig &sync, QString *problem);
    // The app's snapshot; nothing when none was saved. A file that cannot be read as one is
    // set aside (renamed to *.damaged-TIMESTAMP) and `problem` says so, in words for the user.
    std::optional<Snapshot> load(const QString &appId, QString *problem = nullptr);

private:
    QString pathFor(const QString &appId) const;

    QString m_directory;
};
