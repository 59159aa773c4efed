// Every scenario's documented way out, clicked through the real widgets against the simulator
// over HTTP, ending in the state its briefing promises. One row per scenario.
#include "Checked.h"
#include "DraftBar.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "SessionKeeper.h"
#include "StatusBadge.h"
#include "UiActions.h"
#include "UiFixture.h"
#include "Utf8.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using UiActions::badge;
using UiActions::bannerKind;
using UiActions::click;
using UiActions::deployThroughTheBar;

namespace {

} // namespace

class TestScenarioEndToEnd : public QObject
{
    Q_OBJECT

    // The terminate as documented, until its dialog is gone.
    static void terminateThroughTheDialog(UiFixture &ui)
    {
        CHECKED(UiActions::terminateThroughTheDialog(ui));
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
    }

    // Terminate Sync, then deploy the draft: Sync is off on the server.
    static void terminateAndDeploy(UiFixture &ui)
    {
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(deployThroughTheBar(ui));
        QCOMPARE(bannerKind(ui), str("success"));
        QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
        QTRY_COMPARE(badge(ui), str("DISABLED"));
    }

    // Enable Sync from the form (prefilled from the saved configuration, changed by `edit`),
    // then deploy: Sync runs again on the server.
    template<typename Edit> static void enableAndDeploy(UiFixture &ui, Edit edit)
    {
        // The form is made when the page first shows Sync off: look for it until it is there.
        QComboBox *cluster = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((cluster = ui.find<QComboBox>(ObjectName::clusterPicker))
                && cluster->isVisible() && cluster->count() > 1,
            10000);
        cluster->setCurrentIndex(1);
        edit();
        CHECKED(click(ui.find(ObjectName::enableSyncButton)));
        CHECKED(deployThroughTheBar(ui));
        QCOMPARE(bannerKind(ui), str("success"));
        QCOMPARE(ui.sim.app().deployed.state(), SyncConfig::State::Enabled);
        QTRY_COMPARE(badge(ui), str("ENABLED"));
    }
    static void enableAndDeploy(UiFixture &ui)
    {
        enableAndDeploy(ui, [] {});
    }

