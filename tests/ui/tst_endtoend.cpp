// Whole procedures clicked through the real widgets against the simulator over HTTP, then
// checked against the simulator's state.
#include "Autoplay.h"
#include "Checked.h"
#include "DraftBar.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "SessionKeeper.h"
#include "StatusBadge.h"
#include "UiActions.h"
#include "UiFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using UiActions::badge;
using UiActions::click;
using UiActions::deployThroughTheBar;
using UiActions::terminateThroughTheDialog;

class TestEndToEnd : public QObject
{
    Q_OBJECT

    // Pause Sync → Pause Sync in the dialog.
    static void pauseThroughTheDialog(UiFixture &ui)
    {
        CHECKED(click(ui.find(ObjectName::pauseSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::pauseButton));
        CHECKED(click(ui.inDialog(ObjectName::pauseButton)));
    }

    // Enable Sync from the saved configuration: pick the cluster, Enable Sync, wait for it.
    static void enableThroughTheForm(UiFixture &ui)
    {
        QComboBox *cluster = nullptr; // the form is made when the page first shows Sync off
        QTRY_VERIFY_WITH_TIMEOUT(
            (cluster = ui.find<QComboBox>(ObjectName::clusterPicker)) && cluster->isVisible(),
            10000);
        cluster->setCurrentIndex(1);
        CHECKED(click(ui.find(ObjectName::enableSyncButton)));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("ENABLED"), 10000);
    }

private slots:
    void terminateAsDocumented()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QCOMPARE(badge(ui), QStringLiteral("ENABLED"));
        CHECKED(click(ui.find(ObjectName::terminateSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));
        auto *check = ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck);
        QVERIFY(!ui.inDialog(ObjectName::terminateButton)->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        CHECKED(click(ui.inDialog(ObjectName::terminateButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        QTRY_COMPARE(badge(ui), QStringLiteral("DISABLED"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled); // not yet deployed

        CHECKED(deployThroughTheBar(ui));
        QVERIFY2(ui.window->banner()->text().endsWith(QStringLiteral("Deployment was successful!")),
            qPrintable(ui.window->banner()->text()));
        QCOMPARE(ui.window->banner()->property("kind").toString(), QStringLiteral("success"));
        QTRY_VERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(badge(ui), QStringLiteral("DISABLED"));
        // The server agrees: Sync is terminated, its metadata gone, devices need a reset.
        QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
        QVERIFY(!ui.sim.app().syncMetadataPresent);
        QVERIFY(ui.sim.app().needsClientReset(ui.sim.app().clients.first()));
        QCOMPARE(ui.sim.app().deployments.size(), 1);
        QVERIFY(ui.find(ObjectName::enableSyncForm)->isVisible());
        QVERIFY(ui.find(ObjectName::restoreSnapshotButton)->isVisible());
    }

    void reEnableFromTheSavedConfiguration()
    {
        UiFixture ui(QStringLiteral("partition"));
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        CHECKED(terminateThroughTheDialog(ui));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("DISABLED"), 10000);
        QVERIFY(!ui.window->draftBar()->isVisible()); // drafts off: deployed at once
        QVERIFY(
            !ui.find(ObjectName::enableSyncButton)->isEnabled()); // the cluster is still to pick
        QCOMPARE(ui.find<QLineEdit>(ObjectName::partitionKey)->text(),
            QStringLiteral("_partition")); // prefilled
        CHECKED(enableThroughTheForm(ui));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled);
        QCOMPARE(ui.sim.app().deployed.partitionKey(), QStringLiteral("_partition"));
    }

    // The terminate dialog previews what the devices will go through; after the re-enable the
    // Client recovery panel shows what they did, and the two agree.
    void recoveryPanelShowsWhatThePreviewSaid()
    {
        UiFixture ui;
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        QVERIFY(!ui.find(ObjectName::clientRecoveryPanel)->isVisible());
        CHECKED(click(ui.find(ObjectName::terminateSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));
        const QString preview = ui.inDialog<QLabel>(ObjectName::unsyncedChangesText)->text();
        QVERIFY2(preview.startsWith(QStringLiteral(
                     "5 device(s) will need a client reset. 2 of them hold(s) unsynced changes, "
                     "9 in all. 2 of them will hold changes by the time they reset, as their "
                     "users keep working while Sync is off. With client recovery on, 3 of them "
                     "will recover their changes. The .NET device (discard mode) will lose 2 "
                     "change(s).")),
            qPrintable(preview));
        ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck)->click();
        CHECKED(click(ui.inDialog(ObjectName::terminateButton)));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("DISABLED"), 10000);
        // The ten minutes support recommends: the Kotlin and Node.js users keep writing, the
        // Swift and .NET devices come back online.
        ui.sim.backend.advanceClock(10 * 60);
        CHECKED(enableThroughTheForm(ui));
        QTRY_VERIFY(ui.find(ObjectName::clientRecoveryPanel)->isVisible());
        QTRY_COMPARE(ui.find<QLabel>(ObjectName::clientRecoveryReset)->text(), QStringLiteral("5"));
        QCOMPARE(
            ui.find<QLabel>(ObjectName::clientRecoveryReconnected)->text(), QStringLiteral("5"));
        // As the preview said: three recovered their changes, one lost them.
        QCOMPARE(ui.find<QLabel>(ObjectName::clientRecoveryRecovered)->text(), QStringLiteral("3"));
        QCOMPARE(ui.find<QLabel>(ObjectName::clientRecoveryDiscarded)->text(), QStringLiteral("1"));
        QCOMPARE(ui.find<QLabel>(ObjectName::clientRecoveryStuck)->text(), QStringLiteral("0"));
        QCOMPARE(ui.find<QLabel>(ObjectName::clientRecoveryNotBack)->text(), QStringLiteral("0"));
        const QString devices = ui.find<QLabel>(ObjectName::clientRecoveryDevices)->text();
        QVERIFY2(devices.contains(QStringLiteral("<b>.NET</b> on Windows (discard mode): reset "
                                                 "(208), lost 2 change(s)")),
            qPrintable(devices));
        QVERIFY2(devices.contains(QStringLiteral("<b>Swift</b> on iOS (recover mode): reset "
                                                 "(208), recovered 7 change(s)")),
            qPrintable(devices));

        CHECKED(click(ui.find(ObjectName::clientRecoveryHide)));
        QVERIFY(!ui.find(ObjectName::clientRecoveryPanel)->isVisible());
    }

    // Against a real service there are no simulator devices: the panel counts from the logs,
    // says so, and shows a dash for what the logs cannot tell.
    void recoveryPanelCountsFromTheLogsWithoutDevices()
    {
        UiFixture ui;
        ui.sim.app().uiDraftsDisabled = true;
        ui.controller->setSimulatorControl(nullptr);
        QVERIFY(ui.load());
        CHECKED(terminateThroughTheDialog(ui));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("DISABLED"), 10000);
        CHECKED(enableThroughTheForm(ui));
        QTRY_VERIFY(ui.find(ObjectName::clientRecoveryPanel)->isVisible());
        QTRY_COMPARE(ui.find<QLabel>(ObjectName::clientRecoveryReset)->text(), QStringLiteral("3"));
        QCOMPARE(
            ui.find<QLabel>(ObjectName::clientRecoveryNotBack)->text(), QStringLiteral("\u2014"));
        QVERIFY2(ui.find<QLabel>(ObjectName::clientRecoverySubtitle)
                     ->text()
                     .endsWith(QStringLiteral("counted from the App Services logs")),
            qPrintable(ui.find<QLabel>(ObjectName::clientRecoverySubtitle)->text()));
        const QString note = ui.find<QLabel>(ObjectName::clientRecoveryNote)->text();
        QVERIFY2(note.contains(QStringLiteral("do not say which devices have not come back")),
            qPrintable(note));
        QVERIFY(!ui.find(ObjectName::clientRecoveryDevices)->isVisible());
    }

