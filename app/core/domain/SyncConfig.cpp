#include "SyncConfig.h"

#include "JsonReader.h"

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

QStringList SyncConfig::asymmetricTables() const
{
    return strings(block.value(QLatin1String("asymmetric_tables")));
}

int SyncConfig::clientMaxOfflineDays() const
{
    const int days = block.value(QLatin1String("client_max_offline_days")).toInt(0);
    return days > 0 ? days : 30; // the service's default when the block does not say
}

QJsonObject SyncConfig::permissions() const
{
    if (mode == Mode::PartitionBased)
        return partition(block).value(QLatin1String("permissions")).toObject();
    return block.value(QLatin1String("permissions")).toObject();
}

bool SyncConfig::recoveryDisabled() const
{
    return block.value(QLatin1String("is_recovery_mode_disabled")).toBool(false);
}

QDateTime SyncConfig::lastDisabled() const
{
    const qint64 at = JsonReader::toInt64(block.value(QLatin1String("last_disabled")));
    return at > 0 ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC) : QDateTime();
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

QString SyncConfig::summary() const
{
    if (mode == Mode::PartitionBased)
        return partitionRequired()
            ? tr("%1, %2, required", "partition key, its type").arg(partitionKey(), partitionType())
            : tr("%1, %2", "partition key, its type").arg(partitionKey(), partitionType());
    return queryableFields().join(QStringLiteral(", "));
}

std::optional<SyncConfig> SyncConfig::fromChoice(const Choice &choice)
{
    const QString database = choice.databaseName.trimmed();
    const QString key = choice.partitionKey.trimmed();
    SyncConfig c;
    c.mode = choice.mode;
    c.block = choice.extra;
    if (!database.isEmpty())
        c.block.insert(QStringLiteral("database_name"), database);
    switch (choice.mode) {
    case Mode::Flexible:
        if (database.isEmpty())
            return std::nullopt;
        c.block.insert(QStringLiteral("queryable_fields_names"),
            QJsonArray::fromStringList(choice.queryableFields));
        c.block.insert(QStringLiteral("permissions"), choice.permissions);
        return c;
    case Mode::PartitionBased:
        if (key.isEmpty())
            return std::nullopt;
        c.block.insert(QStringLiteral("partition"),
            QJsonObject {{QStringLiteral("key"), key},
                {QStringLiteral("type"), choice.partitionType},
                {QStringLiteral("required"), choice.partitionRequired},
                {QStringLiteral("permissions"), choice.permissions}});
        return c;
    case Mode::None:
        break;
    }
    return std::nullopt;
}

SyncConfig::Choice SyncConfig::choice() const
{
    Choice c;
    c.mode = mode == Mode::None ? Mode::Flexible : mode;
    c.databaseName = databaseName();
    c.queryableFields = queryableFields();
    c.partitionKey = partitionKey();
    if (!partitionType().isEmpty())
        c.partitionType = partitionType();
    c.partitionRequired = partitionRequired();
    c.permissions = permissions();
    c.extra = block;
    for (const char *edited : {"state", "database_name", "queryable_fields_names", "partition",
             "permissions", "last_disabled"})
        c.extra.remove(QString::fromLatin1(edited));
    return c;
}

QStringList SyncConfig::splitFieldList(const QString &text)
{
    QStringList out;
    for (const QString &f : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!f.trimmed().isEmpty())
            out.append(f.trimmed());
    return out;
}
