#include "MainWindow.h"

#include "ActivityLog.h"
#include "ActivityPage.h"
#include "AppStateExport.h"
#include "ConsoleDialog.h"
#include "DeployDialog.h"
#include "DeploymentsPage.h"
#include "DraftBar.h"
#include "ModalShortcut.h"
#include "NavigationPanel.h"
#include "ObjectNames.h"
#include "PrivateFiles.h"
#include "PauseDialog.h"
#include "RedeployDialog.h"
#include "ReportExport.h"
#include "ResultBanner.h"
#include "ResumeDialog.h"
#include "ResumeRefusedDialog.h"
#include "SessionKeeper.h"
#include "SignInDialog.h"
#include "SyncController.h"
#include "SyncLogsPage.h"
#include "SyncPage.h"
#include "DeviceSyncPage.h"
#include "Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QScreen>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <utility>

MainWindow::MainWindow(SyncController *controller, ActivityLog *activity, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_activity(activity ? activity : new ActivityLog(this))
    , m_reportExport(new ReportExport(controller, m_activity, this))
{
    // Every widget is made under its final parent: moving a built page into the layout
    // restyles and remeasures all of it (a fifth of the start-up did that).
    setObjectName(ObjectName::mainWindow);
    auto *central = new QWidget(this);
    setCentralWidget(central);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_navigation = new NavigationPanel(central);
    row->addWidget(m_navigation);
    auto *area = new QWidget(central);
    area->setObjectName(ObjectName::pageArea);
    auto *column = new QVBoxLayout(area);
    column->setContentsMargins(24, 18, 0, 0);
    column->setSpacing(12);
    auto *strip = new QVBoxLayout;
    strip->setContentsMargins(0, 0, 24, 0);
    strip->setSpacing(6);
    m_draftBar = new DraftBar(area);
    m_banner = new ResultBanner(area);
    strip->addWidget(m_draftBar);
    strip->addWidget(m_banner);
    column->addLayout(strip);
    // The pages scroll when the window is narrower than a page (the Logs page's list and
    // details beside the docked Guide at 150 % on 1366x768): a page's minimum width no longer
    // forces the window wider than the screen.
    auto *scroll = new QScrollArea(area);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    m_pages = new QStackedWidget(scroll->viewport());
    m_page = new SyncPage(controller, m_pages);
    m_pages->addWidget(m_page);
    scroll->setWidget(m_pages);
    // setWidget() fills the pages with the palette's grey: the page area's white shows through.
    m_pages->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    column->addWidget(scroll, 1);
    row->addWidget(area, 1);

    connect(m_navigation, &NavigationPanel::pageRequested, this, &MainWindow::showPage);
    m_navigation->setPageAvailable(Page::Logs, false);
    auto *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(ObjectName::fileMenu);
    QAction *exportReport = file->addAction(
        tr("Export Procedure &Report\u2026"), this, [this] { exportProcedureReport(); });
    exportReport->setObjectName(ObjectName::exportReportAction);
    exportReport->setToolTip(
        tr("Save what happened on this app since the console opened it, for a change ticket"));
    connect(m_reportExport, &ReportExport::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported the procedure report to %1.").arg(path), 5000);
    });
    connect(m_reportExport, &ReportExport::failed, this, [this](const QString &message) {
        statusBar()->clearMessage();
        m_banner->showError(message);
    });
    auto *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(ObjectName::connectionMenu);
    QAction *connectAction
        = connection->addAction(tr("&Connect…"), this, &MainWindow::connectRequested);
    connectAction->setObjectName(ObjectName::connectAction);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+K", "Connect")));
    QAction *switchApp
        = connection->addAction(tr("Switch &App…"), this, &MainWindow::switchAppRequested);
    switchApp->setObjectName(ObjectName::switchAppAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(ObjectName::viewMenu);
    addPresenterMenu();

    connect(m_draftBar, &DraftBar::reviewDeployRequested, this, &MainWindow::openDeployDialog);
    connect(m_draftBar, &DraftBar::reviewDiscardRequested, this, &MainWindow::openDiscardDialog);
    connect(m_page, &SyncPage::pauseRequested, this, &MainWindow::openPauseDialog);
    connect(m_page, &SyncPage::resumeRequested, this, &MainWindow::openResumeDialog);
    connect(m_page, &SyncPage::terminateRequested, this, &MainWindow::openTerminateDialog);
    connect(m_controller, &SyncController::stateChanged, this, &MainWindow::render);
    connect(m_controller, &SyncController::draftChanged, this, &MainWindow::render);
    connect(m_controller, &SyncController::deploymentSucceeded, this, [this](const Deployment &d) {
        m_banner->showSuccess(
            d.deployedAt.isValid() ? d.deployedAt : m_controller->now());
    });
    connect(m_controller, &SyncController::deploymentFailed, this, [this](const Deployment &d) {
        m_banner->showError(
            tr("Deployment failed: %1")
                .arg(d.statusErrorMessage.isEmpty() ? tr("the server gave no reason")
                                                    : d.statusErrorMessage));
    });
    connect(m_controller, &SyncController::failed, this, &MainWindow::showError);
    connect(m_controller, &SyncController::activityChanged, this, &MainWindow::followActivity);
    connect(m_controller, &SyncController::resumeRefused, this, [this](const ApiError &error) {
        auto *dialog = new ResumeRefusedDialog(error, this);
        connect(dialog, &QDialog::accepted, this, &MainWindow::openTerminateDialog,
            Qt::QueuedConnection);
        present(dialog);
    });
    render();
}

void MainWindow::addPresenterMenu()
{
    m_presenterAction = m_viewMenu->addAction(tr("&Presenter Mode"));
    m_presenterAction->setObjectName(ObjectName::presenterModeAction);
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P", "Presenter Mode")));
    m_presenterAction->setToolTip(tr("Scale the window and its dialogs for a projector"));
    ModalShortcut::install(m_presenterAction); // also with a dialog in front: it scales too
    connect(m_presenterAction, &QAction::triggered, this,
        [this](bool on) { emit presenterScaleRequested(on ? m_presenterSize : 100); });
    QMenu *sizes = m_viewMenu->addMenu(tr("Presenter &Size"));
    sizes->setObjectName(ObjectName::presenterSizeMenu);
    auto *group = new QActionGroup(sizes);
    for (int percent : Theme::presenterScales()) {
        QAction *size = sizes->addAction(tr("%1 %", "presenter mode scale").arg(percent));
        size->setCheckable(true);
        size->setData(percent);
        size->setChecked(percent == m_presenterSize);
        group->addAction(size);
        m_presenterSizes.append(size);
        connect(size, &QAction::triggered, this, [this, percent] {
            m_presenterSize = percent;
            emit presenterScaleRequested(percent);
        });
    }
    m_viewMenu->addSeparator();
}

QSize MainWindow::firstSize(const QSize &room)
{
    const QSize wanted(1420, 760);
    return room.isValid() ? wanted.boundedTo(room) : wanted;
}

void MainWindow::placeFirst(const QByteArray &saved)
{
    if (!saved.isEmpty() && restoreGeometry(saved))
        return;
    const QRect room = screen() ? screen()->availableGeometry() : QRect();
    const QSize size = firstSize(room.size());
    resize(size);
    if (room.isValid() && size != firstSize(QSize())) {
        move(room.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
}

void MainWindow::setPresenterScale(int percent)
{
    if (percent > 100)
        m_presenterSize = percent;
    m_presenterAction->setChecked(percent > 100);
    for (QAction *size : std::as_const(m_presenterSizes))
        size->setChecked(size->data().toInt() == m_presenterSize);
    // Scaled up, the window takes the screen: a projector's 1920x1080 holds it all at 150 %.
    const QRect room = screen() ? screen()->availableGeometry() : QRect();
    if (percent > 100 && room.isValid() && (width() < room.width() || height() < room.height()))
        setGeometry(room);
}

void MainWindow::render()
{
    const AppSummary &app = m_controller->app();
    m_navigation->setApp(app.name, app.clientAppId, app.environment);
    m_draftBar->setVisible(m_controller->hasDraft());
    setWindowTitle(app.name.isEmpty() ? tr("Sync Console")
                                      : tr("%1 \u2013 Sync \u2013 Sync Console").arg(app.name));
}

// A new procedure (a change, a deploy, a discard) starts: the result of the last one, green or
// red, is no longer news and would be read as this one's.
void MainWindow::followActivity()
{
    using Activity = SyncController::Activity;
    const Activity activity = m_controller->activity();
    if (activity == std::exchange(m_lastActivity, activity))
        return;
    switch (activity) {
    case Activity::Pausing:
    case Activity::Resuming:
    case Activity::Terminating:
    case Activity::Enabling:
    case Activity::Deploying:
    case Activity::Discarding:
    case Activity::Redeploying:
        m_banner->hide();
        break;
    case Activity::Idle:
    case Activity::Loading:
    case Activity::LoadingDiff:
        break;
    }
}

void MainWindow::showError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_banner->showError(error.message());
}

bool MainWindow::event(QEvent *event)
{
    // A draft may have been made elsewhere (the browser, the CLI): look again on return to the
    // console. A dialog of the console's own closing is no return: its step re-read already.
    if (event->type() == QEvent::WindowDeactivate)
        m_leftConsole = QApplication::activeWindow() == nullptr;
    if (event->type() == QEvent::WindowActivate && std::exchange(m_leftConsole, false)
        && m_controller->isLoaded() && !m_controller->isBusy())
        m_controller->refresh();
    return QMainWindow::event(event);
}

// A dialog stands over the page it is about, not over the whole window: centred on the window,
// the deploy dialog covered the docked Guide's left edge ("ocedure", "ext"). Across, it is
// centred; down, a little below the middle, as the reference figures' modals stand.
void MainWindow::placeOverPages(QDialog *dialog)
{
    const QWidget *area = m_pages->parentWidget();
    if (!area || !isVisible())
        return;
    dialog->ensurePolished();
    dialog->adjustSize();
    const QRect over(area->mapToGlobal(QPoint(0, 0)), area->size());
    const QSize size = dialog->frameGeometry().size().expandedTo(dialog->size());
    QRect placed(ConsoleDialog::placeOver(over, size), size);
    if (const QScreen *room = screen()) {
        const QRect free = room->availableGeometry();
        if (placed.right() > free.right())
            placed.moveRight(free.right());
        if (placed.left() < free.left())
            placed.moveLeft(free.left());
        if (placed.bottom() > free.bottom())
            placed.moveBottom(free.bottom());
        if (placed.top() < free.top())
            placed.moveTop(free.top());
    }
    dialog->move(placed.topLeft());
}

void MainWindow::present(QDialog *dialog)
{
    if (m_dialog) {
        dialog->deleteLater();
        return; // one dialog at a time
    }
    m_dialog = dialog;
    placeOverPages(dialog);
    dialog->open();
    emit dialogOpened(dialog);
}

void MainWindow::openPauseDialog()
{
    auto *dialog = new PauseDialog(m_controller->clusterLabel(), this);
    connect(dialog, &QDialog::accepted, m_controller, &SyncController::pause);
    present(dialog);
}

void MainWindow::openResumeDialog()
{
    auto *dialog = new ResumeDialog(m_controller->clusterLabel(), this);
    connect(dialog, &QDialog::accepted, m_controller, &SyncController::resume);
    present(dialog);
}

void MainWindow::openTerminateDialog()
{
    auto *dialog = new TerminateDialog(*m_controller, m_confirmation, this, m_figureWording);
    connect(dialog, &QDialog::accepted, m_controller, &SyncController::terminate);
    present(dialog);
    m_controller->refreshDevices(); // the preview follows the devices as they are now
}

void MainWindow::openDeployDialog()
{
    m_banner->hide();
    const UiGeneration era = m_figureDraftDialog.value_or(m_generation);
    openDraftDialog(era == UiGeneration::DeviceSync2023 ? DeployDialog::Purpose::Draft
                                                        : DeployDialog::Purpose::Deploy);
}

void MainWindow::openDraftDialog(DeployDialog::Purpose purpose)
{
    if (m_dialog)
        return; // one dialog at a time
    auto *dialog = new DeployDialog(purpose, this);
    const bool deploying = purpose != DeployDialog::Purpose::Discard;
    // The diff is asked for once per draft, as soon as the controller is free (a draft can
    // show while the change that made it is still being written).
    auto requestedFor = std::make_shared<QString>();
    const auto render = [this, dialog, deploying, requestedFor] {
        using Activity = SyncController::Activity;
        if (m_controller->hasDraft() && !m_controller->isDiffLoaded() && !m_controller->isBusy()
            && *requestedFor != m_controller->draft()->id) {
            *requestedFor = m_controller->draft()->id;
            m_controller->loadDiff();
        }
        const Activity activity = m_controller->activity();
        const bool running = activity == Activity::Deploying || activity == Activity::Discarding;
        // Opened on the draft a change has just made, before the change is saved: its changes
        // load once it is (an empty list said nothing).
        const bool changing = m_controller->isBusy() && !running;
        if (activity == Activity::LoadingDiff
            || (changing && m_controller->hasDraft() && !m_controller->isDiffLoaded()))
            dialog->showLoading();
        if (m_controller->isDiffLoaded())
            dialog->showDiffs(m_controller->diff().diffs);
        dialog->setProgress(running, m_controller->hasDraft() && m_controller->isDiffLoaded());
        // A discard ends when the draft is gone; a deployment when its result is known.
        if ((dialog->isDiscardStarted() || (dialog->isStarted() && !deploying)) && !running
            && !m_controller->hasDraft())
            dialog->accept();
    };
    connect(m_controller, &SyncController::draftChanged, dialog, render);
    connect(m_controller, &SyncController::activityChanged, dialog, render);
    connect(m_controller, &SyncController::deploymentSucceeded, dialog, &QDialog::accept);
    connect(m_controller, &SyncController::deploymentFailed, dialog, &QDialog::accept);
    // Said in the dialog, whatever failed: a diff that could not be loaded is asked for again
    // by opening the dialog again (asking by itself could go on forever).
    connect(m_controller, &SyncController::failed, dialog,
        [dialog](const ApiError &error) { dialog->showProblem(error.message()); });
    if (purpose == DeployDialog::Purpose::Draft)
        connect(dialog, &DeployDialog::confirmRequested, m_controller,
            [this, dialog] { m_controller->deployAs(dialog->deploymentName()); });
    else
        connect(dialog, &DeployDialog::confirmRequested, m_controller,
            deploying ? &SyncController::deploy : &SyncController::discard);
    connect(dialog, &DeployDialog::discardRequested, m_controller, &SyncController::discard);
    connect(dialog, &DeployDialog::exportRequested, this, [this, dialog] { exportState(dialog); });
    present(dialog);
    render();
}

void MainWindow::setUiGeneration(UiGeneration generation)
{
    if (generation == m_generation)
        return;
    m_generation = generation;
    const QWidget *current = m_pages->currentWidget();
    if (current == m_page || (m_deviceSyncPage && current == m_deviceSyncPage))
        showPage(Page::Sync);
}

DeviceSyncPage *MainWindow::deviceSyncPage()
{
    if (m_deviceSyncPage)
        return m_deviceSyncPage;
    m_deviceSyncPage = new DeviceSyncPage(m_controller, m_pages);
    m_pages->addWidget(m_deviceSyncPage);
    connect(m_deviceSyncPage, &DeviceSyncPage::pauseRequested, this, &MainWindow::openPauseDialog);
    connect(
        m_deviceSyncPage, &DeviceSyncPage::resumeRequested, this, &MainWindow::openResumeDialog);
    connect(m_deviceSyncPage, &DeviceSyncPage::terminateRequested, this,
        &MainWindow::openTerminateDialog);
    emit pageBuilt(m_deviceSyncPage);
    return m_deviceSyncPage;
}

void MainWindow::setFigureWording(const FigureWording &wording)
{
    m_figureWording = wording;
    m_page->setFigureWording(wording);
    m_draftBar->setFigureWording(wording);
    m_banner->setFigureWording(wording);
}

void MainWindow::exportState(DeployDialog *dialog)
{
    auto *files = new QFileDialog(
        dialog, tr("Export the app's state"), QString(), tr("JSON files (*.json)"));
    files->setObjectName(ObjectName::exportStateDialog);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("json"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, dialog, [this, dialog](const QString &path) {
        QString problem;
        if (!AppStateExport::write(*m_controller, path, &problem))
            return dialog->showProblem(tr("The state could not be exported: %1").arg(problem));
        dialog->showProblem(tr("The state was exported to %1.").arg(PrivateFiles::shown(path)));
        emit stateExported(path);
    });
    files->open();
}

void MainWindow::showPage(Page page)
{
    QWidget *target = m_page;
    switch (page) {
    case Page::Sync:
        if (m_generation == UiGeneration::DeviceSync2023)
            target = deviceSyncPage();
        break;
    case Page::Deploy:
        target = deploymentsPage();
        break;
    case Page::Logs:
        if (syncLogsPage())
            target = m_logsPage;
        break;
    case Page::Activity:
        target = activityPage();
        break;
    }
    m_pages->setCurrentWidget(target);
    m_navigation->setCurrentPage(
        target == m_page || target == m_deviceSyncPage ? Page::Sync : page);
}

void MainWindow::setSyncLogs(SyncLogModel *logs)
{
    // The page is built when it is first asked for: a page nobody opens costs nothing at
    // start-up, where laying out its long texts is a noticeable part of the time.
    const bool shown = m_logsPage && m_pages->currentWidget() == m_logsPage;
    delete m_logsPage;
    m_logs = logs;
    m_navigation->setPageAvailable(Page::Logs, logs != nullptr);
    if (shown)
        showPage(Page::Logs); // the new page, or Sync when there is none
}

DeploymentsPage *MainWindow::deploymentsPage()
{
    if (!m_deployments) {
        m_deployments = new DeploymentsPage(m_controller, m_pages);
        m_pages->addWidget(m_deployments);
        connect(m_deployments, &DeploymentsPage::redeployRequested, this,
            &MainWindow::openRedeployDialog);
        emit pageBuilt(m_deployments);
    }
    return m_deployments;
}

ActivityPage *MainWindow::activityPage()
{
    if (!m_activityPage) {
        m_activityPage = new ActivityPage(m_activity, m_pages);
        m_pages->addWidget(m_activityPage);
        connect(m_activityPage, &ActivityPage::copied, this, [this] {
            statusBar()->showMessage(
                tr("Copied as curl, with placeholders for the token and keys."), 5000);
        });
        connect(m_activityPage, &ActivityPage::exported, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Exported the activity to %1.").arg(path), 5000);
        });
        connect(m_activityPage, &ActivityPage::exportFailed, this, [this](const QString &message) {
            statusBar()->clearMessage();
            m_banner->showError(message);
        });
        emit pageBuilt(m_activityPage);
    }
    return m_activityPage;
}

SyncLogsPage *MainWindow::syncLogsPage()
{
    if (!m_logsPage && m_logs) {
        m_logsPage = new SyncLogsPage(m_logs, m_pages);
        m_pages->addWidget(m_logsPage);
        connect(m_logsPage, &SyncLogsPage::copied, this,
            [this] { statusBar()->showMessage(tr("Copied the correlation ID."), 5000); });
        emit pageBuilt(m_logsPage);
    }
    return m_logsPage;
}

void MainWindow::openRedeployDialog(const QString &deploymentId, const QString &name)
{
    auto *dialog = new RedeployDialog(name, this);
    connect(dialog, &QDialog::accepted, m_controller,
        [this, deploymentId] { m_controller->redeploy(deploymentId); });
    present(dialog);
}

void MainWindow::setSessionKeeper(SessionKeeper *keeper, const QString &knownKey)
{
    auto *signOut
        = menuBar()->findChild<QMenu *>(ObjectName::connectionMenu)->addAction(tr("Sign &Out"));
    signOut->setObjectName(ObjectName::signOutAction);
    connect(signOut, &QAction::triggered, keeper, &SessionKeeper::signOut);
    connect(keeper, &SessionKeeper::signInNeeded, this,
        [this, keeper, knownKey](const QString &publicKey) {
            if (findChild<SignInDialog *>())
                return; // one question, however many calls were refused
            auto *dialog = new SignInDialog(publicKey, knownKey, this);
            connect(dialog, &SignInDialog::signInRequested, keeper, &SessionKeeper::signIn);
            connect(keeper, &SessionKeeper::signInFailed, dialog,
                [dialog](const ApiError &error) { dialog->showProblem(error.message()); });
            connect(keeper, &SessionKeeper::signedIn, dialog, &QDialog::accept);
            connect(keeper, &SessionKeeper::signedIn, m_controller, &SyncController::refresh);
            if (m_dialog) // the sign-in comes first; the other dialog's action failed anyway
                m_dialog->reject();
            m_dialog = nullptr;
            present(dialog);
        });
    connect(keeper, &SessionKeeper::signedOut, this, [this] {
        m_banner->showError(tr("Signed out. Use Connection ▸ Connect… to sign in again."));
    });
}

void MainWindow::exportProcedureReport(const QDateTime &since, ProcedureReport::Kind kind)
{
    m_reportExport->start(since, kind);
}

void MainWindow::openDiscardDialog()
{
    openDraftDialog(DeployDialog::Purpose::Discard);
}