    void pauseThenResume()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        CHECKED(click(ui.find(ObjectName::pauseSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::pauseButton));
        QVERIFY(ui.inDialog(ObjectName::oplogWarning));
        CHECKED(click(ui.inDialog(ObjectName::pauseButton)));
        CHECKED(deployThroughTheBar(ui));
        QTRY_COMPARE(badge(ui), QStringLiteral("PAUSED"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Paused);
        QVERIFY(ui.find(ObjectName::resumeSyncButton)->isVisible());

        ui.window->banner()->hide();
        CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::resumeButton));
        CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
        CHECKED(deployThroughTheBar(ui));
        QTRY_COMPARE(badge(ui), QStringLiteral("ENABLED"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled);
        QCOMPARE(ui.sim.app().deployments.size(), 2);
    }

    void pauseWithDraftsOff()
    {
        UiFixture ui;
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        CHECKED(pauseThroughTheDialog(ui));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("PAUSED"), 10000);
        QVERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Paused);
    }

    void aFailedDeploymentShowsTheServersWords()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QVERIFY(ui.sim.inject(
            QStringLiteral("POST */deployment deploy-error=cluster Cluster0 is unreachable")));
        CHECKED(pauseThroughTheDialog(ui));
        CHECKED(deployThroughTheBar(ui));
        QCOMPARE(ui.window->banner()->property("kind").toString(), QStringLiteral("error"));
        QVERIFY(ui.window->banner()->text().contains(
            QStringLiteral("cluster Cluster0 is unreachable")));
        QTRY_COMPARE(badge(ui), QStringLiteral("ENABLED")); // what the server still runs
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled);
    }

    void discardTheDraft()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        CHECKED(terminateThroughTheDialog(ui));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        CHECKED(click(ui.find(ObjectName::reviewDiscardButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::discardButton));
        CHECKED(click(ui.inDialog(ObjectName::discardButton)));
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->draftBar()->isVisible(), 10000);
        QTRY_COMPARE(badge(ui), QStringLiteral("ENABLED"));
        QVERIFY(!ui.sim.app().draft.has_value());
        QCOMPARE(ui.sim.app().deployments.size(), 0);
    }

    void aRefusedResumeOffersToTerminate()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        QVERIFY(ui.load());
        QCOMPARE(badge(ui), QStringLiteral("PAUSED"));
        CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::resumeButton));
        CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::startTerminateButton), 10000);
        QVERIFY(ui.inDialog<QLabel>(ObjectName::serverMessage)
                    ->text()
                    .contains(QStringLiteral("SyncResumeOplogRolledOver")));
        CHECKED(click(ui.inDialog(ObjectName::startTerminateButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));
    }

    // Issue 19: Tab to the refusal dialog's own "Terminate Sync…" and press Enter, as a user
    // does: the Terminate dialog opens. Enter went to the default button (Close) instead.
    void enterOnAFocusedButtonPressesThatButton()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        QVERIFY(ui.load());
        CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::resumeButton));
        CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::startTerminateButton), 10000);
        QDialog *refusal = ui.window->openDialog();
        refusal->activateWindow();
        QTRY_VERIFY(refusal->isActiveWindow());
        auto *terminate = ui.inDialog<QPushButton>(ObjectName::startTerminateButton);
        for (int tabs = 0; tabs < 10 && QApplication::focusWidget() != terminate; ++tabs)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : refusal,
                Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), terminate);
        QTest::keyClick(refusal, Qt::Key_Return);
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));

        // The same in every console dialog: Enter on the focused Cancel cancels, it does not
        // press the default button (here the terminate dialog's Terminate Sync, once allowed).
        QDialog *dialog = ui.window->openDialog();
        ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck)->click();
        auto *cancel = ui.inDialog<QPushButton>(ObjectName::cancelButton);
        QVERIFY(cancel);
        cancel->setFocus();
        QTest::keyClick(cancel, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab); // back on Cancel
        QCOMPARE(QApplication::focusWidget(), cancel);
        QTest::keyClick(dialog, Qt::Key_Enter);
        QTRY_VERIFY(!ui.window->openDialog());
        QCOMPARE(badge(ui), QStringLiteral("PAUSED"));
    }

    void redeployFromTheHistory()
    {
        UiFixture ui;
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        CHECKED(pauseThroughTheDialog(ui));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("PAUSED"), 10000);
        ui.sim.backend.changeSync(ui.sim.app(), SyncConfig::Mode::Flexible,
            {{QStringLiteral("state"), QStringLiteral("enabled")}});
        QVERIFY(ui.load());
        QCOMPARE(badge(ui), QStringLiteral("ENABLED")); // resumed elsewhere

        CHECKED(click(ui.find(ObjectName::navDeploy)));
        QTableView *table = nullptr; // the page is made on first use
        QTRY_VERIFY(
            (table = ui.find<QTableView>(ObjectName::deploymentsTable)) && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(!ui.find(ObjectName::redeployButton)->isEnabled());
        table->selectRow(1); // the pause
        CHECKED(click(ui.find(ObjectName::redeployButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmRedeployButton));
        CHECKED(click(ui.inDialog(ObjectName::confirmRedeployButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QCOMPARE(ui.window->banner()->property("kind").toString(), QStringLiteral("success"));
        QCOMPARE(ui.sim.app().deployments.size(), 3);
        QCOMPARE(
            ui.sim.app().deployed.state(), SyncConfig::State::Paused); // the pause is live again
        QTRY_COMPARE(table->model()->rowCount(), 3);
        CHECKED(click(ui.find(ObjectName::navSync)));
        QTRY_COMPARE(badge(ui), QStringLiteral("PAUSED"));
    }

    void signInAgainKeepsTheDraft()
    {
        UiFixture ui;
        SessionKeeper keeper(ui.sim.client.get(), SimDefaults::publicKey());
        ui.window->setSessionKeeper(&keeper, QString());
        QVERIFY(ui.load());
        CHECKED(terminateThroughTheDialog(ui));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        const QString draftId = ui.sim.app().draft->id;

        // Short-lived tokens renew silently...
        ui.sim.backend.sessions().expireAccessTokens();
        QVERIFY(ui.load());
        QVERIFY(!ui.inDialog(ObjectName::privateKeyInput));
        // ...until the session itself is gone: then the console asks, and keeps the page.
        ui.sim.backend.sessions().expireAccessTokens();
        for (const QString &token : ui.sim.backend.sessions().refreshTokensForTests())
            ui.sim.backend.sessions().remove(token);
        ui.controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::privateKeyInput), 10000);
        QVERIFY(ui.window->draftBar()->isVisible());
        QTest::keyClicks(ui.inDialog(ObjectName::privateKeyInput), QStringLiteral("wrong"));
        CHECKED(click(ui.inDialog(ObjectName::signInButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::signInProblem)
                && ui.inDialog(ObjectName::signInProblem)->isVisible(),
            10000);
        ui.inDialog<QLineEdit>(ObjectName::privateKeyInput)->setText(SimDefaults::privateKey());
        CHECKED(click(ui.inDialog(ObjectName::signInButton)));
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
        QTRY_VERIFY(ui.controller->isLoaded() && !ui.controller->isBusy());
        QVERIFY(ui.window->draftBar()->isVisible());
        QCOMPARE(ui.controller->draft()->id, draftId);
        QCOMPARE(badge(ui), QStringLiteral("DISABLED"));
    }

    void signOutEndsTheSessionOnTheServer()
    {
        UiFixture ui;
        SessionKeeper keeper(ui.sim.client.get(), SimDefaults::publicKey());
        ui.window->setSessionKeeper(&keeper, QString());
        QVERIFY(ui.load());
        QCOMPARE(ui.sim.backend.sessions().refreshTokensForTests().size(), 1);
        auto *signOut = ui.window->findChild<QAction *>(ObjectName::signOutAction);
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            ui.sim.backend.sessions().refreshTokensForTests().isEmpty(), 10000);
        QVERIFY(!ui.sim.client->isSignedIn());
        QTRY_VERIFY(ui.window->banner()->isVisible());
    }

    void terminateWithTheKeyboardAlone()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QWidget *terminate = ui.find(ObjectName::terminateSyncButton);
        terminate->setFocus();
        QTest::keyClick(terminate, Qt::Key_Space);
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));
        QDialog *dialog = ui.window->openDialog();
        QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck)->hasFocus());
        QTest::keyClick(ui.inDialog(ObjectName::confirmTerminateCheck), Qt::Key_Space);
        QVERIFY(ui.inDialog(ObjectName::terminateButton)->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return); // Enter = the default button
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        QWidget *review = ui.find(ObjectName::reviewDeployButton);
        review->setFocus();
        QTest::keyClick(review, Qt::Key_Space);
        QTRY_VERIFY(ui.inDialog(ObjectName::deployButton)
            && ui.inDialog(ObjectName::deployButton)->isEnabled());
        QTest::keyClick(ui.window->openDialog(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
    }

    void enableWithoutASavedConfigurationSaysSoAtOnce()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
        QVERIFY(ui.idle());
        QSignalSpy deployed(ui.controller.get(), &SyncController::deploymentSucceeded);
        ui.controller->deploy();
        QTRY_COMPARE_WITH_TIMEOUT(deployed.size(), 1, 10000);

        // Another machine's console: Sync is disabled, and no configuration was saved here.
        QTemporaryDir elsewhere;
        SyncSnapshotStore none(elsewhere.path());
        SyncController controller(ui.sim.client.get(), ui.sim.appRef(), &none);
        QVERIFY(refreshAndWait(controller));
        QCOMPARE(controller.status(), SyncController::Status::Disabled);
        MainWindow window(&controller);
        window.show();
        Autoplay autoplay(&window, &controller, Procedures::get(Procedure::Kind::Enable));
        autoplay.setDelayMs(0);
        QSignalSpy finished(&autoplay, &Autoplay::finished);
        autoplay.start();
        QCOMPARE(finished.size(), 1); // at once, not after a minute
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("No configuration was saved"))
                && message.contains(QStringLiteral("Enable Sync")),
            qPrintable(message));
    }

    void closingTheWindowWithCallsInFlightIsSafe()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QVERIFY(ui.sim.inject(QStringLiteral("* * latency=300")));
        ui.controller->refresh();
        ui.controller->pause(); // a write on its way too
        ui.window->openPauseDialog();
        // The window closes (or another app is opened) before any answer.
        ui.window.reset();
        ui.controller.reset();
        // The session serves the next window. Its answer comes after the answers to the calls
        // of the closed window (same delay, sent later), which find nobody left to hear them.
        QVERIFY(ui.sim
                    .run<QList<AppSummary>>([&](QObject *c, auto done) {
                        ui.sim.client->listApps(ui.sim.backend.groupId(), c, done);
                    })
                    .ok());
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
