// Whole procedures clicked through the real widgets against the simulator over HTTP, then
// checked against the simulator's state.
#include "DraftBar.h"
#include "ResultBanner.h"
#include "SessionKeeper.h"
#include "StatusBadge.h"
#include "UiFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

class TestEndToEnd : public QObject
{
    Q_OBJECT

    static void click(QWidget *w)
    {
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->isVisible() && w->isEnabled(), 10000);
        QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(qMin(10, w->width() / 2), w->height() / 2));
    }

    static QString badge(UiFixture &ui) { return ui.find<StatusBadge>("syncStatusBadge")->text(); }

    // REVIEW & DEPLOY, then Deploy, then wait for the banner.
    static void deployThroughTheBar(UiFixture &ui)
    {
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        click(ui.find("reviewDeployButton"));
        QTRY_VERIFY(ui.inDialog("deployButton"));
        click(ui.inDialog("deployButton"));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QTRY_VERIFY(!ui.window->openDialog());
    }

    // Pause Sync → Pause Sync in the dialog.
    static void pauseThroughTheDialog(UiFixture &ui)
    {
        click(ui.find("pauseSyncButton"));
        QTRY_VERIFY(ui.inDialog("pauseButton"));
        click(ui.inDialog("pauseButton"));
    }

    // Terminate Sync → tick the checkbox → Terminate Sync, as the documented procedure does.
    static void terminateThroughTheDialog(UiFixture &ui)
    {
        click(ui.find("terminateSyncButton"));
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck"));
        ui.inDialog<QCheckBox>("confirmTerminateCheck")->click();
        click(ui.inDialog("terminateButton"));
    }

