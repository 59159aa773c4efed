#pragma once

#include "ApiError.h"
#include "AppPickerDialog.h"
#include "AppSummary.h"
#include "ConnectionDialog.h"
#include "ConsoleSettings.h"
#include "DeviceSyncPage.h"
#include "GuideOf.h"
#include "GuidePanel.h"
#include "ResultBanner.h"
#include "ResumeRefusedDialog.h"
#include "ScenarioBriefingDialog.h"
#include "Scenarios.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SyncLogModel.h"
#include "SyncDashboard.h"
#include "SyncLogsPage.h"
#include "Translations.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <functional>

// Every window and dialog the console has, each handed to `inspect` while it is shown: the
// Sync page (enabled, with a draft, paused, terminated with the Enable Sync form), the Guide,
// the Deploy, Activity and Logs pages, and the dialogs: pause, resume, terminate, deploy,
// discard, redeploy, resume refused, connection, sign-in, app picker, scenario briefing,
// settings; and the 2023 Device Sync page (walk2023). Check QTest::currentTestFailed() after it.
namespace EveryWindow {

using Inspect = std::function<void(QWidget *, const QString &)>;

inline void showAlone(QWidget *dialog, const QString &where, const Inspect &inspect)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    inspect(dialog, where);
    QTest::keyClick(dialog, Qt::Key_Escape); // Esc cancels every dialog
    QVERIFY2(!dialog->isVisible(), qPrintable(where));
}

inline void inDialog(UiFixture &ui, const QString &where, const Inspect &inspect)
{
    QTRY_VERIFY(ui.window->openDialog());
    QTRY_VERIFY(ui.window->openDialog()->isVisible());
    inspect(ui.window->openDialog(), where);
    QTest::keyClick(ui.window->openDialog(), Qt::Key_Escape); // Esc cancels every dialog
    QTRY_VERIFY2(!ui.window->openDialog(), qPrintable(where));
}

// The 2023 generation: the Device Sync page's Dashboard (charts loaded) and Configuration
// (Advanced Configuration open), the Deployment Draft dialog, the page PAUSED ("Sync Paused
// Since") and, terminated, its Enable Sync form. One fixture, so it adds rows, not minutes.
inline void walk2023(QSize windowSize, const Inspect &inspect)
{
    UiFixture ui(QStringLiteral("flexible"));
    QVERIFY(ui.load());
    ui.window->resize(windowSize);
    ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
    DeviceSyncPage *page = ui.window->deviceSyncPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->dashboard()->isLoading() && page->dashboard()->start().isValid(), 10000);
    inspect(ui.window.get(), QStringLiteral("Device Sync dashboard"));
    page->showTab(DeviceSyncPage::Tab::Configuration);
    QAbstractButton *advanced
        = ui.window->findChild<QAbstractButton *>(ObjectName::advancedConfigurationToggle);
    QVERIFY(advanced);
    advanced->click();
    inspect(ui.window.get(), QStringLiteral("Device Sync configuration"));
    ui.controller->pause();
    QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
    QVERIFY(ui.idle());
    ui.window->openDeployDialog();
    QTRY_VERIFY_WITH_TIMEOUT(ui.controller->isDiffLoaded(), 10000);
    QTRY_VERIFY(ui.window->openDialog());
    inspect(ui.window->openDialog(), QStringLiteral("Deployment Draft dialog"));
    QPushButton *deploy = ui.window->openDialog()->findChild<QPushButton *>(ObjectName::deployButton);
    QTRY_VERIFY(deploy->isEnabled());
    deploy->click();
    QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(ui.controller->status() == SyncController::Status::Paused, 10000);
    QVERIFY(ui.idle());
    inspect(ui.window.get(), QStringLiteral("Device Sync paused"));
    ui.controller->terminate();
    QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
    QVERIFY(ui.idle());
    ui.controller->deploy();
    QTRY_VERIFY_WITH_TIMEOUT(ui.controller->status() == SyncController::Status::Disabled, 10000);
    QVERIFY(ui.idle());
    inspect(ui.window.get(), QStringLiteral("Device Sync Enable Sync form"));
}