    // Every device that synced before resets once, the online ones at once and the others
    // when they are back (within ten minutes), each by its mode.
    static void everyDeviceResetOnce(UiFixture &ui, int protocolError)
    {
        ui.sim.backend.advanceClock(10 * 60);
        for (const SimClient &c : ui.sim.app().clients) {
            QCOMPARE(c.resets.size(), 1);
            QCOMPARE(c.resets[0].protocolError, protocolError);
        }
        QCOMPARE(ui.sim.app().clients[1].resets[0].outcome, str("recovered")); // Swift
        QCOMPARE(ui.sim.app().clients[1].resets[0].changes, 7);
    }

private slots:
    void wayOut_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"flexible", "partition", "shared-tier-upgrade", "region-move",
                 "nvme-upgrade", "oplog-rollover", "idle-auto-pause", "support-troubleshooting",
                 "sync-mode-switch", "breaking-change", "drill-deploy-fails", "drill-foreign-draft",
                 "drill-session-expires", "drill-rate-limited", "drill-concurrent-deploy"})
            QTest::newRow(name) << str(name);
    }

    void wayOut()
    {
        QFETCH(QString, name);
        QVERIFY(Scenarios::names().contains(name));
        UiFixture ui(name);
        SessionKeeper keeper(ui.sim.client.get(), SimDefaults::publicKey());
        ui.window->setSessionKeeper(&keeper, QString());
        QVERIFY(ui.load());

        if (name == str("partition")) {
            // As the figures show it: the green banner, and Enable Sync on offer.
            CHECKED(terminateAndDeploy(ui));
            QVERIFY(ui.window->banner()->text().endsWith(str("Deployment was successful!")));
            QTRY_VERIFY(ui.find(ObjectName::enableSyncForm)->isVisible());
        } else if (name == str("flexible") || name == str("shared-tier-upgrade")
            || name == str("nvme-upgrade") || name == str("support-troubleshooting")
            || name == str("breaking-change")) {
            const bool stopped = !ui.sim.app().translatorError.isEmpty();
            QCOMPARE(stopped, name != str("flexible") && name != str("support-troubleshooting"));
            const QStringList fieldsBefore = ui.sim.app().deployed.queryableFields();
            CHECKED(terminateAndDeploy(ui));
            CHECKED(enableAndDeploy(ui));
            QVERIFY(ui.sim.app().translatorError.isEmpty()); // changes are translated again
            QCOMPARE(ui.sim.app().deployed.queryableFields(), fieldsBefore);
            CHECKED(everyDeviceResetOnce(ui, 208));
            if (name == str("flexible"))
                QCOMPARE(ui.sim.app().deployments.size(), 2);
        } else if (name == str("region-move")) {
            CHECKED(terminateAndDeploy(ui));
            CHECKED(enableAndDeploy(ui));
            QCOMPARE(ui.sim.app().deployed.partitionKey(), str("_partition"));
            QCOMPARE(ui.sim.app().clusterProvider, str("GCP"));
            CHECKED(everyDeviceResetOnce(ui, 208));
        } else if (name == str("oplog-rollover")) {
            CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
            QTRY_VERIFY(ui.inDialog(ObjectName::resumeButton));
            CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
            QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::startTerminateButton), 10000);
            QVERIFY(ui.inDialog<QLabel>(ObjectName::serverMessage)
                        ->text()
                        .contains(str("SyncResumeOplogRolledOver")));
            CHECKED(click(ui.inDialog(ObjectName::startTerminateButton)));
            QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));
            ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck)->click();
            CHECKED(click(ui.inDialog(ObjectName::terminateButton)));
            QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
            CHECKED(deployThroughTheBar(ui));
            QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
            CHECKED(enableAndDeploy(ui));
            QCOMPARE(ui.sim.app().deployed.queryableFields(),
                QStringList({str("owner_id"), str("team")}));
            CHECKED(everyDeviceResetOnce(ui, 208));
        } else if (name == str("idle-auto-pause")) {
            QCOMPARE(badge(ui), str("PAUSED"));
            CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
            QTRY_VERIFY(ui.inDialog(ObjectName::resumeButton));
            CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
            CHECKED(deployThroughTheBar(ui));
            QCOMPARE(bannerKind(ui), str("success"));
            QTRY_COMPARE(badge(ui), str("ENABLED"));
            CHECKED(everyDeviceResetOnce(ui, 222)); // away longer than 30 days
        } else if (name == str("sync-mode-switch")) {
            CHECKED(terminateAndDeploy(ui));
            CHECKED(enableAndDeploy(ui, [&ui] {
                auto *mode = ui.find<QComboBox>(ObjectName::syncModePicker);
                mode->setCurrentIndex(mode->findData(int(SyncConfig::Mode::Flexible)));
                ui.find<QLineEdit>(ObjectName::databaseName)->setText(str("todo"));
                ui.find<QLineEdit>(ObjectName::queryableFields)->setText(str("owner_id"));
            }));
            QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::Flexible);
            CHECKED(everyDeviceResetOnce(ui, 208));
        } else if (name == str("drill-deploy-fails")) {
            CHECKED(terminateThroughTheDialog(ui));
            CHECKED(deployThroughTheBar(ui));
            QCOMPARE(bannerKind(ui), str("error"));
            QVERIFY(ui.window->banner()->text().contains(str("timed out after 30s")));
            QTRY_COMPARE(badge(ui), str("ENABLED")); // what the server still runs
            CHECKED(terminateAndDeploy(ui));
            const QList<SimDeployment> &history = ui.sim.app().deployments;
            QCOMPARE(history[history.size() - 2].status, str("failed"));
            QVERIFY(history[history.size() - 2].statusErrorMessage.contains(str("timed out")));
            QCOMPARE(history.last().status, str("successful"));
        } else if (name == str("drill-foreign-draft")) {
            QTRY_VERIFY(ui.window->draftBar()->isVisible());
            CHECKED(click(ui.find(ObjectName::reviewDiscardButton)));
            QTRY_VERIFY(ui.inDialog(ObjectName::discardButton));
            CHECKED(click(ui.inDialog(ObjectName::discardButton)));
            QTRY_VERIFY_WITH_TIMEOUT(!ui.window->draftBar()->isVisible(), 10000);
            QVERIFY(!ui.sim.app().draft);
            const qsizetype history = ui.sim.app().deployments.size();
            CHECKED(terminateAndDeploy(ui));
            QCOMPARE(ui.sim.app().deployments.size(), history + 1); // one deployment, ours
            QCOMPARE(ui.sim.app().deployments.last().userId, ui.sim.backend.sessions().userId());
            QCOMPARE(ui.sim.app().deployments.last().config.mode, SyncConfig::Mode::None);
        } else if (name == str("drill-session-expires")) {
            CHECKED(terminateThroughTheDialog(ui));
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
            // The bar shows once the draft exists; the terminate is in it once the PATCH lands.
            QTRY_VERIFY_WITH_TIMEOUT(ui.sim.app().draft
                    && ui.sim.app().draft->staged.mode == SyncConfig::Mode::None
                    && !ui.controller->isBusy(),
                10000);
            const QString draftId = ui.sim.app().draft->id;
            ui.sim.backend.advanceClock(91); // the access token has expired
            CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
            // Its renewal is refused: the console asks to sign in again, and keeps the draft.
            QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::privateKeyInput), 10000);
            QVERIFY(ui.window->draftBar()->isVisible());
            ui.inDialog<QLineEdit>(ObjectName::privateKeyInput)->setText(SimDefaults::privateKey());
            CHECKED(click(ui.inDialog(ObjectName::signInButton)));
            QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
            QTRY_VERIFY(ui.controller->isLoaded() && !ui.controller->isBusy());
            QCOMPARE(ui.controller->draft()->id, draftId);
            CHECKED(deployThroughTheBar(ui));
            QCOMPARE(bannerKind(ui), str("success"));
            QCOMPARE(ui.sim.app().deployments.last().draftId, draftId);
            QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
        } else if (name == str("drill-rate-limited")) {
            // The two 503s on the first reads were retried by the console itself.
            const qsizetype history = ui.sim.app().deployments.size();
            CHECKED(terminateThroughTheDialog(ui));
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
            QCOMPARE(bannerKind(ui), str("error")); // 429: refused, not retried
            // The draft made for the refused change held nothing: the console discarded it.
            QTRY_VERIFY_WITH_TIMEOUT(!ui.sim.app().draft, 10000);
            QTRY_VERIFY(!ui.window->draftBar()->isVisible());
            ui.window->banner()->hide();
            CHECKED(terminateThroughTheDialog(ui));
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
            ui.window->banner()->hide();
            CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
            QTRY_VERIFY(ui.inDialog(ObjectName::deployButton));
            CHECKED(click(ui.inDialog(ObjectName::deployButton)));
            // 503 on the deployment: the dialog says so, the draft waits, Deploy again works.
            QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::deployButton)
                    && ui.inDialog(ObjectName::deployButton)->isEnabled()
                    && ui.sim.app().deployments.size() == history,
                10000);
            QVERIFY(ui.sim.app().draft);
            CHECKED(click(ui.inDialog(ObjectName::deployButton)));
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(bannerKind(ui), str("success"), 10000);
            QCOMPARE(ui.sim.app().deployments.size(), history + 1); // nothing sent twice
            QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
        } else if (name == str("drill-concurrent-deploy")) {
            const qsizetype history = ui.sim.app().deployments.size();
            CHECKED(terminateThroughTheDialog(ui));
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
            CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
            QTRY_VERIFY(ui.inDialog(ObjectName::deployButton));
            CHECKED(click(ui.inDialog(ObjectName::deployButton)));
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
            if (ui.window->openDialog()) {
                // The console saw that the review on screen is out of date: review, deploy again.
                QCOMPARE(bannerKind(ui), str("error"));
                CHECKED(click(ui.inDialog(ObjectName::deployButton)));
                QTRY_COMPARE_WITH_TIMEOUT(bannerKind(ui), str("success"), 10000);
            }
            QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
            QCOMPARE(bannerKind(ui), str("success"));
            QCOMPARE(ui.sim.app().deployed.mode, SyncConfig::Mode::None);
            // Theirs came in while the review was on screen, before ours.
            QCOMPARE(ui.sim.app().deployments.size(), history + 2);
            QCOMPARE(ui.sim.app().deployments[history].userId, SimBackend::otherAdminUserId());
            QCOMPARE(ui.sim.app().deployments.last().userId, ui.sim.backend.sessions().userId());
            QTRY_COMPARE(badge(ui), str("DISABLED"));
            CHECKED(enableAndDeploy(ui, [&ui] {
                auto *fields = ui.find<QLineEdit>(ObjectName::queryableFields);
                QCOMPARE(fields->text(), str("owner_id, team")); // the saved configuration
                fields->setText(str("owner_id, team, priority"));
            }));
            QCOMPARE(ui.sim.app().deployed.queryableFields(),
                QStringList({str("owner_id"), str("team"), str("priority")}));
        } else {
            QFAIL("a scenario without its way out");
        }
    }
};

QTEST_MAIN(TestScenarioEndToEnd)
#include "tst_scenarioendtoend.moc"
