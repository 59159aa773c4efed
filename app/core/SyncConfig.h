#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The sync block of a linked cluster's config: `flexible_sync` or (Partition-Based) `sync`.
// The block is kept whole so that fields this console does not know survive a round trip.
struct SyncConfig
{
    enum class Mode { None, Flexible, PartitionBased };
    enum class State { Terminated, Enabled, Paused };

    Mode mode = Mode::None;
    QJsonObject block;

    State state() const { return stateFromString(stateText()); }
    QString stateText() const { return block.value(QLatin1String("state")).toString(); }
    QString databaseName() const { return block.value(QLatin1String("database_name")).toString(); }
    QString partitionKey() const;
    QString partitionType() const;
    bool partitionRequired() const;
    QStringList queryableFields() const;
    QStringList indexedQueryableFields() const;
    QJsonObject permissions() const;

    // "flexible_sync" or "sync"; empty for Mode::None.
    static QString jsonKey(Mode mode);
    static State stateFromString(const QString &state);
    static QString stateToString(State state);
};
