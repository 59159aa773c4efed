#include "SyncSnapshotStore.h"

#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

SyncSnapshotStore::SyncSnapshotStore(const QString &directory)
    : m_directory(directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/sync-snapshots")
            : directory)
{ }

QString SyncSnapshotStore::pathFor(const QString &appId) const
{
    // App ids come from a server: hash them rather than trust them in a file name.
    const QByteArray name
        = QCryptographicHash::hash(appId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".json");
}

bool SyncSnapshotStore::save(const QString &appId, const SyncConfig &sync, QString *problem)
{
    if (!PrivateFiles::makeDirectory(m_directory)) {
        *problem = tr("the folder %1 cannot be created").arg(PrivateFiles::shown(m_directory));
        return false;
    }
    const QJsonObject object {{QStringLiteral("app_id"), appId},
        {QStringLiteral("key"), SyncConfig::jsonKey(sync.mode)},
        {QStringLiteral("block"), sync.block},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile file(pathFor(appId));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::ownerOnly)) {
        *problem = file.errorString();
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}

std::optional<SyncSnapshotStore::Snapshot> SyncSnapshotStore::load(
    const QString &appId, QString *problem)
{
    const QString path = pathFor(appId);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // none saved
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    Snapshot s;
    const QString key = object.value(QStringLiteral("key")).toString();
    if (key == SyncConfig::jsonKey(SyncConfig::Mode::Flexible))
        s.sync.mode = SyncConfig::Mode::Flexible;
    else if (key == SyncConfig::jsonKey(SyncConfig::Mode::PartitionBased))
        s.sync.mode = SyncConfig::Mode::PartitionBased;
    s.sync.block = object.value(QStringLiteral("block")).toObject();
    s.savedAt
        = QDateTime::fromString(object.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    if (object.value(QStringLiteral("app_id")).toString() == appId
        && object.value(QStringLiteral("block")).isObject()
        && s.sync.mode != SyncConfig::Mode::None)
        return s;
    // Damaged: keep it for whoever wants to look, out of the way of the next save.
    const QString aside = PrivateFiles::setAside(path);
    if (problem)
        *problem = !aside.isEmpty()
            ? tr("The configuration saved before Sync was terminated is damaged; it "
                 "was set aside as %1.")
                  .arg(PrivateFiles::shown(aside))
            : tr("The configuration saved before Sync was terminated is damaged "
                 "(%1).")
                  .arg(PrivateFiles::shown(path));
    return std::nullopt;
}
