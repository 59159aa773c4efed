#include "Autoplay.h"

#include "ControlOutline.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "TerminateDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>

namespace {
constexpr int TickMs = 25;
constexpr int StepTimeoutMs = 60000;

bool usable(QWidget *w)
{
    return w && w->isVisible() && w->isEnabled();
}
} // namespace

Autoplay::Autoplay(
    MainWindow *window, SyncController *controller, const Procedure &procedure, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_procedure(procedure)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &Autoplay::tick);
    connect(m_controller, &SyncController::deploymentSucceeded, this, [this] {
        m_deploymentEnded = true;
        m_deploymentOk = true;
    });
    // A refused or failed step ends the play at once, in the server's words.
    connect(m_controller, &SyncController::failed, this, [this](const ApiError &error) {
        if (m_index >= 0)
            fail(error.message());
    });
    connect(m_controller, &SyncController::resumeRefused, this,
        [this](const ApiError &error) { fail(error.message()); });
    connect(m_controller, &SyncController::deploymentFailed, this, [this](const Deployment &d) {
        m_deploymentEnded = true;
        m_deploymentMessage = tr("The deployment failed: %1").arg(d.statusErrorMessage);
    });
}

Autoplay::~Autoplay()
{
    delete m_outline;
}

QWidget *Autoplay::target(const ProcedureStep &step) const
{
    QWidget *scope = m_window;
    if (!step.dialog.isEmpty()) {
        QDialog *dialog = m_window->openDialog();
        if (!dialog || dialog->objectName() != step.dialog || !dialog->isVisible())
            return nullptr;
        scope = dialog;
    }
    // Both generations of the Sync page may be built (one of them hidden) and share the names
    // of the controls they have in common: the one on screen is meant.
    for (const QLatin1String &name : step.controls)
        for (QWidget *control : scope->findChildren<QWidget *>(name))
            if (control->isVisible())
                return control;
    return nullptr;
}

void Autoplay::act(const ProcedureStep &step, QWidget *control)
{
    switch (step.action) {
    case ProcedureStep::Action::Click:
        if (auto *button = qobject_cast<QAbstractButton *>(control))
            button->click();
        return;
    case ProcedureStep::Action::Confirm:
        if (auto *check = qobject_cast<QCheckBox *>(control))
            check->setChecked(true);
        else if (auto *edit = qobject_cast<QLineEdit *>(control))
            edit->setText(TerminateDialog::confirmationPhrase());
        return;
    case ProcedureStep::Action::Choose:
        if (auto *view = qobject_cast<QAbstractItemView *>(control); view && view->model())
            view->setCurrentIndex(view->model()->index(0, 0));
        return;
    case ProcedureStep::Action::Look:
        return;
    }
}

bool Autoplay::done(const ProcedureStep &step) const
{
    const bool idle = !m_controller->isBusy()
        && m_controller->activity() == SyncController::Activity::Idle && m_controller->isLoaded();
    switch (step.until) {
    case ProcedureStep::Until::Now:
        return true;
    case ProcedureStep::Until::DialogOpen:
        return m_window->openDialog() != nullptr;
    case ProcedureStep::Until::DialogClosedAndIdle:
        return !m_window->openDialog() && idle;
    case ProcedureStep::Until::Idle:
        return idle;
    case ProcedureStep::Until::DeploymentEnded:
        return m_deploymentEnded && !m_window->openDialog() && !m_controller->isBusy();
    }
    return true;
}

void Autoplay::start()
{
    using Kind = Procedure::Kind;
    const SyncController::Status status = m_controller->status();
    if (m_procedure.kind == Kind::Enable && status != SyncController::Status::Disabled)
        return fail(tr("Sync is not disabled, so there is nothing to enable; terminate it first."));
    if (m_procedure.kind == Kind::Enable && !m_controller->snapshot()) {
        // Said at once: the restore step would otherwise wait a minute for a button that
        // never comes.
        const QString why = m_controller->snapshotProblem().isEmpty()
            ? tr("No configuration was saved for this app before Sync was terminated (Sync "
                 "Console saves one when it terminates Sync).")
            : m_controller->snapshotProblem();
        return fail(
            tr("%1 Enter the configuration on the Sync page and click Enable Sync.").arg(why));
    }
    if (m_procedure.kind == Kind::Discard && !m_controller->hasDraft())
        return fail(tr("There is no draft to discard."));
    if (m_procedure.kind == Kind::Redeploy && m_controller->deployments().isEmpty())
        return fail(tr("There is no past deployment to redeploy."));
    if (m_procedure.kind == Kind::Resume && status != SyncController::Status::Paused)
        return fail(tr("Sync is not paused, so there is nothing to resume."));
    if ((m_procedure.kind == Kind::Pause && status != SyncController::Status::Enabled)
        || (m_procedure.kind == Kind::Terminate && status != SyncController::Status::Enabled
            && status != SyncController::Status::Paused))
        return fail(tr("Sync is not running, so it cannot be paused or terminated."));
    m_steps = m_procedure.steps;
    next();
}

void Autoplay::next()
{
    if (m_current)
        setOutlined(m_current, false);
    ++m_index;
    // Drafts decide the rest of the way: with drafts on, the change waits in the draft.
    if (m_index == m_steps.size() && m_controller->hasDraft() && !m_deploymentEnded)
        m_steps += m_procedure.draftSteps();
    if (m_index >= m_steps.size()) {
        m_timer->stop();
        if (m_deploymentEnded && !m_deploymentOk)
            return fail(m_deploymentMessage);
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError().message());
        m_finished = true;
        emit finished(true, QString());
        return;
    }
    m_phase = Phase::Finding;
    m_waitedMs = 0;
    emit stepStarted(m_steps[m_index].id, m_steps[m_index].text());
    m_timer->start();
}

void Autoplay::tick()
{
    if (m_finished || m_index < 0 || m_index >= m_steps.size())
        return;
    const ProcedureStep &step = m_steps[m_index];
    m_waitedMs += TickMs;
    if (m_waitedMs > StepTimeoutMs)
        return fail(tr("Step \u201c%1\u201d did not happen within a minute.").arg(step.text()));
    switch (m_phase) {
    case Phase::Finding: {
        QWidget *control = target(step);
        if (!usable(control)) {
            if (m_controller->lastError().isError() && !m_controller->isBusy() && m_waitedMs > 2000)
                return fail(m_controller->lastError().message());
            return;
        }
        m_current = control;
        setOutlined(control, true);
        m_phase = Phase::Acting;
        m_waitedMs = 0;
        m_timer->stop();
        // Let the outline paint, give the viewer the delay, then act.
        QTimer::singleShot(m_delayMs, this, [this] {
            if (m_finished)
                return;
            if (m_beforeStep)
                m_beforeStep(m_steps[m_index]);
            if (m_current)
                act(m_steps[m_index], m_current);
            m_phase = Phase::Waiting;
            m_timer->start();
        });
        return;
    }
    case Phase::Acting:
        return;
    case Phase::Waiting:
        if (done(step))
            next();
        return;
    }
}

void Autoplay::setOutlined(QWidget *widget, bool on)
{
    if (!m_highlight || !widget)
        return;
    if (!m_outline)
        m_outline = new ControlOutline(m_window);
    m_outline->setTarget(on ? widget : nullptr);
}

void Autoplay::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    if (m_current)
        setOutlined(m_current, false);
    emit finished(false, message);
}
