#include "Scenarios.h"

#include "ScenarioBuilders.h"
#include "SimBackend.h"

#include <QCoreApplication>

namespace Scenarios {
namespace {

    // One scenario: its name, its texts (translated when asked for) and what builds it.
    struct Entry
    {
        const char *name;
        const char *title;
        const char *description;
        const char *whatHappened;
        const char *whatToDo;
        const char *success;
        void (*build)(SimBackend &, qint64);
    };

    // clang-format off
    const Entry entries[] = {
        {"flexible",
            QT_TRANSLATE_NOOP("Scenarios", "A healthy Flexible Sync app"),
            QT_TRANSLATE_NOOP("Scenarios", "A healthy Flexible Sync app with drafts on (the default)."),
            QT_TRANSLATE_NOOP("Scenarios", "Nothing went wrong. TaskTracker syncs five devices with Flexible Sync; two of them were used offline and hold changes they have not uploaded yet."),
            QT_TRANSLATE_NOOP("Scenarios", "Practise the documented procedure: Terminate Sync, review and deploy the draft, wait, then enable Sync again from the saved configuration and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled again, the deployment history shows both deployments, and the client recovery panel counts the devices as they reset."),
            &ScenarioBuilders::flexible},
        {"partition",
            QT_TRANSLATE_NOOP("Scenarios", "The documented example (Partition-Based)"),
            QT_TRANSLATE_NOOP("Scenarios", "A healthy Partition-Based Sync app with drafts on, as in the documented terminate procedure."),
            QT_TRANSLATE_NOOP("Scenarios", "Nothing went wrong. ExampleApp syncs with Partition-Based Sync on ExampleCluster, exactly as in the figures of the documentation."),
            QT_TRANSLATE_NOOP("Scenarios", "Follow the figures: Terminate Sync, confirm in the dialog, then Review & Deploy and Deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "The green banner says the deployment was successful and the Sync page offers Enable Sync."),
            &ScenarioBuilders::partition},
        {"shared-tier-upgrade",
            QT_TRANSLATE_NOOP("Scenarios", "Shared-tier cluster upgraded to a dedicated one"),
            QT_TRANSLATE_NOOP("Scenarios", "Cluster0 was upgraded from the shared tier M2 to M10 this morning; Sync stopped and devices' changes pile up."),
            QT_TRANSLATE_NOOP("Scenarios", "This morning the team upgraded Cluster0 from the shared tier M2 to the dedicated tier M10. Since then Sync's translator cannot resume: the logs show ChangeStreamHistoryLost, the header metrics stopped at the upgrade, and no device's changes reach the cluster."),
            QT_TRANSLATE_NOOP("Scenarios", "An upgrade from a shared tier needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled on the dedicated cluster, the header metrics move again, and every device resets once (error 208) and syncs; the Swift device recovers its seven changes."),
            &ScenarioBuilders::sharedTierUpgrade},
        {"region-move",
            QT_TRANSLATE_NOOP("Scenarios", "Cluster moved to another region or cloud provider"),
            QT_TRANSLATE_NOOP("Scenarios", "ExampleCluster moved from AWS US_EAST_1 to GCP WESTERN_EUROPE two hours ago; Sync cannot resume its change stream."),
            QT_TRANSLATE_NOOP("Scenarios", "Two hours ago ExampleCluster was moved from AWS in US_EAST_1 to GCP in WESTERN_EUROPE. The moved cluster's oplog starts after Sync's resume point, so the translator stopped with ChangeStreamHistoryLost and nothing syncs."),
            QT_TRANSLATE_NOOP("Scenarios", "A move across regions or cloud providers needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again with the partition key _partition and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled on the moved cluster and the devices come back through a client reset."),
            &ScenarioBuilders::regionMove},
        {"nvme-upgrade",
            QT_TRANSLATE_NOOP("Scenarios", "Cluster upgraded to NVMe storage"),
            QT_TRANSLATE_NOOP("Scenarios", "InventoryScanner's cluster went from M40 to M40_NVME three hours ago; its rebuilt nodes lost the oplog Sync needs."),
            QT_TRANSLATE_NOOP("Scenarios", "Three hours ago the cluster was upgraded from M40 to M40_NVME. Atlas rebuilt its nodes with an initial sync, so the oplog Sync was reading is gone; the translator stopped with ChangeStreamHistoryLost."),
            QT_TRANSLATE_NOOP("Scenarios", "An NVMe upgrade needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled again and every device resets once and syncs."),
            &ScenarioBuilders::nvmeUpgrade},
        {"oplog-rollover",
            QT_TRANSLATE_NOOP("Scenarios", "The oplog rolled over"),
            QT_TRANSLATE_NOOP("Scenarios", "Sync paused three days ago on a cluster whose oplog keeps 48 hours: resuming is refused, Sync must be terminated and enabled again."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync was paused three days ago for maintenance. The cluster's oplog keeps only 48 hours, so it no longer reaches back to the pause: the logs show the translator's ChangeStreamHistoryLost error."),
            QT_TRANSLATE_NOOP("Scenarios", "Try Resume Sync and read why it is refused (SyncResumeOplogRolledOver). Then Terminate Sync, deploy the draft, wait, enable Sync again from the saved configuration and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled again with the configuration it had, and the devices reset and sync: recovered changes are kept, discarded ones are counted."),
            &ScenarioBuilders::oplogRollover},
        {"idle-auto-pause",
            QT_TRANSLATE_NOOP("Scenarios", "Sync paused on an idle shared-tier cluster"),
            QT_TRANSLATE_NOOP("Scenarios", "HabitJournal on an M0 cluster was unused for 30 days and Sync paused itself 32 days ago; resuming works, devices reset."),
            QT_TRANSLATE_NOOP("Scenarios", "Nobody used HabitJournal for 30 days, so Sync paused itself on its shared M0 cluster 32 days ago. This morning users opened the app again and their devices are refused (error 213, Sync is paused)."),
            QT_TRANSLATE_NOOP("Scenarios", "Resume Sync and deploy. Nothing wrote to the idle cluster, so its oplog still reaches back to the pause and the resume is accepted; had it been refused, terminate and enable Sync again as for an oplog rollover."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled, and the devices, offline longer than the 30-day client maximum offline time, reset once (error 222) and sync."),
            &ScenarioBuilders::idleAutoPause},
        {"support-troubleshooting",
            QT_TRANSLATE_NOOP("Scenarios", "Troubleshooting at support's request"),
            QT_TRANSLATE_NOOP("Scenarios", "DeliveryRoutes has refused one client's uploads for a week; support asks to terminate and re-enable Sync."),
            QT_TRANSLATE_NOOP("Scenarios", "For a week the Node.js client of DeliveryRoutes has been refused with BadChangeset (212) and the lag keeps growing. Support reviewed the logs and asks you to terminate and re-enable Sync, in their order."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync, deploy the draft, wait about ten minutes as support recommends, enable Sync again from the saved configuration, deploy, and watch the clients come back."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled again, the BadChangeset errors stop, and every device resets once; nothing is lost from the devices that recover."),
            &ScenarioBuilders::supportTroubleshooting},
        {"sync-mode-switch",
            QT_TRANSLATE_NOOP("Scenarios", "Switching from Partition-Based to Flexible Sync"),
            QT_TRANSLATE_NOOP("Scenarios", "ExampleApp moves from Partition-Based to Flexible Sync; the switch is refused while Sync runs."),
            QT_TRANSLATE_NOOP("Scenarios", "The team of ExampleApp rewrote its clients for Flexible Sync. The app still runs Partition-Based Sync, and the service refuses to change the mode while Sync is enabled or paused (SyncModeChangeNotAllowed)."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync, review and deploy the draft, then enable Sync in Flexible mode with a database and queryable fields, and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Flexible Sync is enabled and the old Partition-Based devices reset once."),
            &ScenarioBuilders::syncModeSwitch},
        {"breaking-change",
            QT_TRANSLATE_NOOP("Scenarios", "A change that needs Sync off"),
            QT_TRANSLATE_NOOP("Scenarios", "SensorHub's synced collection iot.Alert was dropped, and the team wants a new indexed field: both need Sync terminated."),
            QT_TRANSLATE_NOOP("Scenarios", "A migration script dropped the synced collection iot.Alert yesterday, and Sync stopped translating. The team also wants site_id as the indexed queryable field and a new data ingest collection; the service refuses both while Sync is enabled or paused."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync, review and deploy the draft, then enable Sync again and deploy. The new indexed field and data ingest collections belong in that new configuration: the service accepts them only while Sync is off."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled again, changes are translated again, and the devices reset once."),
            &ScenarioBuilders::breakingChange},
        {"drill-deploy-fails",
            QT_TRANSLATE_NOOP("Scenarios", "Drill: the deployment fails"),
            QT_TRANSLATE_NOOP("Scenarios", "The first deployment fails with the server's message; the next one goes through."),
            QT_TRANSLATE_NOOP("Scenarios", "TaskTracker is healthy, but the Sync service is slow today: the first deployment will time out on the server and fail."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync and deploy the draft. When the red banner shows the server's message, read it, then terminate and deploy again (or redeploy from the history)."),
            QT_TRANSLATE_NOOP("Scenarios", "The second deployment is successful and the history shows the failed one before it, with its message."),
            &ScenarioBuilders::drillDeployFails},
        {"drill-foreign-draft",
            QT_TRANSLATE_NOOP("Scenarios", "Drill: someone else's draft is waiting"),
            QT_TRANSLATE_NOOP("Scenarios", "Another admin left an undeployed draft that adds a queryable field."),
            QT_TRANSLATE_NOOP("Scenarios", "Forty minutes ago another admin started adding the queryable field priority and left the draft undeployed. The blue bar says changes have been made since the last deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Open REVIEW & DISCARD and read their change first. Once they agree, discard it, then Terminate Sync and deploy your own draft alone."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is terminated by a deployment of yours that holds only the terminate; their queryable field was never deployed."),
            &ScenarioBuilders::drillForeignDraft},
        {"drill-session-expires",
            QT_TRANSLATE_NOOP("Scenarios", "Drill: the session expires midway"),
            QT_TRANSLATE_NOOP("Scenarios", "Access tokens live 90 seconds and the first renewal is refused: sign in again mid-procedure."),
            QT_TRANSLATE_NOOP("Scenarios", "The project's sessions are short today: access tokens live 90 seconds, and the first attempt to renew one will be refused."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync and deploy the draft. When the console asks you to sign in again, sign in and carry on where you were."),
            QT_TRANSLATE_NOOP("Scenarios", "After signing in again the draft is still there, and its deployment is successful."),
            &ScenarioBuilders::drillSessionExpires},
        {"drill-rate-limited",
            QT_TRANSLATE_NOOP("Scenarios", "Drill: the server is busy (429/503)"),
            QT_TRANSLATE_NOOP("Scenarios", "The server answers 503 and 429 for a while: reads are retried, a refused change must be made again."),
            QT_TRANSLATE_NOOP("Scenarios", "The service is under load: the first reads of the configuration answer 503, the first change answers 429 (Too Many Requests) and the first deployment 503, each with Retry-After."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync and deploy the draft. When a change or a deployment is refused, wait for the time the server asks, then do it again; the Activity page shows every call."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is terminated by one successful deployment, and nothing was sent twice."),
            &ScenarioBuilders::drillRateLimited},
        {"drill-concurrent-deploy",
            QT_TRANSLATE_NOOP("Scenarios", "Drill: someone else deploys during your review"),
            QT_TRANSLATE_NOOP("Scenarios", "While you review your draft, another admin deploys a new queryable field."),
            QT_TRANSLATE_NOOP("Scenarios", "Another admin is working on TaskTracker at the same time as you: while your review is on screen, they deploy the queryable field priority."),
            QT_TRANSLATE_NOOP("Scenarios", "Terminate Sync and deploy the draft, then check the deployment history: a deployment of theirs came before yours. Enable Sync again with their field added to the queryable fields, and deploy."),
            QT_TRANSLATE_NOOP("Scenarios", "Sync is enabled again with the queryable fields owner_id, team and priority: their change survived yours."),
            &ScenarioBuilders::drillConcurrentDeploy},
    };
    // clang-format on

    const Entry *find(const QString &name)
    {
        for (const Entry &e : entries)
            if (name == QLatin1String(e.name))
                return &e;
        return nullptr;
    }

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Scenarios", text);
    }

} // namespace

QString defaultName()
{
    return QStringLiteral("flexible");
}

QStringList names()
{
    QStringList out;
    for (const Entry &e : entries)
        out.append(QLatin1String(e.name));
    return out;
}

QString title(const QString &name)
{
    const Entry *e = find(name);
    return e ? tr(e->title) : QString();
}

QString description(const QString &name)
{
    const Entry *e = find(name);
    return e ? tr(e->description) : QString();
}

ScenarioBriefing briefing(const QString &name)
{
    const Entry *e = find(name);
    if (!e)
        return {};
    return {tr(e->whatHappened), tr(e->whatToDo), tr(e->success)};
}

bool load(const QString &name, SimBackend &backend)
{
    const Entry *e = find(name);
    if (!e)
        return false;
    backend.clear();
    e->build(backend, backend.now().toSecsSinceEpoch());
    backend.stepDevices(); // the online devices connect (or are refused while Sync is paused)
    backend.markScenarioStart(name);
    return true;
}

} // namespace Scenarios
