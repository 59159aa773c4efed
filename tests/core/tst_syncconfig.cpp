// SyncConfig's own logic: the one-line summary, the configuration Enable Sync builds from what
// the steps ask for, and the way back from a saved configuration to those steps.
#include "ConfigLayout.h"
#include "SyncConfig.h"

#include <QJsonArray>
#include <QTest>

class TestSyncConfig : public QObject
{
    Q_OBJECT

private slots:
    // The app's config layout as the draft's diff names its files.
    void configLayoutFromTheDiffsFileNames()
    {
        const QString sync = QStringLiteral(
            "--- sync/config.json\n+++ sync/config.json\n@@ -1,5 +1,5 @@\n {\n-    \"state\": \"enabled\",\n");
        const QString services = QStringLiteral("--- services/Example-Service/config.json\n+++ "
                                                "services/Example-Service/config.json\n@@ -5,18 +5,6 @@\n");
        const QString hosting = QStringLiteral("--- hosting/metadata.json\n+++ hosting/metadata.json\n");
        QVERIFY(ConfigLayouts::fromDiffs({sync}) == ConfigLayout::SyncDirectory);
        QVERIFY(ConfigLayouts::fromDiffs({services}) == ConfigLayout::Services);
        QVERIFY(ConfigLayouts::fromDiffs({hosting, services}) == ConfigLayout::Services);
        QVERIFY(ConfigLayouts::fromDiffs({services, sync}) == ConfigLayout::SyncDirectory);
        QVERIFY(!ConfigLayouts::fromDiffs({}).has_value());
        QVERIFY(!ConfigLayouts::fromDiffs({hosting}).has_value());
    }

    void summaries()
    {
        SyncConfig flexible;
        flexible.mode = SyncConfig::Mode::Flexible;
        flexible.block = {{QStringLiteral("queryable_fields_names"),
            QJsonArray {QStringLiteral("owner_id"), QStringLiteral("team")}}};
        QCOMPARE(flexible.summary(), QStringLiteral("owner_id, team"));

        SyncConfig partition;
        partition.mode = SyncConfig::Mode::PartitionBased;
        partition.block = {{QStringLiteral("partition"),
            QJsonObject {{QStringLiteral("key"), QStringLiteral("_partition")},
                {QStringLiteral("type"), QStringLiteral("string")},
                {QStringLiteral("required"), false}}}};
        QCOMPARE(partition.summary(), QStringLiteral("_partition, string"));
        QJsonObject p = partition.block.value(QStringLiteral("partition")).toObject();
        p.insert(QStringLiteral("required"), true);
        partition.block.insert(QStringLiteral("partition"), p);
        QCOMPARE(partition.summary(), QStringLiteral("_partition, string, required"));
    }

    void fromChoiceNeedsWhatEachModeNeeds()
    {
        SyncConfig::Choice c;
        c.mode = SyncConfig::Mode::Flexible;
        QVERIFY(!SyncConfig::fromChoice(c)); // no database
        c.databaseName = QStringLiteral("  todo ");
        c.queryableFields = {QStringLiteral("owner_id")};
        c.permissions = {{QStringLiteral("rules"), QJsonObject()}};
        c.extra = {{QStringLiteral("client_max_offline_days"), 30}};
        const std::optional<SyncConfig> flexible = SyncConfig::fromChoice(c);
        QVERIFY(flexible);
        QCOMPARE(flexible->databaseName(), QStringLiteral("todo"));
        QCOMPARE(flexible->queryableFields(), QStringList {QStringLiteral("owner_id")});
        QCOMPARE(flexible->block.value(QStringLiteral("client_max_offline_days")).toInt(), 30);
        QVERIFY(!flexible->block.contains(QStringLiteral("partition")));

        c.mode = SyncConfig::Mode::PartitionBased;
        QVERIFY(!SyncConfig::fromChoice(c)); // no partition key
        c.partitionKey = QStringLiteral("_partition");
        c.partitionType = QStringLiteral("objectId");
        c.partitionRequired = true;
        const std::optional<SyncConfig> partition = SyncConfig::fromChoice(c);
        QVERIFY(partition);
        QCOMPARE(partition->partitionKey(), QStringLiteral("_partition"));
        QCOMPARE(partition->partitionType(), QStringLiteral("objectId"));
        QVERIFY(partition->partitionRequired());
        QCOMPARE(partition->permissions(), c.permissions);
        QVERIFY(!partition->block.contains(QStringLiteral("queryable_fields_names")));

        c.mode = SyncConfig::Mode::None;
        QVERIFY(!SyncConfig::fromChoice(c));
    }

    void aSavedConfigGoesBackToItsChoice()
    {
        SyncConfig saved;
        saved.mode = SyncConfig::Mode::Flexible;
        saved.block = {{QStringLiteral("state"), QStringLiteral("enabled")},
            {QStringLiteral("database_name"), QStringLiteral("todo")},
            {QStringLiteral("queryable_fields_names"), QJsonArray {QStringLiteral("team")}},
            {QStringLiteral("permissions"), QJsonObject {{QStringLiteral("rules"), QJsonObject()}}},
            {QStringLiteral("last_disabled"), 1700000000},
            {QStringLiteral("is_recovery_mode_disabled"), true}};
        const SyncConfig::Choice c = saved.choice();
        QCOMPARE(c.databaseName, QStringLiteral("todo"));
        QCOMPARE(c.extra.keys(), QStringList {QStringLiteral("is_recovery_mode_disabled")});
        const std::optional<SyncConfig> again = SyncConfig::fromChoice(c);
        QVERIFY(again);
        QJsonObject expected = saved.block;
        expected.remove(QStringLiteral("state"));
        expected.remove(QStringLiteral("last_disabled"));
        QCOMPARE(again->block, expected);
    }

    void typedGettersReadTheBlock()
    {
        SyncConfig c;
        QVERIFY(!c.recoveryDisabled());
        QVERIFY(!c.lastDisabled().isValid());
        c.block = {{QStringLiteral("is_recovery_mode_disabled"), true},
            {QStringLiteral("last_disabled"), 1700000000}};
        QVERIFY(c.recoveryDisabled());
        QCOMPARE(c.lastDisabled(), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    }

    void splitsFieldLists()
    {
        QCOMPARE(SyncConfig::splitFieldList(QStringLiteral(" a, b ,,c ,")),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(SyncConfig::splitFieldList(QStringLiteral(" , ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncConfig)
#include "tst_syncconfig.moc"
