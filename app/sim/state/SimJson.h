#pragma once

#include "JsonReader.h"
#include "SyncConfig.h"

#include <QJsonObject>
#include <QString>

// How the simulator's state file spells its values.
namespace SimJson {

inline QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Seconds and counters are whole numbers; JSON keeps them as doubles.
inline qint64 integer(const QJsonObject &object, const char *name)
{
    return JsonReader::toInt64(object.value(key(name)));
}

// A sync config as its JSON key ("flexible_sync", "sync" or none) and its block.
QJsonObject syncToJson(const SyncConfig &sync);
SyncConfig syncFromJson(const QJsonObject &object);

} // namespace SimJson
