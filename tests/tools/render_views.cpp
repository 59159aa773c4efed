// Renders the console's views to PNG files, to look at beside the reference screenshots, in
// any language: render_views DIR [--lang de|ja|en]. Not a test; a tool.
#include "ActivityPage.h"
#include "ClientRecoveryMonitor.h"
#include "ConnectionDialog.h"
#include "ConsoleDialog.h"
#include "ControlOutline.h"
#include "DeployDialog.h"
#include "DashboardGap.h"
#include "DeviceSyncPage.h"
#include "SyncDashboard.h"
#include "DisplayTime.h"
#include "GuideOf.h"
#include "GuidePanel.h"
#include "GuideTracker.h"
#include "LogStaging.h"
#include "ObjectNames.h"
#include "PauseDialog.h"
#include "Scenarios.h"
#include "SettingsDialog.h"
#include "ShownTexts.h"
#include "SyncLogsPage.h"
#include "TerminateDialog.h"
#include "TrainingSession.h"
#include "Translations.h"
#include "UiFixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
bool save(QWidget *widget, const QString &dir, const char *name)
{
    const QString path = QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    // The picture shows what a person would see: the text set last, laid out.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // No picture for a reader shows a scratch folder (a test's /tmp/render_views-... path).
    const QStringList scratch = ShownTexts::temporaryPaths(ShownTexts::of(widget));
    if (!scratch.isEmpty()) {
        QTextStream(stderr) << path << " would show a temporary path: " << scratch.join(QStringLiteral(" | "))
                            << Qt::endl;
        return false;
    }
    // Nor a scenario's raw name where the console shows its title (the connection dialog's
    // picture showed "flexible").
    const QStringList raw = ShownTexts::rawNames(ShownTexts::of(widget), Scenarios::names());
    if (!raw.isEmpty()) {
        QTextStream(stderr) << path << " would show a scenario's raw name: "
                            << raw.join(QStringLiteral(" | ")) << Qt::endl;
        return false;
    }
    const bool ok = widget->grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "" : "cannot write ") << path << Qt::endl;
    return ok;
}

