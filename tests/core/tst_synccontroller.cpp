// SyncController against the in-process simulator over loopback HTTP.
#include "ControllerFixture.h"

using Status = SyncController::Status;

class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheAppsState()
    {
        ControllerFixture s;
        QVERIFY(s.loggedIn);
        QCOMPARE(s.controller->status(), Status::Unknown);
        QVERIFY(s.load());
        QCOMPARE(s.controller->status(), Status::Enabled);
        QCOMPARE(s.controller->mode(), SyncConfig::Mode::Flexible);
        QCOMPARE(s.controller->app().name, QStringLiteral("TaskTracker"));
        QCOMPARE(
            s.controller->clusterLabel(), QStringLiteral("Cluster0 - (Service: mongodb-atlas)"));
        QVERIFY(s.controller->draftsEnabled());
        QVERIFY(!s.controller->hasDraft());
        QCOMPARE(s.controller->metrics().lagMs, 120);
        QCOMPARE(s.controller->devices().size(), 5);
        QCOMPARE(s.controller->devicesWithUnsyncedChanges(), 2);
    }

    void terminateWithDraftsThenDeploy()
    {
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        const SyncConfig before = s.controller->config().sync;
        s.controller->terminate();
        QVERIFY(s.controller->isBusy());
        s.controller->terminate(); // a second click while the first runs is ignored
        QVERIFY(s.idle());
        QVERIFY(!s.controller->lastError().isError());
        QCOMPARE(s.controller->status(), Status::Disabled);
        QVERIFY(s.controller->hasDraft());
        QCOMPARE(s.sim.app().deployed.state(), SyncConfig::State::Enabled); // only staged
        const auto snapshot = s.controller->snapshot();
        QVERIFY(snapshot.has_value());
        QCOMPARE(snapshot->sync.block, before.block);

        s.controller->loadDiff();
        QVERIFY(s.idle());
        QVERIFY(s.controller->isDiffLoaded());
        QVERIFY(
            s.controller->diff().diffs.first().contains(QStringLiteral("-        \"sync\": {")));

        QSignalSpy succeeded(s.controller.get(), &SyncController::deploymentSucceeded);
        s.controller->deploy();
        s.controller->deploy(); // one deployment, however many clicks
        QVERIFY(succeeded.wait(10000));
        QVERIFY(s.idle());
        QCOMPARE(s.sim.app().deployments.size(), 1);
        QCOMPARE(s.sim.app().deployed.mode, SyncConfig::Mode::None);
        QVERIFY(!s.controller->hasDraft());
        QCOMPARE(s.controller->status(), Status::Disabled);
        QCOMPARE(s.controller->deployment()->status(), Deployment::Status::Successful);
    }

    void reEnableFromTheSnapshot()
    {
        ControllerFixture s(QStringLiteral("partition"));
        s.sim.app().uiDraftsDisabled = true;
        QVERIFY(s.load());
        s.controller->terminate();
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Disabled);
        QVERIFY(!s.controller->hasDraft()); // drafts off: deployed at once
        s.controller->enable(s.controller->snapshot()->sync);
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Enabled);
        QCOMPARE(s.controller->config().sync.partitionKey(), QStringLiteral("_partition"));
    }

    void pauseAndResumeWithDraftsOff()
    {
        ControllerFixture s;
        s.sim.app().uiDraftsDisabled = true;
        QVERIFY(s.load());
        s.controller->pause();
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Paused);
        QVERIFY(s.controller->pausedSince().isValid());
        s.controller->resume();
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Enabled);
    }

    void refusedResumeIsReported()
    {
        ControllerFixture s(QStringLiteral("oplog-rollover"));
        s.sim.app().uiDraftsDisabled = true;
        QVERIFY(s.load());
        QSignalSpy refused(s.controller.get(), &SyncController::resumeRefused);
        s.controller->resume();
        QVERIFY(refused.wait(5000));
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Paused);
        QCOMPARE(s.controller->lastError().errorCode, QStringLiteral("SyncResumeOplogRolledOver"));
    }

    void reusesADraftMadeElsewhere()
    {
        ControllerFixture s;
        QVERIFY(s.load());
        s.sim.backend.createDraft(s.sim.app()); // someone else, in the browser
        s.controller->pause(); // the controller has not seen that draft yet
        QVERIFY(s.idle());
        QVERIFY(!s.controller->lastError().isError());
        QVERIFY(s.controller->hasDraft());
        QCOMPARE(s.controller->status(), Status::Paused);
    }

    void failedDeploymentIsReportedAndStateReread()
    {
        ControllerFixture s;
        QVERIFY(s.load());
        QVERIFY(
            s.sim.inject(QStringLiteral("POST */deployment deploy-error=cluster is unreachable")));
        s.controller->pause();
        QVERIFY(s.idle());
        QSignalSpy failed(s.controller.get(), &SyncController::deploymentFailed);
        s.controller->deploy();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Deployment>().statusErrorMessage,
            QStringLiteral("cluster is unreachable"));
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Enabled); // the server still runs Sync
    }

    void aLostDeployReplyIsReconciled()
    {
        ControllerFixture s;
        QVERIFY(s.load());
        s.controller->pause();
        QVERIFY(s.idle());
        QVERIFY(s.sim.inject(QStringLiteral("POST */deployment drop count=3")));
        QSignalSpy succeeded(s.controller.get(), &SyncController::deploymentSucceeded);
        QSignalSpy failed(s.controller.get(), &SyncController::failed);
        s.controller->deploy();
        QVERIFY(succeeded.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(s.sim.app().deployments.size(), 1);
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Paused);
    }

    void discardRestoresTheDeployedState()
    {
        ControllerFixture s;
        QVERIFY(s.load());
        s.controller->terminate();
        QVERIFY(s.idle());
        QCOMPARE(s.controller->status(), Status::Disabled);
        s.controller->discard();
        QVERIFY(s.idle());
        QVERIFY(!s.controller->hasDraft());
        QCOMPARE(s.controller->status(), Status::Enabled);
    }

    void failuresAreShownAndTheServerReread()
    {
        ControllerFixture s;
        QVERIFY(s.load());
        QVERIFY(s.sim.inject(QStringLiteral("PATCH */config status=500 count=1")));
        QSignalSpy failed(s.controller.get(), &SyncController::failed);
        s.controller->pause();
        QVERIFY(s.idle());
        QVERIFY(failed.size() >= 1);
        QCOMPARE(s.controller->lastError().httpStatus, 500);
        QCOMPARE(s.controller->status(), Status::Enabled);
        QVERIFY(s.controller->hasDraft()); // the empty draft the server made is shown, not hidden
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
