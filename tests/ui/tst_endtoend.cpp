// Whole procedures clicked through the real widgets against the simulator over HTTP, then
// checked against the simulator's state.
#include "DraftBar.h"
#include "ResultBanner.h"
#include "StatusBadge.h"
#include "UiFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
        click(ui.find("terminateSyncButton"));
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck"));
        ui.inDialog<QCheckBox>("confirmTerminateCheck")->click();
        click(ui.inDialog("terminateButton"));
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
        click(ui.find("pauseSyncButton"));
        QTRY_VERIFY(ui.inDialog("pauseButton"));
        click(ui.inDialog("pauseButton"));
        QTRY_COMPARE_WITH_TIMEOUT(badge(ui), QStringLiteral("PAUSED"), 10000);
        QVERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Paused);
    }

    void aFailedDeploymentShowsTheServersWords()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QString problem;
        ui.sim.server.faults().add(*FaultRule::parse(
            QStringLiteral("POST */deployment deploy-error=cluster Cluster0 is unreachable"),
            &problem));
        click(ui.find("pauseSyncButton"));
        QTRY_VERIFY(ui.inDialog("pauseButton"));
        click(ui.inDialog("pauseButton"));
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
        click(ui.find("terminateSyncButton"));
        QTRY_VERIFY(ui.inDialog("confirmTerminateCheck"));
        ui.inDialog<QCheckBox>("confirmTerminateCheck")->click();
        click(ui.inDialog("terminateButton"));
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