private slots:
    void terminateAsDocumented()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QCOMPARE(badge(ui), QStringLiteral("ENABLED"));
        click(ui.find("terminateSyncButton"));
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck"));
        auto *check = ui.inDialog<QCheckBox>("confirmTerminateCheck");
        QVERIFY(!ui.inDialog("terminateButton")->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        click(ui.inDialog("terminateButton"));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        QTRY_COMPARE(badge(ui), QStringLiteral("DISABLED"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled); // not yet deployed

        deployThroughTheBar(ui);
        QVERIFY2(ui.window->banner()->text().endsWith(QStringLiteral("Deployment was successful!")),
            qPrintable(ui.window->banner()->text()));
        QCOMPARE(ui.window->banner()->property("kind").toString(), QStringLiteral("success"));
        QTRY_VERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(badge(ui), QStringLiteral("DISABLED"));
        // The server agrees: Sync is terminated, its metadata gone, devices need a reset.
        QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
        QVERIFY(!ui.sim.app().syncMetadataPresent);
        QVERIFY(ui.sim.app().clients.first().needsClientReset);
        QCOMPARE(ui.sim.app().deployments.size(), 1);
        QVERIFY(ui.find("enableSyncForm")->isVisible());
        QVERIFY(ui.find("restoreSnapshotButton")->isVisible());
    }

    void reEnableFromTheSavedConfiguration()
    {
        UiFixture ui(QStringLiteral("partition"));
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        terminateThroughTheDialog(ui);
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("DISABLED"), 10000);
        QVERIFY(!ui.window->draftBar()->isVisible()); // drafts off: deployed at once
        QVERIFY(!ui.find("enableSyncButton")->isEnabled()); // the cluster is still to pick
        QCOMPARE(
            ui.find<QLineEdit>("partitionKey")->text(), QStringLiteral("_partition")); // prefilled
        ui.find<QComboBox>("clusterPicker")->setCurrentIndex(1);
        click(ui.find("enableSyncButton"));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("ENABLED"), 10000);
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled);
        QCOMPARE(ui.sim.app().deployed.partitionKey(), QStringLiteral("_partition"));
    }

    void pauseThenResume()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        click(ui.find("pauseSyncButton"));
        QTRY_VERIFY(ui.inDialog("pauseButton"));
        QVERIFY(ui.inDialog("oplogWarning"));
        click(ui.inDialog("pauseButton"));
        deployThroughTheBar(ui);
        QTRY_COMPARE(badge(ui), QStringLiteral("PAUSED"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Paused);
        QVERIFY(ui.find("resumeSyncButton")->isVisible());

        ui.window->banner()->hide();
        click(ui.find("resumeSyncButton"));
        QTRY_VERIFY(ui.inDialog("resumeButton"));
        click(ui.inDialog("resumeButton"));
        deployThroughTheBar(ui);
        QTRY_COMPARE(badge(ui), QStringLiteral("ENABLED"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled);
        QCOMPARE(ui.sim.app().deployments.size(), 2);
    }

    void pauseWithDraftsOff()
    {
        UiFixture ui;
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        pauseThroughTheDialog(ui);
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
        pauseThroughTheDialog(ui);
        deployThroughTheBar(ui);
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
        terminateThroughTheDialog(ui);
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        click(ui.find("reviewDiscardButton"));
        QTRY_VERIFY(ui.inDialog("discardButton"));
        click(ui.inDialog("discardButton"));
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
        click(ui.find("resumeSyncButton"));
        QTRY_VERIFY(ui.inDialog("resumeButton"));
        click(ui.inDialog("resumeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog("startTerminateButton"), 10000);
        QVERIFY(ui.inDialog<QLabel>("serverMessage")
                    ->text()
                    .contains(QStringLiteral("SyncResumeOplogRolledOver")));
        click(ui.inDialog("startTerminateButton"));
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck"));
    }

    void redeployFromTheHistory()
    {
        UiFixture ui;
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        pauseThroughTheDialog(ui);
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("PAUSED"), 10000);
        ui.sim.backend.changeSync(ui.sim.app(), SyncConfig::Mode::Flexible,
            {{QStringLiteral("state"), QStringLiteral("enabled")}});
        QVERIFY(ui.load());
        QCOMPARE(badge(ui), QStringLiteral("ENABLED")); // resumed elsewhere

        click(ui.find("navDeploy"));
        auto *table = ui.find<QTableView>("deploymentsTable");
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(!ui.find("redeployButton")->isEnabled());
        table->selectRow(1); // the pause
        click(ui.find("redeployButton"));
        QTRY_VERIFY(ui.inDialog("confirmRedeployButton"));
        click(ui.inDialog("confirmRedeployButton"));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QCOMPARE(ui.window->banner()->property("kind").toString(), QStringLiteral("success"));
        QCOMPARE(ui.sim.app().deployments.size(), 3);
        QCOMPARE(
            ui.sim.app().deployed.state(), SyncConfig::State::Paused); // the pause is live again
        QTRY_COMPARE(table->model()->rowCount(), 3);
        click(ui.find("navSync"));
        QTRY_COMPARE(badge(ui), QStringLiteral("PAUSED"));
    }

    void signInAgainKeepsTheDraft()
    {
        UiFixture ui;
        SessionKeeper keeper(ui.sim.client.get(), SimDefaults::publicKey());
        ui.window->setSessionKeeper(&keeper, QString());
        QVERIFY(ui.load());
        terminateThroughTheDialog(ui);
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        const QString draftId = ui.sim.app().draft->id;

        // Short-lived tokens renew silently...
        ui.sim.backend.sessions().expireAccessTokens();
        QVERIFY(ui.load());
        QVERIFY(!ui.inDialog("privateKeyInput"));
        // ...until the session itself is gone: then the console asks, and keeps the page.
        ui.sim.backend.sessions().expireAccessTokens();
        for (const QString &token : ui.sim.backend.sessions().refreshTokensForTests())
            ui.sim.backend.sessions().remove(token);
        ui.controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog("privateKeyInput"), 10000);
        QVERIFY(ui.window->draftBar()->isVisible());
        QTest::keyClicks(ui.inDialog("privateKeyInput"), QStringLiteral("wrong"));
        click(ui.inDialog("signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            ui.inDialog("signInProblem") && ui.inDialog("signInProblem")->isVisible(), 10000);
        ui.inDialog<QLineEdit>("privateKeyInput")->setText(SimDefaults::privateKey());
        click(ui.inDialog("signInButton"));
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
        auto *signOut = ui.window->findChild<QAction *>(QStringLiteral("signOutAction"));
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
        QWidget *terminate = ui.find("terminateSyncButton");
        terminate->setFocus();
        QTest::keyClick(terminate, Qt::Key_Space);
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck"));
        QDialog *dialog = ui.window->openDialog();
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck")->hasFocus());
        QTest::keyClick(ui.inDialog("confirmTerminateCheck"), Qt::Key_Space);
        QVERIFY(ui.inDialog("terminateButton")->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return); // Enter = the default button
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
        QWidget *review = ui.find("reviewDeployButton");
        review->setFocus();
        QTest::keyClick(review, Qt::Key_Space);
        QTRY_VERIFY(ui.inDialog("deployButton") && ui.inDialog("deployButton")->isEnabled());
        QTest::keyClick(ui.window->openDialog(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
