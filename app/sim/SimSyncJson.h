#pragma once

#include "SyncConfig.h"

#include <QJsonObject>

// How a sync config is kept in the simulator's state file: its JSON key and its block.
namespace SimSyncJson {

QJsonObject toJson(const SyncConfig &sync);
SyncConfig fromJson(const QJsonObject &object);

} // namespace SimSyncJson
