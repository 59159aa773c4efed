#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// The sync block of a linked cluster's config: `flexible_sync` or (Partition-Based) `sync`.
// The block is kept whole so that fields this console does not know survive a round trip.
// Views read the typed getters; `block` is the wire form, for the parser, the PATCH builders,
// the snapshot store and the simulator, which plays the server.
struct SyncConfig
{
    Q_DECLARE_TR_FUNCTIONS(SyncConfig)

public:
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
    // Data Ingest: the collections devices only insert into (`asymmetric_tables`).
    QStringList asymmetricTables() const;
    // How long a device may stay offline before it must reset (`client_max_offline_days`).
    int clientMaxOfflineDays() const;
    QJsonObject permissions() const;
    // Client Recovery is off (`is_recovery_mode_disabled`): a client reset discards unsynced
    // changes instead of recovering them.
    bool recoveryDisabled() const;
    // When Sync was last paused (`last_disabled`); invalid when the block does not say.
    QDateTime lastDisabled() const;

    // One line for the configuration step: "owner_id, team" (Flexible) or
    // "_partition, string, required" (Partition-Based).
    QString summary() const;

    // What the get-started steps of Enable Sync ask for. `extra` keeps the fields of a restored
    // block that the steps do not edit, so that they survive re-enabling.
    struct Choice
    {
        Mode mode = Mode::Flexible;
        QString databaseName;
        QStringList queryableFields;
        QString partitionKey;
        QString partitionType = QStringLiteral("string");
        bool partitionRequired = false;
        QJsonObject permissions;
        QJsonObject extra;
    };
    // The configuration to enable Sync with, or nothing when a required field is missing.
    static std::optional<SyncConfig> fromChoice(const Choice &choice);
    // The choice this configuration describes, to fill the steps again.
    Choice choice() const;
    // "owner_id, team ," as typed: the names, trimmed, without empty ones.
    static QStringList splitFieldList(const QString &text);

    // "flexible_sync" or "sync"; empty for Mode::None.
    static QString jsonKey(Mode mode);
    static State stateFromString(const QString &state);
    static QString stateToString(State state);
};

inline bool operator==(const SyncConfig &a, const SyncConfig &b)
{
    return a.mode == b.mode && a.block == b.block;
}
inline bool operator!=(const SyncConfig &a, const SyncConfig &b)
{
    return !(a == b);
}