bool settle(UiFixture &ui)
{
    return QTest::qWaitFor(
        [&] {
            return ui.controller->isLoaded()
                && ui.controller->activity() == SyncController::Activity::Idle;
        },
        10000);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A home of its own: nothing of the user's is read or written, and the folders the
    // pictures show read as a user's (~/.local/share/...).
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    QApplication app(argc, argv);
    // The console's names: its folders under the home folder, as the pictures show them.
    QCoreApplication::setApplicationName(QStringLiteral("sync-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("SyncConsole"));
    const QString language = Translations::fromArguments(QCoreApplication::arguments());
    if (!language.isEmpty()) {
        Translations::install(language);
        DisplayTime::setStyle(DisplayTime::Style::Locale); // as the console shows a language
    }
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    if (!QDir().mkpath(dir))
        return 1;
    bool ok = true;
    {
        UiFixture ui(QStringLiteral("partition"));
        guideOf(ui);
        ok &= ui.load();
        ok &= save(ui.window.get(), dir, "sync-page");
        ui.window->openTerminateDialog();
        QCoreApplication::processEvents();
        ok &= save(ui.window->openDialog(), dir, "terminate-dialog");
        ui.window->openDialog()->reject();
        ok &= QTest::qWaitFor([&] { return !ui.window->openDialog(); }, 5000);
        {
            ConnectionProfile room;
            room.id = room.name = QStringLiteral("Training room");
            room.kind = ConnectionProfile::Kind::AppServices;
            room.baseUrl = QStringLiteral("http://127.0.0.1:8080/api/admin/v3.0");
            room.publicKey = QStringLiteral("room");
            ConnectionDialog connection({room}, Scenarios::names(), QString());
            connection.describeScenarios(TrainingSession::scenarioChoices()); // as the console does
            connection.setAttribute(Qt::WA_DeleteOnClose, false);
            connection.show();
            QCoreApplication::processEvents();
            ok &= save(&connection, dir, "connection-dialog");
        }
        ui.controller->pause();
        ok &= QTest::qWaitFor([&] { return ui.controller->hasDraft(); }, 10000) && settle(ui);
        ui.window->openDeployDialog();
        ok &= QTest::qWaitFor([&] { return ui.controller->isDiffLoaded(); }, 10000);
        QCoreApplication::processEvents();
        ok &= save(ui.window->openDialog(), dir, "deploy-dialog");
        ui.window->openDialog()->findChild<QPushButton *>(ObjectName::deployButton)->click();
        ok &= QTest::qWaitFor([&] { return !ui.window->openDialog(); }, 10000) && settle(ui);
        ui.window->showPage(Page::Deploy);
        ok &= save(ui.window.get(), dir, "deploy-page");
        ui.window->showPage(Page::Activity);
        ok &= save(ui.window.get(), dir, "activity-page");
        ui.window->activityPage()->exportTo(QStringLiteral("/nonexistent/activity.jsonl"));
        ok &= save(ui.window.get(), dir, "activity-export-failed");
    }
    {
        // Terminated and re-enabled on the flexible scenario: the terminate dialog's preview,
        // then the Client recovery panel once every device is back.
        UiFixture ui;
        guideOf(ui);
        ui.sim.app().uiDraftsDisabled = true;
        ok &= ui.load();
        ui.window->openTerminateDialog();
        QCoreApplication::processEvents();
        ok &= save(ui.window->openDialog(), dir, "terminate-dialog-preview");
        ui.window->openDialog()->reject();
        ok &= QTest::qWaitFor([&] { return !ui.window->openDialog(); }, 5000);
        ui.controller->terminate();
        ok &= QTest::qWaitFor(
                  [&] { return ui.controller->status() == SyncController::Status::Disabled; },
                  10000)
            && settle(ui);
        ui.controller->enable(ui.controller->snapshot()->sync);
        ok &= QTest::qWaitFor([&] { return ui.controller->recovery()->tally().has_value(); }, 10000)
            && settle(ui);
        ok &= save(ui.window.get(), dir, "sync-recovery-early");
        ui.sim.backend.advanceClock(10 * 60);
        ok &= QTest::qWaitFor(
            [&] { return ui.controller->recovery()->tally()->reset == 5; }, 10000);
        QCoreApplication::processEvents();
        ok &= save(ui.window.get(), dir, "sync-recovery");
    }
    {
        // Sync terminated, and the configuration saved before it damaged.
        UiFixture ui(QStringLiteral("partition"));
        guideOf(ui);
        ok &= ui.load();
        ui.controller->terminate();
        ok &= QTest::qWaitFor([&] { return ui.controller->hasDraft(); }, 10000) && settle(ui);
        ui.controller->deploy();
        ok &= QTest::qWaitFor([&] { return !ui.controller->hasDraft(); }, 10000) && settle(ui);
        for (const QString &f : QDir(ui.snapshots.directory()).entryList(QDir::Files)) {
            QFile file(QDir(ui.snapshots.directory()).filePath(f));
            ok &= file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
        // Read where the console keeps its snapshots (under the home folder), as a user meets it.
        SyncSnapshotStore store;
        QDir().mkpath(store.directory());
        for (const QString &f : QDir(ui.snapshots.directory()).entryList(QDir::Files))
            ok &= QFile::copy(QDir(ui.snapshots.directory()).filePath(f),
                QDir(store.directory()).filePath(f));
        SyncController controller(ui.sim.client.get(), ui.sim.appRef(), &store);
        ok &= refreshAndWait(controller);
        MainWindow window(&controller);
        window.resize(1420, 760);
        window.show();
        QCoreApplication::processEvents();
        ok &= save(&window, dir, "enable-sync-damaged-snapshot");
    }
    {
        // The Logs page on a morning of devices coming back after a terminate: 208s among the
        // sessions, one of them selected.
        UiFixture ui;
        guideOf(ui);
        ok &= ui.load();
        LogStaging::stage(ui.sim.backend, ui.sim.app(), 250);
        SyncLogModel logs(ui.sim.client.get(), ui.sim.appRef());
        ui.window->setSyncLogs(&logs);
        ui.window->showPage(Page::Logs);
        ok &= QTest::qWaitFor([&] { return logs.isStarted() && !logs.isLoading(); }, 10000);
        SyncLogsPage *page = ui.window->syncLogsPage();
        const int row = logs.rowOf(QStringLiteral("log000234")); // a 208 near the top
        page->table()->selectRow(page->filtered()->mapFromSource(logs.index(row, 0)).row());
        QCoreApplication::processEvents();
        ok &= save(ui.window.get(), dir, "logs-page");
        ui.window.reset(); // its page shows `logs`
    }
    {
        // The Guide mid-runbook: Sync terminated and the draft deployed, three and a half
        // minutes into the wait before re-enabling.
        UiFixture ui;
        guideOf(ui);
        ok &= ui.load();
        ui.window->findChild<QAction *>(ObjectName::guideAction)->trigger();
        GuidePanel *guide = guideOf(ui);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QDateTime now = start;
        guide->tracker()->setClock([&now] { return now; });
        guide->startRunbook(Runbook::Kind::TerminateAndReEnable);
        // Before Terminate Sync: the careful admin's checklist.
        guide->findChild<QComboBox *>(ObjectName::guideReasonPicker)->setCurrentIndex(3);
        // The outline follows the page as it makes room for the guide; the steps are laid out.
        ok &= QTest::qWaitFor([&] {
            const auto rows = guide->findChildren<QWidget *>(ObjectName::guideStepRow);
            return guide->outline()->isVisible() && !rows.isEmpty() && rows.first()->height() > 0;
        });
        ok &= save(ui.window.get(), dir, "guide-checklist");
        // In the dialog: the outline moves to the confirmation the next step asks for.
        ui.window->openTerminateDialog();
        ok &= QTest::qWaitFor([&] {
            return guide->outline()->isVisible()
                && guide->outline()->parentWidget() == ui.window->openDialog();
        });
        ok &= save(ui.window->openDialog(), dir, "guide-terminate-dialog");
        ui.window->openDialog()->reject();
        ok &= QTest::qWaitFor([&] { return !ui.window->openDialog(); }, 5000);
        ui.controller->terminate();
        ok &= QTest::qWaitFor([&] { return ui.controller->hasDraft(); }, 10000) && settle(ui);
        ui.controller->deploy();
        ok &= QTest::qWaitFor([&] { return !ui.controller->hasDraft(); }, 10000) && settle(ui);
        ok &= guide->tracker()->isWaiting();
        now = start.addSecs(210);
        guide->tick();
        ok &= QTest::qWaitFor([&] {
            return guide->outline()->target()
                && guide->outline()->target()->objectName() == ObjectName::guideCountdown;
        });
        ok &= save(ui.window.get(), dir, "guide-mid-runbook");
        ok &= save(guide, dir, "guide-panel");
    }
    {
        // The 2023 Device Sync page: 50 minutes of two devices syncing with a ten-minute
        // terminate in the middle (the charts' gap and recovery), then its Configuration tab.
        UiFixture ui(QStringLiteral("flexible"));
        ok &= ui.load();
        DeviceSyncPage *page = dashboardAfterAGap(ui);
        ok &= page != nullptr;
        if (!page)
            return 1;
        ok &= save(ui.window.get(), dir, "device-sync-dashboard");
        page->showTab(DeviceSyncPage::Tab::Configuration);
        ok &= save(ui.window.get(), dir, "device-sync-configuration");
    }
    {
        SettingsDialog settings(ConsoleSettings(), Translations::available(),
            language.isEmpty() ? QStringLiteral("en") : language);
        settings.show();
        QCoreApplication::processEvents();
        ok &= save(&settings, dir, "settings-dialog");
    }
    return ok ? 0 : 1;
}