inline void walk(QSize windowSize, const Inspect &inspect)
{
    walk2023(windowSize, inspect);
    if (QTest::currentTestFailed())
        return;
    {
        UiFixture ui(QStringLiteral("partition"));
        guideOf(ui);
        QVERIFY(ui.load());
        ui.window->resize(windowSize);
        inspect(ui.window.get(), QStringLiteral("Sync page"));
        ui.window->openTerminateDialog();
        inDialog(ui, QStringLiteral("Terminate Sync dialog"), inspect);
        ui.window->openPauseDialog();
        inDialog(ui, QStringLiteral("Pause Sync dialog"), inspect);
        ui.controller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
        QVERIFY(ui.idle());
        inspect(ui.window.get(), QStringLiteral("draft bar"));
        ui.window->openDiscardDialog();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->isDiffLoaded(), 10000);
        inDialog(ui, QStringLiteral("discard dialog"), inspect);
        ui.window->openDeployDialog();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->isDiffLoaded(), 10000);
        QTRY_VERIFY(ui.window->openDialog());
        inspect(ui.window->openDialog(), QStringLiteral("deploy dialog"));
        ui.window->openDialog()->findChild<QPushButton *>(ObjectName::deployButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QVERIFY(ui.idle());
        inspect(ui.window.get(), QStringLiteral("paused page"));
        ui.window->openResumeDialog();
        inDialog(ui, QStringLiteral("Resume Sync dialog"), inspect);
        ui.window->showPage(Page::Deploy);
        inspect(ui.window.get(), QStringLiteral("deployment history"));
        const Deployment &last = ui.controller->deployments().constLast();
        ui.window->openRedeployDialog(last.id, last.name);
        inDialog(ui, QStringLiteral("redeploy dialog"), inspect);
        ui.window->showPage(Page::Activity);
        inspect(ui.window.get(), QStringLiteral("activity"));
        SyncLogModel logs(ui.sim.client.get(), ui.sim.appRef());
        ui.window->setSyncLogs(&logs);
        ui.window->showPage(Page::Logs);
        QTRY_VERIFY_WITH_TIMEOUT(logs.isStarted() && !logs.isLoading(), 10000);
        ui.window->syncLogsPage()->table()->selectRow(0);
        inspect(ui.window.get(), QStringLiteral("logs"));
        ui.window.reset(); // its page shows `logs`
    }
    {
        UiFixture ui;
        guideOf(ui);
        QVERIFY(ui.load());
        ui.window->resize(windowSize);
        ui.window->findChild<QAction *>(ObjectName::guideAction)->trigger();
        guideOf(ui)->startRunbook(Runbook::Kind::TerminateAndReEnable);
        inspect(ui.window.get(), QStringLiteral("guide"));
        ui.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
        QVERIFY(ui.idle());
        ui.controller->deploy();
        QTRY_VERIFY_WITH_TIMEOUT(
            ui.controller->status() == SyncController::Status::Disabled, 10000);
        QVERIFY(ui.idle());
        inspect(ui.window.get(), QStringLiteral("Enable Sync form and guide"));
    }
    ConnectionProfile room;
    room.id = room.name = QStringLiteral("Training room");
    room.kind = ConnectionProfile::Kind::AppServices;
    room.baseUrl = QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0");
    ConnectionDialog connection({room}, Scenarios::names(), QString());
    connection.setAttribute(Qt::WA_DeleteOnClose, false);
    showAlone(&connection, QStringLiteral("connection dialog"), inspect);
    SignInDialog signIn(QStringLiteral("public-key"), QString());
    signIn.setAttribute(Qt::WA_DeleteOnClose, false);
    showAlone(&signIn, QStringLiteral("sign-in dialog"), inspect);
    const QString name = QStringLiteral("oplog-rollover");
    const ScenarioBriefing b = Scenarios::briefing(name);
    ScenarioBriefingDialog briefing({name, Scenarios::title(name), Scenarios::description(name),
        b.whatHappened, b.whatToDo, b.success});
    briefing.setAttribute(Qt::WA_DeleteOnClose, false);
    showAlone(&briefing, QStringLiteral("scenario briefing"), inspect);
    AppSummary app;
    app.id = QStringLiteral("64f0a1b2c3d4e5f601234567");
    app.clientAppId = QStringLiteral("tasktracker-abcde");
    app.name = QStringLiteral("TaskTracker");
    AppPickerDialog picker({app}, QString());
    picker.setAttribute(Qt::WA_DeleteOnClose, false);
    showAlone(&picker, QStringLiteral("app picker"), inspect);
    ResumeRefusedDialog refused(
        ApiError::http(400, QStringLiteral("cannot resume: the oplog rolled over"),
            QStringLiteral("SyncResumeOplogRolledOver")));
    refused.setAttribute(Qt::WA_DeleteOnClose, false);
    showAlone(&refused, QStringLiteral("resume refused dialog"), inspect);
    SettingsDialog settings(ConsoleSettings(), Translations::available(), QStringLiteral("en"));
    showAlone(&settings, QStringLiteral("settings dialog"), inspect);
}

} // namespace EveryWindow
