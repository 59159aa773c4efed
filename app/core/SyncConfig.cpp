#include "SyncConfig.h"

#include <QJsonArray>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QJsonObject partition(const QJsonObject &block)
{
    return block.value(QLatin1String("partition")).toObject();
}
} // namespace

QString SyncConfig::partitionKey() const
{
    return partition(block).value(QLatin1String("key")).toString();
}

QString SyncConfig::partitionType() const
{
    return partition(block).value(QLatin1String("type")).toString();
}

bool SyncConfig::partitionRequired() const
{
    return partition(block).value(QLatin1String("required")).toBool();
}

QStringList SyncConfig::queryableFields() const
{
    return strings(block.value(QLatin1String("queryable_fields_names")));
}

QStringList SyncConfig::indexedQueryableFields() const
{
    return strings(block.value(QLatin1String("indexed_queryable_fields_names")));
}

QJsonObject SyncConfig::permissions() const
{
    if (mode == Mode::PartitionBased)
        return partition(block).value(QLatin1String("permissions")).toObject();
    return block.value(QLatin1String("permissions")).toObject();
}

QString SyncConfig::jsonKey(Mode mode)
{
    switch (mode) {
    case Mode::Flexible:
        return QStringLiteral("flexible_sync");
    case Mode::PartitionBased:
        return QStringLiteral("sync");
    case Mode::None:
        break;
    }
    return {};
}

SyncConfig::State SyncConfig::stateFromString(const QString &state)
{
    if (state == QLatin1String("enabled"))
        return State::Enabled;
    if (state == QLatin1String("disabled"))
        return State::Paused;
    return State::Terminated;
}

QString SyncConfig::stateToString(State state)
{
    switch (state) {
    case State::Enabled:
        return QStringLiteral("enabled");
    case State::Paused:
        return QStringLiteral("disabled");
    case State::Terminated:
        break;
    }
    return QString(QLatin1String(""));
}
