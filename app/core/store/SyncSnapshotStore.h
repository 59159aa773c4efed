#pragma once

#include "SyncConfig.h"

#include <QDateTime>
#include <QString>
#include <optional>

// Keeps, per app, the sync configuration that was in force before the last terminate, so that
// Enable Sync can offer to restore it. One JSON file per app in `directory`, written atomically.
class SyncSnapshotStore final
{
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
    std::optional<Snapshot> load(const QString &appId) const;

private:
    QString pathFor(const QString &appId) const;

    QString m_directory;
};
