// The Guide panel beside the real console on the simulator: it follows procedures done by
// clicking the page and the dialogs without touching the panel, outlines the right control at
// every step, flags a step done out of order, counts the wait down on a clock the test drives,
// and copies the steps with the app's real names and what is done ticked.
#include "Autoplay.h"
#include "Checked.h"
#include "ControlOutline.h"
#include "DeployDialog.h"
#include "GuideChecklist.h"
#include "GuideOf.h"
#include "GuidePanel.h"
#include "GuideStepRow.h"
#include "GuideTracker.h"
#include "ObjectNames.h"
#include "ReportExport.h"
#include "ResultBanner.h"
#include "SessionKeeper.h"
#include "SimDefaults.h"
#include "UiActions.h"
#include "UiFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <functional>

using UiActions::click;
using UiActions::terminateThroughTheDialog;

class TestGuidePanel : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);

    GuidePanel *openGuide(UiFixture &ui)
    {
        QAction *action = ui.window->findChild<QAction *>(ObjectName::guideAction);
        if (!action)
            return nullptr;
        action->trigger();
        GuidePanel *panel = guideOf(ui);
        panel->tracker()->setClock([this] { return m_now; });
        return panel->isVisible() ? panel : nullptr;
    }

    // Picks a runbook from the Guide's list by its title, as a person does.
    static void pickRunbook(GuidePanel *panel, const QString &title)
    {
        auto *picker = panel->findChild<QComboBox *>(ObjectName::guideRunbookPicker);
        const int index = picker->findText(title);
        QVERIFY2(index >= 0, qPrintable(title));
        picker->setCurrentIndex(index);
        emit picker->activated(index); // as a pick from the list
    }

    static GuideStepRow *currentRow(GuidePanel *panel)
    {
        for (GuideStepRow *row : panel->findChildren<GuideStepRow *>(ObjectName::guideStepRow))
            if (row->state() == GuideStepRow::State::Current)
                return row;
        return nullptr;
    }

    static QString currentId(GuidePanel *panel)
    {
        GuideStepRow *row = currentRow(panel);
        return row ? row->property("stepId").toString() : QStringLiteral("(none)");
    }

    // The guide highlights `step` and outlines `control` on screen, around it, in its window.
    static void expectStep(UiFixture &ui, const QString &step, QLatin1String control)
    {
        GuidePanel *panel = guideOf(ui);
        QTRY_COMPARE_WITH_TIMEOUT(currentId(panel), step, 10000);
        QCOMPARE(panel->findChild<QLabel *>(ObjectName::guideNextStep)->text(),
            GuidePanel::tr("Next: %1.").arg(currentRow(panel)->text()));
        ControlOutline *outline = panel->outline();
        QTRY_VERIFY2_WITH_TIMEOUT(
            outline->target() && outline->target()->objectName() == control && outline->isVisible(),
            qPrintable(QStringLiteral("%1: outlined %2, visible %3")
                           .arg(step,
                               outline->target() ? outline->target()->objectName()
                                                 : QStringLiteral("nothing"))
                           .arg(outline->isVisible())),
            10000);
        QWidget *target = outline->target();
        QVERIFY(target->isVisible());
        QCOMPARE(outline->parentWidget(), target->window());
        QVERIFY(outline->testAttribute(Qt::WA_TransparentForMouseEvents));
        // Around it, where it shows: within every widget that holds it.
        const auto expected = [target] {
            QWidget *window = target->window();
            QRect around(target->mapTo(window, QPoint(0, 0)), target->size());
            around.adjust(-4, -4, 4, 4);
            for (QWidget *w = target->parentWidget(); w != window; w = w->parentWidget())
                around &= QRect(w->mapTo(window, QPoint(0, 0)), w->size());
            return around & window->rect();
        };
        QTRY_COMPARE(outline->geometry(), expected());
    }

    // The console is idle, no dialog open: the step before has ended.
    static void settle(UiFixture &ui)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            !ui.window->openDialog() && ui.controller->activity() == SyncController::Activity::Idle,
            10000);
    }

    static void deployThroughTheBar(UiFixture &ui)
    {
        CHECKED(settle(ui));
        CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::deployButton));
        CHECKED(click(ui.inDialog(ObjectName::deployButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        CHECKED(settle(ui));
    }

    // The Guide open on "Terminate and re-enable Sync", the console loaded.
    void openOnTerminateAndReEnable(UiFixture &ui)
    {
        GuidePanel *panel = guideOf(ui);
        QVERIFY(ui.load());
        QVERIFY(openGuide(ui));
        panel->startRunbook(Runbook::Kind::TerminateAndReEnable);
    }

    // Deploy pressed in the dialog and refused as `refused` tells: the dialog stays, the Guide
    // goes back to Deploy in it, outlined there, and says why (`because`) and what to do; the
    // second Deploy goes through and the Guide moves on to the wait.
    static void deployIsRefusedThenDoneAgain(
        UiFixture &ui, const std::function<bool(const ApiError &)> &refused, const QString &because)
    {
        GuidePanel *panel = guideOf(ui);
        CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::deployButton));
        CHECKED(click(ui.inDialog(ObjectName::deployButton)));
        QTRY_VERIFY_WITH_TIMEOUT(refused(ui.controller->lastError())
                && ui.controller->activity() == SyncController::Activity::Idle,
            10000);
        QVERIFY(ui.window->openDialog());
        CHECKED(expectStep(
            ui, QStringLiteral("terminating-sync-deploy-button"), ObjectName::deployButton));
        QCOMPARE(panel->outline()->target()->window(), ui.window->openDialog());
        const QString warning = panel->tracker()->warning();
        QVERIFY2(warning.contains(because)
                && warning.contains(
                    QStringLiteral("\u201cReview the changes, then click Deploy\u201d"))
                && panel->findChild<QLabel *>(ObjectName::guideWarning)->isVisible(),
            qPrintable(warning));
        CHECKED(click(ui.inDialog(ObjectName::deployButton)));
        CHECKED(
            expectStep(ui, QStringLiteral("wait-before-re-enabling"), ObjectName::guideCountdown));
        QVERIFY(panel->tracker()->warning().isEmpty());
    }

