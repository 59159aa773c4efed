#include "SimJson.h"

namespace SimJson {

QJsonObject syncToJson(const SyncConfig &sync)
{
    return {{QStringLiteral("key"), SyncConfig::jsonKey(sync.mode)},
        {QStringLiteral("block"), sync.block}};
}

SyncConfig syncFromJson(const QJsonObject &object)
{
    SyncConfig sync;
    const QString k = object.value(QStringLiteral("key")).toString();
    if (k == SyncConfig::jsonKey(SyncConfig::Mode::Flexible))
        sync.mode = SyncConfig::Mode::Flexible;
    else if (k == SyncConfig::jsonKey(SyncConfig::Mode::PartitionBased))
        sync.mode = SyncConfig::Mode::PartitionBased;
    if (sync.mode != SyncConfig::Mode::None)
        sync.block = object.value(QStringLiteral("block")).toObject();
    return sync;
}

} // namespace SimJson
