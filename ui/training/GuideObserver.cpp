#include "GuideObserver.h"

#include "ApiError.h"
#include "ClientRecoveryMonitor.h"
#include "GuideTracker.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "TerminateDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTimer>

GuideObserver::GuideObserver(
    SyncController *controller, MainWindow *window, GuideTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_window(window)
    , m_tracker(tracker)
{
    using Activity = SyncController::Activity;
    connect(controller, &SyncController::stateChanged, this, [this] {
        reportState(false);
        watchControls();
        // Once every view has rendered the new state too: a view connected after this
        // observer makes its controls (the Enable Sync form and its restore link) only then,
        // and a click on a control not watched is never seen.
        QTimer::singleShot(0, this, &GuideObserver::watchControls);
    });
    connect(controller, &SyncController::draftChanged, this, [this] { reportState(false); });
    connect(controller, &SyncController::refreshed, this, [this] {
        reportState(m_controller->activity() == SyncController::Activity::Idle);
        watchControls();
    });
    connect(controller, &SyncController::activityChanged, this, [this] {
        QTimer::singleShot(0, this, &GuideObserver::watchControls); // as for stateChanged
        const Activity now = m_controller->activity();
        const Activity before = std::exchange(m_activity, now);
        if (before != now && now != Activity::Idle && now != Activity::Loading
            && now != Activity::LoadingDiff)
            m_tracker->observeActivity(now);
        // A change or a deployment ended with an error: it did not go through (a refused
        // resume is the oplog runbook's own story, told by resumeRefused).
        const ApiError &error = m_controller->lastError();
        if (before != now && now == Activity::Idle && error.isError()
            && !error.hasCode(ApiErrorCode::SyncResumeOplogRolledOver))
            m_tracker->observeActionFailed(before, error.message(),
                m_window->openDialog() ? m_window->openDialog()->objectName() : QString());
    });
    connect(controller, &SyncController::deploymentSucceeded, this,
        [this] { m_tracker->observeDeploymentEnded(true, QString()); });
    connect(controller, &SyncController::deploymentFailed, this, [this](const Deployment &d) {
        m_tracker->observeDeploymentEnded(false, d.statusErrorMessage);
    });
    connect(controller, &SyncController::resumeRefused, this,
        [this](const ApiError &error) { m_tracker->observeResumeRefused(error.message()); });
    connect(controller->recovery(), &ClientRecoveryMonitor::tallyChanged, this,
        [this] { m_tracker->observeTally(m_controller->recovery()->tally()); });
    connect(window, &MainWindow::dialogOpened, this, &GuideObserver::watchDialog);
    connect(window, &MainWindow::pageBuilt, this, &GuideObserver::watchControls);
    watchControls();
}

void GuideObserver::resync()
{
    m_activity = m_controller->activity();
    reportState(m_controller->isLoaded() && m_activity == SyncController::Activity::Idle);
    if (m_controller->recovery()->isActive())
        m_tracker->observeTally(m_controller->recovery()->tally());
    watchControls();
}

void GuideObserver::reportState(bool settled)
{
    GuideTracker::State state;
    state.status = m_controller->status();
    state.hasDraft = m_controller->hasDraft();
    state.draftsEnabled = m_controller->draftsEnabled();
    for (const Deployment &d : m_controller->deployments())
        if (d.status() == Deployment::Status::Successful && d.deployedAt.isValid()) {
            state.lastDeployedAt = d.deployedAt;
            break; // newest first
        }
    m_tracker->observeState(state, settled);
}

void GuideObserver::watchDialog(QDialog *dialog)
{
    const QString name = dialog->objectName();
    m_tracker->observeDialogOpened(name);
    connect(dialog, &QDialog::rejected, this,
        [this, name] { m_tracker->observeDialogCancelled(name); });
    connect(
        dialog, &QDialog::finished, this, [this, name] { m_tracker->observeDialogClosed(name); });
    for (QCheckBox *check : dialog->findChildren<QCheckBox *>(ObjectName::confirmTerminateCheck))
        connect(check, &QCheckBox::toggled, this,
            [this, name](bool on) { m_tracker->observeConfirmed(name, on); });
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>(ObjectName::confirmTerminatePhrase))
        connect(edit, &QLineEdit::textChanged, this, [this, name](const QString &text) {
            m_tracker->observeConfirmed(name, text == TerminateDialog::confirmationPhrase());
        });
}

void GuideObserver::watchControls()
{
    QSet<QString> names;
    for (const GuideStep &g : m_tracker->steps())
        if (g.step.dialog.isEmpty())
            for (const QLatin1String &control : g.step.controls)
                names.insert(control);
    for (const QString &name : std::as_const(names)) {
        for (QWidget *w : m_window->findChildren<QWidget *>(name)) {
            if (m_watched.contains(w))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                connect(button, &QAbstractButton::clicked, this,
                    [this, name] { m_tracker->observeControlUsed(name); });
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                       view && view->selectionModel()) {
                connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    [this, name] { m_tracker->observeControlUsed(name); });
            } else {
                continue;
            }
            m_watched.insert(w);
            connect(w, &QObject::destroyed, this, [this, w] { m_watched.remove(w); });
        }
    }
}