private slots:
    // Hidden, the Guide is only its tracker: its widgets are made the first time it shows
    // (issue 24: they were a tenth of the console's start-up), with what it followed so far.
    void aHiddenGuideBuildsNoWidgets()
    {
        UiFixture ui;
        GuidePanel *panel = guideOf(ui);
        QVERIFY(ui.load());
        panel->startRunbook(Runbook::Kind::OplogRollover);
        panel->setReason(TerminateReason::OplogRollover);
        QVERIFY(!panel->widget());
        QVERIFY(panel->findChildren<QLabel *>().isEmpty());
        QVERIFY(panel->plainText().contains(
            GuideChecklist::reasonText(TerminateReason::OplogRollover)));
        QVERIFY(openGuide(ui));
        QCOMPARE(panel->findChild<QComboBox *>(ObjectName::guideRunbookPicker)->currentData(),
            QVariant(int(Runbook::Kind::OplogRollover)));
        QCOMPARE(panel->findChild<QComboBox *>(ObjectName::guideReasonPicker)->currentText(),
            GuideChecklist::reasonText(TerminateReason::OplogRollover));
        QVERIFY(!panel->findChildren<GuideStepRow *>(ObjectName::guideStepRow).isEmpty());
        QVERIFY(panel->findChild<QLabel *>(ObjectName::guideNextStep)->isVisible());
    }

    void opensFromTheViewMenu()
    {
        UiFixture ui;
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = guideOf(ui);
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());
        QVERIFY(!panel->outline()->isVisible()); // nothing is outlined while the guide is hidden
        QVERIFY(openGuide(ui));
        QCOMPARE(panel->findChild<QComboBox *>(ObjectName::guideRunbookPicker)->currentText(),
            QStringLiteral("Terminate and re-enable Sync"));
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
        QVERIFY(panel->findChild<QWidget *>(ObjectName::guideChecklist)->isVisible());
        const QString devices
            = panel->findChild<QLabel *>(ObjectName::guideChecklistDevices)->text();
        QVERIFY2(devices.contains(QStringLiteral("2 device(s) hold unsynced changes.")),
            qPrintable(devices));
        QVERIFY(panel->findChild<QLabel *>(ObjectName::guideChecklistRecovery)
                    ->text()
                    .contains(QStringLiteral("Client recovery is on")));
        // The outline follows its control when the window changes size.
        const QRect before = panel->outline()->geometry();
        ui.window->resize(1200, 800);
        QTRY_VERIFY(panel->outline()->geometry() != before);
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
    }

    // Terminate, deploy, wait, re-enable, deploy, watch: all by clicking the page and the
    // dialogs; the guide keeps up and outlines each control.
    void followsTheRunbookDoneWithoutThePanel()
    {
        UiFixture ui;
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        QVERIFY(!panel->findChild<QWidget *>(ObjectName::guideExportReportButton)->isVisible());
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
        CHECKED(click(ui.find(ObjectName::terminateSyncButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("terminate-sync-confirm"), ObjectName::confirmTerminateCheck));
        QCOMPARE(panel->outline()->parentWidget(), ui.window->openDialog()); // across dialogs
        ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck)->click();
        CHECKED(
            expectStep(ui, QStringLiteral("terminate-sync-model"), ObjectName::terminateButton));
        CHECKED(click(ui.inDialog(ObjectName::terminateButton)));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        QCOMPARE(panel->outline()->parentWidget(), ui.window.get()); // back when the dialog closed
        QVERIFY(!panel->findChild<QWidget *>(ObjectName::guideChecklist)->isVisible());
        CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("terminating-sync-deploy-button"), ObjectName::deployButton));
        CHECKED(click(ui.inDialog(ObjectName::deployButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        CHECKED(settle(ui));

        // The wait: counted down on the test's clock, with the reason why.
        CHECKED(
            expectStep(ui, QStringLiteral("wait-before-re-enabling"), ObjectName::guideCountdown));
        auto *countdown = panel->findChild<QLabel *>(ObjectName::guideCountdown);
        QCOMPARE(countdown->text(), QStringLiteral("10:00 before you re-enable Sync"));
        QVERIFY(panel->findChild<QLabel *>(ObjectName::guideCountdownWhy)
                    ->text()
                    .contains(QStringLiteral("clean up the sync metadata")));
        m_now = m_now.addSecs(61);
        panel->tick();
        QCOMPARE(countdown->text(), QStringLiteral("8:59 before you re-enable Sync"));
        m_now = m_now.addSecs(9 * 60);
        panel->tick();
        CHECKED(expectStep(
            ui, QStringLiteral("restore-configuration"), ObjectName::restoreSnapshotButton));
        QVERIFY(!countdown->isVisible());

        CHECKED(click(ui.find(ObjectName::restoreSnapshotButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("click-enable-sync-button"), ObjectName::enableSyncButton));
        CHECKED(click(ui.find(ObjectName::enableSyncButton)));
        CHECKED(settle(ui));
        CHECKED(expectStep(
            ui, QStringLiteral("enable-sync-review-and-deploy"), ObjectName::reviewDeployButton));
        CHECKED(deployThroughTheBar(ui));

        // The clients come back: the guide shows the controller's client-reset tally.
        QTRY_VERIFY_WITH_TIMEOUT(ui.find(ObjectName::clientRecoveryPanel)->isVisible(), 10000);
        CHECKED(expectStep(
            ui, QStringLiteral("watch-clients-come-back"), ObjectName::clientRecoveryPanel));
        auto *tally = panel->findChild<QLabel *>(ObjectName::guideTally);
        QTRY_VERIFY(tally->isVisible());
        QTRY_VERIFY2(tally->text().contains(QStringLiteral("3 reset")), qPrintable(tally->text()));
        ui.sim.backend.advanceClock(10 * 60);
        QTRY_VERIFY_WITH_TIMEOUT(panel->tracker()->current() == -1, 10000);
        QVERIFY2(tally->text().contains(QStringLiteral("5 reset")), qPrintable(tally->text()));
        QVERIFY2(
            tally->text().contains(QStringLiteral("0 not back yet")), qPrintable(tally->text()));
        QCOMPARE(panel->findChild<QLabel *>(ObjectName::guideNextStep)->text(),
            QStringLiteral("Done: every step of this procedure is done."));
        QVERIFY(panel->findChild<QLabel *>(ObjectName::guideWarning)->text().isEmpty());
        QVERIFY(!panel->outline()->isVisible());
        CHECKED(exportsTheReportAtTheEnd(ui, panel));
    }

    // The Guide's done state offers the procedure report of the runbook: both deployments, the
    // tally, the calls, and no secret.
    static void exportsTheReportAtTheEnd(UiFixture &ui, GuidePanel *panel)
    {
        auto *button = panel->findChild<QPushButton *>(ObjectName::guideExportReportButton);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("runbook.md"));
        CHECKED(click(button));
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = ui.window->findChild<QFileDialog *>(ObjectName::exportReportDialog)));
        QSignalSpy exported(ui.window->reportExport(), &ReportExport::exported);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QTRY_COMPARE(exported.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY2(md.startsWith(QStringLiteral("# Procedure report")), qPrintable(md.left(200)));
        // The terminate and the re-enable.
        QVERIFY2(md.count(QStringLiteral(": successful")) == 2, qPrintable(md));
        for (const char *section : {"## Client resets, after", "## Devices", "## API calls",
                 "/deployments/", "\"state\": \"enabled\""})
            QVERIFY2(md.contains(QString::fromUtf8(section)), section);
        for (const QString &secret : {SimDefaults::privateKey(), QStringLiteral("Bearer"),
                 QStringLiteral("access_token"), QStringLiteral("refresh_token")})
            QVERIFY2(!md.contains(secret), qPrintable(secret));
        QVERIFY(ui.window->statusBar()->currentMessage().contains(path));
    }

    // Enable Sync before the terminate draft was deployed: the guide says so and what to do;
    // once the draft is discarded it starts again from Terminate Sync.
    void flagsEnablingBeforeTheTerminateWasDeployed()
    {
        UiFixture ui(QStringLiteral("partition"));
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        auto *warning = panel->findChild<QLabel *>(ObjectName::guideWarning);
        QVERIFY(!warning->isVisible());
        // The Enable Sync form is built once a refresh reads the draft's terminated config.
        QTRY_VERIFY_WITH_TIMEOUT(ui.find(ObjectName::restoreSnapshotButton), 10000);
        CHECKED(click(ui.find(ObjectName::restoreSnapshotButton)));
        CHECKED(click(ui.find(ObjectName::enableSyncButton)));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(
            warning->text().contains(QStringLiteral("before the terminate draft was deployed")),
            qPrintable(warning->text()));
        // Still at the deploy of the terminate: the enable was not counted.
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        QTRY_VERIFY(ui.controller->activity() == SyncController::Activity::Idle);

        CHECKED(click(ui.find(ObjectName::reviewDiscardButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::discardButton));
        CHECKED(click(ui.inDialog(ObjectName::discardButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
        QVERIFY2(warning->text().contains(QStringLiteral("Start again from Terminate Sync")),
            qPrintable(warning->text()));
    }

    // On a small screen the outlined control is scrolled into view whole, and the Guide
    // scrolls to its own new warning.
    void theOutlinedControlAndTheWarningAreInView()
    {
        UiFixture ui(QStringLiteral("partition"));
        guideOf(ui);
        ui.window->resize(1100, 520);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        // A banner above the page takes its room: Terminate Sync, outlined, is kept in view.
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
        QWidget *terminate = ui.find(ObjectName::terminateSyncButton);
        QTRY_COMPARE(panel->outline()->geometry().size(), terminate->size() + QSize(8, 8));
        ui.window->banner()->showError(QStringLiteral(
            "Deployment failed: failed to deploy: timed out after 30s waiting for the Sync service "
            "to apply the configuration to cluster Cluster0; no change was made, try the "
            "deployment again. Deployment failed: the same again, to take two lines or three."));
        QTRY_COMPARE(panel->outline()->geometry().size(), terminate->size() + QSize(8, 8));
        ui.window->banner()->hide();

        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(deployThroughTheBar(ui));
        CHECKED(
            expectStep(ui, QStringLiteral("wait-before-re-enabling"), ObjectName::guideCountdown));
        // The countdown's text keeps clear of the outline drawn 4 px around it (its 3 px pen
        // touched the digits): the label has room inside its own edges.
        const QRect text = panel->findChild<QLabel *>(ObjectName::guideCountdown)->contentsRect();
        QVERIFY2(text.top() >= 3 && text.left() >= 6,
            qPrintable(QStringLiteral("text at %1,%2").arg(text.left()).arg(text.top())));
        CHECKED(click(panel->findChild<QPushButton *>(ObjectName::guideSkipWaitButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("restore-configuration"), ObjectName::restoreSnapshotButton));
        CHECKED(click(ui.find(ObjectName::restoreSnapshotButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("click-enable-sync-button"), ObjectName::enableSyncButton));
        // Whole: the outline is not cut by the page's edge.
        QWidget *enable = ui.find(ObjectName::enableSyncButton);
        QTRY_COMPARE(panel->outline()->geometry().size(), enable->size() + QSize(8, 8));

        // The Guide's own warning, with its scroll area at the bottom: it comes into view.
        auto *warning = panel->findChild<QLabel *>(ObjectName::guideWarning);
        QVERIFY(warning);
        auto *scroll = panel->findChild<QScrollArea *>();
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        GuideTracker::State running; // as if the terminate had been undone elsewhere
        running.status = SyncController::Status::Enabled;
        panel->tracker()->observeState(running, true);
        QTRY_VERIFY(warning->isVisible());
        const auto inView = [scroll, warning] {
            const QRect shown(warning->mapTo(scroll->viewport(), QPoint(0, 0)), warning->size());
            return scroll->viewport()->rect().contains(shown);
        };
        QTRY_VERIFY(inView());
    }

    // While Sync is paused no device is connected to it, whatever the devices were doing.
    void aPausedAppHasNoDeviceConnected()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        guideOf(ui);
        QVERIFY(ui.load());
        QCOMPARE(ui.controller->status(), SyncController::Status::Paused);
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        auto *devices = panel->findChild<QLabel *>(ObjectName::guideChecklistDevices);
        QTRY_VERIFY(!ui.controller->devices().isEmpty());
        QTRY_VERIFY2(devices->text().contains(QStringLiteral("No device is connected")),
            qPrintable(devices->text()));
        QVERIFY2(!devices->text().contains(QStringLiteral("connected now")),
            qPrintable(devices->text()));
    }

    void copiesTheStepsWithRealNamesAndTicks()
    {
        UiFixture ui;
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        panel->findChild<QComboBox *>(ObjectName::guideReasonPicker)->setCurrentIndex(4);
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        QGuiApplication::clipboard()->clear();
        CHECKED(click(panel->findChild<QPushButton *>(ObjectName::guideCopyButton)));
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QVERIFY(data->hasFormat(QStringLiteral("text/plain")));
        QVERIFY(data->hasFormat(QStringLiteral("text/markdown")));
        const QString plain = data->text();
        const QString md = QString::fromUtf8(data->data(QStringLiteral("text/markdown")));
        const QString app = ui.controller->app().name;
        const QString cluster = ui.controller->clusterName();
        const QString service = ui.controller->serviceName();
        QVERIFY(!app.isEmpty() && !cluster.isEmpty() && !service.isEmpty());
        QVERIFY2(plain.contains(QStringLiteral("App: %1 (%2). Cluster: %3. Service: %4.")
                                    .arg(app, ui.controller->app().clientAppId, cluster, service)),
            qPrintable(plain));
        QVERIFY2(
            plain.contains(QStringLiteral("Reason: The oplog rolled over while Sync was paused.")),
            qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("   [x] 1.1 Click Terminate Sync\n")));
        QVERIFY(plain.contains(QStringLiteral("   [x] 1.3 Click Terminate Sync in the dialog\n")));
        QVERIFY(plain.contains(QStringLiteral("   [ ] 2.1 Click REVIEW & DEPLOY\n")));
        QVERIFY(plain.contains(QStringLiteral("   [ ] 4.2 Click Enable Sync\n")));
        QCOMPARE(plain, panel->plainText());
        QVERIFY2(md.contains(QStringLiteral("**Cluster:** %1")
                                 .arg(cluster)
                                 .replace(QLatin1Char('_'), QStringLiteral("\\_"))),
            qPrintable(md));
        QVERIFY(
            md.contains(QStringLiteral("1. **Terminate Sync**\n   - [x] Click Terminate Sync\n")));
        QVERIFY(md.contains(
            QStringLiteral("2. **Deploy the draft**\n   - [ ] Click REVIEW & DEPLOY\n")));
        QCOMPARE(md, panel->markdownText());
    }

    // Doc capture's way in: the panel opened on a runbook at a named step, here with Sync
    // terminated and deployed, so the state is the one the step expects.
    void opensAtAStepForDocCapture()
    {
        UiFixture ui;
        guideOf(ui);
        ui.sim.app().uiDraftsDisabled = true;
        QVERIFY(ui.load());
        ui.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(
            ui.controller->status() == SyncController::Status::Disabled, 10000);
        CHECKED(settle(ui));
        GuidePanel *panel = guideOf(ui);
        QVERIFY(!panel->isVisible());
        panel->showAt(
            Runbook::Kind::TerminateAndReEnable, QStringLiteral("click-enable-sync-button"));
        QVERIFY(panel->isVisible());
        CHECKED(expectStep(
            ui, QStringLiteral("click-enable-sync-button"), ObjectName::enableSyncButton));
        QCOMPARE(panel->tracker()->stepState(panel->tracker()->indexOf(
                     QStringLiteral("terminating-sync-review-and-deploy"))),
            GuideTracker::StepState::Done);
        // It goes on from there as the user acts.
        CHECKED(click(ui.find(ObjectName::restoreSnapshotButton)));
        CHECKED(click(ui.find(ObjectName::enableSyncButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("watch-clients-come-back"), ObjectName::clientRecoveryPanel));
    }

    // Autoplay outlines each control with the same overlay as the guide, before it uses it.
    void autoplayOutlinesWithTheGuidesOverlay()
    {
        UiFixture ui;
        guideOf(ui);
        QVERIFY(ui.load());
        const Procedure &pause = Procedures::get(Procedure::Kind::Pause);
        Autoplay autoplay(ui.window.get(), ui.controller.get(), pause);
        autoplay.setDelayMs(0);
        QStringList outlined;
        autoplay.setBeforeStep([&](const ProcedureStep &step) {
            for (ControlOutline *o : ui.window->findChildren<ControlOutline *>())
                if (o != guideOf(ui)->outline() && o->isVisible() && o->target()
                    && step.controls.contains(QLatin1String(o->target()->objectName().toLatin1())))
                    outlined << step.id;
        });
        QSignalSpy finished(&autoplay, &Autoplay::finished);
        autoplay.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
        QStringList expected;
        for (const ProcedureStep &step : pause.steps + pause.draftSteps())
            expected << step.id;
        QCOMPARE(outlined, expected);
    }

    // Resume refused while the guide shows another procedure: it moves to the recovery.
    void aRefusedResumeLeadsToTheOplogRecovery()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        auto *picker = panel->findChild<QComboBox *>(ObjectName::guideRunbookPicker);
        QCOMPARE(picker->currentText(), QStringLiteral("Terminate and re-enable Sync"));
        CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::resumeButton));
        CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
        QTRY_COMPARE_WITH_TIMEOUT(
            picker->currentText(), QStringLiteral("Recover from an oplog rollover"), 10000);
        QVERIFY(panel->findChild<QLabel *>(ObjectName::guideNote)->isVisible());
        QVERIFY(panel->plainText().contains(QStringLiteral("[x] 1.2 Confirm with Resume Sync")));
        QCOMPARE(currentId(panel), QStringLiteral("click-terminate-sync-button"));
    }

    // The trainer's scenario: the refused resume is part of the runbook, the refusal's dialog
    // leads to the terminate, and the wait can be cut short on purpose.
    // The oplog runbook says what the logs' ChangeStreamHistoryLost means, from the same
    // table of Sync errors as the Logs page; another runbook has no such box.
    void explainsTheErrorItAnswers()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        auto *error = panel->findChild<QLabel *>(ObjectName::guideErrorExplanation);
        QVERIFY(error);
        QVERIFY(!error->isVisible()); // the terminate runbook answers no one error
        CHECKED(pickRunbook(panel, QStringLiteral("Recover from an oplog rollover")));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("ChangeStreamHistoryLost"))
                && error->text().contains(QStringLiteral("oplog no longer holds"))
                && error->text().contains(QStringLiteral("What support does")),
            qPrintable(error->text()));
    }

    void followsTheOplogRecovery()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        guideOf(ui);
        QVERIFY(ui.load());
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        CHECKED(pickRunbook(panel, QStringLiteral("Recover from an oplog rollover")));
        CHECKED(expectStep(
            ui, QStringLiteral("press-resume-sync-button"), ObjectName::resumeSyncButton));
        CHECKED(click(ui.find(ObjectName::resumeSyncButton)));
        CHECKED(expectStep(ui, QStringLiteral("resume-sync-modal"), ObjectName::resumeButton));
        CHECKED(click(ui.inDialog(ObjectName::resumeButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::startTerminateButton), 10000);
        auto *note = panel->findChild<QLabel *>(ObjectName::guideNote);
        QTRY_VERIFY(note->isVisible());
        // The server's text is one sentence, the runbook's the next: a full stop between them.
        QVERIFY2(note->text().contains(
                     QRegularExpression(QStringLiteral("[.!?] This is what the runbook expects"))),
            qPrintable(note->text()));
        // The refusal's dialog is in front: its own Terminate Sync… is outlined, not the page's
        // button behind it.
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::startTerminateButton));
        CHECKED(click(ui.inDialog(ObjectName::startTerminateButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("terminate-sync-confirm"), ObjectName::confirmTerminateCheck));
        ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck)->click();
        CHECKED(click(ui.inDialog(ObjectName::terminateButton)));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        CHECKED(deployThroughTheBar(ui));
        CHECKED(
            expectStep(ui, QStringLiteral("wait-before-re-enabling"), ObjectName::guideCountdown));
        CHECKED(click(panel->findChild<QPushButton *>(ObjectName::guideSkipWaitButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("restore-configuration"), ObjectName::restoreSnapshotButton));
        QVERIFY(panel->plainText().contains(QStringLiteral("[x] 4.1 Wait ten minutes")));
    }
    // On the 2023 page, paused, Resume Sync is under the Configuration tab's card while the
    // Dashboard (the default tab) shows: the Guide outlined nothing a person could see. It
    // outlines the Configuration tab until that tab is opened, then Resume Sync itself.
    void aControlOnATabNotShownIsReachedThroughItsTab()
    {
        UiFixture ui(QStringLiteral("oplog-rollover"));
        guideOf(ui);
        QVERIFY(ui.load());
        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        auto *tabs = ui.find<QTabBar>(ObjectName::deviceSyncTabs);
        QCOMPARE(tabs->currentIndex(), 0); // the Dashboard
        GuidePanel *panel = openGuide(ui);
        QVERIFY(panel);
        CHECKED(pickRunbook(panel, QStringLiteral("Recover from an oplog rollover")));
        QTRY_COMPARE(currentId(panel), QStringLiteral("press-resume-sync-button"));
        ControlOutline *outline = panel->outline();
        QTRY_VERIFY_WITH_TIMEOUT(outline->target() == tabs && outline->isVisible(), 10000);
        QCOMPARE(outline->tab(), 1);
        // Around the Configuration tab, not the whole bar.
        const QRect tab(tabs->mapTo(ui.window.get(), tabs->tabRect(1).topLeft()),
            tabs->tabRect(1).size());
        QTRY_COMPARE(outline->geometry(), tab.adjusted(-4, -4, 4, 4));
        // And the Guide's words say where the control is.
        auto *next = panel->findChild<QLabel *>(ObjectName::guideNextStep);
        QTRY_COMPARE(next->text(),
            QStringLiteral("Next: Click Resume Sync. It is on the Configuration tab."));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QTRY_VERIFY(outline->target()
            && outline->target()->objectName() == ObjectName::deviceSyncResume
            && outline->isVisible());
        QCOMPARE(outline->tab(), -1);
        QTRY_COMPARE(next->text(), QStringLiteral("Next: Click Resume Sync."));
        // Back on the Dashboard, the tab is outlined again.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
        QTRY_VERIFY(outline->target() == tabs && outline->tab() == 1 && outline->isVisible());
    }

    // Issue 19, the drills whose server refuses the first try: at the second try the Guide
    // says why the first did not go through and what to do, and outlines that control on the
    // dialog in front. drill-rate-limited: the terminate's change answers 429 with Retry-After;
    // the Guide guessed ("never took effect on its own ... or refused") and did not say to wait.
    // Then the deployment answers 503 and its dialog stays open: the Guide waited for a result
    // that never came, its outline on the banner behind the dialog.
    void aRefusedChangeOrDeploymentIsDoneAgain()
    {
        UiFixture ui(QStringLiteral("drill-rate-limited"));
        CHECKED(openOnTerminateAndReEnable(ui));
        GuidePanel *panel = guideOf(ui);
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(settle(ui));
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->isLoaded() && !ui.controller->hasDraft(), 10000);
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
        const QString warning = panel->tracker()->warning();
        QVERIFY2(warning.contains(ApiError::tr("Try again in %n second(s).", nullptr, 5))
                && warning.contains(QStringLiteral("\u201cClick Terminate Sync\u201d"))
                && panel->findChild<QLabel *>(ObjectName::guideWarning)->isVisible(),
            qPrintable(warning));
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        QVERIFY(panel->tracker()->warning().isEmpty());
        CHECKED(deployIsRefusedThenDoneAgain(
            ui, [](const ApiError &e) { return e.httpStatus == 503; }, QString()));
    }

    // drill-concurrent-deploy: another admin deploys while the review is on screen, so Deploy
    // is refused (the draft changed elsewhere) and the dialog shows the new changes. The Guide
    // went on to "The deployment's result" and waited there.
    void aDraftChangedDuringTheReviewIsReviewedAndDeployedAgain()
    {
        UiFixture ui(QStringLiteral("drill-concurrent-deploy"));
        CHECKED(openOnTerminateAndReEnable(ui));
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        CHECKED(deployIsRefusedThenDoneAgain(
            ui, [](const ApiError &e) { return e.hasCode(ApiErrorCode::DraftChanged); },
            QStringLiteral("changed elsewhere")));
    }

    // drill-session-expires: the renewal is refused and the sign-in dialog comes in front. The
    // Guide kept outlining REVIEW & DEPLOY on the page behind it; now signing in is the step,
    // outlined on the dialog, and the runbook's step follows.
    // On a slow server the draft the terminate makes shows before its change is answered, so
    // REVIEW & DEPLOY can be used in between; then the change is refused (429). Under the
    // sanitizers the keyboard walk met this: the Guide said "the terminate never took effect on
    // its own" and outlined Terminate Sync behind the review, which had nothing left to show.
    void aChangeRefusedWhileItsReviewIsOpenClosesTheReviewFirst()
    {
        UiFixture ui;
        QVERIFY(ui.sim.inject(QStringLiteral("PATCH /groups/*/apps/*/services/*/config "
                                             "status=429 retry-after=5 latency=1500 count=1")));
        CHECKED(openOnTerminateAndReEnable(ui));
        GuidePanel *panel = guideOf(ui);
        CHECKED(terminateThroughTheDialog(ui));
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog() && ui.controller->hasDraft()
                && ui.find(ObjectName::reviewDeployButton)->isVisible(),
            10000);
        QCOMPARE(ui.controller->activity(), SyncController::Activity::Terminating);
        CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
        QTRY_VERIFY(ui.inDialog(ObjectName::deployButton));
        // While the change is in flight the review says its changes are coming (it was blank).
        QCOMPARE(ui.inDialog<QLabel>(ObjectName::deployStatus)->text(),
            DeployDialog::tr("Loading the changes\u2026"));
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->lastError().httpStatus == 429
                && ui.controller->activity() == SyncController::Activity::Idle,
            10000);
        const QString because = ApiError::tr("Try again in %n second(s).", nullptr, 5);
        QTRY_COMPARE(panel->tracker()->currentStep()->id, QStringLiteral("close-review"));
        QTRY_VERIFY(panel->outline()->target()
            && panel->outline()->target()->objectName() == ObjectName::cancelButton
            && panel->outline()->isVisible());
        QCOMPARE(panel->outline()->target()->window(), ui.window->openDialog());
        QVERIFY2(panel->tracker()->warning().contains(because),
            qPrintable(panel->tracker()->warning()));
        CHECKED(click(ui.inDialog(ObjectName::cancelButton)));
        CHECKED(expectStep(
            ui, QStringLiteral("click-terminate-sync-button"), ObjectName::terminateSyncButton));
        QVERIFY2(panel->tracker()->warning().contains(because),
            qPrintable(panel->tracker()->warning()));
        CHECKED(settle(ui));
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        QVERIFY(panel->tracker()->warning().isEmpty());
    }

    void signingInAgainComesFirst()
    {
        UiFixture ui(QStringLiteral("drill-session-expires"));
        SessionKeeper keeper(ui.sim.client.get(), SimDefaults::publicKey());
        ui.window->setSessionKeeper(&keeper, QString());
        CHECKED(openOnTerminateAndReEnable(ui));
        GuidePanel *panel = guideOf(ui);
        CHECKED(terminateThroughTheDialog(ui));
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft() && !ui.controller->isBusy(), 10000);
        ui.sim.backend.advanceClock(91); // the access token has expired
        CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
        QTRY_VERIFY_WITH_TIMEOUT(ui.inDialog(ObjectName::privateKeyInput), 10000);
        QTRY_COMPARE(panel->tracker()->currentStep()->id, QStringLiteral("sign-in-again"));
        QCOMPARE(panel->findChild<QLabel *>(ObjectName::guideNextStep)->text(),
            GuidePanel::tr("Next: %1.").arg(panel->tracker()->currentStep()->text()));
        QTRY_VERIFY(panel->outline()->target()
            && panel->outline()->target()->objectName() == ObjectName::privateKeyInput
            && panel->outline()->isVisible());
        QCOMPARE(panel->outline()->target()->window(), ui.window->openDialog());
        ui.inDialog<QLineEdit>(ObjectName::privateKeyInput)->setText(SimDefaults::privateKey());
        CHECKED(click(ui.inDialog(ObjectName::signInButton)));
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
        CHECKED(expectStep(ui, QStringLiteral("terminating-sync-review-and-deploy"),
            ObjectName::reviewDeployButton));
        CHECKED(deployThroughTheBar(ui));
        CHECKED(
            expectStep(ui, QStringLiteral("wait-before-re-enabling"), ObjectName::guideCountdown));
    }
};

QTEST_MAIN(TestGuidePanel)
#include "tst_guidepanel.moc"
