// SyncController against the in-process simulator over loopback HTTP.
#include "ControllerFixture.h"
#include "AdminApiClient.h"
#include "DeploymentFlow.h"
#include "ScenarioCatalog.h"
#include "SimReply.h"
#include "SimRequest.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

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
        QCOMPARE(s.controller->metrics().lagMs, 1000);
        QCOMPARE(s.controller->devices().size(), 5);
        QCOMPARE(s.controller->devicesWithUnsyncedChanges(), 2);
    }

    void eachAreaSignalsOnlyWhenItChanged()
    {
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        SyncController *c = s.controller.get();
        QSignalSpy state(c, &SyncController::stateChanged);
        QSignalSpy draft(c, &SyncController::draftChanged);
        QSignalSpy deployment(c, &SyncController::deploymentChanged);
        QSignalSpy deployments(c, &SyncController::deploymentsChanged);
        QSignalSpy devices(c, &SyncController::devicesChanged);
        QSignalSpy refreshed(c, &SyncController::refreshed);

        QVERIFY(s.load()); // the server holds what the controller holds
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(state.size(), 0);
        QCOMPARE(draft.size(), 0);
        QCOMPARE(deployments.size(), 0);
        QCOMPARE(devices.size(), 0);

        s.sim.backend.createDraft(s.sim.app()); // made elsewhere
        QVERIFY(s.load());
        QCOMPARE(draft.size(), 1);
        QCOMPARE(state.size(), 0);
        QCOMPARE(deployments.size(), 0);

        // While the deployment is polled, only its progress is signalled; the list follows
        // once, when it has ended.
        s.sim.backend.setDeploymentDelayMs(200);
        draft.clear();
        QSignalSpy succeeded(c, &SyncController::deploymentSucceeded);
        c->deploy();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        QVERIFY(s.idle());
        QTRY_COMPARE(refreshed.size(), 3);
        QVERIFY2(deployment.size() >= 3, qPrintable(QString::number(deployment.size())));
        QCOMPARE(deployments.size(), 1);
        QCOMPARE(draft.size(), 1); // the draft is used up
    }

    void aReadOvertakenByAChangeIsDropped()
    {
        // A refresh still in flight when Deploy is clicked would bring back the draft that the
        // deployment has just used up.
        ControllerFixture s;
        s.sim.backend.createDraft(s.sim.app());
        QVERIFY(s.load());
        QVERIFY(s.controller->hasDraft());
        QVERIFY(s.sim.inject(QStringLiteral("GET */drafts latency=300 count=1")));
        s.sim.backend.setDeploymentDelayMs(900);
        QList<bool> draftShown;
        connect(s.controller.get(), &SyncController::draftChanged, this,
            [&] { draftShown.append(s.controller->hasDraft()); });
        QSignalSpy succeeded(s.controller.get(), &SyncController::deploymentSucceeded);
        s.controller->refresh();
        s.controller->deploy();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        QVERIFY(s.idle());
        QVERIFY(!draftShown.isEmpty());
        QVERIFY2(!draftShown.contains(true), "a stale read showed the used-up draft again");
        QVERIFY(!s.controller->hasDraft());
    }

    void aDeploymentIsPolledSoonThenLessOften()
    {
        // 250 ms after it starts, then twice as long each time, never longer than the setting.
        QList<int> delays;
        for (int poll = 0; poll < 7; ++poll)
            delays.append(DeploymentFlow::pollDelayMs(poll, 1000));
        QCOMPARE(delays, (QList<int> {250, 500, 1000, 1000, 1000, 1000, 1000}));
        QCOMPARE(DeploymentFlow::pollDelayMs(0, 10), 10); // tests poll fast
        QCOMPARE(DeploymentFlow::pollDelayMs(1000, 1000), 1000);
        QCOMPARE(DeploymentFlow::pollDelayMs(1, 400), 400);
        QCOMPARE(DeploymentFlow::pollDelayMs(0, 250), 250); // the setting's least
    }

    void aQuickDeploymentIsSeenByTheFirstPoll_data()
    {
        QTest::addColumn<int>("deploymentMs");
        QTest::addColumn<int>("maxPolls");
        // Seen by the first poll, a quarter of a second after it started.
        QTest::newRow("quick, 150 ms") << 150 << 1;
        // At most one poll more than a fixed 1 s timer would make (the early one): 250, 750,
        // 1750 and 2750 ms, against 1, 2 and 3 s.
        QTest::newRow("slow, 2.5 s") << 2500 << 4;
    }

    void aQuickDeploymentIsSeenByTheFirstPoll()
    {
        // Counted at the simulator: the polls a real poll setting (1 s) makes.
        QFETCH(int, deploymentMs);
        QFETCH(int, maxPolls);
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        s.controller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(s.controller->hasDraft(), 10000);
        QVERIFY(s.idle());
        s.controller->setPollIntervalMs(1000);
        s.sim.backend.setDeploymentDelayMs(deploymentMs);
        int polls = 0;
        QObject context;
        connect(&s.sim.server, &SimServer::exchanged, &context,
            [&polls](const SimRequest &request, const SimReply &) {
                static const QRegularExpression poll(QStringLiteral("/deployments/[0-9a-f]+$"));
                if (request.method == "GET" && poll.match(request.path).hasMatch())
                    ++polls;
            });
        QSignalSpy succeeded(s.controller.get(), &SyncController::deploymentSucceeded);
        s.controller->deploy();
        QVERIFY(succeeded.wait(10000));
        QVERIFY2(polls >= 1 && polls <= maxPolls, qPrintable(QString::number(polls)));
    }

    void aGarbledPollIsAskedAgain()
    {
        // The deployment goes on whatever one poll's answer looked like: only its real end
        // decides how the procedure ends.
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        s.controller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(s.controller->hasDraft(), 10000);
        QVERIFY(s.idle());
        s.sim.backend.setDeploymentDelayMs(200);
        QVERIFY(s.sim.inject(QStringLiteral("GET */deployments/* malformed count=2")));
        QSignalSpy failed(s.controller.get(), &SyncController::failed);
        QSignalSpy succeeded(s.controller.get(), &SyncController::deploymentSucceeded);
        s.controller->deploy();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(s.sim.app().deployments.size(), 1);
    }

    void anInterruptedStepSaysWhereAndWhatMayHaveHappened()
    {
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        // The change reaches the server; its answer does not (twice: Qt resends once by itself).
        QVERIFY(s.sim.inject(QStringLiteral("PATCH */config drop count=2")));
        QSignalSpy failed(s.controller.get(), &SyncController::failed);
        s.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 10000);
        const QString message = failed.first().first().value<ApiError>().message();
        QVERIFY2(
            message.contains(QStringLiteral("Saving the change into the draft was interrupted."))
                && message.contains(QStringLiteral("may already have made this change")),
            qPrintable(message));
        QVERIFY(s.idle());
        // And the state shown is the server's: the change is in the draft.
        QCOMPARE(s.controller->status(), Status::Disabled);
        QVERIFY(s.controller->hasDraft());
    }

    void aDamagedSnapshotIsSetAsideAndSaid()
    {
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        s.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(s.controller->hasDraft(), 10000);
        QVERIFY(s.idle());
        QVERIFY(s.controller->snapshot());
        const QStringList files
            = QDir(s.snapshots.directory()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString path = s.snapshots.directory() + QLatin1Char('/') + files.first();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"app_id\": 12, \"blo");
        file.close();

        SyncController again(s.sim.client.get(), s.sim.appRef(), &s.snapshots);
        QVERIFY(!again.snapshot());
        QVERIFY2(again.snapshotProblem().contains(QStringLiteral("damaged")),
            qPrintable(again.snapshotProblem()));
        QVERIFY(!QFile::exists(path));
        const QStringList aside = QDir(s.snapshots.directory())
                                      .entryList({files.first() + QStringLiteral(".damaged-*")});
        QCOMPARE(aside.size(), 1);
        // Nothing saved at all is no problem to report.
        QTemporaryDir empty;
        SyncSnapshotStore none(empty.path());
        SyncController fresh(s.sim.client.get(), s.sim.appRef(), &none);
        QVERIFY(!fresh.snapshot());
        QVERIFY(fresh.snapshotProblem().isEmpty());
    }

    void aDraftDeployedOrChangedElsewhereIsNotDeployedStale_data()
    {
        QTest::addColumn<QString>("elsewhere");
        QTest::newRow("deployed") << QStringLiteral("deployed");
        QTest::newRow("discarded") << QStringLiteral("discarded");
        QTest::newRow("changed") << QStringLiteral("changed");
    }

    void aDraftDeployedOrChangedElsewhereIsNotDeployedStale()
    {
        QFETCH(QString, elsewhere);
        ControllerFixture s(QStringLiteral("partition"));
        QVERIFY(s.load());
        SyncController *c = s.controller.get();
        c->pause();
        QTRY_VERIFY_WITH_TIMEOUT(c->hasDraft(), 10000);
        QVERIFY(s.idle());
        c->loadDiff(); // the deploy dialog shows it
        QTRY_VERIFY_WITH_TIMEOUT(c->isDiffLoaded(), 10000);
        QVERIFY(s.idle());
        const QStringList reviewed = c->diff().diffs;

        // Meanwhile, in the browser:
        SimApp &app = s.sim.app();
        if (elsewhere == QLatin1String("deployed"))
            s.sim.backend.deployDraft(app, QStringLiteral("by a colleague"), QString());
        else if (elsewhere == QLatin1String("discarded"))
            s.sim.backend.discardDraft(app);
        else
            QVERIFY(!s.sim.backend
                         .changeSync(app, SyncConfig::Mode::PartitionBased,
                             {{QStringLiteral("state"), QStringLiteral("")}})
                         .isRefused());
        const int deploymentsBefore = int(app.deployments.size());

        QSignalSpy failed(c, &SyncController::failed);
        QSignalSpy succeeded(c, &SyncController::deploymentSucceeded);
        c->deploy();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(s.idle());
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(int(app.deployments.size()), deploymentsBefore); // nothing deployed by us
        const QString message = failed.first().first().value<ApiError>().message();
        QVERIFY2(message.contains(QStringLiteral("Nothing was deployed")), qPrintable(message));
        if (elsewhere == QLatin1String("changed")) {
            QVERIFY(message.contains(QStringLiteral("changed elsewhere")));
            QVERIFY(c->diff().diffs != reviewed); // the new changes, for review
            QVERIFY(c->hasDraft());
        } else {
            QVERIFY(message.contains(QStringLiteral("the draft is gone")));
            QVERIFY(!c->hasDraft());
        }
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

    // With drafts on, resuming creates a draft (POST 201) and the PATCH into it is refused
    // (400): the console must not leave that empty draft behind.
    void refusedResumeLeavesNoEmptyDraft()
    {
        ControllerFixture s(QStringLiteral("oplog-rollover"));
        QVERIFY(s.load());
        QVERIFY(!s.sim.app().draft);
        QSignalSpy refused(s.controller.get(), &SyncController::resumeRefused);
        s.controller->resume();
        QVERIFY(refused.wait(5000));
        QVERIFY(s.idle());
        QTRY_VERIFY_WITH_TIMEOUT(!s.sim.app().draft, 5000);
        QVERIFY(s.load());
        QVERIFY(!s.controller->hasDraft());
        QCOMPARE(s.controller->status(), Status::Paused);

        // A draft that was there before the refused change (made elsewhere) is not the
        // console's to discard.
        s.sim.backend.createDraft(s.sim.app());
        QVERIFY(s.load());
        QVERIFY(s.controller->hasDraft());
        s.controller->resume();
        QVERIFY(refused.wait(5000));
        QVERIFY(s.idle());
        QVERIFY(s.load());
        QVERIFY(s.sim.app().draft.has_value());
        QVERIFY(s.controller->hasDraft());
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

    void theHeaderReadsTheLatestHourAsAMonthWouldTell_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &name : Scenarios::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void theHeaderReadsTheLatestHourAsAMonthWouldTell()
    {
        // The header's three figures are the metrics' latest points: asking for a month by the
        // hour (some 2,000 points, a sixth of the start-up) told nothing an hour does not.
        QFETCH(QString, scenario);
        ControllerFixture s(scenario);
        QVERIFY(s.loggedIn);
        s.sim.backend.freezeClock(s.sim.backend.now().toSecsSinceEpoch());
        const QDateTime now = s.sim.client->now();
        const auto month = s.sim.run<AppMetrics>([&](QObject *c, auto done) {
            s.sim.client->metrics(s.sim.appRef(), now.addDays(-30), now, QStringLiteral("PT1H"),
                SyncMetrics::metricNames(), c, done);
        });
        QVERIFY(month.ok());

        QStringList asked;
        QObject context;
        connect(s.sim.client.get(), &AdminApiClient::callRecorded, &context,
            [&asked](const ApiCallRecord &r) {
                if (QUrl(r.url).path().endsWith(QLatin1String("/metrics")))
                    asked.append(r.url);
            });
        QVERIFY(s.load());
        QCOMPARE(asked.size(), 1);
        const QUrlQuery query(QUrl(asked.first()));
        const auto at = [&query](const char *name) {
            return QDateTime::fromString(query.queryItemValue(QLatin1String(name)), Qt::ISODate);
        };
        QVERIFY(at("start").isValid() && at("end").isValid());
        QVERIFY2(at("start").secsTo(at("end")) <= 3600, qPrintable(asked.first()));
        QCOMPARE(s.controller->metrics(), SyncMetrics::from(month.value));
    }

    void aDeletedAppIsShownGoneNotDisabled()
    {
        // Every endpoint of a deleted app answers 404: that is not "Sync is off".
        ControllerFixture s;
        QVERIFY(s.load());
        SyncController *c = s.controller.get();
        QCOMPARE(c->status(), Status::Enabled);
        const SimApp app = s.sim.backend.apps().takeFirst();
        QSignalSpy failed(c, &SyncController::failed);
        QSignalSpy state(c, &SyncController::stateChanged);

        // Even a refresh that does not read the app itself finds out.
        c->reread(SyncController::Area::Config | SyncController::Area::Draft);
        QVERIFY(s.idle());
        QTRY_COMPARE_WITH_TIMEOUT(c->status(), Status::Gone, 10000);
        QVERIFY(c->isAppGone());
        QVERIFY(state.size() >= 1);
        QCOMPARE(failed.size(), 1); // one sentence, not a "not found" per endpoint
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::AppGone);
        QVERIFY2(error.message().contains(QStringLiteral("This app is gone")),
            qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("AppNotFound")),
            qPrintable(error.message()));
        QCOMPARE(c->lastError().kind, ApiError::Kind::AppGone);

        // No intent pretends otherwise.
        c->pause();
        c->terminate();
        QCOMPARE(c->activity(), SyncController::Activity::Idle);

        // A full refresh says the same.
        failed.clear();
        QVERIFY(s.load());
        QCOMPARE(c->status(), Status::Gone);
        QCOMPARE(failed.size(), 1);

        // Back within reach: shown as it is again.
        s.sim.backend.apps().prepend(app);
        QVERIFY(s.load());
        QCOMPARE(c->status(), Status::Enabled);
        QVERIFY(!c->isAppGone());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
