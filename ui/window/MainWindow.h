#pragma once

#include "DeployDialog.h"
#include "FigureWording.h"
#include "Page.h"
#include "ProcedureReport.h"
#include "SyncController.h"
#include "TerminateDialog.h"
#include "UiGeneration.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class ActivityLog;
class ActivityPage;
class DeploymentsPage;
class DeviceSyncPage;
class DraftBar;
class QMenu;
class QStackedWidget;
class ReportExport;
class SessionKeeper;
class NavigationPanel;
class ResultBanner;
class SyncLogModel;
class SyncLogsPage;
class SyncPage;
struct ApiError;

// Assembles the console: the App Services navigation, the strip for the draft bar and the
// result banners, and the Sync page. It opens the dialogs (never blocking: open() and signals)
// and forwards what they decide to the controller.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `activity` may be null: the Activity entry then shows an empty log.
    explicit MainWindow(
        SyncController *controller, ActivityLog *activity = nullptr, QWidget *parent = nullptr);

    // Asks for a new sign-in through `keeper` when the session cannot be renewed; the key field
    // starts with `knownKey` (the simulator's public default), empty otherwise.
    void setSessionKeeper(SessionKeeper *keeper, const QString &knownKey);
    void showPage(Page page);
    // The Deploy and Activity pages, built on first use: a page nobody opens costs nothing at
    // start-up.
    DeploymentsPage *deploymentsPage();
    ActivityPage *activityPage();
    // Makes the Logs entry live with the app's Sync logs; until then it is greyed out.
    void setSyncLogs(SyncLogModel *logs);
    // The Logs page, built on first use; nullptr while there are no logs to show.
    SyncLogsPage *syncLogsPage();
    // File ▸ Export Procedure Report…'s save dialog and writer (the Guide's button uses it too).
    ReportExport *reportExport() const { return m_reportExport; }
    // The View menu, where side panels (the training wing's Guide) add their entries.
    QMenu *viewMenu() const { return m_viewMenu; }

    void setTerminateConfirmation(TerminateDialog::Confirmation confirmation)
    {
        m_confirmation = confirmation;
    }
    // Which dialog REVIEW & DEPLOY opens when a reference figure's era differs from the page's
    // generation (--capture-docs: the mid-2021 classic page with 2023's Deployment Draft);
    // otherwise the generation's own (Review & Deploy Changes in 2021's, Deployment Draft in 2023's).
    void setFigureDraftDialog(std::optional<UiGeneration> generation)
    {
        m_figureDraftDialog = generation;
    }
    // The wording of a reference figure's era, on the page and the draft bar (--capture-docs).
    void setFigureWording(const FigureWording &wording);
    const FigureWording &figureWording() const { return m_figureWording; }
    SyncPage *syncPage() const { return m_page; }
    // Which generation of the Sync page the Sync entry shows: the classic SyncPage, or the 2023
    // Device Sync page (built on first use).
    void setUiGeneration(UiGeneration generation);
    UiGeneration uiGeneration() const { return m_generation; }
    DeviceSyncPage *deviceSyncPage();
    DraftBar *draftBar() const { return m_draftBar; }
    ResultBanner *banner() const { return m_banner; }
    QDialog *openDialog() const { return m_dialog; }
    // The size the window first opens at: the reference pictures' 1420 x 760, within `room`
    // (the screen's available area), so that on a 1366 x 768 laptop the Guide's edge is seen.
    static QSize firstSize(const QSize &room);
    // Places the window before it is first shown: where `saved` (saveGeometry()) put it when
    // there is such a place, else at firstSize() on its screen, maximized when that is all
    // the room there is (the title bar and frame are the window manager's to fit).
    void placeFirst(const QByteArray &saved = QByteArray());
    // Shows presenter mode at `percent` (100: off) in the View menu; the Theme is applied by
    // whoever keeps the choice (ConsoleApp), on presenterScaleRequested.
    void setPresenterScale(int percent);

public slots:
    void openPauseDialog();
    void openResumeDialog();
    void openTerminateDialog();
    void openDeployDialog();
    void openDiscardDialog();
    void openRedeployDialog(const QString &deploymentId, const QString &name);
    // Asks where to save the procedure report of what happened since `since` (invalid: since
    // the window opened), as Markdown or PDF, and writes it.
    void exportProcedureReport(const QDateTime &since = QDateTime(),
        ProcedureReport::Kind kind = ProcedureReport::Kind::Since);

signals:
    void dialogOpened(QDialog *dialog);
    // Export State of the Deployment Draft dialog wrote the app's state to `path`.
    void stateExported(const QString &path);
    // A page was built on its first use: its controls exist from now on.
    void pageBuilt(QWidget *page);
    void connectRequested();
    void switchAppRequested();
    // View ▸ Presenter Mode (Ctrl+Shift+P) or one of its sizes: 100 turns it off.
    void presenterScaleRequested(int percent);

protected:
    bool event(QEvent *event) override;

private:
    void render();
    void present(QDialog *dialog);
    void placeOverPages(QDialog *dialog);
    void openDraftDialog(DeployDialog::Purpose purpose);
    void exportState(DeployDialog *dialog);
    void showError(const ApiError &error);
    void followActivity();
    void addPresenterMenu();

    SyncController *m_controller;
    NavigationPanel *m_navigation;
    DraftBar *m_draftBar;
    ResultBanner *m_banner;
    QStackedWidget *m_pages;
    SyncPage *m_page;
    UiGeneration m_generation = UiGeneration::Classic2021;
    DeviceSyncPage *m_deviceSyncPage = nullptr;
    DeploymentsPage *m_deployments = nullptr;
    ActivityLog *m_activity;
    ActivityPage *m_activityPage = nullptr;
    ReportExport *m_reportExport;
    QPointer<SyncLogModel> m_logs;
    QPointer<SyncLogsPage> m_logsPage;
    QMenu *m_viewMenu;
    QAction *m_presenterAction = nullptr;
    QList<QAction *> m_presenterSizes;
    int m_presenterSize = 150; // the size presenter mode turns on at
    QPointer<QDialog> m_dialog;
    TerminateDialog::Confirmation m_confirmation = TerminateDialog::Confirmation::Checkbox;
    std::optional<UiGeneration> m_figureDraftDialog;
    FigureWording m_figureWording;
    bool m_leftConsole = false; // the last deactivation went to another application
    SyncController::Activity m_lastActivity = SyncController::Activity::Idle; // the last one seen
};
