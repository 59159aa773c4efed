#include "MainWindow.h"

#include "DeployDialog.h"
#include "DraftBar.h"
#include "NavigationPanel.h"
#include "PauseDialog.h"
#include "ResultBanner.h"
#include "ResumeDialog.h"
#include "ResumeRefusedDialog.h"
#include "SyncController.h"
#include "SyncPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

MainWindow::MainWindow(SyncController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_navigation(new NavigationPanel(this))
    , m_draftBar(new DraftBar(this))
    , m_banner(new ResultBanner(this))
    , m_page(new SyncPage(controller, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    auto *area = new QWidget(central);
    area->setObjectName(QStringLiteral("pageArea"));
    auto *column = new QVBoxLayout(area);
    column->setContentsMargins(24, 18, 0, 0);
    column->setSpacing(12);
    auto *strip = new QVBoxLayout;
    strip->setContentsMargins(0, 0, 24, 0);
    strip->setSpacing(6);
    strip->addWidget(m_draftBar);
    strip->addWidget(m_banner);
    column->addLayout(strip);
    column->addWidget(m_page, 1);
    row->addWidget(area, 1);
    setCentralWidget(central);

    connect(m_draftBar, &DraftBar::reviewDeployRequested, this, &MainWindow::openDeployDialog);
    connect(m_draftBar, &DraftBar::reviewDiscardRequested, this, &MainWindow::openDiscardDialog);
    connect(m_page, &SyncPage::pauseRequested, this, &MainWindow::openPauseDialog);
    connect(m_page, &SyncPage::resumeRequested, this, &MainWindow::openResumeDialog);
    connect(m_page, &SyncPage::terminateRequested, this, &MainWindow::openTerminateDialog);
    connect(m_controller, &SyncController::changed, this, &MainWindow::render);
    connect(m_controller, &SyncController::deploymentSucceeded, this, [this](const Deployment &d) {
        m_banner->showSuccess(
            d.deployedAt.isValid() ? d.deployedAt : QDateTime::currentDateTimeUtc());
    });
    connect(m_controller, &SyncController::deploymentFailed, this, [this](const Deployment &d) {
        m_banner->showError(
            tr("Deployment failed: %1")
                .arg(d.statusErrorMessage.isEmpty() ? tr("the server gave no reason")
                                                    : d.statusErrorMessage));
    });
    connect(m_controller, &SyncController::failed, this, &MainWindow::showError);
    connect(m_controller, &SyncController::resumeRefused, this, [this](const ApiError &error) {
        auto *dialog = new ResumeRefusedDialog(error, this);
        connect(dialog, &QDialog::accepted, this, &MainWindow::openTerminateDialog,
            Qt::QueuedConnection);
        present(dialog);
    });
    render();
}

void MainWindow::render()
{
    const AppSummary &app = m_controller->app();
    m_navigation->setApp(app.name, app.clientAppId, app.environment);
    m_draftBar->setVisible(m_controller->hasDraft());
    setWindowTitle(app.name.isEmpty() ? tr("Sync Console")
                                      : tr("%1 \u2013 Sync \u2013 Sync Console").arg(app.name));
}

void MainWindow::showError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_banner->showError(error.message());
}

bool MainWindow::event(QEvent *event)
{
    // A draft may have been made elsewhere (the browser, the CLI): look again on return.
    if (event->type() == QEvent::WindowActivate && m_controller->isLoaded()
        && !m_controller->isBusy())
        m_controller->refresh();
    return QMainWindow::event(event);
}

void MainWindow::present(QDialog *dialog)
{
    if (m_dialog) {
        dialog->deleteLater();
        return; // one dialog at a time
    }
    m_dialog = dialog;
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
    auto *dialog = new TerminateDialog(*m_controller, m_confirmation, this);
    connect(dialog, &QDialog::accepted, m_controller, &SyncController::terminate);
    present(dialog);
}

void MainWindow::openDeployDialog()
{
    m_banner->hide();
    present(new DeployDialog(m_controller, DeployDialog::Purpose::Deploy, this));
}

void MainWindow::openDiscardDialog()
{
    present(new DeployDialog(m_controller, DeployDialog::Purpose::Discard, this));
}
